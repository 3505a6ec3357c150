import NatOrder.Basic

/-!
# Maximum and minimum

`maxN` and `minN` defined by recursion on both arguments (rather than with
`if`), so that their properties are proved by induction: commutativity,
idempotence, the bounds, and `minN m n + maxN m n = m + n`.
-/

namespace NatOrder

/-- The larger of two numbers, by recursion. -/
def maxN : Nat → Nat → Nat
  | 0, n => n
  | m + 1, 0 => m + 1
  | m + 1, n + 1 => maxN m n + 1

/-- The smaller of two numbers, by recursion. -/
def minN : Nat → Nat → Nat
  | 0, _ => 0
  | _ + 1, 0 => 0
  | m + 1, n + 1 => minN m n + 1

theorem maxN_zero_left (n : Nat) : maxN 0 n = n := by
  cases n <;> rfl

theorem maxN_zero_right (n : Nat) : maxN n 0 = n := by
  cases n <;> rfl

theorem maxN_succ_succ (m n : Nat) : maxN (m + 1) (n + 1) = maxN m n + 1 := rfl

theorem minN_zero_left (n : Nat) : minN 0 n = 0 := by
  cases n <;> rfl

theorem minN_zero_right (n : Nat) : minN n 0 = 0 := by
  cases n <;> rfl

theorem minN_succ_succ (m n : Nat) : minN (m + 1) (n + 1) = minN m n + 1 := rfl

theorem maxN_comm (m n : Nat) : maxN m n = maxN n m := by
  induction m generalizing n with
  | zero =>
    rw [maxN_zero_left, maxN_zero_right]
  | succ m ih =>
    cases n with
    | zero => rfl
    | succ n =>
      rw [maxN_succ_succ, maxN_succ_succ, ih]

theorem minN_comm (m n : Nat) : minN m n = minN n m := by
  induction m generalizing n with
  | zero =>
    rw [minN_zero_left, minN_zero_right]
  | succ m ih =>
    cases n with
    | zero => rfl
    | succ n =>
      rw [minN_succ_succ, minN_succ_succ, ih]

theorem maxN_self (n : Nat) : maxN n n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [maxN_succ_succ, ih]

theorem minN_self (n : Nat) : minN n n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [minN_succ_succ, ih]

theorem le_maxN_left (m n : Nat) : m ≤ maxN m n := by
  induction m generalizing n with
  | zero => exact Nat.zero_le _
  | succ m ih =>
    cases n with
    | zero =>
      rw [maxN_zero_right]
      exact Nat.le_refl _
    | succ n =>
      rw [maxN_succ_succ]
      exact Nat.succ_le_succ (ih n)

theorem le_maxN_right (m n : Nat) : n ≤ maxN m n := by
  rw [maxN_comm]
  exact le_maxN_left n m

theorem maxN_le {m n k : Nat} (hm : m ≤ k) (hn : n ≤ k) : maxN m n ≤ k := by
  induction m generalizing n k with
  | zero =>
    rw [maxN_zero_left]
    exact hn
  | succ m ih =>
    cases n with
    | zero =>
      rw [maxN_zero_right]
      exact hm
    | succ n =>
      cases k with
      | zero => exact absurd hm (Nat.not_succ_le_zero m)
      | succ k =>
        rw [maxN_succ_succ]
        apply Nat.succ_le_succ
        exact ih (Nat.le_of_succ_le_succ hm) (Nat.le_of_succ_le_succ hn)

theorem minN_le_left (m n : Nat) : minN m n ≤ m := by
  induction m generalizing n with
  | zero =>
    rw [minN_zero_left]
    exact Nat.le_refl 0
  | succ m ih =>
    cases n with
    | zero =>
      rw [minN_zero_right]
      exact Nat.zero_le _
    | succ n =>
      rw [minN_succ_succ]
      exact Nat.succ_le_succ (ih n)

theorem minN_le_right (m n : Nat) : minN m n ≤ n := by
  rw [minN_comm]
  exact minN_le_left n m

theorem le_minN {m n k : Nat} (hm : k ≤ m) (hn : k ≤ n) : k ≤ minN m n := by
  induction k generalizing m n with
  | zero => exact Nat.zero_le _
  | succ k ih =>
    cases m with
    | zero => exact absurd hm (Nat.not_succ_le_zero k)
    | succ m =>
      cases n with
      | zero => exact absurd hn (Nat.not_succ_le_zero k)
      | succ n =>
        rw [minN_succ_succ]
        exact Nat.succ_le_succ (ih (Nat.le_of_succ_le_succ hm) (Nat.le_of_succ_le_succ hn))

theorem maxN_eq_left {m n : Nat} (h : n ≤ m) : maxN m n = m :=
  Nat.le_antisymm (maxN_le (Nat.le_refl m) h) (le_maxN_left m n)

theorem maxN_eq_right {m n : Nat} (h : m ≤ n) : maxN m n = n := by
  rw [maxN_comm]
  exact maxN_eq_left h

theorem minN_eq_left {m n : Nat} (h : m ≤ n) : minN m n = m :=
  Nat.le_antisymm (minN_le_left m n) (le_minN (Nat.le_refl m) h)

theorem minN_eq_right {m n : Nat} (h : n ≤ m) : minN m n = n := by
  rw [minN_comm]
  exact minN_eq_left h

theorem minN_le_maxN (m n : Nat) : minN m n ≤ maxN m n :=
  Nat.le_trans (minN_le_left m n) (le_maxN_left m n)

theorem minN_add_maxN (m n : Nat) : minN m n + maxN m n = m + n := by sorry

theorem maxN_add_right (m n k : Nat) : maxN (m + k) (n + k) = maxN m n + k := by
  induction k with
  | zero =>
    rw [Nat.add_zero, Nat.add_zero, Nat.add_zero]
  | succ k ih =>
    rw [← Nat.add_assoc, ← Nat.add_assoc, ← Nat.add_assoc, maxN_succ_succ, ih]

theorem maxN_assoc (a b c : Nat) : maxN (maxN a b) c = maxN a (maxN b c) := by sorry

theorem maxN_lt {m n k : Nat} (hm : m < k) (hn : n < k) : maxN m n < k := by
  cases k with
  | zero => exact absurd hm (Nat.not_lt_zero m)
  | succ k =>
    apply Nat.lt_succ_of_le
    exact maxN_le (Nat.le_of_lt_succ hm) (Nat.le_of_lt_succ hn)

theorem maxN_le_add (m n : Nat) : maxN m n ≤ m + n :=
  maxN_le (Nat.le_add_right m n) (Nat.le_add_left n m)

theorem minN_le_add (m n : Nat) : minN m n ≤ m + n := by sorry

theorem maxN_pos_of_left {m n : Nat} (h : 0 < m) : 0 < maxN m n :=
  Nat.lt_of_lt_of_le h (le_maxN_left m n)

theorem maxN_eq_or (m n : Nat) : maxN m n = m ∨ maxN m n = n := by
  cases Nat.le_total m n with
  | inl h => exact Or.inr (maxN_eq_right h)
  | inr h => exact Or.inl (maxN_eq_left h)

theorem minN_eq_or (m n : Nat) : minN m n = m ∨ minN m n = n := by
  by_cases h : m ≤ n
  · exact Or.inl (minN_eq_left h)
  · have h' : n ≤ m := by omega
    exact Or.inr (minN_eq_right h')

end NatOrder
