/-!
# The order on `Nat`

Reasoning with `≤` and `<` from the core lemmas (`Nat.le_trans`,
`Nat.lt_of_lt_of_le`, `Nat.add_le_add`, ...), and the characterisation of
`m ≤ n` as `∃ k, n = m + k`.
-/

namespace NatOrder

theorem le_step {m n : Nat} (h : m ≤ n) : m ≤ n + 1 := by
  apply Nat.le_trans h
  exact Nat.le_succ n

theorem lt_step {m n : Nat} (h : m < n) : m < n + 1 := by
  apply Nat.lt_trans h
  exact Nat.lt_succ_self n

theorem le_of_succ_le {m n : Nat} (h : m + 1 ≤ n) : m ≤ n := by
  apply Nat.le_trans _ h
  exact Nat.le_succ m

theorem lt_of_succ_lt' {m n : Nat} (h : m + 1 < n) : m < n := by
  apply Nat.lt_trans _ h
  exact Nat.lt_succ_self m

theorem succ_le_succ_iff' {m n : Nat} : m + 1 ≤ n + 1 ↔ m ≤ n := by
  constructor
  · exact Nat.le_of_succ_le_succ
  · exact Nat.succ_le_succ

theorem le_three_chain {a b c d : Nat} (hab : a ≤ b) (hbc : b ≤ c) (hcd : c ≤ d) : a ≤ d := by
  apply Nat.le_trans hab
  exact Nat.le_trans hbc hcd

theorem lt_of_le_of_lt_of_le {a b c d : Nat} (hab : a ≤ b) (hbc : b < c) (hcd : c ≤ d) :
    a < d := by
  apply Nat.lt_of_le_of_lt hab
  exact Nat.lt_of_lt_of_le hbc hcd

theorem add_le_add_both {a b c d : Nat} (hab : a ≤ b) (hcd : c ≤ d) : a + c ≤ b + d :=
  Nat.add_le_add hab hcd

theorem add_lt_add_of_lt_of_le {a b c d : Nat} (hab : a < b) (hcd : c ≤ d) : a + c < b + d := by
  have h1 : a + c < b + c := Nat.add_lt_add_right hab c
  have h2 : b + c ≤ b + d := Nat.add_le_add_left hcd b
  exact Nat.lt_of_lt_of_le h1 h2

theorem le_add_of_le_right' {a b c : Nat} (h : a ≤ b) : a ≤ b + c := by
  apply Nat.le_trans h
  exact Nat.le_add_right b c

theorem le_add_of_le_left' {a b c : Nat} (h : a ≤ b) : a ≤ c + b := by
  apply Nat.le_trans h
  exact Nat.le_add_left b c

theorem le_of_add_le_left {a b c : Nat} (h : a + b ≤ c) : a ≤ c := by
  apply Nat.le_trans _ h
  exact Nat.le_add_right a b

theorem le_of_add_le_right {a b c : Nat} (h : a + b ≤ c) : b ≤ c := by
  apply Nat.le_trans _ h
  exact Nat.le_add_left b a

theorem not_lt_self (n : Nat) : ¬n < n := Nat.lt_irrefl n

theorem not_succ_le_self' (n : Nat) : ¬n + 1 ≤ n := Nat.not_succ_le_self n

theorem ne_of_lt' {m n : Nat} (h : m < n) : m ≠ n := by
  intro heq
  rw [heq] at h
  exact Nat.lt_irrefl n h

theorem lt_of_le_of_ne' {m n : Nat} (hle : m ≤ n) (hne : m ≠ n) : m < n := by sorry

theorem le_zero_iff' {n : Nat} : n ≤ 0 ↔ n = 0 := by
  constructor
  · exact Nat.eq_zero_of_le_zero
  · intro h
    rw [h]
    exact Nat.le_refl 0

theorem pos_of_ne_zero' {n : Nat} (h : n ≠ 0) : 0 < n := by
  cases n with
  | zero => exact absurd rfl h
  | succ n => exact Nat.succ_pos n

theorem eq_or_lt_of_le' {m n : Nat} (h : m ≤ n) : m = n ∨ m < n := by
  cases Nat.lt_or_ge m n with
  | inl hlt => exact Or.inr hlt
  | inr hge => exact Or.inl (Nat.le_antisymm h hge)

theorem le_antisymm_iff' {m n : Nat} : m = n ↔ m ≤ n ∧ n ≤ m := by
  constructor
  · intro h
    rw [h]
    exact ⟨Nat.le_refl n, Nat.le_refl n⟩
  · intro h
    exact Nat.le_antisymm h.1 h.2

theorem lt_or_eq_or_gt (m n : Nat) : m < n ∨ m = n ∨ n < m := by
  cases Nat.lt_or_ge m n with
  | inl hlt => exact Or.inl hlt
  | inr hge =>
    right
    cases eq_or_lt_of_le' hge with
    | inl heq => exact Or.inl heq.symm
    | inr hlt => exact Or.inr hlt

/-- `m ≤ n` exactly when `n` is `m` plus something. -/
theorem exists_add_of_le' {m n : Nat} (h : m ≤ n) : ∃ k, n = m + k := by
  induction h with
  | refl => exact ⟨0, rfl⟩
  | step _ ih =>
    obtain ⟨k, hk⟩ := ih
    exact ⟨k + 1, congrArg Nat.succ hk⟩

theorem le_of_exists_add {m n : Nat} (h : ∃ k, n = m + k) : m ≤ n := by
  obtain ⟨k, hk⟩ := h
  rw [hk]
  exact Nat.le_add_right m k

theorem le_iff_exists_add' {m n : Nat} : m ≤ n ↔ ∃ k, n = m + k :=
  ⟨exists_add_of_le', le_of_exists_add⟩

theorem add_le_add_iff_left' {a b k : Nat} : k + a ≤ k + b ↔ a ≤ b := by
  constructor
  · exact Nat.le_of_add_le_add_left
  · intro h
    exact Nat.add_le_add_left h k

theorem mul_le_mul_of_le_left {m n : Nat} (k : Nat) (h : m ≤ n) : k * m ≤ k * n :=
  Nat.mul_le_mul (Nat.le_refl k) h

theorem le_mul_of_pos_left' {m n : Nat} (h : 0 < n) : m ≤ n * m := by sorry

theorem sub_add_cancel' {m n : Nat} (h : m ≤ n) : n - m + m = n :=
  Nat.sub_add_cancel h

/-- Two successors added together: a rearrangement used by the later files. -/
theorem add_one_add_add_one (a b : Nat) : a + 1 + (b + 1) = a + b + 1 + 1 := by
  rw [Nat.add_right_comm a 1 (b + 1), ← Nat.add_assoc a b 1]

theorem add_add_add_comm' (a b c d : Nat) : a + b + (c + d) = a + c + (b + d) := by
  rw [Nat.add_assoc, Nat.add_left_comm b c d, ← Nat.add_assoc]

theorem lt_succ_iff' {m n : Nat} : m < n + 1 ↔ m ≤ n := by
  constructor
  · exact Nat.le_of_lt_succ
  · exact Nat.lt_succ_of_le

theorem lt_of_add_one_le' {m n : Nat} (h : m + 1 ≤ n) : m < n := by
  omega

theorem le_of_lt_add_one' {m n : Nat} (h : m < n + 1) : m ≤ n := by
  omega

theorem lt_two_cases {n : Nat} (h : n < 2) : n = 0 ∨ n = 1 := by sorry

theorem le_trans_chain {a b c : Nat} (hab : a ≤ b) (hbc : b < c) : a + 1 ≤ c := by
  calc a + 1 ≤ b + 1 := Nat.succ_le_succ hab
    _ ≤ c := hbc

end NatOrder
