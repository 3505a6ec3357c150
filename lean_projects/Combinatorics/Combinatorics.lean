import Combinatorics.BigSum
import Combinatorics.Choose
import Combinatorics.Counting

/-!
# Combinatorics

Finite sums `∑ i < n, f i` with their algebra and closed forms (linked to the
sums of `NatArith`), binomial coefficients by Pascal's rule, and counting:
sublists, words and pairs.
-/
