-- Source: leanprover/lean4, tests/lean/run/1274.lean (Apache-2.0)
macro "👉" t:(ppSpace ident) : term => `($t)
macro "👈" t:(lookahead(term) ident ppSpace) : term => `($t)
