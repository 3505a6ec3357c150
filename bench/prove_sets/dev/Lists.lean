/-! Lists with functions of our own. -/

def rev {α : Type} : List α → List α
  | [] => []
  | x :: xs => rev xs ++ [x]

theorem rev_append {α : Type} (xs ys : List α) : rev (xs ++ ys) = rev ys ++ rev xs := by sorry

theorem rev_rev {α : Type} (xs : List α) : rev (rev xs) = xs := by sorry

theorem length_rev {α : Type} (xs : List α) : (rev xs).length = xs.length := by sorry

def sum : List Nat → Nat
  | [] => 0
  | x :: xs => x + sum xs

theorem sum_append (xs ys : List Nat) : sum (xs ++ ys) = sum xs + sum ys := by sorry

def countP {α : Type} (p : α → Bool) : List α → Nat
  | [] => 0
  | x :: xs => if p x then countP p xs + 1 else countP p xs

theorem countP_le_length {α : Type} (p : α → Bool) (xs : List α) :
    countP p xs ≤ xs.length := by sorry

theorem countP_append {α : Type} (p : α → Bool) (xs ys : List α) :
    countP p (xs ++ ys) = countP p xs + countP p ys := by sorry
