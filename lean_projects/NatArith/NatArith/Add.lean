import NatArith.Basic

/-!
# Addition

Rearranging sums with the core lemmas `Nat.add_comm`, `Nat.add_assoc` and
friends, cancellation, and the first facts about `double`.
-/

namespace NatArith

theorem add_zero_left (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [← Nat.add_assoc, ih]

theorem add_succ_left (m n : Nat) : (m + 1) + n = (m + n) + 1 := by
  rw [Nat.add_assoc, Nat.add_comm 1 n, ← Nat.add_assoc]

theorem add_comm_ind (m n : Nat) : m + n = n + m := by
  induction n with
  | zero =>
    rw [Nat.add_zero, Nat.zero_add]
  | succ n ih =>
    rw [← Nat.add_assoc, ih, add_succ_left]

theorem add_right_comm' (a b c : Nat) : a + b + c = a + c + b := by
  rw [Nat.add_assoc, Nat.add_comm b c, ← Nat.add_assoc]

theorem add_left_comm' (a b c : Nat) : a + (b + c) = b + (a + c) := by
  rw [← Nat.add_assoc, Nat.add_comm a b, Nat.add_assoc]

theorem add_add_add_comm' (a b c d : Nat) : (a + b) + (c + d) = (a + c) + (b + d) := by
  rw [Nat.add_assoc, add_left_comm' b c d, ← Nat.add_assoc]

theorem add_four_rotate (a b c d : Nat) : a + b + c + d = d + c + b + a := by sorry

theorem add_one_add_one (n : Nat) : n + 1 + 1 = n + 2 := rfl

theorem add_cancel_right {a b k : Nat} (h : a + k = b + k) : a = b := by
  exact Nat.add_right_cancel h

theorem add_cancel_left {a b k : Nat} (h : k + a = k + b) : a = b := by
  apply Nat.add_left_cancel
  exact h

theorem add_eq_zero_left {a b : Nat} (h : a + b = 0) : a = 0 := by
  cases a with
  | zero => rfl
  | succ a =>
    rw [add_succ_left] at h
    exact absurd h (Nat.succ_ne_zero _)

theorem add_eq_zero_right {a b : Nat} (h : a + b = 0) : b = 0 := by
  rw [Nat.add_comm] at h
  exact add_eq_zero_left h

theorem add_self_eq_zero {n : Nat} (h : n + n = 0) : n = 0 :=
  add_eq_zero_left h

theorem double_eq_two_mul (n : Nat) : double n = 2 * n := by
  rw [double_def, Nat.two_mul]

theorem double_add (m n : Nat) : double (m + n) = double m + double n := by
  rw [double_def, double_def, double_def]
  exact add_add_add_comm' m n m n

theorem double_succ (n : Nat) : double (n + 1) = double n + 2 := by
  rw [double_add]
  rfl

theorem double_eq_zero {n : Nat} (h : double n = 0) : n = 0 := by
  rw [double_def] at h
  exact add_self_eq_zero h

theorem double_comm_add (m n : Nat) : double m + n = n + double m := by
  rw [Nat.add_comm]

theorem double_inj {m n : Nat} (h : double m = double n) : m = n := by sorry

theorem sumTo_two : sumTo 2 = 3 := rfl

theorem sumTo_succ_comm (n : Nat) : sumTo (n + 1) = (n + 1) + sumTo n := by
  rw [sumTo_succ, Nat.add_comm]

theorem sumTo_add_two (n : Nat) : sumTo (n + 2) = sumTo n + (n + 1) + (n + 2) := by
  rw [sumTo_succ, sumTo_succ]

theorem double_add_one_ne_double (m n : Nat) : double m + 1 ≠ double n := by sorry

theorem add_sub_cancel_double (n : Nat) : double n - n = n := by
  rw [double_def, Nat.add_sub_cancel]

theorem add_comm_three (a b c : Nat) : a + b + c = c + b + a := by
  calc a + b + c = c + (a + b) := Nat.add_comm (a + b) c
    _ = c + (b + a) := by rw [Nat.add_comm a b]
    _ = c + b + a := (Nat.add_assoc c b a).symm

end NatArith
