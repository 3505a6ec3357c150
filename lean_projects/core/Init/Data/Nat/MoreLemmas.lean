/-
More `Nat` lemmas under their real Lean 4 names (`Nat.beq_eq`, `Nat.ble_eq`, `Nat.le_pred_of_lt`,
`Nat.pow_lt_pow_right`, `Nat.dvd_sub'`, ...); this module comes after `omega`, which proves several.
-/
prelude
import Init.Omega
import Init.Data.Nat

namespace Nat

@[simp] theorem beq_eq {x y : Nat} : (Nat.beq x y = true) = (x = y) :=
  propext ⟨Nat.eq_of_beq_eq_true, fun h => by subst h; induction x with
    | zero => rfl
    | succ n ih => exact ih⟩

@[simp] theorem ble_eq {x y : Nat} : (Nat.ble x y = true) = (x ≤ y) :=
  propext ⟨Nat.le_of_ble_eq_true, Nat.ble_eq_true_of_le⟩

theorem le_pred_of_lt {n m : Nat} (h : m < n) : m ≤ n - 1 := by omega

theorem sub_lt_iff_lt_add {a b c : Nat} (hba : b ≤ a) : a - b < c ↔ a < c + b := by omega

protected theorem pow_lt_pow_right {a n m : Nat} (ha : 1 < a) (h : n < m) : a ^ n < a ^ m :=
  Nat.pow_lt_pow_of_lt ha h

protected theorem pow_lt_pow_left {a b n : Nat} (h : a < b) (hn : n ≠ 0) : a ^ n < b ^ n := by
  cases n with
  | zero => exact absurd rfl hn
  | succ n =>
    induction n with
    | zero => simp only [Nat.pow_succ, Nat.pow_zero, Nat.one_mul]; exact h
    | succ k ih =>
      have ih := ih (by omega)
      rw [Nat.pow_succ a (k + 1), Nat.pow_succ b (k + 1)]
      exact Nat.lt_of_le_of_lt (Nat.mul_le_mul_left _ (Nat.le_of_lt h))
        (Nat.mul_lt_mul_of_pos_right ih (by omega))

theorem dvd_sub' {k m n : Nat} (h₁ : k ∣ m) (h₂ : k ∣ n) : k ∣ m - n := Nat.dvd_sub h₁ h₂

protected theorem eq_mul_of_div_eq_right {a b c : Nat} (H1 : b ∣ a) (H2 : a / b = c) : a = b * c := by
  rw [← H2, Nat.mul_div_cancel' H1]

end Nat
