/-! Software Foundations (Basics, Lists, Logic, IndProp) exercises, written the way a Lean 4 user would. -/

namespace SF
inductive Day where
  | monday | tuesday | wednesday | thursday | friday | saturday | sunday
  deriving Repr, DecidableEq

open Day

def nextWeekday : Day → Day
  | monday => tuesday
  | tuesday => wednesday
  | wednesday => thursday
  | thursday => friday
  | friday => monday
  | saturday => monday
  | sunday => monday

example : nextWeekday (nextWeekday saturday) = tuesday := rfl
example : nextWeekday (nextWeekday saturday) = tuesday := by simp [nextWeekday]
example : nextWeekday (nextWeekday saturday) = tuesday := by decide

def negb (b : Bool) : Bool := if b then false else true
def andb (b1 b2 : Bool) : Bool := match b1 with
  | true => b2
  | false => false

theorem negb_involutive (b : Bool) : negb (negb b) = b := by
  cases b <;> rfl
theorem andb_commutative (b c : Bool) : andb b c = andb c b := by
  cases b <;> cases c <;> rfl
theorem andb_true_elim2 (b c : Bool) (h : andb b c = true) : c = true := by
  cases b
  · simp [andb] at h
  · simpa [andb] using h
theorem identity_fn_applied_twice (f : Bool → Bool) (h : ∀ x, f x = x) (b : Bool) : f (f b) = b := by
  rw [h, h]

inductive NatList where
  | nil : NatList
  | cons : Nat → NatList → NatList

def NatList.app : NatList → NatList → NatList
  | .nil, l => l
  | .cons h t, l => .cons h (t.app l)

theorem NatList.app_assoc (l1 l2 l3 : NatList) : (l1.app l2).app l3 = l1.app (l2.app l3) := by
  induction l1 with
  | nil => rfl
  | cons h t ih => simp [NatList.app, ih]

theorem NatList.app_nil (l : NatList) : l.app .nil = l := by
  induction l with
  | nil => rfl
  | cons h t ih => rw [NatList.app, ih]

-- Logic chapter
theorem and_example : 3 + 4 = 7 ∧ 2 * 2 = 4 := ⟨rfl, rfl⟩
theorem and_intro' (A B : Prop) (hA : A) (hB : B) : A ∧ B := by
  constructor <;> assumption
theorem proj1 (P Q : Prop) (h : P ∧ Q) : P := by
  obtain ⟨hp, _⟩ := h
  exact hp
theorem and_assoc' (P Q R : Prop) (h : P ∧ (Q ∧ R)) : (P ∧ Q) ∧ R := by
  obtain ⟨hp, hq, hr⟩ := h
  exact ⟨⟨hp, hq⟩, hr⟩
theorem mult_is_O (n m : Nat) (h : n = 0 ∨ m = 0) : n * m = 0 := by
  rcases h with rfl | rfl
  · simp
  · simp
theorem or_commut (P Q : Prop) : P ∨ Q → Q ∨ P := by
  intro h
  rcases h with hp | hq
  · right; exact hp
  · left; exact hq
theorem ex_falso_quodlibet (P : Prop) : False → P := by
  intro contra
  cases contra
theorem not_implies_our_not (P : Prop) : ¬P → (∀ Q : Prop, P → Q) := by
  intro hnp Q hp
  exact absurd hp hnp
theorem zero_not_one : 0 ≠ 1 := by
  intro h
  cases h
theorem zero_not_one' : 0 ≠ 1 := by decide
theorem zero_not_one'' : 0 ≠ 1 := Nat.zero_ne_one
theorem contrapositive (P Q : Prop) : (P → Q) → (¬Q → ¬P) := by
  intro hpq hnq hp
  exact hnq (hpq hp)
theorem not_both_true_and_false (P : Prop) : ¬(P ∧ ¬P) := by
  intro ⟨hp, hnp⟩
  exact hnp hp
theorem iff_sym (P Q : Prop) : (P ↔ Q) → (Q ↔ P) := by
  intro ⟨hpq, hqp⟩
  exact ⟨hqp, hpq⟩
theorem or_distributes_over_and (P Q R : Prop) : P ∨ (Q ∧ R) ↔ (P ∨ Q) ∧ (P ∨ R) := by
  constructor
  · rintro (hp | ⟨hq, hr⟩)
    · exact ⟨Or.inl hp, Or.inl hp⟩
    · exact ⟨Or.inr hq, Or.inr hr⟩
  · rintro ⟨hp | hq, hp' | hr⟩
    · exact Or.inl hp
    · exact Or.inl hp
    · exact Or.inl hp'
    · exact Or.inr ⟨hq, hr⟩
theorem four_is_even : ∃ n, 4 = n + n := ⟨2, rfl⟩
theorem exists_example_2 (n : Nat) (h : ∃ m, n = 4 + m) : ∃ o, n = 2 + o := by
  obtain ⟨m, hm⟩ := h
  exists 2 + m
  omega
theorem dist_not_exists {X : Type} (P : X → Prop) : (∀ x, P x) → ¬(∃ x, ¬P x) := by
  intro h ⟨x, hx⟩
  exact hx (h x)
theorem dist_exists_or {X : Type} (P Q : X → Prop) : (∃ x, P x ∨ Q x) ↔ (∃ x, P x) ∨ (∃ x, Q x) := by
  constructor
  · intro ⟨x, hx⟩
    cases hx with
    | inl hp => exact Or.inl ⟨x, hp⟩
    | inr hq => exact Or.inr ⟨x, hq⟩
  · intro h
    cases h with
    | inl h => let ⟨x, hp⟩ := h; exact ⟨x, Or.inl hp⟩
    | inr h => let ⟨x, hq⟩ := h; exact ⟨x, Or.inr hq⟩
def In {A : Type} (x : A) : List A → Prop
  | [] => False
  | x' :: l' => x' = x ∨ In x l'
theorem In_example_1 : In 4 [1, 2, 3, 4, 5] := by
  simp [In]
theorem In_example_2 (n : Nat) (h : In n [2, 4]) : ∃ n', n = 2 * n' := by
  simp [In] at h
  rcases h with rfl | rfl
  · exact ⟨1, rfl⟩
  · exact ⟨2, rfl⟩
theorem In_map {A B : Type} (f : A → B) (l : List A) (x : A) (h : In x l) : In (f x) (l.map f) := by
  induction l with
  | nil => simp [In] at h
  | cons x' l' ih =>
    simp only [In, List.map] at *
    rcases h with rfl | h
    · left; rfl
    · right; exact ih h
theorem excluded_middle_irrefutable (P : Prop) : ¬¬(P ∨ ¬P) := by
  intro h
  apply h
  right
  intro hp
  exact h (Or.inl hp)
-- IndProp
inductive ev : Nat → Prop where
  | ev_0 : ev 0
  | ev_SS (n : Nat) (H : ev n) : ev (n + 2)
theorem ev_4 : ev 4 := ev.ev_SS 2 (ev.ev_SS 0 ev.ev_0)
theorem ev_4' : ev 4 := by
  apply ev.ev_SS
  apply ev.ev_SS
  apply ev.ev_0
theorem ev_plus4 (n : Nat) (h : ev n) : ev (4 + n) := by
  have : 4 + n = n + 2 + 2 := by omega
  rw [this]
  exact ev.ev_SS _ (ev.ev_SS _ h)
theorem ev_minus2 (n : Nat) (E : ev n) : ev (n - 2) := by
  cases E with
  | ev_0 => exact ev.ev_0
  | ev_SS n' E' => simpa using E'
theorem evSS_ev (n : Nat) (E : ev (n + 2)) : ev n := by
  cases E with
  | ev_SS _ E' => exact E'
theorem one_not_even : ¬ev 1 := by
  intro h
  cases h
theorem SSSSev__even (n : Nat) (E : ev (n + 4)) : ev n := by
  cases E with
  | ev_SS _ E' => cases E' with
    | ev_SS _ E'' => exact E''
theorem ev_even (n : Nat) (E : ev n) : ∃ k, n = 2 * k := by
  induction E with
  | ev_0 => exact ⟨0, rfl⟩
  | ev_SS n' _ ih =>
    obtain ⟨k, hk⟩ := ih
    exact ⟨k + 1, by omega⟩
theorem ev_sum (n m : Nat) (Hn : ev n) (Hm : ev m) : ev (n + m) := by
  induction Hn with
  | ev_0 => simpa using Hm
  | ev_SS n' _ ih =>
    have : n' + 2 + m = (n' + m) + 2 := by omega
    rw [this]
    exact ev.ev_SS _ ih
inductive le' : Nat → Nat → Prop where
  | le_n (n : Nat) : le' n n
  | le_S (n m : Nat) (H : le' n m) : le' n (m + 1)
theorem le'_trans (m n o : Nat) (h1 : le' m n) (h2 : le' n o) : le' m o := by
  induction h2 with
  | le_n => exact h1
  | le_S _ _ ih => exact le'.le_S _ _ ih
theorem O_le_n (n : Nat) : le' 0 n := by
  induction n with
  | zero => exact le'.le_n 0
  | succ n ih => exact le'.le_S _ _ ih
end SF
