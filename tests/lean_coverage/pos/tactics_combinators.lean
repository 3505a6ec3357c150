/-! Tactic combinators and goal management: `·`, `<;>`, `try`, `first`, `repeat`, `all_goals`,
`any_goals`, `case`, `next`, `focus`, `(...)`, `;`, `skip`, `done`, `rotate_left`, `and_intros`. -/

section
variable (p q r : Prop)

theorem cdot_bullets (hp : p) (hq : q) : p ∧ q := by
  constructor
  · exact hp
  · exact hq
theorem cdot_ascii (hp : p) (hq : q) : p ∧ q := by
  constructor
  . exact hp
  . exact hq
theorem cdot_nested (hp : p) (hq : q) (hr : r) : p ∧ (q ∧ r) := by
  constructor
  · exact hp
  · constructor
    · exact hq
    · exact hr
theorem seq_assumption (hp : p) (hq : q) : p ∧ q := by
  constructor <;> assumption
theorem seq_chain (hp : p) (hq : q) (hr : r) : (p ∧ q) ∧ r := by
  constructor <;> (try constructor) <;> assumption
theorem seq_simp (h : p ∧ q) : q ∧ p := by
  constructor <;> simp [h]
theorem try_skip (hp : p) : p := by
  try contradiction
  exact hp
theorem first_alt (hq : q) : p ∨ q := by
  first | left; assumption | right; assumption
theorem first_layout (hq : q) : p ∨ q := by
  first
  | exact Or.inl hq
  | exact Or.inr hq
theorem repeat_constructor : True ∧ True ∧ True := by
  repeat constructor
theorem all_goals_exact (hp : p) : p ∧ p := by
  constructor
  all_goals exact hp
theorem any_goals_assumption (hp : p) (hq : q) : p ∧ q := by
  constructor
  any_goals assumption
theorem case_tags (hp : p) (hq : q) : p ∧ q := by
  constructor
  case right => exact hq
  case left => exact hp
theorem next_goals (hp : p) (hq : q) : p ∧ q := by
  constructor
  next => exact hp
  next => exact hq
theorem focus_block (hp : p) (hq : q) : p ∧ q := by
  constructor
  focus
    exact hp
  exact hq
theorem paren_semicolon (hp : p) (hq : q) : p ∧ q := by
  (constructor; exact hp); exact hq
theorem skip_done (hp : p) : p := by
  skip
  exact hp
  done
theorem rotate (hp : p) (hq : q) : p ∧ q := by
  constructor
  rotate_left
  · exact hq
  · exact hp
theorem and_intros_tac (hp : p) (hq : q) (hr : r) : p ∧ q ∧ r := by
  and_intros
  · exact hp
  · exact hq
  · exact hr
theorem iff_constructor_seq : p ↔ p := by
  constructor <;> intro h <;> exact h
theorem iff_constructor_id : p ↔ p := by
  constructor <;> exact id
end

theorem seq_cases_simp (b : Bool) : (b && true) = b := by
  cases b <;> simp
theorem seq_induction (n : Nat) : n * 1 = n := by
  induction n <;> simp
theorem try_in_seq (a b : Nat) (h : a = b) : b = a ∧ a = a := by
  constructor <;> try rfl
  exact h.symm
theorem repeat_rw (a : Nat) (h : ∀ x, x + 0 = x) : a + 0 + 0 + 0 = a := by
  repeat rw [h]
theorem first_decide_omega (n : Nat) (h : n < 3) : n < 5 := by
  first | decide | omega
theorem cdot_after_induction (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [Nat.add_succ]
    · rw [ih]
