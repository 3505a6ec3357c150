import NatArith.Sums

/-!
# Linear functions and truncated subtraction

Affine maps `n ↦ a * n + b` on `Nat`, how they compose, and step-by-step
calculations with truncated subtraction (`Nat.add_sub_cancel`,
`Nat.sub_add_cancel`, `Nat.mul_sub`), checked against `omega` where the
statement is linear.
-/

namespace NatArith

/-- The affine map `n ↦ a * n + b`. -/
def affine (a b n : Nat) : Nat := a * n + b

/-- `triple n = n + n + n`. -/
def triple (n : Nat) : Nat := n + n + n

theorem affine_def (a b n : Nat) : affine a b n = a * n + b := rfl

theorem triple_def (n : Nat) : triple n = n + n + n := rfl

theorem affine_zero (a b : Nat) : affine a b 0 = b := by
  rw [affine_def, Nat.mul_zero, Nat.zero_add]

theorem affine_one_zero (n : Nat) : affine 1 0 n = n := by
  rw [affine_def]
  rw [Nat.one_mul, Nat.add_zero]

theorem affine_succ (a b n : Nat) : affine a b (n + 1) = affine a b n + a := by
  rw [affine_def, affine_def]
  rw [Nat.mul_add, Nat.mul_one]
  rw [Nat.add_right_comm]

theorem affine_comp (a b c d n : Nat) :
    affine a b (affine c d n) = affine (a * c) (a * d + b) n := by sorry

theorem affine_add (a b m n : Nat) : affine a b (m + n) = affine a b m + a * n := by
  rw [affine_def, affine_def, Nat.mul_add]
  rw [Nat.add_right_comm]

theorem affine_mono (a b : Nat) {m n : Nat} (h : m ≤ n) : affine a b m ≤ affine a b n := by
  rw [affine_def, affine_def]
  apply Nat.add_le_add_right
  exact Nat.mul_le_mul (Nat.le_refl a) h

theorem triple_eq_three_mul (n : Nat) : triple n = 3 * n := by
  rw [triple_def, mul_three]

theorem triple_eq_affine (n : Nat) : triple n = affine 3 0 n := by
  rw [triple_eq_three_mul, affine_def, Nat.add_zero]

theorem triple_add (m n : Nat) : triple (m + n) = triple m + triple n := by
  rw [triple_eq_three_mul, triple_eq_three_mul, triple_eq_three_mul]
  exact Nat.mul_add 3 m n

theorem double_add_self (n : Nat) : double n + n = triple n := by
  rw [double_def, triple_def]

theorem sub_add_cancel_of_le' {m n : Nat} (h : m ≤ n) : n - m + m = n := by
  exact Nat.sub_add_cancel h

theorem double_sub_self (n : Nat) : double n - n = n := by
  rw [double_def, Nat.add_sub_cancel]

theorem triple_sub_double (n : Nat) : triple n - double n = n := by sorry

theorem sub_sub_self' {m n : Nat} (h : m ≤ n) : n - (n - m) = m := by
  omega

theorem affine_sub (a b n : Nat) : affine a b n - b = a * n := by
  rw [affine_def, Nat.add_sub_cancel]

theorem affine_le_affine_of_le_left {a c : Nat} (b n : Nat) (h : a ≤ c) :
    affine a b n ≤ affine c b n := by
  rw [affine_def, affine_def]
  apply Nat.add_le_add_right
  exact Nat.mul_le_mul h (Nat.le_refl n)

theorem affine_inj {a b m n : Nat} (ha : 0 < a) (h : affine a b m = affine a b n) : m = n := by
  rw [affine_def, affine_def] at h
  have h' : a * m = a * n := Nat.add_right_cancel h
  exact Nat.eq_of_mul_eq_mul_left ha h'

theorem double_pos {n : Nat} (h : 0 < n) : 0 < double n := by
  rw [double_def]
  omega

end NatArith
