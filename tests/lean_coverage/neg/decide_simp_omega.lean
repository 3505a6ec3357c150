/-! Decision procedures must refuse false or out-of-reach goals. -/

-- expect: Not a definitional equality
theorem rfl_false : 2 + 2 = 5 := rfl
-- expect: Tactic `decide` proved that the proposition
theorem decide_false_claim : 2 + 2 = 5 := by decide
-- expect: Tactic `decide` proved that the proposition
theorem decide_list_false : [1, 2] ++ [3] = [1, 3, 2] := by decide
-- expect: Expected type must not contain free variables
theorem decide_free_var (a : Nat) : a ≠ a := by decide
-- expect: failed to synthesize
theorem decide_undecidable : (fun x : Nat => x) = id := by decide
-- expect: unsolved goals
theorem simp_false : 2 + 2 = 5 := by simp
-- expect: `simp` made no progress
theorem simp_no_progress (a b : Nat) (h : a ≤ b) : b ≤ a := by simp
-- expect: unsolved goals
theorem simp_leaves_false (a : Nat) : a = 1 := by cases a <;> simp
-- expect: unsolved goals
theorem simp_list_false (xs : List Nat) : (xs ++ [1]).length = xs.length := by simp
-- expect: unsolved goals
theorem simp_at_wrong (a b : Nat) (h : a + 0 = b) : a = b + 1 := by simp at h
-- expect: `simp` made no progress
theorem simp_only_missing (a b : Nat) (h : a + 0 = b) : a = b := by simp only [Nat.zero_add] at h ⊢
-- expect: omega could not prove the goal
theorem omega_false : 2 + 2 = 5 := by omega
-- expect: omega could not prove the goal
theorem omega_wrong (a b : Nat) : a + b = a := by omega
-- expect: omega could not prove the goal
theorem omega_nat_sub (a b : Nat) : a - b + b = a := by omega
-- expect: omega could not prove the goal
theorem omega_nonlinear (a b : Nat) : a * b = b * a + 1 := by omega
def log2 (n : Nat) : Nat := if n < 2 then 0 else 1 + log2 (n / 2)

-- expect: failed to reduce
theorem decide_wf_def : log2 8 = 3 := by decide
