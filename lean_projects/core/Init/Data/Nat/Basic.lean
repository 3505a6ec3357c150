/-
leanagent core library: basic facts about natural numbers.

Written from scratch. Names, statements, argument binders and `@[simp]` tags follow real
Lean 4 (`Init/Data/Nat/Basic.lean`), so that files written against this core also check
with a real toolchain; the proofs are ours.
-/
prelude
import Init.SimpLemmas

set_option linter.unusedVariables false

universe u

namespace Nat

/-- Boolean strict order of natural numbers. -/
def blt (a b : Nat) : Bool :=
  ble a.succ b

attribute [simp] Nat.zero_le Nat.not_lt_zero

/-- Local copy of `Nat.succ.inj` (generated in `Init.Core`), so this module does not depend on it. -/
private theorem succ_inj_aux {n m : Nat} (h : succ n = succ m) : n = m := by injection h

/-! ## Normalising the raw operations -/

@[simp] theorem zero_eq : Nat.zero = 0 := rfl
@[simp] theorem add_eq {x y : Nat} : Nat.add x y = x + y := rfl
@[simp] theorem mul_eq {x y : Nat} : Nat.mul x y = x * y := rfl
@[simp] theorem sub_eq {x y : Nat} : Nat.sub x y = x - y := rfl
@[simp] theorem lt_eq {x y : Nat} : Nat.lt x y = (x < y) := rfl
@[simp] theorem le_eq {x y : Nat} : Nat.le x y = (x ≤ y) := rfl

/-! ## Addition -/

-- Real Lean declares this one in `Init/Core.lean`; our `Init.Core` leaves it to this module.
@[simp] protected theorem add_zero (n : Nat) : n + 0 = n := rfl

@[simp] protected theorem zero_add : ∀ (n : Nat), 0 + n = n
  | 0 => rfl
  | n + 1 => congrArg succ (Nat.zero_add n)

theorem succ_add : ∀ (n m : Nat), (succ n) + m = succ (n + m)
  | _, 0 => rfl
  | n, m + 1 => congrArg succ (succ_add n m)

theorem add_succ (n m : Nat) : n + succ m = succ (n + m) := rfl

theorem add_one (n : Nat) : n + 1 = succ n := rfl

@[simp] theorem succ_eq_add_one (n : Nat) : succ n = n + 1 := rfl

@[simp] theorem add_one_ne_zero (n : Nat) : n + 1 ≠ 0 := fun h => Nat.noConfusion h

theorem zero_ne_add_one (n : Nat) : 0 ≠ n + 1 := fun h => Nat.noConfusion h

protected theorem add_comm : ∀ (n m : Nat), n + m = m + n
  | n, 0 => (Nat.zero_add n).symm
  | n, m + 1 => (congrArg succ (Nat.add_comm n m)).trans (succ_add m n).symm

protected theorem add_assoc : ∀ (n m k : Nat), (n + m) + k = n + (m + k)
  | _, _, 0 => rfl
  | n, m, k + 1 => congrArg succ (Nat.add_assoc n m k)

protected theorem add_left_comm (n m k : Nat) : n + (m + k) = m + (n + k) := by
  rw [← Nat.add_assoc, Nat.add_comm n m, Nat.add_assoc]

protected theorem add_right_comm (n m k : Nat) : (n + m) + k = (n + k) + m := by
  rw [Nat.add_assoc, Nat.add_comm m k, ← Nat.add_assoc]

protected theorem add_left_cancel {n m k : Nat} : n + m = n + k → m = k := by
  induction n with
  | zero => intro h; rw [Nat.zero_add, Nat.zero_add] at h; exact h
  | succ n ih =>
    intro h
    rw [succ_add, succ_add] at h
    exact ih (succ_inj_aux h)

protected theorem add_right_cancel {n m k : Nat} (h : n + m = k + m) : n = k := by
  rw [Nat.add_comm n m, Nat.add_comm k m] at h
  exact Nat.add_left_cancel h

theorem eq_zero_of_add_eq_zero : ∀ {n m : Nat}, n + m = 0 → n = 0 ∧ m = 0
  | 0, 0, _ => ⟨rfl, rfl⟩
  | _, _ + 1, h => Nat.noConfusion h
  | _ + 1, 0, h => Nat.noConfusion h

protected theorem eq_zero_of_add_eq_zero_left {n m : Nat} (h : n + m = 0) : m = 0 :=
  (Nat.eq_zero_of_add_eq_zero h).2

protected theorem eq_zero_of_add_eq_zero_right {n m : Nat} (h : n + m = 0) : n = 0 :=
  (Nat.eq_zero_of_add_eq_zero h).1

/-! ## Multiplication -/

@[simp] protected theorem mul_zero (n : Nat) : n * 0 = 0 := rfl

theorem mul_succ (n m : Nat) : n * succ m = n * m + n := rfl

theorem mul_add_one (n m : Nat) : n * (m + 1) = n * m + n := rfl

@[simp] protected theorem zero_mul : ∀ (n : Nat), 0 * n = 0
  | 0 => rfl
  | n + 1 => Nat.zero_mul n

theorem succ_mul (n m : Nat) : (succ n) * m = (n * m) + m := by
  induction m with
  | zero => rfl
  | succ m ih =>
    show succ n * m + succ n = n * m + n + succ m
    rw [ih, add_succ, add_succ, Nat.add_right_comm]

theorem add_one_mul (n m : Nat) : (n + 1) * m = (n * m) + m := succ_mul n m

protected theorem mul_comm : ∀ (n m : Nat), n * m = m * n
  | n, 0 => (Nat.zero_mul n).symm
  | n, m + 1 => by
    show n * m + n = (m + 1) * n
    rw [add_one_mul, Nat.mul_comm n m]

@[simp] protected theorem mul_one (n : Nat) : n * 1 = n := Nat.zero_add n

@[simp] protected theorem one_mul (n : Nat) : 1 * n = n := by
  rw [Nat.mul_comm]; exact Nat.mul_one n

protected theorem left_distrib (n m k : Nat) : n * (m + k) = n * m + n * k := by
  induction k with
  | zero => rfl
  | succ k ih =>
    show n * (m + k) + n = n * m + (n * k + n)
    rw [ih, Nat.add_assoc]

protected theorem right_distrib (n m k : Nat) : (n + m) * k = n * k + m * k := by
  rw [Nat.mul_comm, Nat.left_distrib, Nat.mul_comm k n, Nat.mul_comm k m]

protected theorem mul_add (n m k : Nat) : n * (m + k) = n * m + n * k :=
  Nat.left_distrib n m k

protected theorem add_mul (n m k : Nat) : (n + m) * k = n * k + m * k :=
  Nat.right_distrib n m k

protected theorem mul_assoc : ∀ (n m k : Nat), (n * m) * k = n * (m * k)
  | _, _, 0 => rfl
  | n, m, k + 1 => by
    show n * m * k + n * m = n * (m * k + m)
    rw [Nat.mul_assoc n m k, Nat.left_distrib]

protected theorem mul_left_comm (n m k : Nat) : n * (m * k) = m * (n * k) := by
  rw [← Nat.mul_assoc, Nat.mul_comm n m, Nat.mul_assoc]

protected theorem mul_two (n : Nat) : n * 2 = n + n := by
  show n * 1 + n = n + n
  rw [Nat.mul_one]

protected theorem two_mul (n : Nat) : 2 * n = n + n := by
  rw [Nat.mul_comm]; exact Nat.mul_two n

/-! ## Order: first facts -/

attribute [simp] Nat.le_refl

theorem succ_lt_succ {n m : Nat} : n < m → succ n < succ m := succ_le_succ

theorem le_of_lt_add_one {n m : Nat} : n < m + 1 → n ≤ m := le_of_succ_le_succ

theorem lt_add_one_of_le {n m : Nat} : n ≤ m → n < m + 1 := succ_le_succ

@[simp] protected theorem sub_zero (n : Nat) : n - 0 = n := rfl

theorem not_add_one_le_zero (n : Nat) : ¬ n + 1 ≤ 0 := not_succ_le_zero n

theorem not_add_one_le_self : (n : Nat) → ¬ n + 1 ≤ n := Nat.not_succ_le_self

theorem add_one_pos (n : Nat) : 0 < n + 1 := Nat.zero_lt_succ n

theorem pred_lt : ∀ {n : Nat}, n ≠ 0 → pred n < n
  | 0, h => absurd rfl h
  | _ + 1, _ => Nat.lt_succ_self _

theorem sub_one_lt : ∀ {n : Nat}, n ≠ 0 → n - 1 < n := pred_lt

attribute [simp] Nat.sub_le

theorem sub_succ (n m : Nat) : n - succ m = pred (n - m) := rfl

theorem succ_sub_succ (n m : Nat) : succ n - succ m = n - m :=
  succ_sub_succ_eq_sub n m

@[simp] protected theorem sub_self : ∀ (n : Nat), n - n = 0
  | 0 => rfl
  | n + 1 => (succ_sub_succ n n).trans (Nat.sub_self n)

theorem sub_add_eq (a b c : Nat) : a - (b + c) = a - b - c := by
  induction c with
  | zero => rfl
  | succ c ih => exact congrArg pred ih

protected theorem lt_of_lt_of_eq {n m k : Nat} : n < m → m = k → n < k :=
  fun h e => e ▸ h

instance : Trans (· < · : Nat → Nat → Prop) (· < · : Nat → Nat → Prop) (· < · : Nat → Nat → Prop) where
  trans := Nat.lt_trans

instance : Trans (· ≤ · : Nat → Nat → Prop) (· ≤ · : Nat → Nat → Prop) (· ≤ · : Nat → Nat → Prop) where
  trans := Nat.le_trans

instance : Trans (· < · : Nat → Nat → Prop) (· ≤ · : Nat → Nat → Prop) (· < · : Nat → Nat → Prop) where
  trans := Nat.lt_of_lt_of_le

instance : Trans (· ≤ · : Nat → Nat → Prop) (· < · : Nat → Nat → Prop) (· < · : Nat → Nat → Prop) where
  trans := Nat.lt_of_le_of_lt

protected theorem le_of_eq {n m : Nat} (p : n = m) : n ≤ m := p ▸ Nat.le_refl n

theorem le_step {n m : Nat} (h : n ≤ m) : n ≤ succ m := Nat.le.step h

theorem lt.step {n m : Nat} : n < m → n < succ m := le_step

theorem le_of_succ_le {n m : Nat} (h : succ n ≤ m) : n ≤ m := Nat.le_trans (le_succ n) h

theorem lt_of_succ_lt {n m : Nat} : succ n < m → n < m := le_of_succ_le

protected theorem le_of_lt {n m : Nat} : n < m → n ≤ m := le_of_succ_le

theorem lt_of_succ_lt_succ {n m : Nat} : succ n < succ m → n < m := le_of_succ_le_succ

theorem lt_of_succ_le {n m : Nat} (h : succ n ≤ m) : n < m := h

theorem succ_le_of_lt {n m : Nat} (h : n < m) : succ n ≤ m := h

theorem eq_zero_or_pos : ∀ (n : Nat), n = 0 ∨ n > 0
  | 0 => Or.inl rfl
  | _ + 1 => Or.inr (succ_pos _)

protected theorem pos_of_ne_zero {n : Nat} : n ≠ 0 → 0 < n :=
  fun h => (eq_zero_or_pos n).resolve_left h

theorem lt.base (n : Nat) : n < succ n := Nat.le_refl (succ n)

attribute [simp] Nat.lt_add_one

protected theorem le_total (m n : Nat) : m ≤ n ∨ n ≤ m :=
  match Nat.lt_or_ge m n with
  | Or.inl h => Or.inl (Nat.le_of_lt h)
  | Or.inr h => Or.inr h

theorem eq_zero_of_le_zero {n : Nat} (h : n ≤ 0) : n = 0 := Nat.le_antisymm h (zero_le _)

theorem zero_lt_of_lt : {a b : Nat} → a < b → 0 < b
  | _, 0, h => absurd h (Nat.not_lt_zero _)
  | _, _ + 1, _ => Nat.zero_lt_succ _

theorem zero_lt_of_ne_zero {a : Nat} (h : a ≠ 0) : 0 < a := Nat.pos_of_ne_zero h

attribute [simp] Nat.lt_irrefl

theorem ne_of_lt {a b : Nat} (h : a < b) : a ≠ b := by
  intro e; subst e; exact Nat.lt_irrefl a h

theorem le_or_eq_of_le_succ {m n : Nat} (h : m ≤ succ n) : m ≤ n ∨ m = succ n :=
  match Nat.eq_or_lt_of_le h with
  | Or.inl e => Or.inr e
  | Or.inr l => Or.inl (le_of_lt_succ l)

theorem le_or_eq_of_le_add_one {m n : Nat} (h : m ≤ n + 1) : m ≤ n ∨ m = n + 1 :=
  le_or_eq_of_le_succ h

@[simp] theorem le_add_right : ∀ (n k : Nat), n ≤ n + k
  | n, 0 => Nat.le_refl n
  | n, k + 1 => le_succ_of_le (le_add_right n k)

@[simp] theorem le_add_left (n m : Nat) : n ≤ m + n :=
  Nat.add_comm n m ▸ le_add_right n m

theorem le_of_add_right_le {n m k : Nat} (h : n + k ≤ m) : n ≤ m :=
  Nat.le_trans (le_add_right n k) h

theorem le_add_right_of_le {n m k : Nat} (h : n ≤ m) : n ≤ m + k :=
  Nat.le_trans h (le_add_right m k)

theorem lt_of_add_one_le {n m : Nat} (h : n + 1 ≤ m) : n < m := h

theorem add_one_le_of_lt {n m : Nat} (h : n < m) : n + 1 ≤ m := h

protected theorem lt_add_left {a b : Nat} (c : Nat) (h : a < b) : a < c + b :=
  Nat.lt_of_lt_of_le h (Nat.le_add_left b c)

protected theorem lt_add_right {a b : Nat} (c : Nat) (h : a < b) : a < b + c :=
  Nat.lt_of_lt_of_le h (Nat.le_add_right b c)

theorem lt_of_add_right_lt {n m k : Nat} (h : n + k < m) : n < m :=
  Nat.lt_of_le_of_lt (Nat.le_add_right n k) h

theorem le.dest : ∀ {n m : Nat}, n ≤ m → Exists (fun k => n + k = m)
  | n, _, Nat.le.refl => ⟨0, rfl⟩
  | n, _, Nat.le.step h =>
    match le.dest h with
    | ⟨k, hk⟩ => ⟨k + 1, congrArg succ hk⟩

theorem le.intro {n m k : Nat} (h : n + k = m) : n ≤ m :=
  h ▸ le_add_right n k

protected theorem not_le_of_gt {n m : Nat} (h : n > m) : ¬ n ≤ m :=
  fun h₁ => Nat.lt_irrefl m (Nat.lt_of_lt_of_le h h₁)

protected theorem not_le_of_lt : ∀ {a b : Nat}, a < b → ¬(b ≤ a) := Nat.not_le_of_gt
protected theorem not_lt_of_ge : ∀ {a b : Nat}, b ≥ a → ¬(b < a) :=
  fun h₁ h₂ => Nat.not_le_of_gt h₂ h₁
protected theorem not_lt_of_le : ∀ {a b : Nat}, a ≤ b → ¬(b < a) :=
  fun h₁ h₂ => Nat.not_le_of_gt h₂ h₁
protected theorem lt_le_asymm : ∀ {a b : Nat}, a < b → ¬(b ≤ a) := Nat.not_le_of_gt
protected theorem le_lt_asymm : ∀ {a b : Nat}, a ≤ b → ¬(b < a) := Nat.not_lt_of_le

theorem gt_of_not_le {n m : Nat} (h : ¬ n ≤ m) : n > m := Nat.lt_of_not_le h
protected theorem lt_of_not_ge : ∀ {a b : Nat}, ¬(b ≥ a) → b < a := Nat.gt_of_not_le

theorem ge_of_not_lt {n m : Nat} (h : ¬ n < m) : n ≥ m := (Nat.lt_or_ge n m).resolve_left h
protected theorem le_of_not_gt : ∀ {a b : Nat}, ¬(b > a) → b ≤ a := Nat.ge_of_not_lt
protected theorem le_of_not_lt : ∀ {a b : Nat}, ¬(a < b) → b ≤ a := Nat.ge_of_not_lt

theorem ne_of_gt {a b : Nat} (h : b < a) : a ≠ b := fun e => ne_of_lt h e.symm
protected theorem ne_of_lt' : ∀ {a b : Nat}, a < b → b ≠ a := ne_of_gt

@[simp] protected theorem not_le {a b : Nat} : ¬ a ≤ b ↔ b < a :=
  ⟨Nat.gt_of_not_le, Nat.not_le_of_gt⟩

@[simp] protected theorem not_lt {a b : Nat} : ¬ a < b ↔ b ≤ a :=
  ⟨Nat.ge_of_not_lt, fun h₁ h₂ => Nat.not_le_of_gt h₂ h₁⟩

protected theorem le_of_not_le {a b : Nat} (h : ¬ b ≤ a) : a ≤ b := Nat.le_of_lt (Nat.not_le.1 h)
protected theorem le_of_not_ge : ∀ {a b : Nat}, ¬(a ≥ b) → a ≤ b := @Nat.le_of_not_le

protected theorem lt_trichotomy (a b : Nat) : a < b ∨ a = b ∨ b < a :=
  match Nat.lt_or_ge a b with
  | Or.inl h => Or.inl h
  | Or.inr h =>
    match Nat.eq_or_lt_of_le h with
    | Or.inl e => Or.inr (Or.inl e.symm)
    | Or.inr l => Or.inr (Or.inr l)

protected theorem lt_or_gt_of_ne {a b : Nat} (ne : a ≠ b) : a < b ∨ a > b :=
  match Nat.lt_trichotomy a b with
  | Or.inl h => Or.inl h
  | Or.inr (Or.inl e) => absurd e ne
  | Or.inr (Or.inr h) => Or.inr h

protected theorem lt_or_lt_of_ne : ∀ {a b : Nat}, a ≠ b → a < b ∨ b < a := Nat.lt_or_gt_of_ne

protected theorem le_antisymm_iff {a b : Nat} : a = b ↔ a ≤ b ∧ b ≤ a :=
  ⟨fun e => ⟨Nat.le_of_eq e, Nat.le_of_eq e.symm⟩, fun h => Nat.le_antisymm h.1 h.2⟩

protected theorem eq_iff_le_and_ge : ∀ {a b : Nat}, a = b ↔ a ≤ b ∧ b ≤ a := @Nat.le_antisymm_iff

protected theorem add_le_add_left {n m : Nat} (h : n ≤ m) (k : Nat) : k + n ≤ k + m :=
  match le.dest h with
  | ⟨w, hw⟩ => le.intro (k := w) (by rw [Nat.add_assoc, hw])

protected theorem add_le_add_right {n m : Nat} (h : n ≤ m) (k : Nat) : n + k ≤ m + k := by
  rw [Nat.add_comm n k, Nat.add_comm m k]
  exact Nat.add_le_add_left h k

protected theorem add_lt_add_left {n m : Nat} (h : n < m) (k : Nat) : k + n < k + m :=
  Nat.add_le_add_left h k

protected theorem add_lt_add_right {n m : Nat} (h : n < m) (k : Nat) : n + k < m + k := by
  rw [Nat.add_comm n k, Nat.add_comm m k]
  exact Nat.add_lt_add_left h k

protected theorem lt_add_of_pos_left {n k : Nat} (h : 0 < k) : n < k + n := by
  rw [Nat.add_comm]; exact Nat.add_lt_add_left h n

protected theorem lt_add_of_pos_right {n k : Nat} (h : 0 < k) : n < n + k :=
  Nat.add_lt_add_left h n

protected theorem zero_lt_one : 0 < (1 : Nat) := zero_lt_succ 0

protected theorem pos_iff_ne_zero {n : Nat} : 0 < n ↔ n ≠ 0 :=
  ⟨fun h => ne_of_gt h, Nat.pos_of_ne_zero⟩

theorem add_le_add {a b c d : Nat} (h₁ : a ≤ b) (h₂ : c ≤ d) : a + c ≤ b + d :=
  Nat.le_trans (Nat.add_le_add_right h₁ c) (Nat.add_le_add_left h₂ b)

theorem add_lt_add {a b c d : Nat} (h₁ : a < b) (h₂ : c < d) : a + c < b + d :=
  Nat.lt_trans (Nat.add_lt_add_right h₁ c) (Nat.add_lt_add_left h₂ b)

protected theorem le_of_add_le_add_left {a b c : Nat} (h : a + b ≤ a + c) : b ≤ c :=
  match le.dest h with
  | ⟨d, hd⟩ => le.intro (k := d) (Nat.add_left_cancel (by rw [← Nat.add_assoc]; exact hd))

protected theorem le_of_add_le_add_right {a b c : Nat} : a + b ≤ c + b → a ≤ c := by
  rw [Nat.add_comm a b, Nat.add_comm c b]
  exact Nat.le_of_add_le_add_left

@[simp] protected theorem add_le_add_iff_right {m k n : Nat} : m + n ≤ k + n ↔ m ≤ k :=
  ⟨Nat.le_of_add_le_add_right, fun h => Nat.add_le_add_right h _⟩

@[simp] protected theorem add_le_add_iff_left {m k n : Nat} : n + m ≤ n + k ↔ m ≤ k :=
  ⟨Nat.le_of_add_le_add_left, fun h => Nat.add_le_add_left h _⟩

/-! ## Order: comparisons and iff forms -/

protected theorem lt_asymm {a b : Nat} (h : a < b) : ¬ b < a := Nat.not_lt.2 (Nat.le_of_lt h)
protected abbrev not_lt_of_gt := @Nat.lt_asymm
protected abbrev not_lt_of_lt := @Nat.lt_asymm

protected theorem lt_iff_le_not_le {m n : Nat} : m < n ↔ m ≤ n ∧ ¬ n ≤ m :=
  ⟨fun h => ⟨Nat.le_of_lt h, Nat.not_le_of_gt h⟩, fun h => Nat.lt_of_not_ge h.2⟩
protected abbrev lt_iff_le_and_not_ge := @Nat.lt_iff_le_not_le

protected theorem lt_iff_le_and_ne {m n : Nat} : m < n ↔ m ≤ n ∧ m ≠ n :=
  ⟨fun h => ⟨Nat.le_of_lt h, Nat.ne_of_lt h⟩, fun h => Nat.lt_of_le_of_ne h.1 h.2⟩

protected theorem ne_iff_lt_or_gt {a b : Nat} : a ≠ b ↔ a < b ∨ b < a :=
  ⟨Nat.lt_or_gt_of_ne, fun h => h.elim Nat.ne_of_lt Nat.ne_of_gt⟩
protected abbrev lt_or_gt := @Nat.ne_iff_lt_or_gt

protected abbrev le_or_ge := @Nat.le_total
protected abbrev le_or_le := @Nat.le_total

protected theorem eq_or_lt_of_not_lt {a b : Nat} (hnlt : ¬ a < b) : a = b ∨ b < a :=
  (Nat.lt_trichotomy a b).resolve_left hnlt

protected theorem lt_or_eq_of_le {n m : Nat} (h : n ≤ m) : n < m ∨ n = m :=
  match Nat.eq_or_lt_of_le h with
  | Or.inl e => Or.inr e
  | Or.inr l => Or.inl l

protected theorem le_iff_lt_or_eq {n m : Nat} : n ≤ m ↔ n < m ∨ n = m :=
  ⟨Nat.lt_or_eq_of_le, fun h => h.elim Nat.le_of_lt Nat.le_of_eq⟩

protected theorem lt_succ_iff {m n : Nat} : m < succ n ↔ m ≤ n := ⟨le_of_lt_succ, lt_succ_of_le⟩

protected theorem lt_add_one_iff {m n : Nat} : m < n + 1 ↔ m ≤ n := ⟨le_of_lt_succ, lt_succ_of_le⟩

protected theorem lt_succ_iff_lt_or_eq {m n : Nat} : m < succ n ↔ m < n ∨ m = n :=
  Nat.lt_succ_iff.trans Nat.le_iff_lt_or_eq

protected theorem lt_add_one_iff_lt_or_eq {m n : Nat} : m < n + 1 ↔ m < n ∨ m = n :=
  Nat.lt_add_one_iff.trans Nat.le_iff_lt_or_eq

protected theorem eq_of_lt_succ_of_not_lt {m n : Nat} (hmn : m < n + 1) (h : ¬ m < n) : m = n :=
  (Nat.lt_succ_iff_lt_or_eq.1 hmn).resolve_left h

protected theorem eq_of_le_of_lt_succ {n m : Nat} (h₁ : n ≤ m) (h₂ : m < n + 1) : m = n :=
  Nat.le_antisymm (le_of_succ_le_succ h₂) h₁

/-! ## Zero, one, two -/

theorem le_zero {i : Nat} : i ≤ 0 ↔ i = 0 :=
  ⟨Nat.eq_zero_of_le_zero, fun h => h ▸ Nat.le_refl 0⟩

-- Real Lean declares this one in `Init/SimpLemmas.lean`.
@[simp] theorem le_zero_eq (a : Nat) : (a ≤ 0) = (a = 0) := propext le_zero

protected abbrev one_pos := @Nat.zero_lt_one

protected theorem two_pos : 0 < 2 := Nat.zero_lt_succ _

protected theorem ne_zero_iff_zero_lt {n : Nat} : n ≠ 0 ↔ 0 < n := Nat.pos_iff_ne_zero.symm

protected theorem zero_lt_two : 0 < 2 := Nat.zero_lt_succ _

protected theorem one_lt_two : 1 < 2 := Nat.succ_lt_succ Nat.zero_lt_one

protected theorem eq_zero_of_not_pos {n : Nat} (h : ¬0 < n) : n = 0 :=
  Nat.eq_zero_of_le_zero (Nat.not_lt.1 h)

/-! ## Successor and predecessor -/

attribute [simp] Nat.zero_lt_succ

theorem succ_ne_self (n : Nat) : succ n ≠ n := Nat.ne_of_gt (lt_succ_self n)

theorem add_one_ne_self (n : Nat) : n + 1 ≠ n := Nat.ne_of_gt (lt_succ_self n)

theorem succ_le {n m : Nat} : succ n ≤ m ↔ n < m := Iff.rfl

theorem succ_le_iff {m n : Nat} : succ m ≤ n ↔ m < n := Iff.rfl

theorem add_one_le_iff {n m : Nat} : n + 1 ≤ m ↔ n < m := Iff.rfl

theorem lt_succ {m n : Nat} : m < succ n ↔ m ≤ n := ⟨le_of_lt_succ, lt_succ_of_le⟩

theorem lt_succ_of_lt {a b : Nat} (h : a < b) : a < succ b := le_succ_of_le h

theorem lt_add_one_of_lt {a b : Nat} (h : a < b) : a < b + 1 := le_succ_of_le h

@[simp] theorem lt_one_iff {n : Nat} : n < 1 ↔ n = 0 :=
  Nat.lt_succ_iff.trans le_zero

theorem succ_pred_eq_of_ne_zero : ∀ {n : Nat}, n ≠ 0 → succ (pred n) = n
  | 0, h => absurd rfl h
  | _ + 1, _ => rfl

theorem eq_zero_or_eq_succ_pred : ∀ (n : Nat), n = 0 ∨ n = succ (pred n)
  | 0 => Or.inl rfl
  | _ + 1 => Or.inr rfl

theorem succ_inj' {a b : Nat} : succ a = succ b ↔ a = b := ⟨succ_inj_aux, congrArg succ⟩

theorem succ_inj {a b : Nat} : succ a = succ b ↔ a = b := succ_inj'

theorem succ_le_succ_iff {a b : Nat} : succ a ≤ succ b ↔ a ≤ b := ⟨le_of_succ_le_succ, succ_le_succ⟩

theorem succ_lt_succ_iff {a b : Nat} : succ a < succ b ↔ a < b := ⟨lt_of_succ_lt_succ, succ_lt_succ⟩

theorem add_one_inj {a b : Nat} : a + 1 = b + 1 ↔ a = b := succ_inj'

theorem ne_add_one (n : Nat) : n ≠ n + 1 := fun h => succ_ne_self n h.symm

theorem add_one_ne (n : Nat) : n + 1 ≠ n := succ_ne_self n

theorem add_one_le_add_one_iff {a b : Nat} : a + 1 ≤ b + 1 ↔ a ≤ b := succ_le_succ_iff

theorem add_one_lt_add_one_iff {a b : Nat} : a + 1 < b + 1 ↔ a < b := succ_lt_succ_iff

theorem pred_inj : ∀ {a b : Nat}, 0 < a → 0 < b → pred a = pred b → a = b
  | _ + 1, _ + 1, _, _, h => congrArg succ h
  | 0, _, ha, _, _ => absurd ha (Nat.lt_irrefl 0)
  | _ + 1, 0, _, hb, _ => absurd hb (Nat.lt_irrefl 0)

theorem pred_lt_self : ∀ {a : Nat}, 0 < a → pred a < a
  | _ + 1, _ => lt_succ_self _
  | 0, h => absurd h (Nat.lt_irrefl 0)

theorem exists_eq_succ_of_ne_zero : ∀ {n : Nat}, n ≠ 0 → Exists fun k => n = succ k
  | _ + 1, _ => ⟨_, rfl⟩
  | 0, h => absurd rfl h

theorem exists_eq_add_one_of_ne_zero : ∀ {n : Nat}, n ≠ 0 → Exists fun k => n = k + 1
  | _ + 1, _ => ⟨_, rfl⟩
  | 0, h => absurd rfl h

theorem ctor_eq_zero : Nat.zero = 0 := rfl

protected theorem one_ne_zero : 1 ≠ (0 : Nat) := fun h => Nat.noConfusion h

protected theorem zero_ne_one : 0 ≠ (1 : Nat) := fun h => Nat.noConfusion h

theorem succ_ne_zero (n : Nat) : succ n ≠ 0 := fun h => Nat.noConfusion h

attribute [simp] Nat.succ_ne_zero

/-! ## Multiplication and order -/

theorem mul_le_mul_left {n m : Nat} (k : Nat) (h : n ≤ m) : k * n ≤ k * m :=
  match le.dest h with
  | ⟨l, hl⟩ => le.intro (k := k * l) (by rw [← Nat.left_distrib, hl])

theorem mul_le_mul_right {n m : Nat} (k : Nat) (h : n ≤ m) : n * k ≤ m * k := by
  rw [Nat.mul_comm n k, Nat.mul_comm m k]
  exact Nat.mul_le_mul_left k h

protected theorem mul_le_mul {n₁ m₁ n₂ m₂ : Nat} (h₁ : n₁ ≤ n₂) (h₂ : m₁ ≤ m₂) :
    n₁ * m₁ ≤ n₂ * m₂ :=
  Nat.le_trans (Nat.mul_le_mul_right _ h₁) (Nat.mul_le_mul_left _ h₂)

protected theorem mul_lt_mul_of_pos_left {n m k : Nat} (h : n < m) (hk : k > 0) : k * n < k * m :=
  Nat.lt_of_lt_of_le (Nat.lt_add_of_pos_right hk)
    (show k * n + k ≤ k * m from Nat.mul_succ k n ▸ Nat.mul_le_mul_left k (succ_le_of_lt h))

protected theorem mul_lt_mul_of_pos_right {n m k : Nat} (h : n < m) (hk : k > 0) : n * k < m * k := by
  rw [Nat.mul_comm n k, Nat.mul_comm m k]
  exact Nat.mul_lt_mul_of_pos_left h hk

protected theorem le_of_mul_le_mul_left {a b c : Nat} (h : c * a ≤ c * b) (hc : 0 < c) : a ≤ b :=
  Nat.ge_of_not_lt fun hlt => Nat.not_le_of_gt (Nat.mul_lt_mul_of_pos_left hlt hc) h

protected theorem eq_of_mul_eq_mul_left {m k n : Nat} (hn : 0 < n) (h : n * m = n * k) : m = k :=
  Nat.le_antisymm (Nat.le_of_mul_le_mul_left (Nat.le_of_eq h) hn)
    (Nat.le_of_mul_le_mul_left (Nat.le_of_eq h.symm) hn)

theorem eq_of_mul_eq_mul_right {n m k : Nat} (hm : 0 < m) (h : n * m = k * m) : n = k := by
  rw [Nat.mul_comm n m, Nat.mul_comm k m] at h
  exact Nat.eq_of_mul_eq_mul_left hm h

/-! ## Powers -/

protected theorem pow_succ (n m : Nat) : n ^ (succ m) = n ^ m * n := rfl

protected theorem pow_add_one (n m : Nat) : n ^ (m + 1) = n ^ m * n := rfl

@[simp] protected theorem pow_zero (b : Nat) : b ^ 0 = 1 := rfl

protected theorem pow_le_pow_left {m n : Nat} (h : m ≤ n) : ∀ (i : Nat), m ^ i ≤ n ^ i
  | 0 => Nat.le_refl _
  | i + 1 => Nat.mul_le_mul (Nat.pow_le_pow_left h i) h

protected theorem pow_le_pow_right {n : Nat} (hx : n > 0) {m : Nat} : ∀ {k : Nat}, m ≤ k → n ^ m ≤ n ^ k
  | 0, h => by rw [Nat.eq_zero_of_le_zero h]; exact Nat.le_refl _
  | k + 1, h =>
    match le_or_eq_of_le_succ h with
    | Or.inl h' =>
      Nat.le_trans (Nat.pow_le_pow_right hx h')
        (show n ^ k ≤ n ^ k * n from
          Nat.le_trans (Nat.le_of_eq (Nat.mul_one _).symm) (Nat.mul_le_mul_left _ hx))
    | Or.inr e => e ▸ Nat.le_refl _

theorem pow_le_pow_of_le_left {m n : Nat} (h : m ≤ n) (i : Nat) : m ^ i ≤ n ^ i :=
  Nat.pow_le_pow_left h i

theorem pow_le_pow_of_le_right {n : Nat} (hx : n > 0) {m k : Nat} (h : m ≤ k) : n ^ m ≤ n ^ k :=
  Nat.pow_le_pow_right hx h

theorem pos_pow_of_pos {b : Nat} (n : Nat) (h : 0 < b) : 0 < b ^ n := Nat.pow_pos h

/-! ## Minimum and maximum -/

protected abbrev min (n m : Nat) := min n m

protected theorem min_def {n m : Nat} : min n m = if n ≤ m then n else m := rfl

protected abbrev max (n m : Nat) := max n m

protected theorem max_def {n m : Nat} : max n m = if n ≤ m then m else n := rfl

/-! ## Predecessor -/

theorem not_eq_zero_of_lt {a b : Nat} (h : b < a) : a ≠ 0 :=
  fun e => Nat.not_lt_zero b (e ▸ h)

theorem pred_lt_of_lt {n m : Nat} (h : m < n) : pred n < n := pred_lt (not_eq_zero_of_lt h)

theorem sub_one_lt_of_lt {n m : Nat} (h : m < n) : n - 1 < n := sub_one_lt (not_eq_zero_of_lt h)

protected theorem pred_zero : pred 0 = 0 := rfl

protected theorem pred_succ (n : Nat) : pred n.succ = n := rfl

attribute [simp] Nat.pred_zero Nat.pred_succ

@[simp] protected theorem zero_sub_one : 0 - 1 = 0 := rfl

@[simp] protected theorem add_one_sub_one (n : Nat) : n + 1 - 1 = n := rfl

theorem succ_pred {a : Nat} (h : a ≠ 0) : a.pred.succ = a := succ_pred_eq_of_ne_zero h

theorem sub_one_add_one {a : Nat} (h : a ≠ 0) : a - 1 + 1 = a := succ_pred_eq_of_ne_zero h

theorem succ_pred_eq_of_pos : ∀ {n : Nat}, 0 < n → succ (pred n) = n
  | _ + 1, _ => rfl
  | 0, h => absurd h (Nat.lt_irrefl 0)

theorem sub_one_add_one_eq_of_pos : ∀ {n : Nat}, 0 < n → (n - 1) + 1 = n := succ_pred_eq_of_pos

@[simp] theorem pred_eq_sub_one {n : Nat} : pred n = n - 1 := rfl

/-! ## Subtraction -/

theorem add_sub_self_left (a b : Nat) : (a + b) - a = b := by
  induction a with
  | zero => rw [Nat.zero_add]; rfl
  | succ a ih => rw [succ_add, succ_sub_succ]; exact ih

theorem add_sub_self_right (a b : Nat) : (a + b) - b = a := by
  rw [Nat.add_comm]; exact add_sub_self_left b a

@[simp] protected theorem zero_sub (n : Nat) : 0 - n = 0 := by
  induction n with
  | zero => rfl
  | succ n ih => exact congrArg pred ih

theorem sub_le_succ_sub (a i : Nat) : a - i ≤ a.succ - i := by
  cases i with
  | zero => exact le_succ a
  | succ i => rw [sub_succ, succ_sub_succ]; exact pred_le _

protected theorem sub_eq_zero_of_le {n m : Nat} (h : n ≤ m) : n - m = 0 :=
  match le.dest h with
  | ⟨k, hk⟩ => by rw [← hk, sub_add_eq, Nat.sub_self, Nat.zero_sub]

protected theorem sub_self_add (n m : Nat) : n - (n + m) = 0 :=
  Nat.sub_eq_zero_of_le (le_add_right n m)

theorem add_sub_of_le {a b : Nat} (h : a ≤ b) : a + (b - a) = b :=
  match le.dest h with
  | ⟨k, hk⟩ => by rw [← hk, add_sub_self_left]

@[simp] protected theorem sub_add_cancel {n m : Nat} (h : m ≤ n) : n - m + m = n := by
  rw [Nat.add_comm]; exact add_sub_of_le h

protected theorem add_sub_add_right (n k m : Nat) : (n + k) - (m + k) = n - m := by
  induction k with
  | zero => rfl
  | succ k ih => rw [← Nat.add_assoc, ← Nat.add_assoc, add_one, add_one, succ_sub_succ]; exact ih

protected theorem add_sub_add_left (k n m : Nat) : (k + n) - (k + m) = n - m := by
  rw [Nat.add_comm k n, Nat.add_comm k m]; exact Nat.add_sub_add_right n k m

@[simp] protected theorem add_sub_cancel (n m : Nat) : n + m - m = n := add_sub_self_right n m

protected theorem add_sub_cancel_left (n m : Nat) : n + m - n = m := add_sub_self_left n m

protected theorem add_sub_assoc {m k : Nat} (h : k ≤ m) (n : Nat) : n + m - k = n + (m - k) :=
  match le.dest h with
  | ⟨l, hl⟩ => by rw [← hl, Nat.add_sub_cancel_left, Nat.add_left_comm, Nat.add_sub_cancel_left]

protected theorem eq_add_of_sub_eq {a b c : Nat} (hle : b ≤ a) (h : a - b = c) : a = c + b := by
  rw [← h, Nat.sub_add_cancel hle]

protected theorem sub_eq_of_eq_add {a b c : Nat} (h : a = c + b) : a - b = c := by
  rw [h, Nat.add_sub_cancel]

theorem sub_ne_zero_of_lt : ∀ {a b : Nat}, a < b → b - a ≠ 0 := by
  intro a b h e
  have h' := add_sub_of_le (Nat.le_of_lt h)
  rw [e, Nat.add_zero] at h'
  exact Nat.lt_irrefl a (h' ▸ h)

theorem zero_lt_sub_of_lt {i a : Nat} (h : i < a) : 0 < a - i :=
  Nat.pos_of_ne_zero (sub_ne_zero_of_lt h)

protected theorem sub_pos_of_lt {m n : Nat} (h : m < n) : 0 < n - m :=
  Nat.pos_of_ne_zero (sub_ne_zero_of_lt h)

theorem sub_succ_lt_self (a i : Nat) (h : i < a) : a - (i + 1) < a - i :=
  pred_lt (sub_ne_zero_of_lt h)

theorem sub_one_cancel : ∀ {a b : Nat}, 0 < a → 0 < b → a - 1 = b - 1 → a = b := pred_inj

protected theorem sub_sub (n m k : Nat) : n - m - k = n - (m + k) := (sub_add_eq n m k).symm

theorem succ_sub {m n : Nat} (h : n ≤ m) : succ m - n = succ (m - n) :=
  match le.dest h with
  | ⟨k, hk⟩ => by
    rw [← hk, Nat.add_sub_cancel_left, ← add_succ, Nat.add_sub_cancel_left]

protected theorem sub_le_sub_left {n m : Nat} (h : n ≤ m) (k : Nat) : k - m ≤ k - n :=
  match le.dest h with
  | ⟨a, ha⟩ => by rw [← ha, ← Nat.sub_sub]; exact sub_le _ _

protected theorem sub_le_sub_right {n m : Nat} (h : n ≤ m) : ∀ (k : Nat), n - k ≤ m - k
  | 0 => h
  | k + 1 => pred_le_pred (Nat.sub_le_sub_right h k)

protected theorem sub_le_add_right_sub (a i j : Nat) : a - i ≤ a + j - i :=
  Nat.sub_le_sub_right (Nat.le_add_right a j) i

theorem le_add_of_sub_le {a b c : Nat} (h : a - b ≤ c) : a ≤ c + b :=
  match Nat.le_total a b with
  | Or.inl hle => Nat.le_trans hle (Nat.le_add_left b c)
  | Or.inr hge => by
    have := Nat.add_le_add_right h b
    rw [Nat.sub_add_cancel hge] at this; exact this

theorem sub_le_of_le_add {a b c : Nat} (h : a ≤ c + b) : a - b ≤ c := by
  have := Nat.sub_le_sub_right h b
  rw [Nat.add_sub_cancel] at this; exact this

theorem add_le_of_le_sub {a b c : Nat} (hle : b ≤ c) (h : a ≤ c - b) : a + b ≤ c := by
  have := Nat.add_le_add_right h b
  rw [Nat.sub_add_cancel hle] at this; exact this

theorem le_sub_of_add_le {a b c : Nat} (h : a + b ≤ c) : a ≤ c - b := by
  have := Nat.sub_le_sub_right h b
  rw [Nat.add_sub_cancel] at this; exact this

theorem add_lt_of_lt_sub {a b c : Nat} (h : a < c - b) : a + b < c := by
  have hle : b ≤ c := Nat.ge_of_not_lt fun hgt => by
    rw [Nat.sub_eq_zero_of_le (Nat.le_of_lt hgt)] at h
    exact Nat.not_lt_zero a h
  have := add_le_of_le_sub hle h
  rw [succ_add] at this; exact this

theorem lt_sub_of_add_lt {a b c : Nat} (h : a + b < c) : a < c - b :=
  le_sub_of_add_le (show succ a + b ≤ c by rw [succ_add]; exact h)

protected theorem lt_of_add_lt_add_right {k m n : Nat} : k + n < m + n → k < m :=
  fun h => Nat.lt_of_not_ge fun hge => Nat.not_le_of_gt h (Nat.add_le_add_right hge n)

protected theorem sub_lt_sub_left : ∀ {k m n : Nat}, k < m → k < n → m - n < m - k := by
  intro k m n hkm hkn
  cases Nat.le_total n m with
  | inr hmn =>
    rw [Nat.sub_eq_zero_of_le hmn]
    exact Nat.sub_pos_of_lt hkm
  | inl hnm =>
    apply Nat.lt_of_add_lt_add_right (n := k)
    rw [Nat.sub_add_cancel (Nat.le_of_lt hkm)]
    have h1 : m - n + k < m - n + n := Nat.add_lt_add_left hkn _
    rw [Nat.sub_add_cancel hnm] at h1
    exact h1

protected theorem sub_lt_sub_right : ∀ {a b c : Nat}, c ≤ a → a < b → a - c < b - c := by
  intro a b c hca hab
  apply lt_sub_of_add_lt
  rw [Nat.sub_add_cancel hca]
  exact hab

protected theorem lt_of_sub_ne_zero {n m : Nat} (h : n - m ≠ 0) : m < n :=
  Nat.not_le.1 (fun hle => h (Nat.sub_eq_zero_of_le hle))

protected theorem sub_ne_zero_iff_lt {n m : Nat} : n - m ≠ 0 ↔ m < n :=
  ⟨Nat.lt_of_sub_ne_zero, sub_ne_zero_of_lt⟩

protected theorem lt_of_sub_pos {n m : Nat} (h : 0 < n - m) : m < n :=
  Nat.lt_of_sub_ne_zero (Nat.pos_iff_ne_zero.1 h)

protected theorem lt_of_sub_eq_succ {m n l : Nat} (h : m - n = succ l) : n < m :=
  Nat.lt_of_sub_pos (h ▸ Nat.zero_lt_succ _)

protected theorem le_of_sub_eq_zero : ∀ {n m : Nat}, n - m = 0 → n ≤ m := by
  intro n m h
  exact Nat.ge_of_not_lt fun hlt => sub_ne_zero_of_lt hlt h

protected theorem sub_eq_iff_eq_add {a b c : Nat} (h : b ≤ a) : a - b = c ↔ a = c + b :=
  ⟨fun e => by rw [← e, Nat.sub_add_cancel h], fun e => by rw [e, Nat.add_sub_cancel]⟩

protected theorem sub_eq_iff_eq_add' {a b c : Nat} (h : b ≤ a) : a - b = c ↔ a = b + c := by
  rw [Nat.add_comm]; exact Nat.sub_eq_iff_eq_add h

/-! ## Multiplication and subtraction -/

theorem pred_mul (n m : Nat) : pred n * m = n * m - m := by
  cases n with
  | zero => rw [Nat.pred_zero, Nat.zero_mul, Nat.zero_sub]
  | succ n => rw [Nat.pred_succ, succ_mul, Nat.add_sub_cancel]

protected theorem sub_one_mul (n m : Nat) : (n - 1) * m = n * m - m := pred_mul n m

theorem mul_pred (n m : Nat) : n * pred m = n * m - n := by
  rw [Nat.mul_comm, pred_mul, Nat.mul_comm]

theorem mul_sub_one (n m : Nat) : n * (m - 1) = n * m - n := mul_pred n m

protected theorem mul_sub_right_distrib (n m k : Nat) : (n - m) * k = n * k - m * k := by
  induction m with
  | zero => rw [Nat.zero_mul]; rfl
  | succ m ih => rw [sub_succ, pred_mul, ih, succ_mul, Nat.sub_sub]

protected theorem mul_sub_left_distrib (n m k : Nat) : n * (m - k) = n * m - n * k := by
  rw [Nat.mul_comm, Nat.mul_sub_right_distrib, Nat.mul_comm m n, Nat.mul_comm k n]

protected theorem mul_sub (n m k : Nat) : n * (m - k) = n * m - n * k := Nat.mul_sub_left_distrib n m k

protected theorem sub_mul (n m k : Nat) : (n - m) * k = n * k - m * k := Nat.mul_sub_right_distrib n m k

/-! ## Normal forms of negated comparisons -/

theorem not_le_eq (a b : Nat) : (¬ (a ≤ b)) = (b + 1 ≤ a) :=
  propext Nat.not_le

theorem not_ge_eq (a b : Nat) : (¬ (a ≥ b)) = (a + 1 ≤ b) := not_le_eq b a

theorem not_lt_eq (a b : Nat) : (¬ (a < b)) = (b ≤ a) :=
  propext Nat.not_lt

theorem not_gt_eq (a b : Nat) : (¬ (a > b)) = (a ≤ b) := not_lt_eq b a

end Nat
