/-! Wrong uses of Nat / List / Bool lemmas: misapplied names and false equations. -/

-- expect: Type mismatch
theorem add_comm_for_mul (a b : Nat) : a * b = b * a := Nat.add_comm a b
-- expect: Type mismatch
theorem le_wrong_dir (a b : Nat) (h : a ≤ b) : b ≤ a := h
-- expect: Type mismatch
theorem le_trans_partial (a b : Nat) (h : a ≤ b) : b ≤ a := Nat.le_trans h
-- expect: Type mismatch
theorem lt_irrefl_misuse : ∀ n : Nat, n < 5 := by
  intro n
  exact Nat.lt_irrefl n
-- expect: unsolved goals
theorem mul_zero_false (n : Nat) : n * 0 = n := by simp
-- expect: Unknown constant `Nat.add_comm_wrong`
theorem unknown_lemma (a b : Nat) : a + b = b + a := Nat.add_comm_wrong a b
-- expect: Unknown identifier `add_comm`
theorem unqualified_nat_lemma (a b : Nat) : a + b = b + a := add_comm a b
-- expect: unsolved goals
theorem append_nil_wrong (xs : List Nat) : xs ++ [] = [] := by simp
-- expect: Type mismatch
theorem length_append_wrong (xs ys : List Nat) : (xs ++ ys).length = xs.length := by
  rw [List.length_append]
  exact rfl
-- expect: Tactic `rfl` failed
theorem band_wrong (b : Bool) : (b && !b) = true := by cases b <;> rfl
-- expect: Not a definitional equality
theorem beta_wrong : (fun x : Nat => x + 1) 2 = 4 := rfl
-- expect: Application type mismatch
theorem congr_wrong (f : Nat → Nat) : f 1 = f 2 := congrArg f rfl
-- expect: failed to synthesize
theorem int_literal_nat : (2 : Nat) - 3 = -1 := by decide
