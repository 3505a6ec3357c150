/-! Wrong tactic proofs: each must be rejected with the message in its `-- expect:` line. -/

-- expect: unsolved goals
theorem missing_goal (p q : Prop) (hp : p) : p ∧ q := by
  constructor
  exact hp
-- expect: Tactic `assumption` failed
theorem no_assumption (p : Prop) : p := by assumption
-- expect: Type mismatch
theorem wrong_side (p q : Prop) (hq : q) : p ∨ q := by
  left
  exact hq
-- expect: Alternative `succ` has not been provided
theorem missing_alternative (n : Nat) : n + 1 ≠ n := by
  induction n with
  | zero => decide
-- expect: Invalid alternative name `foo`
theorem bogus_alternative (n : Nat) : n = n := by
  induction n with
  | zero => rfl
  | succ n ih => rfl
  | foo => rfl
-- expect: Tactic `contradiction` failed
theorem no_contradiction (p : Prop) : p ∨ ¬p := by contradiction
-- expect: Tactic `apply` failed
theorem apply_mismatch (p q : Prop) : p → q := by
  intro hp
  apply hp
-- expect: Unknown identifier `hq`
theorem obtain_wrong_name (p q : Prop) (h : p ∧ q) : p := by
  obtain ⟨hp⟩ := h
  exact hq
-- expect: Type mismatch
theorem rcases_one_branch (p q : Prop) (h : p ∨ q) : p := by
  rcases h with hp | hq
  · exact hp
  · exact hq
-- expect: Did not find an occurrence of the pattern
theorem rw_no_occurrence (a b : Nat) (h : a = b) (h2 : b = 3) : a + 0 = 3 := by
  rw [h2]
-- expect: unsolved goals
theorem rw_leaves_goal (a b : Nat) (h : a = b) : a + 1 = b + 2 := by rw [h]
-- expect: Unknown identifier `h2`
theorem rw_unknown_hyp (a b : Nat) (h : a = b) : b = a := by rw [h2]
-- expect: Tactic `rfl` failed
theorem rfl_not_defeq (a b : Nat) : a + b = b + a := by rfl
-- expect: Type mismatch
theorem exact_wrong_lemma (a b : Nat) : a + b = b + a := by exact Nat.mul_comm a b
-- expect: unsolved goals
theorem exfalso_stuck (p : Prop) : p := by
  exfalso
-- expect: Tactic `assumption` failed
theorem trivial_false : False := by trivial
-- expect: invalid 'calc' step
theorem calc_wrong_relation (a b : Nat) (h : a < b) : a > b := by
  calc a < b := h
    _ > a := h
-- expect: unsolved goals
theorem first_all_fail (a b : Nat) (h : a ≤ b) : b ≤ a := by
  first | exact h | skip
-- expect: Type mismatch
theorem all_goals_fail (p q : Prop) (hp : p) : p ∧ q := by
  constructor
  all_goals exact hp
-- expect: unsolved goals
theorem try_swallows (p : Prop) : p := by
  try assumption
-- expect: unsolved goals
theorem injection_no_progress (h : 1 = 2) : False := by injection h
-- expect: unsolved goals
theorem exists_wrong_value : ∃ x : Nat, x + 2 = 5 := by
  exists 2
-- expect: Type mismatch
theorem have_wrong_type (p q : Prop) (hp : p) : q := by
  have hq : q := hp
  exact hq
-- expect: 'show' tactic failed
theorem show_wrong (p q : Prop) (hp : p) : p := by
  show q
  exact hp
