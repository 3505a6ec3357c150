-- Source: lean-ja/lean-by-example, LeanByExample/Tactic/Refine.lean (MIT; Japanese prose comments omitted)
example {P Q : Prop} (hP : P) (hQ : Q) : P ∧ Q := by
  refine ⟨?_, hQ⟩

  show P

  exact hP

example {P Q R : Prop} (hP : P) (hQ : Q) (hR : R) : P ∧ Q ∧ R := by
  refine ⟨?_, ?_, ?_⟩

  · exact hP
  · exact hQ
  · exact hR

example {P Q R : Prop} (hP : P) (hQ : Q) (hR : R) : P ∧ Q ∧ R := by
  constructor
  · exact hP
  · constructor
    · exact hQ
    · exact hR

example {P Q : Prop} (hPQ : P → Q) (hP : P) : Q := by
  refine hPQ ?_

  show P

  refine hP

example {P Q : Prop} (hP : P) (hQ : ¬ P ∨ Q) : P ∧ Q := by
  refine ⟨by assumption, ?_⟩

  guard_target =ₛ Q

  simp_all

example {P Q : Prop} (h1 : P → Q) (h2 : P → Q → False) (hP : P) : False := by
  refine h2 ?a ?_
  · exact hP
  · exact h1 ?a
