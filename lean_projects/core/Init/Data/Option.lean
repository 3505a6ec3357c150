/-
leanagent core library: `Option` (operations and lemmas).
-/
prelude
import Init.Data.Option.Basic
import Init.Data.Option.Lemmas
