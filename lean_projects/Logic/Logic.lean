import Logic.Basic
import Logic.Iff
import Logic.Negation
import Logic.Quantifiers
import Logic.Classical
import Logic.Equality
import Logic.BoolOps
import Logic.Relations

/-!
# Logic

A first course in propositional and predicate logic, proved with tactics
against the core library only.
-/
