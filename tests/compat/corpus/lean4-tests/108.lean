-- Source: leanprover/lean4, tests/lean/run/108.lean (Apache-2.0)
new_frontend

macro m n:ident : command => `(def $n := 1)

m foo

#check foo
