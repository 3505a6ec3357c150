-- Source: edwardzcn-decade/fp-lean-exercise, FpLeanExercise/Ch3/PropProof.lean (exercises following
-- "Functional Programming in Lean"; licence not stated in the repository; prose comments omitted)
theorem addAndAppend: 1 + 1 = 2 ∧ "Str".append "ing" = "String" := by
  simp [String.append]

theorem addAndAppend': 1 + 1 = 2 ∧ "Str".append "ing" = "String" := by
  decide

theorem addAndAppend'': 1 + 1 = 2 ∧ "Str".append "ing" = "String" := by
  simp (config:= {decide := true})

theorem andImpliesOr : A ∧ B → A ∨ B := by
  intro H
  cases H with
  | intro hA hB =>
    apply Or.inl; exact hA

theorem andImpliesOr' : A ∧ B → A ∨ B :=
  fun a_and_b =>
    match a_and_b with
    | And.intro a _ => Or.inl a

theorem onePlusOneAndLessThan : 1 + 1 = 2 ∨ 7 < 5 := by
  apply Or.inl
  rfl

theorem onePlusOneAndLessThan' : 1 + 1 = 2 ∨ 7 < 5 := by
  simp

theorem onePlusOneAndLessThan'' : 1 + 1 = 2 ∨ 3 < 5 :=
  Or.inl rfl

theorem onePlusOneAndLessThan''' : 1 + 1 = 1 + 1 ∨ 3 < 5 :=
  Or.inl (Eq.refl (1+1))

theorem notTwoEqualFive : ¬(1 + 1 = 5) := by
  simp

theorem notTwoEqualFive' : ¬(1 + 1 = 5) := by
  intro H
  contradiction

#print notTwoEqualFive
#print notTwoEqualFive'
#print of_eq_false
#print of_decide_eq_false

#check Eq.refl (decide (1 + 1 = 5))

theorem notTwoEqualFive'' : ¬(1 + 1 = 5):=
  fun H =>
    absurd H (of_decide_eq_false (Eq.refl (decide (1 + 1 = 5))))

theorem trueIsTrue : True := by simp
theorem trueIsTrue' : True := True.intro

theorem trueOrFalse : True ∨ Faluse := by simp
theorem trueOrFalse' : True ∨ False := Or.inl True.intro

theorem falseImpliesTrue : False → True := by simp
theorem falseImpliesTrue' : False → True := by
  intro H
  apply False.elim H
theorem falseImpliesTrue'' : False → True :=
  fun H => False.elim H

theorem falseImpliesAnything (P : Prop) (h: False) : P := by
  apply False.elim h

def third (xs : List α) : Option α := xs.get? 2

def test_list := [1,1,2]
#eval third test_list

def woodlandCritters : List String :=
  ["hedgehog", "deer", "snail"]

def third' (xs : List α) (evidence : xs.length > 2) : α := xs[2]
#eval third' woodlandCritters (by decide)
#eval third' test_list (by decide)

def third'' (xs: List α) : Option α := xs[2]?
#eval third'' test_list

theorem twoPlusThreeEqFive : 2 + 3 = 5 := by rfl
theorem fifteenMinusEightEqSeven : 15 - 8 = 7 := by rfl
theorem stringAppendEq : "Hello, ".append "world" = "Hello, world" := by rfl
theorem fiveLeEighteen : 5 < 18 := by
  simp

theorem twoPlusThreeEqFive' : 2 + 3 = 5 := by simp
theorem fifteenMinusEightEqSeven' : 15 - 8 = 7 := by simp
theorem stringAppendEq' : "Hello, ".append "world" = "Hello, world" := by
  decide
theorem fiveLeEighteen' : 5 < 18 := by
  decide
