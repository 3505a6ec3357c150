/-! Wrong proofs in logic: each must be rejected with the message in its `-- expect:` line. -/

-- expect: Type mismatch
theorem wrong_hyp (p q : Prop) (hp : p) : q := hp
-- expect: Application type mismatch
theorem swapped_components (p q : Prop) (hp : p) (hq : q) : p ∧ q := ⟨hq, hp⟩
-- expect: Application type mismatch
theorem converse_misuse (p q : Prop) (h : p → q) (hq : q) : p := h hq
-- expect: Type mismatch
theorem or_not_and (p q : Prop) (h : p ∨ q) : p ∧ q := h
-- expect: Application type mismatch
theorem true_and_false : True ∧ False := ⟨trivial, trivial⟩
-- expect: Unknown identifier `hr`
theorem unknown_name (p q : Prop) (hp : p) : p ∨ q := Or.inl hr
-- expect: Type mismatch
theorem iff_wrong_dir (p q : Prop) (h : p ↔ q) (hp : q) : q → p := h.mp
-- expect: Application type mismatch
theorem exists_wrong_witness : ∃ x : Nat, x + 2 = 1 := ⟨0, rfl⟩
-- expect: Type mismatch
theorem forall_wrong_inst (P : Nat → Prop) (h : ∀ x, P x) : P 5 := h 4
-- expect: invalid `▸` notation
theorem subst_needs_eq (p q : Prop) (h : p ↔ q) (hq : q) : p := h ▸ hq
-- expect: Unknown identifier `em`
theorem em_needs_namespace (p : Prop) : p ∨ ¬p := em p
-- expect: Type mismatch
theorem or_false_is_eq (p : Prop) : p ∨ False ↔ p := or_false p
-- expect: Application type mismatch
theorem absurd_wrong_order (p q : Prop) (hp : p) (hnp : ¬p) : q := absurd hnp hp
