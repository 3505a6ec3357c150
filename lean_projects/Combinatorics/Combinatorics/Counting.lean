import Combinatorics.Choose

/-!
# Counting

Counting by building lists: a list of `n` elements has `2 ^ n` sublists, there
are `k ^ n` words of length `n` over `k` letters, and `n * n` ordered pairs of
numbers below `n`.
-/

namespace Combinatorics

open NatArith

variable {α : Type}

/-- All sublists of a list (each element kept or dropped). -/
def sublists : List α → List (List α)
  | [] => [[]]
  | a :: l => sublists l ++ (sublists l).map (a :: ·)

/-- Put `a` in front of each list. -/
def consAll (a : Nat) (ls : List (List Nat)) : List (List Nat) := ls.map (a :: ·)

/-- All words of length `n` over the letters `0, ..., k - 1`. -/
def words (k : Nat) : Nat → List (List Nat)
  | 0 => [[]]
  | n + 1 => wordsWith k (words k n)
where
  /-- Every letter below `k` in front of every word. -/
  wordsWith : Nat → List (List Nat) → List (List Nat)
    | 0, _ => []
    | j + 1, ws => wordsWith j ws ++ consAll j ws

/-- The numbers below `n`. -/
def below : Nat → List Nat
  | 0 => []
  | n + 1 => below n ++ [n]

/-- All pairs `(i, j)` with `i, j < n`. -/
def pairs (n : Nat) : List (Nat × Nat) := (below n).flatMap fun i => (below n).map fun j => (i, j)

theorem sublists_nil : sublists ([] : List α) = [[]] := rfl

theorem sublists_cons (a : α) (l : List α) :
    sublists (a :: l) = sublists l ++ (sublists l).map (a :: ·) := rfl

theorem length_sublists (l : List α) : (sublists l).length = pow2 l.length := by
  induction l with
  | nil => rfl
  | cons a l ih =>
    rw [sublists_cons, List.length_append, List.length_map, ih, List.length_cons, pow2_succ]
    rfl

theorem nil_mem_sublists (l : List α) : [] ∈ sublists l := by
  induction l with
  | nil => exact List.Mem.head _
  | cons a l ih =>
    rw [sublists_cons]
    exact List.mem_append_left _ ih

theorem self_mem_sublists (l : List α) : l ∈ sublists l := by sorry

theorem length_sublists_pos (l : List α) : 0 < (sublists l).length := by
  rw [length_sublists]
  exact pow2_pos _

theorem length_consAll (a : Nat) (ls : List (List Nat)) : (consAll a ls).length = ls.length := by
  simp [consAll]

theorem length_wordsWith (j : Nat) (ws : List (List Nat)) :
    (words.wordsWith j ws).length = j * ws.length := by
  induction j with
  | zero => simp [words.wordsWith]
  | succ j ih =>
    rw [words.wordsWith, List.length_append, ih, length_consAll, Nat.succ_mul]

theorem length_words (k n : Nat) : (words k n).length = k ^ n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [words, length_wordsWith, ih, Nat.pow_succ, Nat.mul_comm]

theorem length_words_two (n : Nat) : (words 2 n).length = pow2 n := by sorry

theorem words_zero_letters (n : Nat) : (words 0 (n + 1)).length = 0 := by
  rw [length_words, Nat.pow_succ, Nat.mul_zero]

theorem length_below (n : Nat) : (below n).length = n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [below, List.length_append, ih]; rfl

theorem mem_below {i n : Nat} : i ∈ below n ↔ i < n := by
  induction n with
  | zero => simp [below]
  | succ n ih =>
    rw [below, List.mem_append, ih]
    simp
    omega

theorem length_sublists_cons (a : α) (l : List α) :
    (sublists (a :: l)).length = 2 * (sublists l).length := by sorry

theorem length_flatMap_const {β : Type} (l : List α) (f : α → List β) (c : Nat)
    (h : ∀ a, (f a).length = c) : (l.flatMap f).length = l.length * c := by
  induction l with
  | nil => simp
  | cons a l ih =>
    rw [List.flatMap_cons, List.length_append, ih, h, List.length_cons, Nat.succ_mul, Nat.add_comm]

theorem length_pairs (n : Nat) : (pairs n).length = n * n := by
  unfold pairs
  rw [length_flatMap_const (c := n), length_below]
  intro i
  rw [List.length_map, length_below]

theorem mem_flatMap_of_mem {β : Type} {f : α → List β} {a : α} {b : β} {l : List α} (ha : a ∈ l)
    (hb : b ∈ f a) : b ∈ l.flatMap f := by
  induction l with
  | nil => cases ha
  | cons x l ih =>
    rw [List.flatMap_cons]
    cases ha with
    | head => exact List.mem_append_left _ hb
    | tail _ h => exact List.mem_append_right _ (ih h)

theorem pair_mem_pairs {i j n : Nat} (hi : i < n) (hj : j < n) : (i, j) ∈ pairs n := by
  unfold pairs
  exact mem_flatMap_of_mem (mem_below.mpr hi) (List.mem_map_of_mem (mem_below.mpr hj))

theorem sublists_example : sublists [1, 2] = [[], [2], [1], [1, 2]] := by decide

end Combinatorics
