import NatArith.Mul

/-!
# Closed forms for sums and recurrences

Gauss's formula for `sumTo`, the sum of odd numbers as a square, and basic
facts about `pow2`, `fact` and `fib`, all proved by induction using the
rearrangement lemmas of `NatArith.Add` and `NatArith.Mul`.
-/

namespace NatArith

/-- Gauss: twice the sum of `0, ..., n` is `n * (n + 1)`. -/
theorem two_mul_sumTo (n : Nat) : 2 * sumTo n = n * (n + 1) := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [sumTo_succ, Nat.mul_add, ih]
    rw [mul_add_one' (n + 1) (n + 1), add_one_mul' n (n + 1)]
    rw [Nat.two_mul, ← Nat.add_assoc]

theorem double_sumTo (n : Nat) : double (sumTo n) = n * (n + 1) := by
  rw [double_eq_two_mul, two_mul_sumTo]

/-- The sum of the first `n` odd numbers is `n * n`. -/
theorem sumOdd_eq_sq (n : Nat) : sumOdd n = n * n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [sumOdd_succ, ih, mul_self_add_one, ← Nat.add_assoc]

theorem sumOdd_add_self (n : Nat) : sumOdd n + n = 2 * sumTo n := by sorry

theorem sumOdd_succ_sq (n : Nat) : sumOdd (n + 1) = (n + 1) * (n + 1) := by
  exact sumOdd_eq_sq (n + 1)

theorem le_mul_self' (n : Nat) : n ≤ n * n := by
  cases n with
  | zero => exact Nat.le_refl 0
  | succ n =>
    rw [mul_add_one']
    exact Nat.le_add_left (n + 1) ((n + 1) * n)

theorem sumTo_le_sumSq (n : Nat) : sumTo n ≤ sumSq n := by sorry

theorem pow2_pos (n : Nat) : 0 < pow2 n := by
  induction n with
  | zero => exact Nat.zero_lt_one
  | succ n ih =>
    rw [pow2_succ, double_def]
    exact Nat.lt_of_lt_of_le ih (Nat.le_add_right (pow2 n) (pow2 n))

theorem pow2_ne_zero (n : Nat) : pow2 n ≠ 0 := by
  intro h
  have hpos := pow2_pos n
  rw [h] at hpos
  exact Nat.lt_irrefl 0 hpos

theorem pow2_add (m n : Nat) : pow2 (m + n) = pow2 m * pow2 n := by
  induction n with
  | zero =>
    rw [Nat.add_zero, pow2_zero, Nat.mul_one]
  | succ n ih =>
    rw [← Nat.add_assoc, pow2_succ, pow2_succ, ih, mul_double]

theorem pow2_one : pow2 1 = 2 := rfl

theorem pow2_succ_eq_mul (n : Nat) : pow2 (n + 1) = 2 * pow2 n := by
  rw [pow2_succ, double_eq_two_mul]

theorem pow2_double (n : Nat) : pow2 (2 * n) = pow2 n * pow2 n := by
  rw [Nat.two_mul, pow2_add]

theorem fact_pos (n : Nat) : 0 < fact n := by
  induction n with
  | zero => exact Nat.zero_lt_one
  | succ n ih =>
    rw [fact_succ, add_one_mul']
    exact Nat.lt_of_lt_of_le ih (Nat.le_add_left (fact n) (n * fact n))

theorem fact_ne_zero (n : Nat) : fact n ≠ 0 := by
  intro h
  have hpos := fact_pos n
  rw [h] at hpos
  exact Nat.lt_irrefl 0 hpos

theorem fact_two : fact 2 = 2 := rfl

theorem fact_le_fact_succ (n : Nat) : fact n ≤ fact (n + 1) := by sorry

theorem fib_succ_pos (n : Nat) : 0 < fib (n + 1) := by
  induction n with
  | zero => exact Nat.zero_lt_one
  | succ n ih =>
    rw [fib_add_two]
    exact Nat.lt_of_lt_of_le ih (Nat.le_add_left (fib (n + 1)) (fib n))

theorem fib_le_fib_succ (n : Nat) : fib n ≤ fib (n + 1) := by sorry

theorem fib_two : fib 2 = 1 := rfl

theorem fib_add_three (n : Nat) : fib (n + 3) = fib n + 2 * fib (n + 1) := by sorry

theorem double_lt_double {m n : Nat} (h : m < n) : double m < double n := by
  rw [double_def, double_def]
  omega

theorem double_le_double {m n : Nat} (h : m ≤ n) : double m ≤ double n := by
  rw [double_eq_two_mul, double_eq_two_mul]
  omega

theorem sumTo_three : sumTo 3 = 6 := by sorry

theorem sumTo_pos {n : Nat} (h : 0 < n) : 0 < sumTo n := by
  cases n with
  | zero => exact absurd h (Nat.lt_irrefl 0)
  | succ n =>
    rw [sumTo_succ]
    omega

theorem sumTo_mono (n : Nat) : sumTo n ≤ sumTo (n + 1) := by
  rw [sumTo_succ]
  exact Nat.le_add_right (sumTo n) (n + 1)

/-- A chain of estimates: `n ≤ sumTo n` for every `n`. -/
theorem le_sumTo (n : Nat) : n ≤ sumTo n := by
  cases n with
  | zero => exact Nat.le_refl 0
  | succ n =>
    calc n + 1 ≤ sumTo n + (n + 1) := Nat.le_add_left (n + 1) (sumTo n)
      _ = sumTo (n + 1) := (sumTo_succ n).symm

theorem fact_three : fact 3 = 6 := by decide

theorem pow2_lt_pow2_succ (n : Nat) : pow2 n < pow2 (n + 1) := by
  have h := pow2_pos n
  rw [pow2_succ, double_def]
  omega

theorem sumOdd_two : sumOdd 2 = 4 := by
  simp [sumOdd]

end NatArith
