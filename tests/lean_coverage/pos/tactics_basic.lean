/-! Basic tactics: intro intros exact apply refine constructor left right exists exfalso assumption
contradiction trivial have show suffices specialize subst funext injection symm. -/

section
variable (p q r : Prop)

theorem t_apply_exact (hp : p) (hq : q) : p ∧ q := by
  apply And.intro
  exact hp
  exact hq
theorem t_apply_case (hp : p) (hq : q) : p ∧ q := by
  apply And.intro
  case left => exact hp
  case right => exact hq
theorem t_constructor (hp : p) (hq : q) : p ∧ q := by
  constructor
  · exact hp
  · exact hq
theorem t_refine (hp : p) : p ∧ True := by
  refine ⟨?_, ?_⟩
  · exact hp
  · trivial
theorem t_refine_prime (hp : p) (hq : q) : p ∧ q := by
  refine' ⟨_, hq⟩
  exact hp
theorem t_intro_exact : p ∧ q → q ∧ p := by
  intro h
  exact ⟨h.2, h.1⟩
theorem t_intro_pattern : p ∧ q → q ∧ p := by
  intro ⟨hp, hq⟩
  exact ⟨hq, hp⟩
theorem t_intro_several : p → q → p := by
  intro hp _
  exact hp
theorem t_intros : p → q → p := by
  intros
  assumption
theorem t_intros_named : p → q → p := by
  intros hp hq
  exact hp
theorem t_left (hp : p) : p ∨ q := by
  left
  assumption
theorem t_right (hq : q) : p ∨ q := by
  right
  exact hq
theorem t_apply_or (h : p ∨ q) : q ∨ p := by
  apply Or.elim h
  · intro hp; exact Or.inr hp
  · intro hq; exact Or.inl hq
theorem t_contradiction (hp : p) (hnp : ¬p) : q := by
  contradiction
theorem t_contradiction_false (h : False) : p := by
  contradiction
theorem t_contradiction_ne (x : Nat) (h : x ≠ x) : p := by
  contradiction
theorem t_exfalso (hp : p) (hnp : ¬p) : q := by
  exfalso
  exact hnp hp
theorem t_absurd (hp : p) (hnp : ¬p) : q := by
  exact absurd hp hnp
theorem t_cases_false (h : False) : p := by
  cases h
theorem t_trivial_true : True := by trivial
theorem t_trivial_and : True ∧ True := by trivial
theorem t_trivial_rfl (x : Nat) : x = x := by trivial
theorem t_have (h : p ∧ q) : q ∧ p := by
  have hp : p := h.1
  have hq := h.2
  exact ⟨hq, hp⟩
theorem t_have_by (h : p ∧ q) : q := by
  have hq : q := by exact h.2
  exact hq
theorem t_have_anonymous (h : p ∧ q) : q := by
  have : q := h.2
  exact this
theorem t_show (hp : p) : p ∧ p := by
  show p ∧ p
  exact ⟨hp, hp⟩
theorem t_suffices (hp : p) (h : p → q) : q := by
  suffices hp' : p by exact h hp'
  exact hp
theorem t_by_exact (hp : p) : p := by exact hp
end

theorem t_exists : ∃ x : Nat, x + 2 = 5 := by
  exists 3
theorem t_exists_two : ∃ x y : Nat, x + y = 5 := by
  exists 2, 3
theorem t_refine_exists : ∃ x : Nat, x + 2 = 5 := by
  refine ⟨3, ?_⟩
  rfl
theorem t_apply_exists_intro : ∃ x : Nat, x + 2 = 5 := by
  apply Exists.intro 3
  rfl
theorem t_specialize (P : Nat → Prop) (h : ∀ x, P x) : P 5 := by
  specialize h 5
  exact h
theorem t_apply_forall (P : Nat → Prop) (h : ∀ x, P x) : P 5 := by apply h
theorem t_exact_hole (P : Nat → Prop) (h : ∀ x, P x) : P 5 := by exact h _
theorem t_intro_forall (P Q : Nat → Prop) (h : ∀ x, P x ∧ Q x) : ∀ x, Q x := by
  intro x
  exact (h x).right
theorem t_subst (a b : Nat) (h : a = b) : b = a := by
  subst h
  rfl
theorem t_subst_rev (a b : Nat) (h1 : a = b) (h2 : a = 3) : b = 3 := by
  subst h2
  exact h1.symm
theorem t_symm (x : Nat) (h : 5 = x) : x = 5 := by
  symm
  exact h
theorem t_symm_at (x : Nat) (h : 5 = x) : x = 5 := by
  symm at h
  exact h
theorem t_funext (f : Nat → Nat) (h : ∀ x, f x = 0) : f = fun _ => 0 := by
  funext x
  exact h x
theorem t_injection (a b : Nat) (h : a + 1 = b + 1) : a = b := by
  injection h
theorem t_congr (f : Nat → Nat) (a b : Nat) (h : a = b) : f a = f b := by
  congr
theorem t_exact_congr_arg (f : Nat → Nat) (a b : Nat) (h : a = b) : f a = f b := by
  exact congrArg f h
theorem t_unfold_def (n : Nat) : id n = n := by
  unfold id
  rfl
theorem t_revert (n : Nat) (h : n = 0) : n + 0 = 0 := by
  revert h
  intro h
  rw [h]
theorem t_clear (p q : Prop) (hp : p) (hq : q) : p := by
  clear hq
  exact hp
theorem t_generalize (n : Nat) : n + 0 = n := by
  generalize h : n + 0 = m
  rw [← h]
  rfl
