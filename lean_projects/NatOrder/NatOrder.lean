import NatOrder.Basic
import NatOrder.MinMax
import NatOrder.Divides
import NatOrder.Parity
import NatOrder.Monotone
import NatOrder.Bounds

/-!
# NatOrder

Order and divisibility on the natural numbers: `≤` and `<`, recursive
maximum and minimum, divisibility, parity and monotone functions.
-/
