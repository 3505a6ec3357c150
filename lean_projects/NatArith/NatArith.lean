import NatArith.Basic
import NatArith.Add
import NatArith.Mul
import NatArith.Sums
import NatArith.Pow
import NatArith.Linear

/-!
# NatArith

Arithmetic on the natural numbers: rearranging sums and products, and closed
forms for recursively defined functions (`sumTo`, `sumOdd`, `pow2`, `fact`,
`fib`).
-/
