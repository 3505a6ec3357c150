-- A context with an axiom: a proof through it must fail the final `#print axioms` re-check.
axiom cheat : False

theorem anything (p : Prop) : p := by
  exact False.elim cheat
