/-
leanagent core library: natural numbers (basic lemmas, order, division, divisibility, gcd).
-/
prelude
import Init.Data.Nat.Basic
import Init.Data.Nat.Lemmas
import Init.Data.Nat.Div
import Init.Data.Nat.Gcd
