/-
Induction principles on `Nat` beyond structural recursion (`Nat.strongRecOn`, `Nat.le_induction`,
`Nat.twoStepInduction`, ...) and `Decidable` instances for quantifiers bounded by a numeral
(`∀ x < n, p x`, `∃ x ≤ n, p x`, `∀ i : Fin n, p i`), under their real Lean 4 names and statements.
-/
prelude
import Init.WF
import Init.Data.Nat

set_option linter.unusedVariables false

universe u

namespace Nat

/-! ## Strong (course-of-values) induction -/

/-- Strong recursion: to build `motive n`, one may use `motive m` for every `m < n`. -/
@[elab_as_elim]
protected def strongRecOn {motive : Nat → Sort u} (n : Nat)
    (ind : ∀ n, (∀ m, m < n → motive m) → motive n) : motive n :=
  WellFounded.Nat.fix (motive := motive) (fun x => x) ind n

theorem strongRecOn_eq {motive : Nat → Sort u} (n : Nat)
    (ind : ∀ n, (∀ m, m < n → motive m) → motive n) :
    Nat.strongRecOn n ind = ind n (fun m _ => Nat.strongRecOn m ind) :=
  WellFounded.Nat.fix_eq (motive := motive) (fun x => x) ind n

/-- Strong induction for propositions. -/
@[elab_as_elim]
protected theorem strong_induction_on {p : Nat → Prop} (n : Nat)
    (h : ∀ n, (∀ m, m < n → p m) → p n) : p n :=
  Nat.strongRecOn n h

/-- Strong recursion with the cases `0` and `n + 1` (hypothesis for every `m ≤ n`). -/
@[elab_as_elim]
protected def caseStrongRecOn {motive : Nat → Sort u} (a : Nat) (zero : motive 0)
    (ind : ∀ n, (∀ m, m ≤ n → motive m) → motive (n + 1)) : motive a :=
  Nat.strongRecOn a fun n =>
    match n with
    | 0 => fun _ => zero
    | n + 1 => fun ih => ind n (fun m hm => ih m (Nat.lt_succ_of_le hm))

/-! ## Induction from a lower bound and two-step induction -/

/-- Induction on `n` with `m ≤ n`: prove `P m` and the step from `n` to `n + 1`. -/
@[elab_as_elim]
theorem le_induction {m : Nat} {P : ∀ n, m ≤ n → Prop} (base : P m (Nat.le_refl m))
    (succ : ∀ n hmn, P n hmn → P (n + 1) (Nat.le_succ_of_le hmn)) : ∀ n hmn, P n hmn := by
  intro n hmn
  induction hmn with
  | refl => exact base
  | step h ih => exact succ _ h ih

/-- Induction with base cases `0` and `1` and a step from `n` and `n + 1` to `n + 2`. -/
@[elab_as_elim]
def twoStepInduction {motive : Nat → Sort u} (zero : motive 0) (one : motive 1)
    (more : ∀ n, motive n → motive (n + 1) → motive (n + 2)) : ∀ a, motive a
  | 0 => zero
  | 1 => one
  | n + 2 => more n (twoStepInduction zero one more n) (twoStepInduction zero one more (n + 1))

/-! ## Decidability of bounded quantifiers -/

/-- A decision for `q` from one for `p` and `p ↔ q`. -/
private def decOfIff {p q : Prop} (h : p ↔ q) : Decidable p → Decidable q
  | isTrue hp => isTrue (h.mp hp)
  | isFalse hp => isFalse (fun hq => hp (h.mpr hq))

instance decidableBallLT :
    ∀ (n : Nat) (P : ∀ k, k < n → Prop) [∀ n h, Decidable (P n h)], Decidable (∀ n h, P n h)
  | 0, _, _ => isTrue (fun k h => absurd h (Nat.not_lt_zero k))
  | n + 1, P, inst =>
    match decidableBallLT n (fun k h => P k (Nat.lt_succ_of_lt h)) with
    | isFalse hlow => isFalse (fun H => hlow (fun k h => H k _))
    | isTrue hlow =>
      match inst n (Nat.lt_succ_self n) with
      | isFalse htop => isFalse (fun H => htop (H n _))
      | isTrue htop => isTrue (fun k hk => by
          cases Nat.eq_or_lt_of_le (Nat.le_of_lt_succ hk) with
          | inl e => subst e; exact htop
          | inr lt => exact hlow k lt)

instance decidableForallFin {n : Nat} (P : Fin n → Prop) [DecidablePred P] :
    Decidable (∀ i, P i) :=
  decOfIff ⟨fun h i => h i.val i.isLt, fun h k hk => h ⟨k, hk⟩⟩
    (decidableBallLT n (fun k h => P ⟨k, h⟩))

instance decidableBallLE (n : Nat) (P : ∀ k, k ≤ n → Prop) [∀ n h, Decidable (P n h)] :
    Decidable (∀ n h, P n h) :=
  decOfIff ⟨fun h k hk => h k (Nat.lt_succ_of_le hk), fun h k hk => h k (Nat.le_of_lt_succ hk)⟩
    (decidableBallLT (n + 1) (fun k h => P k (Nat.le_of_lt_succ h)))

instance decidableExistsLT {p : Nat → Prop} [h : DecidablePred p] :
    DecidablePred fun n => ∃ m : Nat, m < n ∧ p m
  | 0 => isFalse (fun ⟨m, hm, _⟩ => Nat.not_lt_zero m hm)
  | n + 1 =>
    match decidableExistsLT (p := p) n with
    | isTrue hlow => isTrue (match hlow with | ⟨m, hm, hp⟩ => ⟨m, Nat.lt_succ_of_lt hm, hp⟩)
    | isFalse hlow =>
      match h n with
      | isTrue hn => isTrue ⟨n, Nat.lt_succ_self n, hn⟩
      | isFalse hn => isFalse (fun ⟨m, hm, hp⟩ => by
          cases Nat.eq_or_lt_of_le (Nat.le_of_lt_succ hm) with
          | inl e => subst e; exact hn hp
          | inr lt => exact hlow ⟨m, lt, hp⟩)

instance decidableExistsLE {p : Nat → Prop} [DecidablePred p] :
    DecidablePred fun n => ∃ m : Nat, m ≤ n ∧ p m :=
  fun n => decOfIff
    ⟨fun ⟨m, hm, hp⟩ => ⟨m, Nat.le_of_lt_succ hm, hp⟩,
     fun ⟨m, hm, hp⟩ => ⟨m, Nat.lt_succ_of_le hm, hp⟩⟩
    (decidableExistsLT (p := p) (n + 1))

end Nat
