/-! Proofs that elaborate but are not proofs: `sorry`, extra axioms, `native_decide`. -/

-- expect: sorry
theorem with_sorry (p : Prop) : p ∨ ¬p := by
  left
  sorry
-- expect: sorry
theorem term_sorry : 1 = 2 := sorry
-- expect: sorry
theorem admit_tactic : 1 = 2 := by admit

axiom cheat : False

-- expect: depends on axiom(s) beyond
theorem uses_user_axiom : 1 = 2 := cheat.elim

def fib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

-- expect: depends on axiom(s) beyond
theorem uses_native_decide : fib 10 = 55 := by native_decide
