/-! Definitions by `if` and by `match`, and lemmas that build on the one above. -/

def max' (a b : Nat) : Nat := if a ≤ b then b else a

theorem le_max'_left (a b : Nat) : a ≤ max' a b := by sorry

theorem le_max'_right (a b : Nat) : b ≤ max' a b := by sorry

def isZero : Nat → Bool
  | 0 => true
  | _ + 1 => false

theorem isZero_iff (n : Nat) : isZero n = true ↔ n = 0 := by sorry

def double : Nat → Nat
  | 0 => 0
  | n + 1 => double n + 2

theorem double_eq (n : Nat) : double n = 2 * n := by sorry

theorem double_add (m n : Nat) : double (m + n) = double m + double n := by sorry
