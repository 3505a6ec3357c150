import Sets.Basic
import Sets.Image

/-!
# Sets

Sets as predicates: membership, inclusion, union, intersection, difference and
complement with their algebraic laws, then images, preimages and finite sets
given by lists.
-/
