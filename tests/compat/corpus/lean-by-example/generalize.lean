-- Source: lean-ja/lean-by-example, LeanByExample/Tactic/Generalize.lean (MIT; Japanese prose comments omitted)
variable {n m : Nat}

example : (n + m) ^ 2 + n * (n + m) = n * (n + m) + (n + m) ^ 2 := by
  generalize n * (n + m) = x

  generalize (n + m) ^ 2 = y

  show y + x = x + y

  simp [Nat.add_comm]

example : m ^ 2 + 1 ≥ m ^ 2 := by
  generalize h : m ^ 2 = x

  guard_hyp h : m ^ 2 = x

  simp
