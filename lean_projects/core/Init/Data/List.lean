/-
leanagent core library: lists (operations and lemmas).
-/
prelude
import Init.Data.List.Basic
import Init.Data.List.Lemmas
