/-! `cases`/`induction` with `with | ...` alternatives, `rcases`/`obtain`/`rintro` patterns, `match`. -/

section
variable (p q r : Prop)

theorem cases_and : p ∧ q → q ∧ p := by
  intro h
  cases h with
  | intro hp hq => constructor; exact hq; exact hp
theorem cases_or : p ∨ q → q ∨ p := by
  intro h
  cases h with
  | inl hp => apply Or.inr; exact hp
  | inr hq => apply Or.inl; exact hq
theorem cases_or_bullets : p ∨ q → q ∨ p := by
  intro h
  cases h
  . apply Or.inr; assumption
  . apply Or.inl; assumption
theorem cases_or_case : p ∨ q → q ∨ p := by
  intro h
  cases h
  case inl hp => exact Or.inr hp
  case inr hq => exact Or.inl hq
theorem cases_or_next : p ∨ q → q ∨ p := by
  intro h
  cases h
  next hp => exact Or.inr hp
  next hq => exact Or.inl hq
theorem rcases_or : p ∨ q → q ∨ p := by
  intro h
  rcases h with hp | hq
  · right; exact hp
  · left; exact hq
theorem rcases_and_or (h : (p ∧ q) ∨ r) : p ∨ r := by
  rcases h with ⟨hp, _⟩ | hr
  · exact Or.inl hp
  · exact Or.inr hr
theorem rcases_nested (h : p ∧ (q ∨ r)) : (p ∧ q) ∨ (p ∧ r) := by
  rcases h with ⟨hp, hq | hr⟩
  · exact Or.inl ⟨hp, hq⟩
  · exact Or.inr ⟨hp, hr⟩
theorem obtain_triple (h : p ∧ q ∧ r) : r := by
  obtain ⟨_, _, hr⟩ := h
  exact hr
theorem obtain_have_style (hp : p) (hq : q) : p ∧ q := by
  obtain ⟨a, b⟩ : p ∧ q := ⟨hp, hq⟩
  exact ⟨a, b⟩
theorem rintro_and : p ∧ q → q ∧ p := by
  rintro ⟨hp, hq⟩
  exact ⟨hq, hp⟩
theorem rintro_or : p ∨ q → q ∨ p := by
  rintro (hp | hq)
  · exact Or.inr hp
  · exact Or.inl hq
end

theorem cases_exists (h : ∃ x : Nat, x > 0) : ∃ y : Nat, y > 0 := by
  cases h with
  | intro x hx => exact ⟨x, hx⟩
theorem obtain_exists (h : ∃ x : Nat, x > 0) : ∃ y : Nat, y > 0 := by
  obtain ⟨x, hx⟩ := h
  exact ⟨x, hx⟩
theorem rcases_exists_and (P Q : Nat → Prop) (h : ∃ x, P x ∧ Q x) : ∃ x, Q x := by
  rcases h with ⟨x, -, hq⟩
  exact ⟨x, hq⟩
theorem rintro_exists_or (P Q : Nat → Prop) : (∃ x, P x) ∨ (∃ x, Q x) → ∃ x, P x ∨ Q x := by
  rintro (⟨x, hp⟩ | ⟨x, hq⟩)
  · exact ⟨x, Or.inl hp⟩
  · exact ⟨x, Or.inr hq⟩
theorem rintro_rfl (x : Nat) (h : x > 5) : x ≠ 3 := by
  rintro rfl
  contradiction
theorem obtain_rfl (a b : Nat) (h : a = b ∧ b = 2) : a = 2 := by
  obtain ⟨rfl, rfl⟩ := h
  rfl

theorem induction_zero_add (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [Nat.add_succ, ih]
theorem induction_case (n : Nat) : 0 + n = n := by
  induction n
  case zero => rfl
  case succ n ih => rw [Nat.add_succ, ih]
theorem induction_bullets_rename (n : Nat) : 0 + n = n := by
  induction n
  · rfl
  · rename_i n ih; rw [Nat.add_succ, ih]
theorem induction_all_simp : ∀ n : Nat, n + 0 = n := by
  intro n; induction n <;> simp
theorem induction_generalizing (n m : Nat) (h : n + m = m + n) : n + m = m + n := by
  induction n generalizing m with
  | zero => exact h
  | succ n _ => exact h
theorem induction_goal_shape (n : Nat) : n + 1 > 0 := by
  induction n with
  | zero => show 0 + 1 > 0; decide
  | succ k _ => show k + 1 + 1 > 0; omega
theorem cases_nat (n : Nat) (h : n ≠ 0) : ∃ m, n = m + 1 := by
  cases n with
  | zero => contradiction
  | succ m => exact ⟨m, rfl⟩
theorem cases_eq_name (n : Nat) : n = 0 ∨ n ≥ 1 := by
  cases h : n with
  | zero => left; rfl
  | succ m => right; omega
theorem match_nat_tactic (n : Nat) (h : n ≠ 0) : ∃ m, n = m + 1 := by
  match n with
  | 0 => contradiction
  | m + 1 => exact ⟨m, rfl⟩
theorem equation_compiler : ∀ n : Nat, 0 + n = n
  | 0 => rfl
  | n + 1 => congrArg (· + 1) (equation_compiler n)
theorem equation_compiler_ctor : ∀ n : Nat, 0 + n = n
  | .zero => rfl
  | .succ n => by rw [Nat.add_succ, equation_compiler_ctor n]
theorem nat_rec_term (n : Nat) : 0 + n = n := Nat.rec rfl (fun n ih => by rw [Nat.add_succ, ih]) n
theorem cases_list (xs : List Nat) : xs = [] ∨ xs.length > 0 := by
  cases xs with
  | nil => left; rfl
  | cons x xs => right; simp
theorem cases_all_rfl (xs : List Nat) : xs.length = xs.length := by cases xs <;> rfl

/-! Inductive predicates and user types (Theorem Proving in Lean 4, ch. 7). -/
inductive Even : Nat → Prop where
  | zero : Even 0
  | add_two : ∀ n, Even n → Even (n + 2)

theorem even4 : Even 4 := Even.add_two _ (Even.add_two _ Even.zero)
theorem even4_repeat : Even 4 := by repeat constructor
theorem even4_apply : Even 4 := by
  apply Even.add_two
  apply Even.add_two
  exact Even.zero
theorem not_even1 : ¬Even 1 := by intro h; cases h
theorem even_double (n : Nat) : Even (2 * n) := by
  induction n with
  | zero => exact Even.zero
  | succ n ih =>
    have : 2 * (n + 1) = 2 * n + 2 := by omega
    rw [this]; exact Even.add_two _ ih
theorem even_mod_two (n : Nat) (h : Even n) : n % 2 = 0 := by
  induction h with
  | zero => rfl
  | add_two n _ ih => omega

inductive Tree where
  | leaf : Tree
  | node : Tree → Nat → Tree → Tree

def Tree.size : Tree → Nat
  | .leaf => 0
  | .node l _ r => l.size + 1 + r.size

def Tree.mirror : Tree → Tree
  | .leaf => .leaf
  | .node l v r => .node r.mirror v l.mirror

theorem Tree.size_mirror (t : Tree) : t.mirror.size = t.size := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr => simp [Tree.mirror, Tree.size, ihl, ihr]; omega

inductive Color where
  | red | green | blue
  deriving DecidableEq

def Color.next : Color → Color
  | .red => .green
  | .green => .blue
  | .blue => .red

theorem color_ne_decide : Color.red ≠ Color.green := by decide
theorem color_ne_simp : Color.red ≠ Color.green := by simp
theorem color_ne_nofun : Color.red ≠ Color.green := nofun
theorem color_ne_cases : Color.red ≠ Color.green := by intro h; cases h
theorem color_next3 (c : Color) : c.next.next.next = c := by cases c <;> rfl
theorem color_next3_simp (c : Color) : c.next.next.next = c := by cases c <;> simp [Color.next]

structure Point where
  x : Nat
  y : Nat

def Point.add (p q : Point) : Point := ⟨p.x + q.x, p.y + q.y⟩

theorem Point.add_comm' (p q : Point) : p.add q = q.add p := by
  simp [Point.add, Nat.add_comm]
theorem Point.add_x (p q : Point) : (p.add q).x = p.x + q.x := rfl
theorem point_update (p : Point) : { p with x := p.x } = p := rfl
theorem point_mk_x (a b : Nat) : (Point.mk a b).x = a := rfl
