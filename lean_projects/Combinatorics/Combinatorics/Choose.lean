import Combinatorics.BigSum

/-!
# Binomial coefficients

`choose n k`, the number of ways to pick `k` things out of `n`, defined by
Pascal's rule. We prove its values at the edges, where it vanishes, that it is
positive below `n`, a closed form for `k = 2`, and that row `n` sums to `2 ^ n`.
-/

namespace Combinatorics

open NatArith

/-- Binomial coefficients by Pascal's rule. -/
def choose : Nat → Nat → Nat
  | _, 0 => 1
  | 0, _ + 1 => 0
  | n + 1, k + 1 => choose n k + choose n (k + 1)

theorem choose_zero_right (n : Nat) : choose n 0 = 1 := by
  cases n <;> rfl

theorem choose_zero_succ (k : Nat) : choose 0 (k + 1) = 0 := rfl

theorem choose_succ_succ (n k : Nat) : choose (n + 1) (k + 1) = choose n k + choose n (k + 1) := rfl

theorem choose_eq_zero_of_lt {n k : Nat} (h : n < k) : choose n k = 0 := by
  induction n generalizing k with
  | zero =>
    cases k with
    | zero => omega
    | succ k => rfl
  | succ n ih =>
    cases k with
    | zero => omega
    | succ k =>
      rw [choose_succ_succ, ih (by omega), ih (by omega)]

theorem choose_self (n : Nat) : choose n n = 1 := by
  induction n with
  | zero => rfl
  | succ n ih => rw [choose_succ_succ, ih, choose_eq_zero_of_lt (Nat.lt_succ_self n)]

theorem choose_succ_self (n : Nat) : choose n (n + 1) = 0 := choose_eq_zero_of_lt (Nat.lt_succ_self n)

theorem choose_one_right (n : Nat) : choose n 1 = n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [choose_succ_succ, ih, choose_zero_right, Nat.add_comm]

theorem choose_succ_self_right (n : Nat) : choose (n + 1) n = n + 1 := by sorry

theorem choose_two_right (n : Nat) : 2 * choose n 2 + n = n * n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    have h₂ : choose (n + 1) 2 = n + choose n 2 := by
      show choose n 1 + choose n 2 = _
      rw [choose_one_right]
    rw [h₂]
    simp only [Nat.add_mul, Nat.mul_add, Nat.mul_one, Nat.one_mul]
    omega

theorem choose_pos {n k : Nat} (h : k ≤ n) : 0 < choose n k := by
  induction n generalizing k with
  | zero =>
    have : k = 0 := by omega
    rw [this]
    decide
  | succ n ih =>
    cases k with
    | zero => rw [choose_zero_right]; decide
    | succ k =>
      rw [choose_succ_succ]
      have := ih (k := k) (by omega)
      omega

theorem choose_le_succ (n k : Nat) : choose n k ≤ choose (n + 1) (k + 1) := by sorry

theorem sumRange_choose (n : Nat) : sumRange (choose n) (n + 1) = pow2 n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    have split : sumRange (fun i => choose (n + 1) (i + 1)) (n + 1) =
        sumRange (choose n) (n + 1) + sumRange (fun i => choose n (i + 1)) (n + 1) :=
      sumRange_add_fun (choose n) (fun i => choose n (i + 1)) (n + 1)
    have tail := sumRange_shift (choose n) (n + 1)
    rw [sumRange_succ (choose n) (n + 1), choose_succ_self, choose_zero_right] at tail
    rw [sumRange_shift, choose_zero_right, split, ih, pow2_succ_eq_mul]
    rw [ih] at tail
    omega

theorem choose_le_pow2 (n k : Nat) : choose n k ≤ pow2 n := by sorry

theorem pascal_row_four : [choose 4 0, choose 4 1, choose 4 2, choose 4 3, choose 4 4] = [1, 4, 6, 4, 1] := by
  decide

theorem choose_five_two : choose 5 2 = 10 := by decide

theorem choose_two_eq_sumRange (n : Nat) : choose n 2 = sumRange (fun i => i) n := by sorry

end Combinatorics
