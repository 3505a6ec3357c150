/-
leanagent core library: Euclidean division, remainder, divisibility and balanced remainder on
`Int`, under their real Lean names. `omega` uses these to handle `/` and `%` by literals.
-/
prelude
import Init.Data.Int.Lemmas

set_option linter.unusedVariables false

namespace Int

open Nat (succ)

/-! ## Casts -/

@[simp] theorem natCast_ediv (m n : Nat) : ((m / n : Nat) : Int) = (m : Int) / (n : Int) := rfl
@[simp] theorem natCast_emod (m n : Nat) : ((m % n : Nat) : Int) = (m : Int) % (n : Int) := rfl
theorem ofNat_ediv (m n : Nat) : ((m / n : Nat) : Int) = (m : Int) / (n : Int) := rfl
theorem ofNat_emod (m n : Nat) : ((m % n : Nat) : Int) = (m : Int) % (n : Int) := rfl

/-! ## Division and remainder -/

@[simp] theorem ediv_zero : ∀ a : Int, a / 0 = 0
  | ofNat m => show Int.ofNat (m / 0) = 0 by rw [Nat.div_zero]; rfl
  | negSucc _ => rfl

@[simp] theorem zero_ediv : ∀ b : Int, 0 / b = 0
  | ofNat n => show Int.ofNat (0 / n) = 0 by rw [Nat.zero_div]; rfl
  | negSucc n => show -Int.ofNat (0 / succ n) = 0 by rw [Nat.zero_div]; rfl

@[simp] theorem emod_zero : ∀ a : Int, a % 0 = a
  | ofNat m => show Int.ofNat (m % 0) = _ by rw [Nat.mod_zero]
  | negSucc m => show subNatNat 0 (succ (m % 0)) = _ by rw [Nat.mod_zero]; rfl

theorem emod_add_ediv : ∀ a b : Int, a % b + b * (a / b) = a
  | ofNat m, ofNat n => by
    show Int.ofNat (m % n + n * (m / n)) = _
    rw [Nat.mod_add_div]
  | ofNat m, negSucc n => by
    show Int.ofNat (m % succ n) + -[n+1] * -Int.ofNat (m / succ n) = _
    rw [negSucc_coe, Int.neg_mul_neg]
    show Int.ofNat (m % succ n + succ n * (m / succ n)) = _
    rw [Nat.mod_add_div]
  | negSucc m, ofNat 0 => by
    show subNatNat 0 (succ (m % 0)) + 0 * 0 = _
    rw [Nat.mod_zero]; rfl
  | negSucc m, ofNat (succ n) => by
    show subNatNat (succ n) (succ (m % succ n)) + Int.ofNat (succ n) * -[m / succ n +1] = _
    have h := Nat.mod_add_div m (succ n)
    revert h
    generalize m % succ n = r
    generalize m / succ n = q
    intro h
    rw [← h, ofNat_eq_subNatNat, negSucc_eq_subNatNat, negSucc_eq_subNatNat,
      subNatNat_mul_subNatNat, subNatNat_add_subNatNat]
    apply subNatNat_eq_subNatNat_of
    simp only [Nat.succ_eq_add_one, Nat.zero_add, Nat.add_zero, Nat.mul_zero, Nat.zero_mul,
      Nat.mul_add, Nat.add_mul, Nat.mul_one, Nat.one_mul, Nat.mul_comm, Nat.mul_left_comm,
      Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]
  | negSucc m, negSucc n => by
    show subNatNat (succ n) (succ (m % succ n)) + -[n+1] * Int.ofNat (succ (m / succ n)) = _
    have h := Nat.mod_add_div m (succ n)
    revert h
    generalize m % succ n = r
    generalize m / succ n = q
    intro h
    rw [← h, ofNat_eq_subNatNat, negSucc_eq_subNatNat, negSucc_eq_subNatNat,
      subNatNat_mul_subNatNat, subNatNat_add_subNatNat]
    apply subNatNat_eq_subNatNat_of
    simp only [Nat.succ_eq_add_one, Nat.zero_add, Nat.add_zero, Nat.mul_zero, Nat.zero_mul,
      Nat.mul_add, Nat.add_mul, Nat.mul_one, Nat.one_mul, Nat.mul_comm, Nat.mul_left_comm,
      Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]

theorem ediv_add_emod (a b : Int) : b * (a / b) + a % b = a := by
  rw [Int.add_comm]; exact emod_add_ediv a b

theorem emod_add_ediv' (a b : Int) : a % b + a / b * b = a := by
  rw [Int.mul_comm]; exact emod_add_ediv a b

theorem ediv_add_emod' (a b : Int) : a / b * b + a % b = a := by
  rw [Int.mul_comm]; exact ediv_add_emod a b

theorem emod_def (a b : Int) : a % b = a - b * (a / b) := by
  rw [← Int.add_sub_cancel (a % b) (b * (a / b)), emod_add_ediv]

theorem natAbs_pos {a : Int} : 0 < natAbs a ↔ a ≠ 0 := by
  cases a with
  | ofNat n =>
    cases n with
    | zero => exact ⟨fun h => absurd h (Nat.lt_irrefl 0), fun h => absurd rfl h⟩
    | succ n => exact ⟨fun _ h => Int.noConfusion h (fun h' => Nat.noConfusion h'),
        fun _ => Nat.succ_pos n⟩
  | negSucc n => exact ⟨fun _ h => Int.noConfusion h, fun _ => Nat.succ_pos n⟩

theorem emod_nonneg : ∀ (a : Int) {b : Int}, b ≠ 0 → 0 ≤ a % b
  | ofNat m, _, _ => ofNat_zero_le _
  | negSucc m, b, h => by
    show 0 ≤ subNatNat (natAbs b) (succ (m % natAbs b))
    rw [subNatNat_of_sub_eq_zero (Nat.sub_eq_zero_of_le (Nat.mod_lt m (natAbs_pos.2 h)))]
    exact ofNat_zero_le _

theorem emod_lt_of_pos (a : Int) {b : Int} (h : 0 < b) : a % b < b := by
  cases b with
  | ofNat n =>
    cases n with
    | zero => exact absurd h (Int.lt_irrefl 0)
    | succ n =>
      cases a with
      | ofNat m => exact ofNat_lt.2 (Nat.mod_lt m (Nat.succ_pos n))
      | negSucc m =>
        show subNatNat (succ n) (succ (m % succ n)) < _
        rw [subNatNat_of_sub_eq_zero (Nat.sub_eq_zero_of_le (Nat.mod_lt m (Nat.succ_pos n)))]
        exact ofNat_lt.2 (Nat.sub_lt (Nat.succ_pos n) (Nat.succ_pos _))
  | negSucc n => exact absurd h (fun h' => Int.lt_irrefl 0 (Int.lt_trans h' (negSucc_lt_zero n)))

theorem ediv_neg : ∀ a b : Int, a / -b = -(a / b)
  | ofNat m, ofNat 0 => show Int.ofNat m / 0 = -(Int.ofNat m / 0) by rw [ediv_zero]; rfl
  | ofNat m, ofNat (succ n) => rfl
  | ofNat m, negSucc n => (Int.neg_neg _).symm
  | negSucc m, ofNat 0 => rfl
  | negSucc m, ofNat (succ n) => rfl
  | negSucc m, negSucc n => rfl

theorem mul_ediv_self_le {x k : Int} (h : k ≠ 0) : k * (x / k) ≤ x := by
  have := Int.add_le_add_right (emod_nonneg x h) (k * (x / k))
  rw [Int.zero_add, emod_add_ediv] at this
  exact this

theorem lt_mul_ediv_self_add {x k : Int} (h : 0 < k) : x < k * (x / k) + k := by
  have := Int.add_lt_add_right (emod_lt_of_pos x h) (k * (x / k))
  rw [emod_add_ediv, Int.add_comm k] at this
  exact this

private theorem quot_unique {b q q' r r' : Int} (hb : 0 < b)
    (h : r + b * q = r' + b * q') (hr : 0 ≤ r) (hr' : r' < b) : q ≤ q' := by
  apply Int.not_lt.1
  intro hlt
  have h1 : b * (q' + 1) ≤ b * q := Int.mul_le_mul_of_nonneg_left hlt (Int.le_of_lt hb)
  rw [Int.mul_add, Int.mul_one] at h1
  have h2 : r' + b * q' < b * q' + b := by
    rw [Int.add_comm r']; exact Int.add_lt_add_left hr' _
  have h3 : b * q ≤ r + b * q := by
    have := Int.add_le_add_right hr (b * q); rw [Int.zero_add] at this; exact this
  rw [h] at h3
  exact Int.lt_irrefl _ (Int.lt_of_lt_of_le (Int.lt_of_le_of_lt h3 h2) h1)

theorem ediv_emod_unique {a b r q : Int} (h : 0 < b) :
    a / b = q ∧ a % b = r ↔ r + b * q = a ∧ 0 ≤ r ∧ r < b := by
  constructor
  · intro ⟨hq, hr⟩
    rw [← hq, ← hr]
    exact ⟨emod_add_ediv a b, emod_nonneg a (Int.ne_of_gt h), emod_lt_of_pos a h⟩
  · intro ⟨e, hr, hr'⟩
    have e' : a % b + b * (a / b) = r + b * q := by rw [emod_add_ediv, e]
    have hq : a / b = q :=
      Int.le_antisymm (quot_unique h e' (emod_nonneg a (Int.ne_of_gt h)) hr')
        (quot_unique h e'.symm hr (emod_lt_of_pos a h))
    refine ⟨hq, ?_⟩
    rw [hq] at e'
    exact Int.add_right_cancel e'

private theorem ediv_eq_of_pos {a b q r : Int} (h : 0 < b) (e : r + b * q = a) (hr : 0 ≤ r)
    (hr' : r < b) : a / b = q := ((ediv_emod_unique h).2 ⟨e, hr, hr'⟩).1

theorem add_mul_ediv_left (a : Int) {b : Int} (c : Int) (H : b ≠ 0) :
    (a + b * c) / b = a / b + c := by
  cases Int.lt_or_gt_of_ne H with
  | inr hb =>
    apply ediv_eq_of_pos hb _ (emod_nonneg a H) (emod_lt_of_pos a hb)
    rw [Int.mul_add, ← Int.add_assoc, emod_add_ediv]
  | inl hb =>
    have hb' : 0 < -b := Int.neg_pos_of_neg hb
    have key : ∀ x : Int, x / b = -(x / -b) := fun x => by
      have := ediv_neg x (-b)
      rw [Int.neg_neg] at this
      exact this
    have e : a + b * c = a + -b * -c := by rw [Int.neg_mul_neg]
    have pos : (a + -b * -c) / -b = a / -b + -c := by
      apply ediv_eq_of_pos hb' _ (emod_nonneg a (Int.ne_of_gt hb')) (emod_lt_of_pos a hb')
      rw [Int.mul_add, ← Int.add_assoc, emod_add_ediv]
    rw [key (a + b * c), key a, e, pos, Int.neg_add, Int.neg_neg]

theorem add_mul_ediv_right (a b : Int) {c : Int} (H : c ≠ 0) : (a + b * c) / c = a / c + b := by
  rw [Int.mul_comm]; exact add_mul_ediv_left a b H

theorem mul_ediv_cancel_left (b : Int) {a : Int} (H : a ≠ 0) : a * b / a = b := by
  have := add_mul_ediv_left 0 b H
  rw [Int.zero_add, zero_ediv, Int.zero_add] at this
  exact this

theorem mul_ediv_cancel (a : Int) {b : Int} (H : b ≠ 0) : a * b / b = a := by
  rw [Int.mul_comm]; exact mul_ediv_cancel_left a H

theorem ediv_le_ediv {a b c : Int} (H : 0 < c) (H' : a ≤ b) : a / c ≤ b / c := by
  apply Int.not_lt.1
  intro h
  have h1 : c * (b / c + 1) ≤ c * (a / c) := Int.mul_le_mul_of_nonneg_left h (Int.le_of_lt H)
  rw [Int.mul_add, Int.mul_one] at h1
  have h2 := lt_mul_ediv_self_add (x := b) H
  have h3 := mul_ediv_self_le (x := a) (Int.ne_of_gt H)
  exact Int.lt_irrefl _ (Int.lt_of_lt_of_le (Int.lt_of_lt_of_le h2 h1) (Int.le_trans h3 H'))

theorem ediv_nonneg {a b : Int} (Ha : 0 ≤ a) (Hb : 0 ≤ b) : 0 ≤ a / b := by
  cases le.dest Ha with
  | intro m hm =>
    cases le.dest Hb with
    | intro n hn =>
      rw [← hm, ← hn, Int.zero_add, Int.zero_add, ← natCast_ediv]
      exact ofNat_zero_le _

theorem ediv_nonneg_iff_of_pos {a b : Int} (h : 0 < b) : 0 ≤ a / b ↔ 0 ≤ a := by
  constructor
  · intro h'
    have := Int.mul_le_mul_of_nonneg_left h' (Int.le_of_lt h)
    rw [Int.mul_zero] at this
    exact Int.le_trans this (mul_ediv_self_le (Int.ne_of_gt h))
  · intro h'
    exact ediv_nonneg h' (Int.le_of_lt h)

/-! ## Divisibility -/

theorem dvd_def (a b : Int) : (a ∣ b) = ∃ c, b = a * c := rfl

protected theorem dvd_refl (a : Int) : a ∣ a := ⟨1, (Int.mul_one a).symm⟩

protected theorem dvd_zero (a : Int) : a ∣ 0 := ⟨0, (Int.mul_zero a).symm⟩

protected theorem dvd_trans {a b c : Int} : a ∣ b → b ∣ c → a ∣ c
  | ⟨d, h₁⟩, ⟨e, h₂⟩ => ⟨d * e, by rw [h₂, h₁, Int.mul_assoc]⟩

protected theorem dvd_mul_right (a b : Int) : a ∣ a * b := ⟨b, rfl⟩

protected theorem dvd_mul_left (a b : Int) : b ∣ a * b := ⟨a, Int.mul_comm a b⟩

protected theorem dvd_add {a b c : Int} : a ∣ b → a ∣ c → a ∣ b + c
  | ⟨d, h₁⟩, ⟨e, h₂⟩ => ⟨d + e, by rw [h₁, h₂, Int.mul_add]⟩

protected theorem dvd_neg {a b : Int} : a ∣ -b ↔ a ∣ b := by
  constructor
  · intro ⟨d, h⟩; exact ⟨-d, by rw [Int.mul_neg, ← h, Int.neg_neg]⟩
  · intro ⟨d, h⟩; exact ⟨-d, by rw [Int.mul_neg, h]⟩

protected theorem dvd_sub {a b c : Int} (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b - c :=
  Int.dvd_add h₁ (Int.dvd_neg.2 h₂)

protected theorem dvd_mul_of_dvd_left {a b : Int} (c : Int) (h : a ∣ b) : a ∣ b * c :=
  Int.dvd_trans h (Int.dvd_mul_right b c)

protected theorem zero_dvd {a : Int} : 0 ∣ a ↔ a = 0 :=
  ⟨fun ⟨c, h⟩ => by rw [h, Int.zero_mul], fun h => ⟨0, by rw [h]; rfl⟩⟩

theorem emod_eq_zero_of_dvd {a b : Int} : a ∣ b → b % a = 0
  | ⟨c, h⟩ => by
    rw [h]
    cases Int.decEq a 0 with
    | isTrue e => rw [e, Int.zero_mul, emod_zero]
    | isFalse e => rw [emod_def, mul_ediv_cancel_left c e, Int.sub_self]

theorem dvd_of_emod_eq_zero {a b : Int} (H : b % a = 0) : a ∣ b :=
  ⟨b / a, by
    have := emod_add_ediv b a
    rw [H, Int.zero_add] at this
    exact this.symm⟩

theorem dvd_iff_emod_eq_zero {a b : Int} : a ∣ b ↔ b % a = 0 :=
  ⟨emod_eq_zero_of_dvd, dvd_of_emod_eq_zero⟩

theorem emod_pos_of_not_dvd {a b : Int} (h : ¬ a ∣ b) : a = 0 ∨ 0 < b % a := by
  cases Int.decEq a 0 with
  | isTrue e => exact Or.inl e
  | isFalse e =>
    refine Or.inr (Int.lt_of_le_of_ne (emod_nonneg b e) ?_)
    intro h'
    exact h (dvd_of_emod_eq_zero h'.symm)

theorem mul_ediv_cancel' {a b : Int} (H : a ∣ b) : a * (b / a) = b := by
  have := emod_add_ediv b a
  rw [emod_eq_zero_of_dvd H, Int.zero_add] at this
  exact this

theorem ediv_mul_cancel {a b : Int} (H : b ∣ a) : a / b * b = a := by
  rw [Int.mul_comm]; exact mul_ediv_cancel' H

theorem add_ediv_of_dvd_left {a b c : Int} (H : c ∣ a) : (a + b) / c = a / c + b / c := by
  cases Int.decEq c 0 with
  | isTrue e => rw [e, ediv_zero, ediv_zero, ediv_zero]; rfl
  | isFalse e =>
    cases H with
    | intro d hd =>
      rw [hd, Int.add_comm, add_mul_ediv_left b d e, mul_ediv_cancel_left d e, Int.add_comm]

theorem sub_ediv_of_dvd (a : Int) {b c : Int} (hcb : c ∣ b) : (a - b) / c = a / c - b / c := by
  cases Int.decEq c 0 with
  | isTrue e => rw [e, ediv_zero, ediv_zero, ediv_zero]; rfl
  | isFalse e =>
    cases hcb with
    | intro d hd =>
      rw [hd, Int.sub_eq_add_neg, ← Int.mul_neg, add_mul_ediv_left a (-d) e,
        mul_ediv_cancel_left d e]
      rfl

theorem mul_ediv_assoc (a : Int) {b c : Int} (h : c ∣ b) : a * b / c = a * (b / c) := by
  cases Int.decEq c 0 with
  | isTrue e => rw [e, ediv_zero, ediv_zero, Int.mul_zero]
  | isFalse e =>
    cases h with
    | intro d hd =>
      rw [hd, Int.mul_left_comm, mul_ediv_cancel_left _ e, mul_ediv_cancel_left _ e]

theorem natAbs_dvd_self {a : Int} : (natAbs a : Int) ∣ a := by
  cases a with
  | ofNat n => exact Int.dvd_refl _
  | negSucc n => exact ⟨-1, by rw [Int.mul_neg, Int.mul_one]; rfl⟩

theorem ofNat_dvd {m n : Nat} : (m : Int) ∣ (n : Int) ↔ m ∣ n := by
  constructor
  · intro ⟨c, h⟩
    refine ⟨natAbs c, ?_⟩
    have := congrArg natAbs h
    rw [natAbs_mul] at this
    exact this
  · intro ⟨c, h⟩
    exact ⟨c, by rw [h]; rfl⟩

theorem ofNat_dvd_left {n : Nat} {z : Int} : (n : Int) ∣ z ↔ n ∣ natAbs z := by
  constructor
  · intro ⟨c, h⟩
    refine ⟨natAbs c, ?_⟩
    rw [h, natAbs_mul]; rfl
  · intro h
    exact Int.dvd_trans (ofNat_dvd.2 h) natAbs_dvd_self

/-! ## Balanced remainder -/

private theorem ite_prop {c : Prop} [h : Decidable c] {P : Int → Prop} {x y : Int}
    (hx : P x) (hy : P y) : P (if c then x else y) := by
  cases h with
  | isTrue _ => exact hx
  | isFalse _ => exact hy

theorem dvd_sub_bmod (x : Int) (m : Nat) : (m : Int) ∣ x - bmod x m := by
  have h₁ : (m : Int) ∣ x - x % m := ⟨x / m, by rw [emod_def, Int.sub_sub_self]⟩
  have h₂ : (m : Int) ∣ x - (x % m - m) :=
    ⟨x / m + 1, by rw [emod_def, Int.sub_sub, Int.sub_sub_self, Int.mul_add, Int.mul_one]⟩
  unfold bmod
  exact ite_prop (P := fun y => (m : Int) ∣ x - y) h₁ h₂

end Int
