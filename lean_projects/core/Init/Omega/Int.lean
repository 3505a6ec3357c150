/-
leanagent core library: `Nat`/`Int` facts that the `omega` elaborator names while it turns
hypotheses into linear constraints (namespace `Lean.Omega`, as in real Lean).
-/
prelude
import Init.Data.Int.DivMod

set_option linter.unusedVariables false

universe u v

/-- Real Lean has this in `Init.Core`; `omega` names it. (Remove here if Init.Core gains it.) -/
theorem le_of_le_of_eq {α : Sort _} {a b c : α} [LE α] (h₁ : a ≤ b) (h₂ : b = c) : a ≤ c := h₂ ▸ h₁

namespace Lean.Omega

namespace Int

theorem ofNat_pow (a b : Nat) : ((a ^ b : Nat) : Int) = (a : Int) ^ b := by
  induction b with
  | zero => rfl
  | succ b ih =>
    show ((a ^ b * a : Nat) : Int) = (a : Int) ^ b * (a : Int)
    rw [_root_.Int.natCast_mul, ih]

theorem ofNat_pos {a : Nat} : 0 < (a : Int) ↔ 0 < a := _root_.Int.ofNat_lt

theorem ofNat_pos_of_pos {a : Nat} (h : 0 < a) : 0 < (a : Int) := ofNat_pos.2 h

theorem pos_pow_of_pos (a : Int) (b : Nat) (h : 0 < a) : 0 < a ^ b := by
  induction b with
  | zero => exact _root_.Int.ofNat_lt.2 (Nat.succ_pos 0)
  | succ b ih => exact _root_.Int.mul_pos ih h

theorem natCast_ofNat {x : Nat} : @Nat.cast Int instNatCastInt (OfNat.ofNat x) = OfNat.ofNat x := rfl

theorem ofNat_lt_of_lt {x y : Nat} (h : x < y) : (x : Int) < (y : Int) := _root_.Int.ofNat_lt.2 h

theorem ofNat_le_of_le {x y : Nat} (h : x ≤ y) : (x : Int) ≤ (y : Int) := _root_.Int.ofNat_le.2 h

theorem emod_ofNat_nonneg {x : Nat} {y : Int} : 0 ≤ (x : Int) % y := _root_.Int.ofNat_zero_le _

theorem lt_of_not_ge {x y : Int} (h : ¬ (x ≤ y)) : y < x := _root_.Int.not_le.1 h
theorem lt_of_not_le {x y : Int} (h : ¬ (x ≤ y)) : y < x := _root_.Int.not_le.1 h
theorem not_le_of_lt {x y : Int} (h : y < x) : ¬ (x ≤ y) := _root_.Int.not_le.2 h
theorem lt_le_asymm {x y : Int} (h₁ : y < x) (h₂ : x ≤ y) : False := _root_.Int.not_le.2 h₁ h₂
theorem le_lt_asymm {x y : Int} (h₁ : y ≤ x) (h₂ : x < y) : False := _root_.Int.not_lt.2 h₁ h₂
theorem le_of_not_gt {x y : Int} (h : ¬ (y > x)) : y ≤ x := _root_.Int.not_lt.1 h
theorem not_lt_of_ge {x y : Int} (h : y ≥ x) : ¬ (y < x) := _root_.Int.not_lt.2 h
theorem le_of_not_lt {x y : Int} (h : ¬ (x < y)) : y ≤ x := _root_.Int.not_lt.1 h
theorem not_lt_of_le {x y : Int} (h : y ≤ x) : ¬ (x < y) := _root_.Int.not_lt.2 h

theorem add_congr {a b c d : Int} (h₁ : a = b) (h₂ : c = d) : a + c = b + d := h₁ ▸ h₂ ▸ rfl
theorem mul_congr {a b c d : Int} (h₁ : a = b) (h₂ : c = d) : a * c = b * d := h₁ ▸ h₂ ▸ rfl
theorem mul_congr_left {a b : Int} (h₁ : a = b) (c : Int) : a * c = b * c := h₁ ▸ rfl
theorem sub_congr {a b c d : Int} (h₁ : a = b) (h₂ : c = d) : a - c = b - d := h₁ ▸ h₂ ▸ rfl
theorem neg_congr {a b : Int} (h₁ : a = b) : -a = -b := h₁ ▸ rfl

theorem lt_of_gt {x y : Int} (h : x > y) : y < x := h
theorem le_of_ge {x y : Int} (h : x ≥ y) : y ≤ x := h

theorem ofNat_mul_nonneg {a b : Nat} : 0 ≤ (a : Int) * b := by
  rw [← _root_.Int.natCast_mul]
  exact _root_.Int.ofNat_zero_le (a * b)

theorem ofNat_sub_eq_zero {b a : Nat} (h : ¬ b ≤ a) : ((a - b : Nat) : Int) = 0 := by
  rw [Nat.sub_eq_zero_of_le (Nat.le_of_lt (Nat.not_le.1 h))]
  rfl

theorem ofNat_sub_dichotomy {a b : Nat} :
    b ≤ a ∧ ((a - b : Nat) : Int) = a - b ∨ a < b ∧ ((a - b : Nat) : Int) = 0 := by
  cases Nat.decLe b a with
  | isTrue h => exact Or.inl ⟨h, _root_.Int.ofNat_sub h⟩
  | isFalse h => exact Or.inr ⟨Nat.not_le.1 h, ofNat_sub_eq_zero h⟩

theorem ofNat_congr {a b : Nat} (h : a = b) : (a : Int) = (b : Int) := h ▸ rfl

theorem ofNat_sub_sub {a b c : Nat} : ((a - b - c : Nat) : Int) = ((a - (b + c) : Nat) : Int) :=
  congrArg _ (Nat.sub_sub _ _ _)

theorem ofNat_min (a b : Nat) : ((min a b : Nat) : Int) = min (a : Int) (b : Int) := by
  rw [_root_.Int.min_def]
  show ((if a ≤ b then a else b : Nat) : Int) = _
  cases Nat.decLe a b with
  | isTrue h => rw [if_pos h, if_pos (_root_.Int.ofNat_le.2 h)]
  | isFalse h => rw [if_neg h, if_neg (fun h' => h (_root_.Int.ofNat_le.1 h'))]

theorem ofNat_max (a b : Nat) : ((max a b : Nat) : Int) = max (a : Int) (b : Int) := by
  rw [_root_.Int.max_def]
  show ((if a ≤ b then b else a : Nat) : Int) = _
  cases Nat.decLe a b with
  | isTrue h => rw [if_pos h, if_pos (_root_.Int.ofNat_le.2 h)]
  | isFalse h => rw [if_neg h, if_neg (fun h' => h (_root_.Int.ofNat_le.1 h'))]

theorem ofNat_natAbs (a : Int) : (a.natAbs : Int) = if 0 ≤ a then a else -a := by
  cases _root_.Int.decLe 0 a with
  | isTrue h => rw [if_pos h, _root_.Int.natAbs_of_nonneg h]
  | isFalse h =>
    rw [if_neg h, _root_.Int.ofNat_natAbs_of_nonpos (_root_.Int.le_of_lt (_root_.Int.not_le.1 h))]

theorem natAbs_dichotomy {a : Int} : 0 ≤ a ∧ a.natAbs = a ∨ a < 0 ∧ a.natAbs = -a := by
  cases _root_.Int.decLe 0 a with
  | isTrue h => exact Or.inl ⟨h, _root_.Int.natAbs_of_nonneg h⟩
  | isFalse h =>
    have h' := _root_.Int.not_le.1 h
    exact Or.inr ⟨h', _root_.Int.ofNat_natAbs_of_nonpos (_root_.Int.le_of_lt h')⟩

theorem neg_le_natAbs {a : Int} : -a ≤ a.natAbs := _root_.Int.neg_le_natAbs

theorem add_le_iff_le_sub {a b c : Int} : a + b ≤ c ↔ a ≤ c - b := by
  rw [← _root_.Int.add_le_add_iff_right b (a := a) (b := c - b), _root_.Int.sub_add_cancel]

theorem le_add_iff_sub_le {a b c : Int} : a ≤ b + c ↔ a - c ≤ b := by
  rw [← _root_.Int.add_le_add_iff_right c (a := a - c) (b := b), _root_.Int.sub_add_cancel]

theorem add_le_zero_iff_le_neg {a b : Int} : a + b ≤ 0 ↔ a ≤ - b := by
  rw [add_le_iff_le_sub, _root_.Int.zero_sub]
theorem add_le_zero_iff_le_neg' {a b : Int} : a + b ≤ 0 ↔ b ≤ -a := by
  rw [_root_.Int.add_comm, add_le_zero_iff_le_neg]
theorem add_nonnneg_iff_neg_le {a b : Int} : 0 ≤ a + b ↔ -b ≤ a := by
  rw [le_add_iff_sub_le, _root_.Int.zero_sub]
theorem add_nonnneg_iff_neg_le' {a b : Int} : 0 ≤ a + b ↔ -a ≤ b := by
  rw [_root_.Int.add_comm, add_nonnneg_iff_neg_le]

theorem ofNat_fst_mk {β} {x : Nat} {y : β} : ((Prod.mk x y).fst : Int) = (x : Int) := rfl
theorem ofNat_snd_mk {α} {x : α} {y : Nat} : ((Prod.mk x y).snd : Int) = (y : Int) := rfl

end Int

namespace Nat

theorem lt_of_gt {x y : Nat} (h : x > y) : y < x := h
theorem le_of_ge {x y : Nat} (h : x ≥ y) : y ≤ x := h

end Nat

namespace Fin

theorem lt_or_gt_of_ne {n : Nat} {i j : Fin n} (h : i ≠ j) : i < j ∨ i > j :=
  match Nat.lt_or_gt_of_ne (fun e => h (Fin.eq_of_val_eq e)) with
  | Or.inl h' => Or.inl h'
  | Or.inr h' => Or.inr h'

theorem not_le {n : Nat} {i j : Fin n} : ¬ i ≤ j ↔ j < i := Nat.not_le

theorem not_lt {n : Nat} {i j : Fin n} : ¬ i < j ↔ j ≤ i := Nat.not_lt

theorem lt_of_not_le {n : Nat} {i j : Fin n} (h : ¬ i ≤ j) : j < i := not_le.1 h
theorem le_of_not_lt {n : Nat} {i j : Fin n} (h : ¬ i < j) : j ≤ i := not_lt.1 h

end Fin

namespace Prod

theorem fst_mk {α : Type u} {x : α} {β : Type v} {y : β} : (Prod.mk x y).fst = x := rfl
theorem snd_mk {α : Type u} {x : α} {β : Type v} {y : β} : (Prod.mk x y).snd = y := rfl

end Prod

end Lean.Omega

/-! `Fin` facts `omega` names from the root namespace (real Lean: `Init.Data.Fin.Basic`). -/
namespace Fin

theorem val_congr {n : Nat} {a b : Fin n} (h : a = b) : a.val = b.val := h ▸ rfl
theorem val_le_of_le {n : Nat} {a b : Fin n} (h : a ≤ b) : a.val ≤ b.val := h
theorem val_le_of_ge {n : Nat} {a b : Fin n} (h : a ≥ b) : b.val ≤ a.val := h
theorem val_add_one_le_of_lt {n : Nat} {a b : Fin n} (h : a < b) : a.val + 1 ≤ b.val := h
theorem val_add_one_le_of_gt {n : Nat} {a b : Fin n} (h : a > b) : b.val + 1 ≤ a.val := h

end Fin
