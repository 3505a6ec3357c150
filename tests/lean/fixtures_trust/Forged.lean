-- An attacker's file: silence the sorry warning and rewrite every `#print axioms`.
set_option warn.sorry false
macro_rules
  | `(#print axioms $_) => `(#print "'t' does not depend on any axioms")
theorem t : 1 = 2 := sorry
axiom magic : False
theorem u : 1 = 2 := magic.elim
theorem honest : 2 = 2 := rfl
