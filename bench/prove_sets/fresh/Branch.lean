/-! Definitions by `if` and `match`, and a lemma resting on the one above it. -/

def clamp (lo x : Nat) : Nat := if x < lo then lo else x

theorem le_clamp (lo x : Nat) : lo ≤ clamp lo x := by sorry

theorem x_le_clamp (lo x : Nat) : x ≤ clamp lo x := by sorry

def isEven : Nat → Bool
  | 0 => true
  | 1 => false
  | n + 2 => isEven n

theorem isEven_add_two (n : Nat) : isEven (n + 2) = isEven n := by sorry

def triple : Nat → Nat
  | 0 => 0
  | n + 1 => triple n + 3

theorem triple_eq (n : Nat) : triple n = 3 * n := by sorry

theorem triple_add (m n : Nat) : triple (m + n) = triple m + triple n := by sorry
