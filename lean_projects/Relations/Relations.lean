import Relations.Basic
import Relations.Closure
import Relations.Order

/-!
# Relations

Binary relations on a type: their properties, inverse and composition, domain
and range as sets (from `Sets`), reflexive-transitive closures, and orders
with least elements and bounds.
-/
