-- Source: leanprover/lean4, tests/lean/run/1016.lean (Apache-2.0)
inductive t | one | two

example (h : False) : t.one = t.two := by
  simp
  contradiction
