import Integers.Abs
import Integers.Parity
import Integers.Divides

/-!
# Integers

The integers: absolute value, sign and distance with the triangle
inequality, parity of integers and its link to the parity of naturals (from
`NatOrder`), and divisibility with linear combinations.
-/
