/-! `Decidable` and `decide`: instances for the connectives, Nat equality and order, Bool, lists of
decidable types, and `by_cases`/`Decidable.em`. -/

theorem dec_lt : 10 < 20 := by decide
theorem dec_not_lt : ¬(20 < 10) := by decide
theorem dec_ne : 10 ≠ 20 := by decide
theorem dec_le_ge : 3 ≤ 3 ∧ 4 ≥ 2 := by decide
theorem dec_dvd : 3 ∣ 12 := by decide
theorem dec_pow : 2 ^ 10 = 1024 := by decide
theorem dec_and_or : (3 < 5 ∧ 5 < 7) ∨ False := by decide
theorem dec_imp : (3 < 5) → (5 < 7) := by decide
theorem dec_iff : (3 < 5) ↔ (5 < 7) := by decide
theorem dec_true_not_false : True ∧ ¬False := by decide
theorem dec_list_eq : [1, 2, 3] = [1, 2, 3] := by decide
theorem dec_list_ne : [1, 2, 3] ≠ [1, 3, 2] := by decide
theorem dec_list_bool : [true, false] ≠ [false, true] := by decide
theorem dec_list_mem : 3 ∈ [1, 2, 3] := by decide
theorem dec_pair : (1, 2) ≠ (2, 1) := by decide
theorem dec_option : some 1 ≠ none := by decide
theorem dec_bool : true ≠ false := by decide
theorem dec_char : 'a' ≠ 'b' := by decide
theorem dec_forall_bool : ∀ a b : Bool, (a || b) = (b || a) := by decide

def evenb : Nat → Bool
  | 0 => true
  | 1 => false
  | n + 2 => evenb n

theorem dec_user_fn : evenb 10 = true := by decide

theorem inst_nat_eq (n : Nat) : Nonempty (Decidable (n = 3)) := ⟨inferInstance⟩
theorem inst_nat_le_and (n : Nat) : Nonempty (Decidable (n ≤ 3 ∧ n ≠ 2)) := ⟨inferInstance⟩
theorem inst_nat_lt_or (n m : Nat) : Nonempty (Decidable (n < m ∨ m < n)) := ⟨inferInstance⟩
theorem inst_not_imp (n m : Nat) : Nonempty (Decidable (¬n = m → n < m)) := ⟨inferInstance⟩
theorem inst_iff (n m : Nat) : Nonempty (Decidable (n ≤ m ↔ m ≤ n)) := ⟨inferInstance⟩
theorem inst_list_eq (xs : List Nat) : Nonempty (Decidable (xs = [])) := ⟨inferInstance⟩
theorem inst_bool_eq (b : Bool) : Nonempty (Decidable (b = true)) := ⟨inferInstance⟩
theorem inst_deq_list_bool : Nonempty (DecidableEq (List Bool)) := ⟨inferInstance⟩
theorem inst_list_mem (x : Nat) (xs : List Nat) : Nonempty (Decidable (x ∈ xs)) := ⟨inferInstance⟩

theorem by_cases_em (p : Prop) [Decidable p] : p ∨ ¬p := by
  by_cases h : p
  · exact Or.inl h
  · exact Or.inr h
theorem by_cases_nat (n : Nat) : n = 0 ∨ n ≠ 0 := by
  by_cases h : n = 0
  · left; exact h
  · right; exact h
theorem by_cases_classical (p q : Prop) (h₁ : p → q) (h₂ : ¬p → q) : q := by
  by_cases hp : p
  · exact h₁ hp
  · exact h₂ hp
theorem by_cases_anonymous (p q : Prop) (h₁ : p → q) (h₂ : ¬p → q) : q := by
  by_cases p
  · exact h₁ ‹p›
  · exact h₂ ‹¬p›
theorem use_decidable_em' (p : Prop) [Decidable p] : p ∨ ¬p := Decidable.em p
theorem use_classical_em (p : Prop) : p ∨ ¬p := Classical.em p
theorem use_by_contradiction (p : Prop) (h : ¬¬p) : p := Classical.byContradiction h
theorem use_by_contradiction_fun (p : Prop) (h : ¬¬p) : p := Classical.byContradiction fun hn => h hn
theorem classical_open (p q : Prop) : ¬(p ∧ q) → ¬p ∨ ¬q := by
  open Classical in
  exact fun h => (em p).elim (fun hp => Or.inr (fun hq => h ⟨hp, hq⟩)) Or.inl
theorem not_not_by_cases (p : Prop) (h : ¬¬p) : p := by
  by_cases hp : p
  · exact hp
  · exact absurd hp h
theorem not_not_simpa (p : Prop) (h : ¬¬p) : p := by simpa using h
theorem contrapositive (p q : Prop) : (p → q) ↔ (¬q → ¬p) := by
  constructor
  · intro h hnq hp; exact hnq (h hp)
  · intro h hp
    by_cases hq : q
    · exact hq
    · exact absurd hp (h hq)
theorem not_forall_by_contradiction (P : Nat → Prop) (h : ¬∀ x, P x) : ∃ x, ¬P x := by
  apply Classical.byContradiction
  intro h'
  apply h
  intro x
  apply Classical.byContradiction
  intro hx
  exact h' ⟨x, hx⟩
