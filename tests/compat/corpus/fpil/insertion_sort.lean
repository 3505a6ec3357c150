-- Source: "Functional Programming in Lean" (David Thrane Christiansen), chapter "Programming, Proving,
-- and Performance: Insertion Sort and Array Mutation"; leanprover/fp-lean,
-- examples/Examples/ProgramsProofs/InsertionSort.lean (the kept declarations; `#check_msgs` of the
-- book's test support written as core `#guard_msgs`). Licence: CC BY 4.0.
/-- info: Nat.lt_of_succ_lt {n m : Nat} : n.succ < m → n < m -/
#guard_msgs in
#check Nat.lt_of_succ_lt

def insertSorted [Ord α] (arr : Array α) (i : Fin arr.size) : Array α :=
  match i with
  | ⟨0, _⟩ => arr
  | ⟨i' + 1, _⟩ =>
    match Ord.compare arr[i'] arr[i] with
    | .lt | .eq => arr
    | .gt =>
      insertSorted (arr.swap i' i) ⟨i', by grind⟩

theorem insert_sorted_size_eq [Ord α]
    (arr : Array α) (i : Fin arr.size) :
    (insertSorted arr i).size = arr.size := by
  fun_induction insertSorted <;> grind

namespace Partial

partial def insertionSortLoop [Ord α] (arr : Array α) (i : Nat) : Array α :=
  if h : i < arr.size then
    insertionSortLoop (insertSorted arr ⟨i, h⟩) (i + 1)
  else
    arr

/-- info: #[3, 5, 8, 17] -/
#guard_msgs in
#eval insertionSortLoop #[5, 17, 3, 8] 0

/-- info: #["igneous", "metamorphic", "sedimentary"] -/
#guard_msgs in
#eval insertionSortLoop #["metamorphic", "igneous", "sedimentary"] 0
end Partial

example : ∀ (a i : Nat), i < a → a - (i + 1) < a - i := Nat.sub_succ_lt_self

def insertionSortLoop [Ord α] (arr : Array α) (i : Nat) : Array α :=
  if h : i < arr.size then
    have : (insertSorted arr ⟨i, h⟩).size - (i + 1) < arr.size - i := by
      grind [insert_sorted_size_eq]
    insertionSortLoop (insertSorted arr ⟨i, h⟩) (i + 1)
  else
    arr
termination_by arr.size - i

def insertionSort [Ord α] (arr : Array α) : Array α :=
   insertionSortLoop arr 0

example := @List.map
example := @Array.swap
example : Fin 1 := {val := 0, isLt := by grind}
example := @Array.set
example {n} := Fin n
example := Fin 0
section
variable (arr : Array α)
example := Fin arr.size
example := OfNat
/-- warning: declaration uses `sorry` -/
#guard_msgs in
theorem ohNoNotReallyTrue : 3 < 2 := by sorry
end

/-- info: #[1, 3, 4, 7] -/
#guard_msgs in
#eval insertionSort #[3, 1, 7, 4]

/-- info: #["granite", "hematite", "marble", "quartz"] -/
#guard_msgs in
#eval insertionSort #[ "quartz", "marble", "granite", "hematite"]

example := @Array.map
