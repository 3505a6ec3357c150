import NatArith.Sums
import NatArith.Pow

/-!
# Finite sums

`sumRange f n` is `f 0 + f 1 + ... + f (n - 1)`. We prove its algebra
(linearity, splitting, shifting, monotonicity) and closed forms: Gauss's sum,
odd numbers, powers of two and Fibonacci numbers.
-/

namespace Combinatorics

open NatArith

/-- `f 0 + f 1 + ... + f (n - 1)`. -/
def sumRange (f : Nat → Nat) : Nat → Nat
  | 0 => 0
  | n + 1 => sumRange f n + f n

theorem sumRange_zero (f : Nat → Nat) : sumRange f 0 = 0 := rfl

theorem sumRange_succ (f : Nat → Nat) (n : Nat) : sumRange f (n + 1) = sumRange f n + f n := rfl

theorem sumRange_one (f : Nat → Nat) : sumRange f 1 = f 0 := by
  rw [sumRange_succ, sumRange_zero, Nat.zero_add]

theorem sumRange_two (f : Nat → Nat) : sumRange f 2 = f 0 + f 1 := by
  rw [sumRange_succ, sumRange_one]

theorem sumRange_add_fun (f g : Nat → Nat) (n : Nat) :
    sumRange (fun i => f i + g i) n = sumRange f n + sumRange g n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [sumRange_succ, ih, sumRange_succ, sumRange_succ]
    omega

theorem sumRange_const (c n : Nat) : sumRange (fun _ => c) n = n * c := by
  induction n with
  | zero => rw [sumRange_zero, Nat.zero_mul]
  | succ n ih => rw [sumRange_succ, ih, Nat.succ_mul]

theorem sumRange_mul_left (c : Nat) (f : Nat → Nat) (n : Nat) :
    sumRange (fun i => c * f i) n = c * sumRange f n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [sumRange_succ, ih, sumRange_succ, Nat.mul_add]

theorem sumRange_zero_fun (n : Nat) : sumRange (fun _ => 0) n = 0 := by sorry

theorem sumRange_congr {f g : Nat → Nat} (n : Nat) (h : ∀ i, i < n → f i = g i) :
    sumRange f n = sumRange g n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [sumRange_succ, sumRange_succ, ih (fun i hi => h i (by omega)), h n (by omega)]

theorem sumRange_le_sumRange {f g : Nat → Nat} (n : Nat) (h : ∀ i, f i ≤ g i) :
    sumRange f n ≤ sumRange g n := by
  induction n with
  | zero => exact Nat.le_refl 0
  | succ n ih =>
    rw [sumRange_succ, sumRange_succ]
    have := h n
    omega

theorem sumRange_mono (f : Nat → Nat) {m n : Nat} (h : m ≤ n) : sumRange f m ≤ sumRange f n := by
  induction n with
  | zero =>
    have : m = 0 := by omega
    rw [this]
    exact Nat.le_refl 0
  | succ n ih =>
    have hc := Nat.eq_or_lt_of_le h
    cases hc with
    | inl heq => rw [heq]; exact Nat.le_refl _
    | inr hlt =>
      rw [sumRange_succ]
      have := ih (by omega)
      omega

theorem sumRange_add (f : Nat → Nat) (m n : Nat) :
    sumRange f (m + n) = sumRange f m + sumRange (fun i => f (m + i)) n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [← Nat.add_assoc, sumRange_succ, ih, sumRange_succ, Nat.add_assoc]

theorem sumRange_shift (f : Nat → Nat) (n : Nat) :
    sumRange f (n + 1) = f 0 + sumRange (fun i => f (i + 1)) n := by
  induction n with
  | zero => rw [sumRange_one]; rfl
  | succ n ih =>
    rw [sumRange_succ, ih, sumRange_succ, Nat.add_assoc]

theorem sumRange_id (n : Nat) : 2 * sumRange (fun i => i) n + n = n * n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [sumRange_succ, Nat.mul_add]
    simp only [Nat.add_mul, Nat.mul_add, Nat.mul_one, Nat.one_mul]
    omega

theorem sumRange_succ_id_eq_sumTo (n : Nat) : sumRange (fun i => i + 1) n = sumTo n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [sumRange_succ, ih, sumTo_succ]

theorem sumRange_odd (n : Nat) : sumRange (fun i => 2 * i + 1) n = n * n := by sorry

theorem sumRange_pow2 (n : Nat) : sumRange pow2 n + 1 = pow2 n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [sumRange_succ, pow2_succ_eq_mul]
    omega

theorem sumRange_fib (n : Nat) : sumRange fib n + 1 = fib (n + 1) := by sorry

theorem sumRange_le_mul {f : Nat → Nat} {c : Nat} (n : Nat) (h : ∀ i, f i ≤ c) :
    sumRange f n ≤ n * c := by
  rw [← sumRange_const]
  exact sumRange_le_sumRange n h

theorem sumRange_pos {f : Nat → Nat} {n : Nat} (hn : 0 < n) (h : ∀ i, 0 < f i) : 0 < sumRange f n := by sorry

theorem sumRange_example : sumRange (fun i => i * i) 4 = 14 := by decide

end Combinatorics
