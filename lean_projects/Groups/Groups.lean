import Groups.Basic
import Groups.Instances
import Groups.Hom

/-!
# Groups

Groups built on the monoids of `Structures`: cancellation, inverses of
products and powers, conjugation and commutators, instances (integers under
addition, booleans under exclusive or), homomorphisms, kernels and subgroups.
-/
