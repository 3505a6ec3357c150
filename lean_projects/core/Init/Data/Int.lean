/-
leanagent core library: the integers (type, operations, ring/order lemmas, division).
-/
prelude
import Init.Data.Int.Basic
import Init.Data.Int.Lemmas
import Init.Data.Int.DivMod
