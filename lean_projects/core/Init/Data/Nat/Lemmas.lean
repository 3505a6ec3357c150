/-
leanagent core library: further lemmas about natural numbers (cancellation, zero products,
minimum and maximum, powers).

Written from scratch. Names, statements and `@[simp]` tags follow real Lean 4
(`Init/Data/Nat/Lemmas.lean`, `Init/Data/Nat/MinMax.lean`); the proofs are ours.
-/
prelude
import Init.Data.Nat.Basic

set_option linter.unusedVariables false

namespace Nat

/-! ## Successor -/

protected theorem sub_one (n : Nat) : n - 1 = pred n := rfl

theorem one_add (n : Nat) : 1 + n = succ n := Nat.add_comm 1 n

theorem succ_eq_one_add (n : Nat) : succ n = 1 + n := (one_add n).symm

theorem succ_add_eq_add_succ (a b : Nat) : succ a + b = a + succ b := succ_add a b

theorem not_succ_lt_self {n : Nat} : ¬ succ n < n := Nat.not_lt_of_ge (le_succ n)

theorem le_succ_iff {m n : Nat} : m ≤ n.succ ↔ m ≤ n ∨ m = n.succ :=
  ⟨le_or_eq_of_le_succ, fun h => h.elim le_succ_of_le Nat.le_of_eq⟩

theorem lt_iff_add_one_le {m n : Nat} : m < n ↔ m + 1 ≤ n := Iff.rfl

theorem one_le_iff_ne_zero {n : Nat} : 1 ≤ n ↔ n ≠ 0 := Nat.pos_iff_ne_zero

theorem one_le_of_lt {a b : Nat} (h : a < b) : 1 ≤ b := Nat.lt_of_le_of_lt (Nat.zero_le _) h

theorem le_add_one_iff {m n : Nat} : m ≤ n + 1 ↔ m ≤ n ∨ m = n + 1 := le_succ_iff

theorem le_iff_lt_add_one {x y : Nat} : x ≤ y ↔ x < y + 1 := Nat.lt_add_one_iff.symm

/-! ## Addition -/

protected theorem add_add_add_comm (a b c d : Nat) : (a + b) + (c + d) = (a + c) + (b + d) := by
  rw [Nat.add_assoc, Nat.add_assoc, Nat.add_left_comm b c d]

@[simp] protected theorem add_eq_zero_iff {n m : Nat} : n + m = 0 ↔ n = 0 ∧ m = 0 :=
  ⟨Nat.eq_zero_of_add_eq_zero, fun h => by rw [h.1, h.2]⟩

protected theorem add_eq_zero {m n : Nat} : m + n = 0 ↔ m = 0 ∧ n = 0 := Nat.add_eq_zero_iff

@[simp] protected theorem add_left_cancel_iff {n m k : Nat} : n + m = n + k ↔ m = k :=
  ⟨Nat.add_left_cancel, fun h => h ▸ rfl⟩

@[simp] protected theorem add_right_cancel_iff {n m k : Nat} : m + n = k + n ↔ m = k :=
  ⟨Nat.add_right_cancel, fun h => h ▸ rfl⟩

protected theorem add_left_inj {n m k : Nat} : m + n = k + n ↔ m = k := Nat.add_right_cancel_iff
protected theorem add_right_inj {n m k : Nat} : n + m = n + k ↔ m = k := Nat.add_left_cancel_iff

@[simp] protected theorem add_eq_left {a b : Nat} : a + b = a ↔ b = 0 := by
  exact @Nat.add_left_cancel_iff a b 0

@[simp] protected theorem add_eq_right {a b : Nat} : a + b = b ↔ a = 0 := by
  rw [Nat.add_comm]; exact Nat.add_eq_left

@[simp] protected theorem left_eq_add {a b : Nat} : a = a + b ↔ b = 0 :=
  ⟨fun h => Nat.add_eq_left.1 h.symm, fun h => (Nat.add_eq_left.2 h).symm⟩

@[simp] protected theorem right_eq_add {a b : Nat} : b = a + b ↔ a = 0 :=
  ⟨fun h => Nat.add_eq_right.1 h.symm, fun h => (Nat.add_eq_right.2 h).symm⟩

protected theorem lt_of_add_lt_add_left {k m n : Nat} : n + k < n + m → k < m := by
  rw [Nat.add_comm n k, Nat.add_comm n m]; exact Nat.lt_of_add_lt_add_right

@[simp] protected theorem add_lt_add_iff_left {k n m : Nat} : k + n < k + m ↔ n < m :=
  ⟨Nat.lt_of_add_lt_add_left, fun h => Nat.add_lt_add_left h _⟩

@[simp] protected theorem add_lt_add_iff_right {k n m : Nat} : n + k < m + k ↔ n < m :=
  ⟨Nat.lt_of_add_lt_add_right, fun h => Nat.add_lt_add_right h _⟩

protected theorem add_lt_add_of_le_of_lt {a b c d : Nat} (hle : a ≤ b) (hlt : c < d) :
    a + c < b + d :=
  Nat.lt_of_le_of_lt (Nat.add_le_add_right hle _) (Nat.add_lt_add_left hlt _)

protected theorem add_lt_add_of_lt_of_le {a b c d : Nat} (hlt : a < b) (hle : c ≤ d) :
    a + c < b + d :=
  Nat.lt_of_le_of_lt (Nat.add_le_add_left hle _) (Nat.add_lt_add_right hlt _)

protected theorem pos_of_lt_add_right {n k : Nat} (h : n < n + k) : 0 < k :=
  Nat.lt_of_add_lt_add_left (n := n) h

protected theorem pos_of_lt_add_left {n k : Nat} : n < k + n → 0 < k := by
  rw [Nat.add_comm]; exact Nat.pos_of_lt_add_right

@[simp] protected theorem lt_add_right_iff_pos {n k : Nat} : n < n + k ↔ 0 < k :=
  ⟨Nat.pos_of_lt_add_right, Nat.lt_add_of_pos_right⟩

@[simp] protected theorem lt_add_left_iff_pos {n k : Nat} : n < k + n ↔ 0 < k :=
  ⟨Nat.pos_of_lt_add_left, Nat.lt_add_of_pos_left⟩

protected theorem add_pos_left {m : Nat} (h : 0 < m) (n : Nat) : 0 < m + n :=
  Nat.lt_of_lt_of_le h (Nat.le_add_right m n)

protected theorem add_self_ne_one : ∀ (n : Nat), n + n ≠ 1
  | 0, h => Nat.noConfusion h
  | n + 1, h => by
    rw [succ_add] at h
    exact Nat.noConfusion (Nat.succ_inj'.1 h)

theorem add_pos_iff_pos_or_pos {m n : Nat} : 0 < m + n ↔ 0 < m ∨ 0 < n := by
  constructor
  · intro h
    cases n with
    | zero => exact Or.inl h
    | succ n => exact Or.inr (Nat.zero_lt_succ n)
  · intro h
    cases h with
    | inl h => exact Nat.add_pos_left h n
    | inr h => exact Nat.add_pos_right m h

/-! ## Subtraction -/

protected theorem sub_right_comm (m n k : Nat) : m - n - k = m - k - n := by
  rw [Nat.sub_sub, Nat.sub_sub, Nat.add_comm]

protected theorem add_sub_cancel_right (n m : Nat) : (n + m) - m = n := Nat.add_sub_cancel n m

@[simp] protected theorem add_sub_cancel' {n m : Nat} (h : m ≤ n) : m + (n - m) = n :=
  add_sub_of_le h

theorem succ_sub_one (n : Nat) : succ n - 1 = n := rfl

protected theorem one_add_sub_one (n : Nat) : (1 + n) - 1 = n := Nat.add_sub_cancel_left 1 n

protected theorem sub_sub_self {n m : Nat} (h : m ≤ n) : n - (n - m) = m :=
  (Nat.sub_eq_iff_eq_add (Nat.sub_le n m)).2 (add_sub_of_le h).symm

protected theorem sub_add_comm {n m k : Nat} (h : k ≤ n) : n + m - k = n - k + m := by
  rw [Nat.add_comm n m, Nat.add_sub_assoc h, Nat.add_comm]

protected theorem sub_eq_zero_iff_le {n m : Nat} : n - m = 0 ↔ n ≤ m :=
  ⟨Nat.le_of_sub_eq_zero, Nat.sub_eq_zero_of_le⟩

protected theorem sub_pos_iff_lt {n m : Nat} : 0 < n - m ↔ m < n :=
  ⟨Nat.lt_of_sub_pos, Nat.sub_pos_of_lt⟩

@[simp] protected theorem sub_le_iff_le_add {a b c : Nat} : a - b ≤ c ↔ a ≤ c + b :=
  ⟨le_add_of_sub_le, sub_le_of_le_add⟩

protected theorem sub_le_iff_le_add' {a b c : Nat} : a - b ≤ c ↔ a ≤ b + c := by
  rw [Nat.add_comm]; exact Nat.sub_le_iff_le_add

protected theorem le_sub_iff_add_le {n k m : Nat} (h : k ≤ m) : n ≤ m - k ↔ n + k ≤ m :=
  ⟨add_le_of_le_sub h, le_sub_of_add_le⟩

protected theorem lt_sub_iff_add_lt {a b c : Nat} : a < c - b ↔ a + b < c :=
  ⟨add_lt_of_lt_sub, lt_sub_of_add_lt⟩

protected theorem exists_eq_add_of_le {m n : Nat} (h : m ≤ n) : ∃ k : Nat, n = m + k :=
  ⟨n - m, (add_sub_of_le h).symm⟩

protected theorem exists_eq_add_of_le' {m n : Nat} (h : m ≤ n) : ∃ k : Nat, n = k + m :=
  ⟨n - m, (Nat.sub_add_cancel h).symm⟩

protected theorem exists_eq_add_of_lt {m n : Nat} (h : m < n) : ∃ k : Nat, n = m + k + 1 :=
  ⟨n - (m + 1), by rw [Nat.add_right_comm, add_sub_of_le h]⟩

theorem sub_lt_succ (a b : Nat) : a - b < succ a := lt_succ_of_le (sub_le a b)

theorem sub_lt_add_one (a b : Nat) : a - b < a + 1 := lt_add_one_of_le (sub_le a b)

/-! ## Minimum and maximum -/

protected theorem min_comm (a b : Nat) : min a b = min b a := by
  show (if a ≤ b then a else b) = (if b ≤ a then b else a)
  cases Nat.le_total a b with
  | inl h₁ =>
    rw [if_pos h₁]
    cases Nat.decEq a b with
    | isTrue e => rw [if_pos (Nat.le_of_eq e.symm)]; exact e
    | isFalse ne => rw [if_neg (fun h₂ => ne (Nat.le_antisymm h₁ h₂))]
  | inr h₂ =>
    rw [if_pos h₂]
    cases Nat.decEq a b with
    | isTrue e => rw [if_pos (Nat.le_of_eq e)]; exact e
    | isFalse ne => rw [if_neg (fun h₁ => ne (Nat.le_antisymm h₁ h₂))]

protected theorem min_le_right (a b : Nat) : min a b ≤ b := by
  show (if a ≤ b then a else b) ≤ b
  cases Nat.decLe a b with
  | isTrue h => rw [if_pos h]; exact h
  | isFalse h => rw [if_neg h]; exact Nat.le_refl b

protected theorem min_le_left (a b : Nat) : min a b ≤ a :=
  Nat.min_comm a b ▸ Nat.min_le_right b a

protected theorem min_eq_left {a b : Nat} (h : a ≤ b) : min a b = a := if_pos h

protected theorem min_eq_right {a b : Nat} (h : b ≤ a) : min a b = b :=
  (Nat.min_comm a b).trans (Nat.min_eq_left h)

protected theorem le_min_of_le_of_le {a b c : Nat} : a ≤ b → a ≤ c → a ≤ min b c := by
  intro h₁ h₂
  cases Nat.le_total b c with
  | inl h => rw [Nat.min_eq_left h]; exact h₁
  | inr h => rw [Nat.min_eq_right h]; exact h₂

protected theorem le_min {a b c : Nat} : a ≤ min b c ↔ a ≤ b ∧ a ≤ c :=
  ⟨fun h => ⟨Nat.le_trans h (Nat.min_le_left b c), Nat.le_trans h (Nat.min_le_right b c)⟩,
   fun h => Nat.le_min_of_le_of_le h.1 h.2⟩

protected theorem lt_min {a b c : Nat} : a < min b c ↔ a < b ∧ a < c := Nat.le_min

protected theorem max_comm (a b : Nat) : max a b = max b a := by
  show (if a ≤ b then b else a) = (if b ≤ a then a else b)
  cases Nat.le_total a b with
  | inl h₁ =>
    rw [if_pos h₁]
    cases Nat.decEq a b with
    | isTrue e => rw [if_pos (Nat.le_of_eq e.symm)]; exact e.symm
    | isFalse ne => rw [if_neg (fun h₂ => ne (Nat.le_antisymm h₁ h₂))]
  | inr h₂ =>
    rw [if_pos h₂]
    cases Nat.decEq a b with
    | isTrue e => rw [if_pos (Nat.le_of_eq e)]; exact e.symm
    | isFalse ne => rw [if_neg (fun h₁ => ne (Nat.le_antisymm h₁ h₂))]

protected theorem le_max_left (a b : Nat) : a ≤ max a b := by
  show a ≤ (if a ≤ b then b else a)
  cases Nat.decLe a b with
  | isTrue h => rw [if_pos h]; exact h
  | isFalse h => rw [if_neg h]; exact Nat.le_refl a

protected theorem le_max_right (a b : Nat) : b ≤ max a b :=
  Nat.max_comm b a ▸ Nat.le_max_left b a

protected theorem max_eq_right {a b : Nat} (h : a ≤ b) : max a b = b := if_pos h

protected theorem max_eq_left {a b : Nat} (h : b ≤ a) : max a b = a :=
  (Nat.max_comm a b).trans (Nat.max_eq_right h)

protected theorem max_le_of_le_of_le {a b c : Nat} : a ≤ c → b ≤ c → max a b ≤ c := by
  intro h₁ h₂
  cases Nat.le_total a b with
  | inl h => rw [Nat.max_eq_right h]; exact h₂
  | inr h => rw [Nat.max_eq_left h]; exact h₁

protected theorem max_le {a b c : Nat} : max a b ≤ c ↔ a ≤ c ∧ b ≤ c :=
  ⟨fun h => ⟨Nat.le_trans (Nat.le_max_left a b) h, Nat.le_trans (Nat.le_max_right a b) h⟩,
   fun h => Nat.max_le_of_le_of_le h.1 h.2⟩

protected theorem max_lt {a b c : Nat} : max a b < c ↔ a < c ∧ b < c := by
  show succ (max a b) ≤ c ↔ succ a ≤ c ∧ succ b ≤ c
  have : succ (max a b) = max (succ a) (succ b) := by
    cases Nat.le_total a b with
    | inl h => rw [Nat.max_eq_right h, Nat.max_eq_right (succ_le_succ h)]
    | inr h => rw [Nat.max_eq_left h, Nat.max_eq_left (succ_le_succ h)]
  rw [this]; exact Nat.max_le

@[simp] protected theorem zero_min (a : Nat) : min 0 a = 0 := Nat.min_eq_left (Nat.zero_le a)

@[simp] protected theorem min_zero (a : Nat) : min a 0 = 0 := Nat.min_eq_right (Nat.zero_le a)

@[simp] protected theorem zero_max (a : Nat) : max 0 a = a := Nat.max_eq_right (Nat.zero_le a)

@[simp] protected theorem max_zero (a : Nat) : max a 0 = a := Nat.max_eq_left (Nat.zero_le a)

@[simp] protected theorem min_self (a : Nat) : min a a = a := Nat.min_eq_left (Nat.le_refl a)

@[simp] protected theorem max_self (a : Nat) : max a a = a := Nat.max_eq_left (Nat.le_refl a)

theorem succ_min_succ (x y : Nat) : min (succ x) (succ y) = succ (min x y) := by
  cases Nat.le_total x y with
  | inl h => rw [Nat.min_eq_left h, Nat.min_eq_left (succ_le_succ h)]
  | inr h => rw [Nat.min_eq_right h, Nat.min_eq_right (succ_le_succ h)]

protected theorem succ_max_succ (x y : Nat) : max (succ x) (succ y) = succ (max x y) := by
  cases Nat.le_total x y with
  | inl h => rw [Nat.max_eq_right h, Nat.max_eq_right (succ_le_succ h)]
  | inr h => rw [Nat.max_eq_left h, Nat.max_eq_left (succ_le_succ h)]

@[simp] protected theorem min_assoc (a b c : Nat) : min (min a b) c = min a (min b c) := by
  apply Nat.le_antisymm
  · exact Nat.le_min.2 ⟨Nat.le_trans (Nat.min_le_left _ _) (Nat.min_le_left _ _),
      Nat.le_min.2 ⟨Nat.le_trans (Nat.min_le_left _ _) (Nat.min_le_right _ _), Nat.min_le_right _ _⟩⟩
  · exact Nat.le_min.2 ⟨Nat.le_min.2 ⟨Nat.min_le_left _ _,
      Nat.le_trans (Nat.min_le_right _ _) (Nat.min_le_left _ _)⟩,
      Nat.le_trans (Nat.min_le_right _ _) (Nat.min_le_right _ _)⟩

@[simp] protected theorem max_assoc (a b c : Nat) : max (max a b) c = max a (max b c) := by
  apply Nat.le_antisymm
  · exact Nat.max_le.2 ⟨Nat.max_le.2 ⟨Nat.le_max_left _ _,
      Nat.le_trans (Nat.le_max_left _ _) (Nat.le_max_right _ _)⟩,
      Nat.le_trans (Nat.le_max_right _ _) (Nat.le_max_right _ _)⟩
  · exact Nat.max_le.2 ⟨Nat.le_trans (Nat.le_max_left _ _) (Nat.le_max_left _ _),
      Nat.max_le.2 ⟨Nat.le_trans (Nat.le_max_right _ _) (Nat.le_max_left _ _), Nat.le_max_right _ _⟩⟩

protected theorem sub_add_eq_max (a b : Nat) : a - b + b = max a b := by
  cases Nat.le_total a b with
  | inl h => rw [Nat.max_eq_right h, Nat.sub_eq_zero_of_le h, Nat.zero_add]
  | inr h => rw [Nat.max_eq_left h, Nat.sub_add_cancel h]

protected theorem sub_sub_eq_min (a b : Nat) : a - (a - b) = min a b := by
  cases Nat.le_total a b with
  | inl h => rw [Nat.min_eq_left h, Nat.sub_eq_zero_of_le h, Nat.sub_zero]
  | inr h => rw [Nat.min_eq_right h, Nat.sub_sub_self h]

/-! ## Multiplication -/

protected theorem mul_right_comm (n m k : Nat) : n * m * k = n * k * m := by
  rw [Nat.mul_assoc, Nat.mul_comm m k, ← Nat.mul_assoc]

protected theorem mul_mul_mul_comm (a b c d : Nat) : (a * b) * (c * d) = (a * c) * (b * d) := by
  rw [Nat.mul_assoc, Nat.mul_assoc, Nat.mul_left_comm b c d]

@[simp] theorem mul_eq_zero : ∀ {m n : Nat}, n * m = 0 ↔ n = 0 ∨ m = 0
  | 0, n => ⟨fun _ => Or.inr rfl, fun _ => rfl⟩
  | m + 1, n => by
    show n * m + n = 0 ↔ n = 0 ∨ m + 1 = 0
    constructor
    · intro h; exact Or.inl (Nat.eq_zero_of_add_eq_zero_left h)
    · intro h
      cases h with
      | inl h => rw [h, Nat.zero_mul]
      | inr h => exact Nat.noConfusion h

protected theorem mul_ne_zero_iff {n m : Nat} : n * m ≠ 0 ↔ n ≠ 0 ∧ m ≠ 0 :=
  ⟨fun h => ⟨fun hn => h (mul_eq_zero.2 (Or.inl hn)), fun hm => h (mul_eq_zero.2 (Or.inr hm))⟩,
   fun h e => (mul_eq_zero.1 e).elim h.1 h.2⟩

protected theorem mul_ne_zero {n m : Nat} : n ≠ 0 → m ≠ 0 → n * m ≠ 0 :=
  fun h₁ h₂ => Nat.mul_ne_zero_iff.2 ⟨h₁, h₂⟩

protected theorem zero_eq_mul {m n : Nat} : 0 = m * n ↔ m = 0 ∨ n = 0 :=
  ⟨fun h => mul_eq_zero.1 h.symm, fun h => (mul_eq_zero.2 h).symm⟩

protected theorem mul_left_cancel {n m k : Nat} (np : 0 < n) (h : n * m = n * k) : m = k :=
  Nat.eq_of_mul_eq_mul_left np h

protected theorem mul_right_cancel {n m k : Nat} (mp : 0 < m) (h : n * m = k * m) : n = k :=
  Nat.eq_of_mul_eq_mul_right mp h

protected theorem mul_left_cancel_iff {n : Nat} (p : 0 < n) {m k : Nat} : n * m = n * k ↔ m = k :=
  ⟨Nat.mul_left_cancel p, fun h => h ▸ rfl⟩

protected theorem mul_right_cancel_iff {m : Nat} (p : 0 < m) {n k : Nat} : n * m = k * m ↔ n = k :=
  ⟨Nat.mul_right_cancel p, fun h => h ▸ rfl⟩

protected theorem le_mul_of_pos_left {n : Nat} (m : Nat) (h : 0 < n) : m ≤ n * m :=
  Nat.le_trans (Nat.le_of_eq (Nat.one_mul m).symm) (Nat.mul_le_mul_right m h)

protected theorem le_mul_of_pos_right {m : Nat} (n : Nat) (h : 0 < m) : n ≤ n * m :=
  Nat.le_trans (Nat.le_of_eq (Nat.mul_one n).symm) (Nat.mul_le_mul_left n h)

theorem succ_mul_succ (a b : Nat) : succ a * succ b = a * b + a + b + 1 := by
  rw [succ_mul, mul_succ, add_succ]

theorem add_one_mul_add_one (a b : Nat) : (a + 1) * (b + 1) = a * b + a + b + 1 :=
  succ_mul_succ a b

theorem mul_self_le_mul_self {m n : Nat} (h : m ≤ n) : m * m ≤ n * n := Nat.mul_le_mul h h

theorem le_mul_self : ∀ n : Nat, n ≤ n * n
  | 0 => Nat.le_refl _
  | n + 1 => by
    show n + 1 ≤ (n + 1) * n + (n + 1)
    exact Nat.le_add_left _ _

theorem mul_self_lt_mul_self {m n : Nat} (h : m < n) : m * m < n * n :=
  Nat.lt_of_le_of_lt (Nat.mul_le_mul_left m (Nat.le_of_lt h))
    (Nat.mul_lt_mul_of_pos_right h (Nat.lt_of_le_of_lt (Nat.zero_le m) h))

protected theorem pos_of_mul_pos_left {a b : Nat} (h : 0 < a * b) : 0 < b :=
  Nat.pos_of_ne_zero fun hb => by rw [hb, Nat.mul_zero] at h; exact Nat.lt_irrefl 0 h

protected theorem pos_of_mul_pos_right {a b : Nat} (h : 0 < a * b) : 0 < a :=
  Nat.pos_of_ne_zero fun ha => by rw [ha, Nat.zero_mul] at h; exact Nat.lt_irrefl 0 h

protected theorem mul_lt_mul_left {a b c : Nat} (a0 : 0 < a) : a * b < a * c ↔ b < c :=
  ⟨fun h => Nat.lt_of_not_ge fun hge => Nat.not_le_of_gt h (Nat.mul_le_mul_left a hge),
   fun h => Nat.mul_lt_mul_of_pos_left h a0⟩

protected theorem mul_lt_mul_right {a b c : Nat} (a0 : 0 < a) : b * a < c * a ↔ b < c := by
  rw [Nat.mul_comm b a, Nat.mul_comm c a]; exact Nat.mul_lt_mul_left a0

protected theorem mul_le_mul_left_iff {n m : Nat} (k : Nat) (w : 0 < k) : k * n ≤ k * m ↔ n ≤ m :=
  ⟨fun h => Nat.le_of_mul_le_mul_left h w, Nat.mul_le_mul_left k⟩

protected theorem mul_le_mul_right_iff {n m : Nat} (k : Nat) (w : 0 < k) : n * k ≤ m * k ↔ n ≤ m := by
  rw [Nat.mul_comm n k, Nat.mul_comm m k]; exact Nat.mul_le_mul_left_iff k w

protected theorem le_of_mul_le_mul_right {a b c : Nat} (h : a * c ≤ b * c) (hc : 0 < c) : a ≤ b :=
  (Nat.mul_le_mul_right_iff c hc).1 h

protected theorem mul_self_le_mul_self_iff {m n : Nat} : m * m ≤ n * n ↔ m ≤ n :=
  ⟨fun h => Nat.le_of_not_gt fun h' => Nat.not_le_of_gt (mul_self_lt_mul_self h') h,
   mul_self_le_mul_self⟩

protected theorem mul_self_lt_mul_self_iff {m n : Nat} : m * m < n * n ↔ m < n :=
  ⟨fun h => Nat.lt_of_not_ge fun h' => Nat.not_le_of_gt h (mul_self_le_mul_self h'),
   mul_self_lt_mul_self⟩

/-! ## Powers -/

theorem pow_succ' {m n : Nat} : m ^ n.succ = m * m ^ n := by
  rw [Nat.pow_succ, Nat.mul_comm]

theorem pow_add_one' {m n : Nat} : m ^ (n + 1) = m * m ^ n := pow_succ'

@[simp] theorem pow_eq {m n : Nat} : m.pow n = m ^ n := rfl

@[simp] protected theorem pow_one (a : Nat) : a ^ 1 = a := Nat.one_mul a

protected theorem zero_pow {n : Nat} (H : 0 < n) : 0 ^ n = 0 := by
  cases n with
  | zero => exact absurd H (Nat.lt_irrefl 0)
  | succ n => exact Nat.mul_zero (0 ^ n)

@[simp] protected theorem one_pow (n : Nat) : 1 ^ n = 1 := by
  induction n with
  | zero => rfl
  | succ n ih => rw [Nat.pow_succ, Nat.mul_one, ih]

protected theorem pow_two (a : Nat) : a ^ 2 = a * a := by
  rw [Nat.pow_succ, Nat.pow_one]

protected theorem pow_add (a m n : Nat) : a ^ (m + n) = a ^ m * a ^ n := by
  induction n with
  | zero => exact (Nat.mul_one _).symm
  | succ n ih => rw [← Nat.add_assoc, Nat.pow_succ, Nat.pow_succ, ih, Nat.mul_assoc]

protected theorem pow_add' (a m n : Nat) : a ^ (m + n) = a ^ n * a ^ m := by
  rw [Nat.pow_add, Nat.mul_comm]

protected theorem pow_mul (a m n : Nat) : a ^ (m * n) = (a ^ m) ^ n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [Nat.mul_succ, Nat.pow_add, Nat.pow_succ, ih]

protected theorem pow_mul' (a m n : Nat) : a ^ (m * n) = (a ^ n) ^ m := by
  rw [← Nat.pow_mul, Nat.mul_comm]

protected theorem mul_pow (a b n : Nat) : (a * b) ^ n = a ^ n * b ^ n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [Nat.pow_succ, ih, Nat.pow_succ, Nat.pow_succ, Nat.mul_mul_mul_comm]

protected theorem two_pow_pos (w : Nat) : 0 < 2 ^ w := Nat.pow_pos (Nat.zero_lt_succ 1)

protected theorem pow_lt_pow_succ {a n : Nat} (h : 1 < a) : a ^ n < a ^ (n + 1) := by
  rw [Nat.pow_succ]
  have := Nat.mul_lt_mul_of_pos_left h (Nat.pow_pos (n := n) (Nat.lt_trans Nat.zero_lt_one h))
  rw [Nat.mul_one] at this; exact this

protected theorem pow_lt_pow_of_lt {a n m : Nat} (h : 1 < a) (w : n < m) : a ^ n < a ^ m := by
  induction m with
  | zero => exact absurd w (Nat.not_lt_zero n)
  | succ m ih =>
    cases Nat.lt_or_eq_of_le (Nat.le_of_lt_succ w) with
    | inl hl => exact Nat.lt_trans (ih hl) (Nat.pow_lt_pow_succ h)
    | inr e => rw [e]; exact Nat.pow_lt_pow_succ h

protected theorem pow_le_pow_of_le {a n m : Nat} (h : 1 < a) (w : n ≤ m) : a ^ n ≤ a ^ m :=
  Nat.pow_le_pow_right (Nat.lt_trans Nat.zero_lt_one h) w

protected theorem one_lt_two_pow {n : Nat} (h : n ≠ 0) : 1 < 2 ^ n := by
  have := Nat.pow_lt_pow_of_lt (a := 2) Nat.one_lt_two (Nat.pos_of_ne_zero h)
  exact this

protected theorem one_le_two_pow {n : Nat} : 1 ≤ 2 ^ n := Nat.two_pow_pos n

theorem lt_pow_self {n a : Nat} (ha : 1 < a) : n < a ^ n := by
  induction n with
  | zero => exact Nat.zero_lt_one
  | succ n ih =>
    apply Nat.lt_of_lt_of_le (Nat.succ_lt_succ ih)
    rw [Nat.pow_succ]
    have h1 : 0 < a ^ n := Nat.pow_pos (Nat.lt_trans Nat.zero_lt_one ha)
    have : a ^ n * 2 ≤ a ^ n * a := Nat.mul_le_mul_left _ ha
    rw [Nat.mul_two] at this
    exact Nat.le_trans (Nat.add_le_add_left h1 _) this

theorem lt_two_pow (n : Nat) : n < 2 ^ n := lt_pow_self Nat.one_lt_two

end Nat
