import NatArith.Sums

/-!
# Powers

The laws of exponents for `Nat` powers `m ^ n`, proved by induction on the
exponent from `Nat.pow_zero` and `Nat.pow_succ`, and the agreement of `pow2`
with `2 ^ n`.
-/

namespace NatArith

theorem pow_one' (m : Nat) : m ^ 1 = m := by
  rw [Nat.pow_succ, Nat.pow_zero, Nat.one_mul]

theorem pow_two' (m : Nat) : m ^ 2 = m * m := by
  rw [Nat.pow_succ, pow_one']

theorem one_pow' (n : Nat) : 1 ^ n = 1 := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [Nat.pow_succ, ih, Nat.mul_one]

theorem zero_pow_succ (n : Nat) : 0 ^ (n + 1) = 0 := by
  rw [Nat.pow_succ, Nat.mul_zero]

theorem pow_add' (m a b : Nat) : m ^ (a + b) = m ^ a * m ^ b := by
  induction b with
  | zero =>
    rw [Nat.add_zero, Nat.pow_zero, Nat.mul_one]
  | succ b ih =>
    rw [← Nat.add_assoc, Nat.pow_succ, ih, Nat.pow_succ, Nat.mul_assoc]

theorem pow_mul' (m a b : Nat) : m ^ (a * b) = (m ^ a) ^ b := by
  induction b with
  | zero =>
    rw [Nat.mul_zero, Nat.pow_zero, Nat.pow_zero]
  | succ b ih =>
    rw [mul_add_one', pow_add', ih, Nat.pow_succ]

theorem mul_pow' (a b n : Nat) : (a * b) ^ n = a ^ n * b ^ n := by sorry

theorem pow_succ_comm (m n : Nat) : m ^ (n + 1) = m * m ^ n := by
  rw [Nat.pow_succ, Nat.mul_comm]

theorem pow2_eq_two_pow (n : Nat) : pow2 n = 2 ^ n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [pow2_succ, ih, Nat.pow_succ, double_eq_mul_two]

theorem two_pow_pos (n : Nat) : 0 < 2 ^ n := by
  rw [← pow2_eq_two_pow]
  exact pow2_pos n

theorem pow_le_pow_succ (m n : Nat) : m ^ n ≤ (m + 1) ^ n := by sorry

theorem sq_add_one (n : Nat) : (n + 1) ^ 2 = n ^ 2 + 2 * n + 1 := by
  rw [pow_two', pow_two', mul_self_add_one]

theorem pow_two_add (a b : Nat) : (a + b) ^ 2 = a ^ 2 + 2 * (a * b) + b ^ 2 := by sorry

theorem sumOdd_eq_pow_two (n : Nat) : sumOdd n = n ^ 2 := by
  rw [pow_two', sumOdd_eq_sq]

theorem pow_four (m : Nat) : m ^ 4 = (m * m) * (m * m) := by
  have h : 4 = 2 * 2 := rfl
  rw [h, pow_mul', pow_two', pow_two']

end NatArith
