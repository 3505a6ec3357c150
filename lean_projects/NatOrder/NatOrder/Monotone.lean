import NatOrder.MinMax

/-!
# Monotone functions on `Nat`

A function `f : Nat → Nat` is monotone when it preserves `≤`, strictly
monotone when it preserves `<`. Monotonicity follows from one step at a time,
is closed under composition and sums, and a strictly monotone function grows at
least as fast as the identity.
-/

namespace NatOrder

/-- `f` preserves `≤`. -/
def Monotone' (f : Nat → Nat) : Prop := ∀ m n, m ≤ n → f m ≤ f n

/-- `f` preserves `<`. -/
def StrictMono' (f : Nat → Nat) : Prop := ∀ m n, m < n → f m < f n

theorem monotone_id : Monotone' (fun n => n) := by
  intro m n h
  exact h

theorem monotone_const (c : Nat) : Monotone' (fun _ => c) := by
  intro _ _ _
  exact Nat.le_refl c

theorem monotone_add_const (c : Nat) : Monotone' (fun n => n + c) := by
  intro m n h
  exact Nat.add_le_add_right h c

theorem monotone_mul_const (c : Nat) : Monotone' (fun n => c * n) := by
  intro m n h
  exact mul_le_mul_of_le_left c h

theorem monotone_comp {f g : Nat → Nat} (hf : Monotone' f) (hg : Monotone' g) :
    Monotone' (fun n => f (g n)) := by sorry

theorem monotone_add {f g : Nat → Nat} (hf : Monotone' f) (hg : Monotone' g) :
    Monotone' (fun n => f n + g n) := by
  intro m n h
  exact Nat.add_le_add (hf m n h) (hg m n h)

/-- A function that never decreases in one step is monotone. -/
theorem monotone_of_step {f : Nat → Nat} (h : ∀ n, f n ≤ f (n + 1)) : Monotone' f := by
  intro m n hmn
  induction hmn with
  | refl => exact Nat.le_refl (f m)
  | step _ ih => exact Nat.le_trans ih (h _)

theorem strictMono_of_step {f : Nat → Nat} (h : ∀ n, f n < f (n + 1)) : StrictMono' f := by
  intro m n hmn
  induction hmn with
  | refl => exact h m
  | step _ ih => exact Nat.lt_trans ih (h _)

theorem strictMono_succ : StrictMono' (fun n => n + 1) := by
  apply strictMono_of_step
  intro n
  exact Nat.lt_succ_self (n + 1)

theorem StrictMono'.monotone {f : Nat → Nat} (hf : StrictMono' f) : Monotone' f := by
  intro m n h
  cases eq_or_lt_of_le' h with
  | inl heq =>
    rw [heq]
    exact Nat.le_refl (f n)
  | inr hlt => exact Nat.le_of_lt (hf m n hlt)

theorem StrictMono'.injective {f : Nat → Nat} (hf : StrictMono' f) {m n : Nat}
    (h : f m = f n) : m = n := by
  cases lt_or_eq_or_gt m n with
  | inl hlt =>
    have := hf m n hlt
    rw [h] at this
    exact absurd this (Nat.lt_irrefl (f n))
  | inr hrest =>
    cases hrest with
    | inl heq => exact heq
    | inr hgt =>
      have := hf n m hgt
      rw [h] at this
      exact absurd this (Nat.lt_irrefl (f n))

/-- A strictly monotone function on `Nat` is bounded below by the identity. -/
theorem StrictMono'.le_apply {f : Nat → Nat} (hf : StrictMono' f) (n : Nat) : n ≤ f n := by sorry

theorem StrictMono'.comp {f g : Nat → Nat} (hf : StrictMono' f) (hg : StrictMono' g) :
    StrictMono' (fun n => f (g n)) := by
  intro m n h
  exact hf (g m) (g n) (hg m n h)

theorem monotone_maxN {f g : Nat → Nat} (hf : Monotone' f) (hg : Monotone' g) :
    Monotone' (fun n => maxN (f n) (g n)) := by sorry

theorem monotone_minN {f g : Nat → Nat} (hf : Monotone' f) (hg : Monotone' g) :
    Monotone' (fun n => minN (f n) (g n)) := by
  intro m n h
  apply le_minN
  · exact Nat.le_trans (minN_le_left (f m) (g m)) (hf m n h)
  · exact Nat.le_trans (minN_le_right (f m) (g m)) (hg m n h)

theorem Monotone'.le_of_le {f : Nat → Nat} (hf : Monotone' f) {m n : Nat} (h : m ≤ n) :
    f m ≤ f n := hf m n h

theorem monotone_double : Monotone' (fun n => n + n) := by
  intro m n h
  exact Nat.add_le_add h h

end NatOrder
