/-
leanagent core library: ring and order lemmas for `Int`, under their real Lean names.

The ring laws are proved once through the representation `subNatNat a b` (that is, `a - b`):
every integer has one, and addition, negation and multiplication act on representations by
natural-number polynomials, so each law reduces to a `Nat` identity.
-/
prelude
import Init.Data.Int.Basic
import Init.Data.Nat

set_option linter.unusedVariables false

namespace Int

open Nat (succ)

/-! ## Casts and constructors -/

@[simp] theorem ofNat_eq_coe : Int.ofNat n = (n : Int) := rfl
@[simp] theorem ofNat_zero : ((0 : Nat) : Int) = 0 := rfl
@[simp] theorem ofNat_one : ((1 : Nat) : Int) = 1 := rfl
theorem ofNat_two : ((2 : Nat) : Int) = 2 := rfl

@[simp] theorem natCast_add (m n : Nat) : ((m + n : Nat) : Int) = (m : Int) + (n : Int) := rfl
@[simp] theorem natCast_mul (m n : Nat) : ((m * n : Nat) : Int) = (m : Int) * (n : Int) := rfl
theorem natCast_succ (n : Nat) : ((succ n : Nat) : Int) = (n : Int) + 1 := rfl
theorem ofNat_add (m n : Nat) : ((m + n : Nat) : Int) = (m : Int) + (n : Int) := rfl
theorem ofNat_mul (m n : Nat) : ((m * n : Nat) : Int) = (m : Int) * (n : Int) := rfl
theorem ofNat_succ (n : Nat) : ((succ n : Nat) : Int) = (n : Int) + 1 := rfl
theorem natCast_one : ((1 : Nat) : Int) = 1 := rfl
theorem natCast_zero : ((0 : Nat) : Int) = 0 := rfl

theorem negSucc_eq (n : Nat) : -[n+1] = -((n : Int) + 1) := rfl
theorem negSucc_coe (n : Nat) : -[n+1] = -((n + 1 : Nat) : Int) := rfl
@[simp] theorem neg_ofNat_zero : -((0 : Nat) : Int) = 0 := rfl
theorem neg_ofNat_succ (n : Nat) : -((succ n : Nat) : Int) = -[n+1] := rfl
theorem neg_negSucc (n : Nat) : -(-[n+1]) = ((succ n : Nat) : Int) := rfl
theorem negOfNat_eq (n : Nat) : negOfNat n = -(n : Int) := rfl

theorem ofNat_inj {m n : Nat} : (m : Int) = (n : Int) ↔ m = n :=
  ⟨fun h => Int.noConfusion h id, fun h => h ▸ rfl⟩

theorem ofNat_eq_natCast (n : Nat) : Int.ofNat n = (n : Int) := rfl

theorem negSucc_inj {m n : Nat} : -[m+1] = -[n+1] ↔ m = n :=
  ⟨fun h => Int.noConfusion h id, fun h => h ▸ rfl⟩

theorem negSucc_ne_ofNat (m n : Nat) : -[m+1] ≠ (n : Int) := fun h => Int.noConfusion h
theorem ofNat_ne_negSucc (m n : Nat) : (n : Int) ≠ -[m+1] := fun h => Int.noConfusion h

/-! ## `subNatNat` -/

theorem subNatNat_of_sub_eq_zero {m n : Nat} (h : n - m = 0) : subNatNat m n = ((m - n : Nat) : Int) := by
  unfold subNatNat
  rw [h]
  rfl

theorem subNatNat_of_sub_eq_succ {m n k : Nat} (h : n - m = succ k) : subNatNat m n = -[k+1] := by
  unfold subNatNat
  rw [h]

theorem subNatNat_add_add (m n k : Nat) : subNatNat (m + k) (n + k) = subNatNat m n := by
  unfold subNatNat
  rw [Nat.add_sub_add_right, Nat.add_sub_add_right]

private theorem subNatNat_self_add (n i : Nat) : subNatNat (n + i) n = (i : Int) := by
  rw [subNatNat_of_sub_eq_zero (Nat.sub_eq_zero_of_le (Nat.le_add_right n i)), Nat.add_sub_cancel_left]

private theorem subNatNat_add_succ (m i : Nat) : subNatNat m (m + i + 1) = -[i+1] := by
  apply subNatNat_of_sub_eq_succ
  rw [Nat.add_assoc, Nat.add_sub_cancel_left]

/-- Case analysis on `subNatNat m n`: it is `i` when `m = n + i`, and `-[i+1]` when `n = m + i + 1`. -/
theorem subNatNat_elim (m n : Nat) (motive : Nat → Nat → Int → Prop)
    (hp : ∀ i n, motive (n + i) n i) (hn : ∀ i m, motive m (m + i + 1) -[i+1]) :
    motive m n (subNatNat m n) := by
  cases Nat.lt_or_ge m n with
  | inl h =>
    cases Nat.le.dest h with
    | intro i hi =>
      have e : n = m + i + 1 := hi.symm.trans (Nat.succ_add m i)
      subst e
      rw [subNatNat_add_succ]
      exact hn i m
  | inr h =>
    cases Nat.le.dest h with
    | intro i hi =>
      subst hi
      rw [subNatNat_self_add]
      exact hp i n

theorem subNatNat_eq_subNatNat_of {a b c d : Nat} (h : a + d = c + b) :
    subNatNat a b = subNatNat c d := by
  rw [← subNatNat_add_add a b d, h, Nat.add_comm b d, subNatNat_add_add]

theorem ofNat_eq_subNatNat (n : Nat) : Int.ofNat n = subNatNat n 0 := by
  rw [subNatNat_of_sub_eq_zero (Nat.zero_sub n), Nat.sub_zero]
  rfl

theorem negSucc_eq_subNatNat (n : Nat) : -[n+1] = subNatNat 0 (n + 1) := rfl

theorem negOfNat_eq_subNatNat (n : Nat) : negOfNat n = subNatNat 0 n := by
  cases n with
  | zero => rfl
  | succ n => rfl

/-- Every integer is `subNatNat a b` for some `a b`. -/
@[elab_as_elim] theorem induction_subNatNat {motive : Int → Prop} (h : ∀ a b, motive (subNatNat a b))
    (x : Int) : motive x := by
  cases x with
  | ofNat n => rw [ofNat_eq_subNatNat]; exact h n 0
  | negSucc n => rw [negSucc_eq_subNatNat]; exact h 0 (n + 1)

theorem subNatNat_add_subNatNat (a b c d : Nat) :
    subNatNat a b + subNatNat c d = subNatNat (a + c) (b + d) := by
  apply subNatNat_elim a b (fun a b z => z + subNatNat c d = subNatNat (a + c) (b + d))
  · intro i n
    apply subNatNat_elim c d (fun c d w => (i : Int) + w = subNatNat (n + i + c) (n + d))
    · intro j m
      show Int.ofNat (i + j) = _
      rw [ofNat_eq_subNatNat]
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.add_zero, Nat.zero_add, Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]
    · intro j m
      show subNatNat i (succ j) = _
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.succ_eq_add_one, Nat.add_zero, Nat.zero_add, Nat.add_comm, Nat.add_left_comm,
        Nat.add_assoc]
  · intro i m
    apply subNatNat_elim c d (fun c d w => -[i+1] + w = subNatNat (m + c) (m + i + 1 + d))
    · intro j n
      show subNatNat j (succ i) = _
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.succ_eq_add_one, Nat.add_zero, Nat.zero_add, Nat.add_comm, Nat.add_left_comm,
        Nat.add_assoc]
    · intro j n
      show -[succ (i + j) +1] = _
      rw [negSucc_eq_subNatNat]
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.succ_eq_add_one, Nat.zero_add, Nat.add_comm, Nat.add_left_comm,
        Nat.add_assoc]

theorem neg_subNatNat (a b : Nat) : -subNatNat a b = subNatNat b a := by
  apply subNatNat_elim a b (fun a b z => -z = subNatNat b a)
  · intro i n
    show negOfNat i = _
    rw [negOfNat_eq_subNatNat]
    apply subNatNat_eq_subNatNat_of
    simp only [Nat.zero_add, Nat.add_zero, Nat.add_comm]
  · intro i m
    show Int.ofNat (succ i) = _
    rw [ofNat_eq_subNatNat]
    apply subNatNat_eq_subNatNat_of
    simp only [Nat.succ_eq_add_one, Nat.add_zero, Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]

theorem subNatNat_mul_subNatNat (a b c d : Nat) :
    subNatNat a b * subNatNat c d = subNatNat (a * c + b * d) (a * d + b * c) := by
  apply subNatNat_elim a b
    (fun a b z => z * subNatNat c d = subNatNat (a * c + b * d) (a * d + b * c))
  · intro i n
    apply subNatNat_elim c d
      (fun c d w => (i : Int) * w = subNatNat ((n + i) * c + n * d) ((n + i) * d + n * c))
    · intro j m
      show Int.ofNat (i * j) = _
      rw [ofNat_eq_subNatNat]
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.add_zero, Nat.zero_add, Nat.mul_zero, Nat.zero_mul, Nat.mul_add, Nat.add_mul,
        Nat.mul_comm, Nat.mul_left_comm, Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]
    · intro j m
      show negOfNat (i * succ j) = _
      rw [negOfNat_eq_subNatNat]
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.succ_eq_add_one, Nat.zero_add, Nat.add_zero, Nat.mul_zero, Nat.zero_mul,
        Nat.mul_add, Nat.add_mul, Nat.mul_one,
        Nat.one_mul, Nat.mul_comm, Nat.mul_left_comm, Nat.add_comm, Nat.add_left_comm,
        Nat.add_assoc]
  · intro i m
    apply subNatNat_elim c d
      (fun c d w => -[i+1] * w = subNatNat (m * c + (m + i + 1) * d) (m * d + (m + i + 1) * c))
    · intro j n
      show negOfNat (succ i * j) = _
      rw [negOfNat_eq_subNatNat]
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.succ_eq_add_one, Nat.zero_add, Nat.add_zero, Nat.mul_zero, Nat.zero_mul,
        Nat.mul_add, Nat.add_mul, Nat.mul_one,
        Nat.one_mul, Nat.mul_comm, Nat.mul_left_comm, Nat.add_comm, Nat.add_left_comm,
        Nat.add_assoc]
    · intro j n
      show Int.ofNat (succ i * succ j) = _
      rw [ofNat_eq_subNatNat]
      apply subNatNat_eq_subNatNat_of
      simp only [Nat.succ_eq_add_one, Nat.zero_add, Nat.add_zero, Nat.mul_zero, Nat.zero_mul,
        Nat.mul_add, Nat.add_mul, Nat.mul_one,
        Nat.one_mul, Nat.mul_comm, Nat.mul_left_comm, Nat.add_comm, Nat.add_left_comm,
        Nat.add_assoc]

theorem zero_eq_subNatNat : (0 : Int) = subNatNat 0 0 := rfl
theorem one_eq_subNatNat : (1 : Int) = subNatNat 1 0 := rfl

theorem subNatNat_eq_coe {m n : Nat} : subNatNat m n = (m : Int) - (n : Int) := by
  show _ = Int.ofNat m + -Int.ofNat n
  rw [ofNat_eq_subNatNat, ofNat_eq_subNatNat, neg_subNatNat, subNatNat_add_subNatNat, Nat.add_zero, Nat.zero_add]

/-! ## Ring laws -/

protected theorem add_comm (a b : Int) : a + b = b + a := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  rw [subNatNat_add_subNatNat, subNatNat_add_subNatNat, Nat.add_comm a₁, Nat.add_comm a₂]

protected theorem add_assoc (a b c : Int) : a + b + c = a + (b + c) := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  refine induction_subNatNat (fun c₁ c₂ => ?_) c
  rw [subNatNat_add_subNatNat, subNatNat_add_subNatNat, subNatNat_add_subNatNat, subNatNat_add_subNatNat, Nat.add_assoc, Nat.add_assoc]

@[simp] protected theorem add_zero (a : Int) : a + 0 = a := by
  cases a <;> rfl

@[simp] protected theorem zero_add (a : Int) : 0 + a = a := by
  rw [Int.add_comm, Int.add_zero]

protected theorem add_left_comm (a b c : Int) : a + (b + c) = b + (a + c) := by
  rw [← Int.add_assoc, Int.add_comm a b, Int.add_assoc]

protected theorem add_right_comm (a b c : Int) : a + b + c = a + c + b := by
  rw [Int.add_assoc, Int.add_comm b c, ← Int.add_assoc]

@[simp] protected theorem neg_neg (a : Int) : - -a = a := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  rw [neg_subNatNat, neg_subNatNat]

@[simp] protected theorem neg_zero : -(0 : Int) = 0 := rfl

protected theorem add_left_neg (a : Int) : -a + a = 0 := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  rw [neg_subNatNat, subNatNat_add_subNatNat, zero_eq_subNatNat]
  apply subNatNat_eq_subNatNat_of
  simp only [Nat.add_zero, Nat.zero_add, Nat.add_comm]

protected theorem add_right_neg (a : Int) : a + -a = 0 := by
  rw [Int.add_comm, Int.add_left_neg]

protected theorem neg_add_cancel (a : Int) : -a + a = 0 := Int.add_left_neg a
protected theorem add_neg_cancel (a : Int) : a + -a = 0 := Int.add_right_neg a

protected theorem neg_add (a b : Int) : -(a + b) = -a + -b := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  rw [subNatNat_add_subNatNat, neg_subNatNat, neg_subNatNat, neg_subNatNat, subNatNat_add_subNatNat]

protected theorem sub_eq_add_neg {a b : Int} : a - b = a + -b := rfl

@[simp] protected theorem sub_self (a : Int) : a - a = 0 := Int.add_right_neg a
@[simp] protected theorem sub_zero (a : Int) : a - 0 = a := Int.add_zero a
@[simp] protected theorem zero_sub (a : Int) : 0 - a = -a := Int.zero_add (-a)

@[simp] protected theorem add_neg_cancel_left (a b : Int) : a + (-a + b) = b := by
  rw [← Int.add_assoc, Int.add_right_neg, Int.zero_add]

@[simp] protected theorem neg_add_cancel_left (a b : Int) : -a + (a + b) = b := by
  rw [← Int.add_assoc, Int.add_left_neg, Int.zero_add]

@[simp] protected theorem add_neg_cancel_right (a b : Int) : a + b + -b = a := by
  rw [Int.add_assoc, Int.add_right_neg, Int.add_zero]

@[simp] protected theorem neg_add_cancel_right (a b : Int) : a + -b + b = a := by
  rw [Int.add_assoc, Int.add_left_neg, Int.add_zero]

@[simp] protected theorem sub_add_cancel (a b : Int) : a - b + b = a := Int.neg_add_cancel_right a b
@[simp] protected theorem add_sub_cancel (a b : Int) : a + b - b = a := Int.add_neg_cancel_right a b

protected theorem add_sub_assoc (a b c : Int) : a + b - c = a + (b - c) := Int.add_assoc a b (-c)

protected theorem sub_add (a b c : Int) : a - (b + c) = a - b - c := by
  rw [Int.sub_eq_add_neg, Int.neg_add, ← Int.add_assoc]; rfl

protected theorem sub_sub (a b c : Int) : a - b - c = a - (b + c) := (Int.sub_add a b c).symm

protected theorem neg_sub (a b : Int) : -(a - b) = b - a := by
  rw [Int.sub_eq_add_neg, Int.neg_add, Int.neg_neg, Int.add_comm]; rfl

protected theorem sub_neg (a b : Int) : a - -b = a + b := by
  rw [Int.sub_eq_add_neg, Int.neg_neg]

protected theorem add_left_cancel {a b c : Int} (h : a + b = a + c) : b = c := by
  rw [← Int.neg_add_cancel_left a b, h, Int.neg_add_cancel_left]

protected theorem add_right_cancel {a b c : Int} (h : a + c = b + c) : a = b := by
  rw [← Int.add_neg_cancel_right a c, h, Int.add_neg_cancel_right]

protected theorem add_add_add_comm (a b c d : Int) : a + b + (c + d) = a + c + (b + d) := by
  rw [Int.add_assoc, Int.add_left_comm b, ← Int.add_assoc]

protected theorem add_sub_add_comm (a b c d : Int) : a + b - (c + d) = a - c + (b - d) := by
  rw [Int.sub_eq_add_neg, Int.neg_add, Int.add_add_add_comm]; rfl

protected theorem sub_add_sub_cancel (a b c : Int) : a - b + (b - c) = a - c := by
  show a + -b + (b + -c) = a + -c
  rw [Int.add_assoc, Int.neg_add_cancel_left]

protected theorem neg_inj {a b : Int} : -a = -b ↔ a = b :=
  ⟨fun h => by rw [← Int.neg_neg a, h, Int.neg_neg], fun h => h ▸ rfl⟩

protected theorem neg_eq_of_add_eq_zero {a b : Int} (h : a + b = 0) : -a = b := by
  rw [← Int.add_zero (-a), ← h, Int.neg_add_cancel_left]

protected theorem eq_of_sub_eq_zero {a b : Int} (h : a - b = 0) : a = b := by
  rw [← Int.sub_add_cancel a b, h, Int.zero_add]

protected theorem sub_eq_zero_of_eq {a b : Int} (h : a = b) : a - b = 0 := by
  rw [h, Int.sub_self]

protected theorem sub_eq_zero {a b : Int} : a - b = 0 ↔ a = b :=
  ⟨Int.eq_of_sub_eq_zero, Int.sub_eq_zero_of_eq⟩

protected theorem sub_sub_self (a b : Int) : a - (a - b) = b := by
  show a + -(a - b) = b
  rw [Int.neg_sub]
  show a + (b + -a) = b
  rw [Int.add_comm b, Int.add_neg_cancel_left]

protected theorem add_sub_cancel_left (a b : Int) : a + b - a = b := by
  rw [Int.add_comm, Int.add_sub_cancel]

protected theorem sub_add_cancel_left (a b : Int) : a - (a + b) = -b := by
  rw [Int.sub_add, Int.sub_self, Int.zero_sub]

theorem ofNat_sub {m n : Nat} (h : m ≤ n) : ((n - m : Nat) : Int) = (n : Int) - (m : Int) := by
  cases Nat.le.dest h with
  | intro k hk =>
    rw [← hk, Nat.add_sub_cancel_left, natCast_add, Int.add_sub_cancel_left]

theorem natCast_sub {m n : Nat} (h : m ≤ n) : ((n - m : Nat) : Int) = (n : Int) - (m : Int) :=
  ofNat_sub h

protected theorem mul_comm (a b : Int) : a * b = b * a := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  rw [subNatNat_mul_subNatNat, subNatNat_mul_subNatNat]
  apply subNatNat_eq_subNatNat_of
  simp only [Nat.mul_comm, Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]

protected theorem mul_assoc (a b c : Int) : a * b * c = a * (b * c) := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  refine induction_subNatNat (fun c₁ c₂ => ?_) c
  rw [subNatNat_mul_subNatNat, subNatNat_mul_subNatNat, subNatNat_mul_subNatNat, subNatNat_mul_subNatNat]
  apply subNatNat_eq_subNatNat_of
  simp only [Nat.mul_add, Nat.add_mul, Nat.mul_assoc, Nat.mul_comm, Nat.mul_left_comm,
    Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]

protected theorem mul_add (a b c : Int) : a * (b + c) = a * b + a * c := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  refine induction_subNatNat (fun c₁ c₂ => ?_) c
  rw [subNatNat_add_subNatNat, subNatNat_mul_subNatNat, subNatNat_mul_subNatNat, subNatNat_mul_subNatNat, subNatNat_add_subNatNat]
  apply subNatNat_eq_subNatNat_of
  simp only [Nat.mul_add, Nat.add_mul, Nat.mul_comm, Nat.mul_left_comm,
    Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]

protected theorem add_mul (a b c : Int) : (a + b) * c = a * c + b * c := by
  rw [Int.mul_comm, Int.mul_add, Int.mul_comm c, Int.mul_comm c]

protected theorem left_distrib (a b c : Int) : a * (b + c) = a * b + a * c := Int.mul_add a b c
protected theorem right_distrib (a b c : Int) : (a + b) * c = a * c + b * c := Int.add_mul a b c

@[simp] protected theorem mul_zero (a : Int) : a * 0 = 0 := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  rw [zero_eq_subNatNat, subNatNat_mul_subNatNat]
  simp only [Nat.mul_zero, Nat.add_zero]

@[simp] protected theorem zero_mul (a : Int) : 0 * a = 0 := by
  rw [Int.mul_comm, Int.mul_zero]

@[simp] protected theorem mul_one (a : Int) : a * 1 = a := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  rw [one_eq_subNatNat, subNatNat_mul_subNatNat]
  simp only [Nat.mul_zero, Nat.add_zero, Nat.mul_one, Nat.zero_add]

@[simp] protected theorem one_mul (a : Int) : 1 * a = a := by
  rw [Int.mul_comm, Int.mul_one]

protected theorem mul_left_comm (a b c : Int) : a * (b * c) = b * (a * c) := by
  rw [← Int.mul_assoc, Int.mul_comm a b, Int.mul_assoc]

protected theorem mul_right_comm (a b c : Int) : a * b * c = a * c * b := by
  rw [Int.mul_assoc, Int.mul_comm b c, ← Int.mul_assoc]

protected theorem neg_mul (a b : Int) : -a * b = -(a * b) := by
  refine induction_subNatNat (fun a₁ a₂ => ?_) a
  refine induction_subNatNat (fun b₁ b₂ => ?_) b
  rw [neg_subNatNat, subNatNat_mul_subNatNat, subNatNat_mul_subNatNat, neg_subNatNat]
  apply subNatNat_eq_subNatNat_of
  simp only [Nat.add_comm, Nat.add_left_comm, Nat.add_assoc]

protected theorem mul_neg (a b : Int) : a * -b = -(a * b) := by
  rw [Int.mul_comm, Int.neg_mul, Int.mul_comm]

protected theorem neg_mul_neg (a b : Int) : -a * -b = a * b := by
  rw [Int.neg_mul, Int.mul_neg, Int.neg_neg]

protected theorem neg_eq_neg_one_mul (a : Int) : -a = -1 * a := by
  rw [Int.neg_mul, Int.one_mul]

protected theorem neg_one_mul (a : Int) : -1 * a = -a := (Int.neg_eq_neg_one_mul a).symm

protected theorem mul_sub (a b c : Int) : a * (b - c) = a * b - a * c := by
  rw [Int.sub_eq_add_neg, Int.mul_add, Int.mul_neg]; rfl

protected theorem sub_mul (a b c : Int) : (a - b) * c = a * c - b * c := by
  rw [Int.sub_eq_add_neg, Int.add_mul, Int.neg_mul]; rfl

protected theorem two_mul (a : Int) : 2 * a = a + a := by
  rw [show (2 : Int) = 1 + 1 from rfl, Int.add_mul, Int.one_mul]

/-! ## Powers -/

@[simp] protected theorem pow_zero (b : Int) : b ^ 0 = 1 := rfl
protected theorem pow_succ (b : Int) (e : Nat) : b ^ (e + 1) = b ^ e * b := rfl

/-! ## Order -/

theorem le_def {a b : Int} : a ≤ b ↔ NonNeg (b - a) := Iff.rfl

theorem lt_iff_add_one_le {a b : Int} : a < b ↔ a + 1 ≤ b := Iff.rfl

theorem nonneg_def {a : Int} : NonNeg a ↔ ∃ n : Nat, a = n :=
  ⟨fun h => match a, h with | _, NonNeg.mk n => ⟨n, rfl⟩,
   fun h => match a, h with | _, ⟨n, rfl⟩ => NonNeg.mk n⟩

theorem le.intro_sub {a b : Int} (n : Nat) (h : b - a = n) : a ≤ b := by
  show NonNeg (b - a); rw [h]; exact NonNeg.mk n

theorem le.intro {a b : Int} (n : Nat) (h : a + n = b) : a ≤ b :=
  le.intro_sub n (by rw [← h, Int.add_sub_cancel_left])

theorem le.dest_sub {a b : Int} (h : a ≤ b) : ∃ n : Nat, b - a = n := nonneg_def.1 h

theorem le.dest {a b : Int} (h : a ≤ b) : ∃ n : Nat, a + n = b := by
  cases le.dest_sub h with
  | intro n hn => exact ⟨n, by rw [← hn, Int.add_comm, Int.sub_add_cancel]⟩

theorem ofNat_le {m n : Nat} : (m : Int) ≤ (n : Int) ↔ m ≤ n := by
  constructor
  · intro h
    cases le.dest h with
    | intro k hk => exact Nat.le.intro (ofNat_inj.1 hk)
  · intro h
    cases Nat.le.dest h with
    | intro k hk => exact le.intro k (by rw [← hk]; rfl)

theorem ofNat_zero_le (n : Nat) : 0 ≤ (n : Int) := ofNat_le.2 (Nat.zero_le n)
theorem ofNat_nonneg (n : Nat) : 0 ≤ (n : Int) := ofNat_zero_le n
theorem natCast_nonneg (n : Nat) : 0 ≤ (n : Int) := ofNat_zero_le n

theorem ofNat_lt {m n : Nat} : (m : Int) < (n : Int) ↔ m < n := by
  show ((m + 1 : Nat) : Int) ≤ (n : Int) ↔ m + 1 ≤ n
  exact ofNat_le

theorem negSucc_lt_zero (n : Nat) : -[n+1] < 0 :=
  le.intro n (by
    show subNatNat 0 (n + 1) + subNatNat 1 0 + Int.ofNat n = subNatNat 0 0
    rw [ofNat_eq_subNatNat, subNatNat_add_subNatNat, subNatNat_add_subNatNat]
    apply subNatNat_eq_subNatNat_of
    simp only [Nat.add_zero, Nat.zero_add, Nat.add_comm, Nat.add_left_comm, Nat.add_assoc])

@[simp] protected theorem le_refl (a : Int) : a ≤ a :=
  le.intro 0 (Int.add_zero a)

protected theorem le_rfl {a : Int} : a ≤ a := Int.le_refl a

protected theorem le_trans {a b c : Int} (h₁ : a ≤ b) (h₂ : b ≤ c) : a ≤ c := by
  cases le.dest h₁ with
  | intro n hn =>
    cases le.dest h₂ with
    | intro m hm => exact le.intro (n + m) (by rw [← hm, ← hn, natCast_add, Int.add_assoc])

protected theorem le_antisymm {a b : Int} (h₁ : a ≤ b) (h₂ : b ≤ a) : a = b := by
  cases le.dest h₁ with
  | intro n hn =>
    cases le.dest h₂ with
    | intro m hm =>
      have h : ((n + m : Nat) : Int) = ((0 : Nat) : Int) := by
        apply Int.add_left_cancel (a := a)
        rw [ofNat_zero, Int.add_zero, natCast_add, ← Int.add_assoc, hn, hm]
      have h' : n = 0 := Nat.eq_zero_of_add_eq_zero_right (ofNat_inj.1 h)
      rw [← hn, h', ofNat_zero, Int.add_zero]

protected theorem le_total (a b : Int) : a ≤ b ∨ b ≤ a := by
  cases h : b - a with
  | ofNat n => exact Or.inl (le.intro_sub n h)
  | negSucc n =>
    apply Or.inr
    apply le.intro_sub (n + 1)
    rw [← Int.neg_sub, h]; rfl

protected theorem lt_irrefl (a : Int) : ¬a < a := by
  intro h
  cases le.dest h with
  | intro n hn =>
    have : ((n + 1 : Nat) : Int) = ((0 : Nat) : Int) := by
      apply Int.add_left_cancel (a := a)
      rw [ofNat_zero, Int.add_zero, natCast_add, ofNat_one, Int.add_comm (n : Int) 1,
        ← Int.add_assoc, hn]
    exact Nat.noConfusion (ofNat_inj.1 this)

protected theorem not_le {a b : Int} : ¬a ≤ b ↔ b < a := by
  constructor
  · intro h
    cases hb : b - a with
    | ofNat n => exact absurd (le.intro_sub n hb) h
    | negSucc n =>
      apply le.intro n
      have : a - b = ((succ n : Nat) : Int) := by rw [← Int.neg_sub, hb]; rfl
      rw [Int.add_assoc, Int.add_comm 1, ← natCast_succ, ← this, Int.add_comm, Int.sub_add_cancel]
  · intro h h'
    cases le.dest h with
    | intro n hn =>
      cases le.dest h' with
      | intro m hm =>
        have : ((n + m + 1 : Nat) : Int) = ((0 : Nat) : Int) := by
          apply Int.add_left_cancel (a := b)
          rw [ofNat_zero, Int.add_zero, natCast_add, natCast_add, ofNat_one,
            Int.add_comm ((n : Int) + (m : Int)) 1, ← Int.add_assoc, ← Int.add_assoc, hn, hm]
        exact Nat.noConfusion (ofNat_inj.1 this)

protected theorem lt_of_le_of_ne {a b : Int} (h : a ≤ b) (hne : a ≠ b) : a < b :=
  Int.not_le.1 fun h' => hne (Int.le_antisymm h h')

protected theorem not_lt {a b : Int} : ¬a < b ↔ b ≤ a := by
  constructor
  · intro h
    cases Int.le_total b a with
    | inl h' => exact h'
    | inr h' =>
      cases Int.decEq a b with
      | isTrue e => rw [e]; exact Int.le_refl b
      | isFalse e => exact absurd (Int.lt_of_le_of_ne h' e) h
  · intro h h'
    exact Int.not_le.2 h' h

protected theorem lt_iff_le_not_le {a b : Int} : a < b ↔ a ≤ b ∧ ¬b ≤ a := by
  rw [← Int.not_le]
  constructor
  · intro h
    refine ⟨?_, h⟩
    cases Int.le_total a b with
    | inl h' => exact h'
    | inr h' => exact absurd h' h
  · intro h; exact h.2

protected theorem le_of_lt {a b : Int} (h : a < b) : a ≤ b := (Int.lt_iff_le_not_le.1 h).1

protected theorem lt_of_le_of_lt {a b c : Int} (h₁ : a ≤ b) (h₂ : b < c) : a < c :=
  Int.not_le.1 fun h => Int.not_le.2 h₂ (Int.le_trans h h₁)

protected theorem lt_of_lt_of_le {a b c : Int} (h₁ : a < b) (h₂ : b ≤ c) : a < c :=
  Int.not_le.1 fun h => Int.not_le.2 h₁ (Int.le_trans h₂ h)

protected theorem lt_trans {a b c : Int} (h₁ : a < b) (h₂ : b < c) : a < c :=
  Int.lt_of_le_of_lt (Int.le_of_lt h₁) h₂

protected theorem lt_or_le (a b : Int) : a < b ∨ b ≤ a := by
  cases Int.le_total b a with
  | inl h => exact Or.inr h
  | inr h =>
    cases Int.decEq a b with
    | isTrue e => exact Or.inr (e ▸ Int.le_refl a)
    | isFalse e =>
      refine Or.inl (Int.not_le.1 fun h' => e (Int.le_antisymm h h'))

protected theorem le_or_lt (a b : Int) : a ≤ b ∨ b < a := (Int.lt_or_le b a).symm

protected theorem lt_or_gt_of_ne {a b : Int} (h : a ≠ b) : a < b ∨ a > b := by
  cases Int.lt_or_le a b with
  | inl h' => exact Or.inl h'
  | inr h' =>
    refine Or.inr (Int.not_le.1 fun h'' => h (Int.le_antisymm h'' h'))

protected theorem ne_of_lt {a b : Int} (h : a < b) : a ≠ b := fun e => Int.lt_irrefl a (e ▸ h)
protected theorem ne_of_gt {a b : Int} (h : b < a) : a ≠ b := fun e => Int.lt_irrefl a (e ▸ h)

protected theorem eq_iff_le_and_ge {a b : Int} : a = b ↔ a ≤ b ∧ b ≤ a :=
  ⟨fun h => h ▸ ⟨Int.le_refl a, Int.le_refl a⟩, fun h => Int.le_antisymm h.1 h.2⟩

protected theorem lt_succ (a : Int) : a < a + 1 := Int.le_refl _

protected theorem add_one_le_of_lt {a b : Int} (h : a < b) : a + 1 ≤ b := h
protected theorem lt_of_add_one_le {a b : Int} (h : a + 1 ≤ b) : a < b := h

protected theorem add_le_add_left {a b : Int} (h : a ≤ b) (c : Int) : c + a ≤ c + b := by
  cases le.dest h with
  | intro n hn => exact le.intro n (by rw [Int.add_assoc, hn])

protected theorem add_le_add_right {a b : Int} (h : a ≤ b) (c : Int) : a + c ≤ b + c := by
  rw [Int.add_comm a, Int.add_comm b]; exact Int.add_le_add_left h c

protected theorem add_le_add {a b c d : Int} (h₁ : a ≤ b) (h₂ : c ≤ d) : a + c ≤ b + d :=
  Int.le_trans (Int.add_le_add_right h₁ c) (Int.add_le_add_left h₂ b)

protected theorem le_of_add_le_add_left {a b c : Int} (h : a + b ≤ a + c) : b ≤ c := by
  have := Int.add_le_add_left h (-a)
  rw [Int.neg_add_cancel_left, Int.neg_add_cancel_left] at this
  exact this

protected theorem le_of_add_le_add_right {a b c : Int} (h : a + b ≤ c + b) : a ≤ c := by
  rw [Int.add_comm a, Int.add_comm c] at h; exact Int.le_of_add_le_add_left h

protected theorem add_le_add_iff_left (a : Int) {b c : Int} : a + b ≤ a + c ↔ b ≤ c :=
  ⟨Int.le_of_add_le_add_left, fun h => Int.add_le_add_left h a⟩

protected theorem add_le_add_iff_right (c : Int) {a b : Int} : a + c ≤ b + c ↔ a ≤ b :=
  ⟨Int.le_of_add_le_add_right, fun h => Int.add_le_add_right h c⟩

protected theorem add_lt_add_left {a b : Int} (h : a < b) (c : Int) : c + a < c + b := by
  show c + a + 1 ≤ c + b
  rw [Int.add_assoc]; exact Int.add_le_add_left h c

protected theorem add_lt_add_right {a b : Int} (h : a < b) (c : Int) : a + c < b + c := by
  rw [Int.add_comm a, Int.add_comm b]; exact Int.add_lt_add_left h c

protected theorem sub_nonneg_of_le {a b : Int} (h : b ≤ a) : 0 ≤ a - b := by
  have := Int.add_le_add_right h (-b)
  rw [Int.add_right_neg] at this; exact this

protected theorem le_of_sub_nonneg {a b : Int} (h : 0 ≤ a - b) : b ≤ a := by
  have := Int.add_le_add_right h b
  rw [Int.zero_add, Int.sub_add_cancel] at this; exact this

protected theorem sub_nonneg {a b : Int} : 0 ≤ a - b ↔ b ≤ a :=
  ⟨Int.le_of_sub_nonneg, Int.sub_nonneg_of_le⟩

protected theorem sub_pos {a b : Int} : 0 < a - b ↔ b < a := by
  show 0 + 1 ≤ a - b ↔ b + 1 ≤ a
  rw [Int.zero_add, ← Int.sub_nonneg, ← Int.sub_nonneg (a := a), Int.sub_sub]

protected theorem sub_pos_of_lt {a b : Int} (h : b < a) : 0 < a - b := Int.sub_pos.2 h
protected theorem lt_of_sub_pos {a b : Int} (h : 0 < a - b) : b < a := Int.sub_pos.1 h

protected theorem neg_le_neg {a b : Int} (h : a ≤ b) : -b ≤ -a := by
  have := Int.add_le_add_left (Int.add_le_add_right h (-a)) (-b)
  rw [Int.add_right_neg, Int.add_zero, Int.neg_add_cancel_left] at this
  exact this

protected theorem neg_le_neg_iff {a b : Int} : -a ≤ -b ↔ b ≤ a :=
  ⟨fun h => by have := Int.neg_le_neg h; rw [Int.neg_neg, Int.neg_neg] at this; exact this,
   Int.neg_le_neg⟩

protected theorem neg_lt_neg {a b : Int} (h : a < b) : -b < -a :=
  Int.not_le.1 fun h' => Int.not_le.2 h (Int.neg_le_neg_iff.1 h')

protected theorem neg_nonneg_of_nonpos {a : Int} (h : a ≤ 0) : 0 ≤ -a := Int.neg_le_neg h
protected theorem neg_nonpos_of_nonneg {a : Int} (h : 0 ≤ a) : -a ≤ 0 := Int.neg_le_neg h
protected theorem neg_pos_of_neg {a : Int} (h : a < 0) : 0 < -a := Int.neg_lt_neg h
protected theorem neg_neg_of_pos {a : Int} (h : 0 < a) : -a < 0 := Int.neg_lt_neg h

protected theorem mul_nonneg {a b : Int} (ha : 0 ≤ a) (hb : 0 ≤ b) : 0 ≤ a * b := by
  cases le.dest ha with
  | intro n hn =>
    cases le.dest hb with
    | intro m hm =>
      rw [← hn, ← hm, Int.zero_add, Int.zero_add, ← natCast_mul]
      exact ofNat_zero_le _

protected theorem mul_pos {a b : Int} (ha : 0 < a) (hb : 0 < b) : 0 < a * b := by
  cases le.dest ha with
  | intro n hn =>
    cases le.dest hb with
    | intro m hm =>
      have ea : a = ((n + 1 : Nat) : Int) := by
        rw [← hn, Int.zero_add, Int.add_comm, natCast_add, ofNat_one]
      have eb : b = ((m + 1 : Nat) : Int) := by
        rw [← hm, Int.zero_add, Int.add_comm, natCast_add, ofNat_one]
      rw [ea, eb, ← natCast_mul]
      exact ofNat_lt.2 (Nat.mul_pos (Nat.succ_pos n) (Nat.succ_pos m))

protected theorem mul_le_mul_of_nonneg_left {a b c : Int} (h : b ≤ c) (ha : 0 ≤ a) :
    a * b ≤ a * c := by
  apply Int.le_of_sub_nonneg
  rw [← Int.mul_sub]
  exact Int.mul_nonneg ha (Int.sub_nonneg_of_le h)

protected theorem mul_le_mul_of_nonneg_right {a b c : Int} (h : b ≤ c) (ha : 0 ≤ a) :
    b * a ≤ c * a := by
  rw [Int.mul_comm b, Int.mul_comm c]; exact Int.mul_le_mul_of_nonneg_left h ha

protected theorem mul_le_mul_of_nonpos_left {a b c : Int} (ha : a ≤ 0) (h : c ≤ b) :
    a * b ≤ a * c := by
  apply Int.le_of_sub_nonneg
  rw [← Int.mul_sub, ← Int.neg_mul_neg, Int.neg_sub]
  exact Int.mul_nonneg (Int.neg_nonneg_of_nonpos ha) (Int.sub_nonneg_of_le h)

protected theorem mul_le_mul_of_nonpos_right {a b c : Int} (h : b ≤ a) (hc : c ≤ 0) :
    a * c ≤ b * c := by
  rw [Int.mul_comm a, Int.mul_comm b]; exact Int.mul_le_mul_of_nonpos_left hc h

protected theorem mul_lt_mul_of_pos_left {a b c : Int} (h : b < c) (ha : 0 < a) :
    a * b < a * c := by
  apply Int.lt_of_sub_pos
  rw [← Int.mul_sub]
  exact Int.mul_pos ha (Int.sub_pos_of_lt h)

protected theorem mul_lt_mul_of_pos_right {a b c : Int} (h : b < c) (ha : 0 < a) :
    b * a < c * a := by
  rw [Int.mul_comm b, Int.mul_comm c]; exact Int.mul_lt_mul_of_pos_left h ha

protected theorem le_of_mul_le_mul_left {a b c : Int} (h : a * b ≤ a * c) (ha : 0 < a) : b ≤ c :=
  Int.not_lt.1 fun h' => Int.not_le.2 (Int.mul_lt_mul_of_pos_left h' ha) h

protected theorem lt_of_mul_lt_mul_left {a b c : Int} (h : a * b < a * c) (ha : 0 ≤ a) : b < c :=
  Int.not_le.1 fun h' => Int.not_le.2 h (Int.mul_le_mul_of_nonneg_left h' ha)

/-! ## `min` and `max` -/

protected theorem min_def (n m : Int) : min n m = if n ≤ m then n else m := rfl
protected theorem max_def (n m : Int) : max n m = if n ≤ m then m else n := rfl

protected theorem min_le_left (a b : Int) : min a b ≤ a := by
  rw [Int.min_def]
  cases Int.decLe a b with
  | isTrue h => rw [if_pos h]; exact Int.le_refl a
  | isFalse h => rw [if_neg h]; exact Int.le_of_lt (Int.not_le.1 h)

protected theorem min_le_right (a b : Int) : min a b ≤ b := by
  rw [Int.min_def]
  cases Int.decLe a b with
  | isTrue h => rw [if_pos h]; exact h
  | isFalse h => rw [if_neg h]; exact Int.le_refl b

protected theorem le_max_left (a b : Int) : a ≤ max a b := by
  rw [Int.max_def]
  cases Int.decLe a b with
  | isTrue h => rw [if_pos h]; exact h
  | isFalse h => rw [if_neg h]; exact Int.le_refl a

protected theorem le_max_right (a b : Int) : b ≤ max a b := by
  rw [Int.max_def]
  cases Int.decLe a b with
  | isTrue h => rw [if_pos h]; exact Int.le_refl b
  | isFalse h => rw [if_neg h]; exact Int.le_of_lt (Int.not_le.1 h)

protected theorem le_min {a b c : Int} : a ≤ min b c ↔ a ≤ b ∧ a ≤ c := by
  rw [Int.min_def]
  cases Int.decLe b c with
  | isTrue h => rw [if_pos h]; exact ⟨fun h' => ⟨h', Int.le_trans h' h⟩, fun h' => h'.1⟩
  | isFalse h =>
    rw [if_neg h]
    exact ⟨fun h' => ⟨Int.le_trans h' (Int.le_of_lt (Int.not_le.1 h)), h'⟩, fun h' => h'.2⟩

protected theorem max_le {a b c : Int} : max a b ≤ c ↔ a ≤ c ∧ b ≤ c := by
  rw [Int.max_def]
  cases Int.decLe a b with
  | isTrue h => rw [if_pos h]; exact ⟨fun h' => ⟨Int.le_trans h h', h'⟩, fun h' => h'.2⟩
  | isFalse h =>
    rw [if_neg h]
    exact ⟨fun h' => ⟨h', Int.le_trans (Int.le_of_lt (Int.not_le.1 h)) h'⟩, fun h' => h'.1⟩

/-! ## `natAbs` and `toNat` -/

@[simp] theorem natAbs_ofNat (n : Nat) : natAbs (n : Int) = n := rfl
@[simp] theorem natAbs_negSucc (n : Nat) : natAbs -[n+1] = n + 1 := rfl
@[simp] theorem natAbs_zero : natAbs (0 : Int) = 0 := rfl

@[simp] theorem natAbs_neg (a : Int) : natAbs (-a) = natAbs a := by
  cases a with
  | ofNat n => cases n <;> rfl
  | negSucc n => rfl

theorem natAbs_of_nonneg {a : Int} (h : 0 ≤ a) : (natAbs a : Int) = a := by
  cases a with
  | ofNat n => rfl
  | negSucc n => exact absurd h (fun h' => nomatch h')

theorem ofNat_natAbs_of_nonpos {a : Int} (h : a ≤ 0) : (natAbs a : Int) = -a := by
  rw [← natAbs_neg, natAbs_of_nonneg (Int.neg_nonneg_of_nonpos h)]

theorem eq_natAbs_of_zero_le {a : Int} (h : 0 ≤ a) : a = natAbs a := (natAbs_of_nonneg h).symm

theorem le_natAbs {a : Int} : a ≤ natAbs a := by
  cases a with
  | ofNat n => exact Int.le_refl _
  | negSucc n => exact Int.le_trans (Int.le_of_lt (negSucc_lt_zero n)) (ofNat_zero_le _)

theorem neg_le_natAbs {a : Int} : -a ≤ natAbs a := by
  have := le_natAbs (a := -a); rw [natAbs_neg] at this; exact this

theorem natAbs_eq_zero {a : Int} : natAbs a = 0 ↔ a = 0 := by
  cases a with
  | ofNat n => exact ⟨fun h => congrArg Int.ofNat (show n = 0 from h), fun h => ofNat_inj.1 h⟩
  | negSucc n => exact ⟨fun h => Nat.noConfusion h, fun h => Int.noConfusion h⟩

theorem natAbs_mul (a b : Int) : natAbs (a * b) = natAbs a * natAbs b := by
  cases a with
  | ofNat m =>
    cases b with
    | ofNat n => rfl
    | negSucc n =>
      show natAbs (-((m * succ n : Nat) : Int)) = m * succ n
      rw [natAbs_neg]
      rfl
  | negSucc m =>
    cases b with
    | ofNat n =>
      show natAbs (-((succ m * n : Nat) : Int)) = succ m * n
      rw [natAbs_neg]
      rfl
    | negSucc n => rfl

@[simp] theorem toNat_ofNat (n : Nat) : toNat (n : Int) = n := rfl

theorem toNat_of_nonneg {a : Int} (h : 0 ≤ a) : (toNat a : Int) = a := by
  cases a with
  | ofNat n => rfl
  | negSucc n => exact absurd h (fun h' => nomatch h')

theorem toNat_eq_max (a : Int) : (toNat a : Int) = max a 0 := by
  rw [Int.max_def]
  cases Int.decLe a 0 with
  | isTrue h =>
    rw [if_pos h]
    cases a with
    | ofNat n => exact Int.le_antisymm h (ofNat_zero_le n)
    | negSucc n => rfl
  | isFalse h =>
    rw [if_neg h]
    cases a with
    | ofNat n => rfl
    | negSucc n => exact absurd (Int.le_of_lt (negSucc_lt_zero n)) h

end Int
