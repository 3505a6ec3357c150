/-! Bool: `&& || !`, `==`, `!=`, `decide`, `if`/`bif`, and the Bool lemmas under their real names. -/

theorem and_lit : (true && false) = false := rfl
theorem or_lit : (true || false) = true := rfl
theorem not_lit : (!true) = false := rfl
theorem beq_lit : (2 == 2) = true := rfl
theorem bne_lit : (2 != 3) = true := rfl
theorem decide_lit : decide (2 < 3) = true := rfl
theorem decide_eq_lit : decide (1 + 1 = 2) = true := rfl

theorem use_and_true (b : Bool) : (b && true) = b := Bool.and_true b
theorem use_or_false (b : Bool) : (b || false) = b := Bool.or_false b
theorem use_not_not (b : Bool) : (!!b) = b := Bool.not_not b
theorem use_and_comm (a b : Bool) : (a && b) = (b && a) := Bool.and_comm a b
theorem use_or_comm (a b : Bool) : (a || b) = (b || a) := Bool.or_comm a b
theorem use_of_decide (p : Prop) [Decidable p] (h : decide p = true) : p := of_decide_eq_true h
theorem use_decide_eq_true (p : Prop) [Decidable p] (h : p) : decide p = true := decide_eq_true h
theorem use_eq_of_beq (n m : Nat) (h : (n == m) = true) : n = m := eq_of_beq h
theorem use_bool_cases (b : Bool) : b = true ∨ b = false := by cases b <;> simp

theorem not_not_cases (b : Bool) : (!!b) = b := by cases b <;> rfl
theorem and_comm_cases (a b : Bool) : (a && b) = (b && a) := by cases a <;> cases b <;> rfl
theorem and_not_self_decide : ∀ b : Bool, (b && !b) = false := by decide
theorem and_comm_decide : ∀ a b : Bool, (a && b) = (b && a) := by decide
theorem and_true_simp (b : Bool) : (b && true) = b := by simp
theorem or_true_simp (b : Bool) : (b || true) = true := by simp
theorem and_false_simp (b : Bool) : (b && false) = false := by simp
theorem not_eq_true_simp (b : Bool) : (!b) = true ↔ b = false := by simp
theorem and_eq_true_simp (b c : Bool) : (b && c) = true ↔ b = true ∧ c = true := by simp
theorem or_eq_true_simp (b c : Bool) : (b || c) = true ↔ b = true ∨ c = true := by simp
theorem ne_true_simpa (b : Bool) (h : b ≠ true) : b = false := by simpa using h
theorem not_eq_true_at (b : Bool) (h : ¬b = true) : b = false := by simp at h; exact h
theorem and_true_at (a b : Bool) (h : (a && b) = true) : a = true := by
  simp at h
  exact h.1
theorem or_true_simpa (a b : Bool) (h : (a || b) = true) : a = true ∨ b = true := by simpa using h
theorem beq_self_simp (n : Nat) : (n == n) = true := by simp
theorem beq_simpa (n m : Nat) (h : (n == m) = true) : n = m := by simpa using h
theorem decide_self_simp (n : Nat) : decide (n = n) = true := by simp
theorem ite_self_simp (n : Nat) : (if n = n then 1 else 2) = 1 := by simp
theorem ite_false_simp (n : Nat) : (if n < 0 then 1 else 2) = 2 := by simp
theorem ite_bool_cases (b : Bool) : (if b then 1 else 2) ≤ 2 := by cases b <;> simp
theorem bif_cases (b : Bool) : (bif b then 1 else 2) ≤ 2 := by cases b <;> simp
theorem match_bool_cases (b : Bool) : (match b with | true => 1 | false => 2) ≤ 2 := by cases b <;> simp
theorem true_ne_false' : true ≠ false := by decide
theorem bool_no_confusion (h : true = false) : False := Bool.noConfusion h
