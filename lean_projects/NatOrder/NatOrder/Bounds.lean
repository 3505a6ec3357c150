import NatOrder.Monotone

/-!
# The core `max` and `min`, and bounded sequences

Our recursive `maxN`/`minN` agree with the core's `max`/`min` (defined with
`if`). With the core lemmas `Nat.le_max_left`, `Nat.max_le`, ... we then study
sequences `f : Nat → Nat` bounded by a constant and their running maximum.
-/

namespace NatOrder

theorem maxN_eq_max (m n : Nat) : maxN m n = max m n := by
  rw [Nat.max_def]
  by_cases h : m ≤ n
  · rw [if_pos h]
    exact maxN_eq_right h
  · rw [if_neg h]
    apply maxN_eq_left
    omega

theorem minN_eq_min (m n : Nat) : minN m n = min m n := by
  rw [Nat.min_def]
  by_cases h : m ≤ n
  · rw [if_pos h]
    exact minN_eq_left h
  · rw [if_neg h]
    have h' : n ≤ m := by omega
    exact minN_eq_right h'

theorem max_comm' (m n : Nat) : max m n = max n m := by
  rw [← maxN_eq_max, ← maxN_eq_max]
  exact maxN_comm m n

theorem min_add_max (m n : Nat) : min m n + max m n = m + n := by
  rw [Nat.min_def, Nat.max_def]
  by_cases h : m ≤ n
  · rw [if_pos h, if_pos h]
  · rw [if_neg h, if_neg h, Nat.add_comm]

theorem max_le_iff' {a b c : Nat} : max a b ≤ c ↔ a ≤ c ∧ b ≤ c := by
  constructor
  · intro h
    constructor
    · exact Nat.le_trans (Nat.le_max_left a b) h
    · exact Nat.le_trans (Nat.le_max_right a b) h
  · intro h
    exact Nat.max_le.mpr h

theorem le_min_iff' {a b c : Nat} : a ≤ min b c ↔ a ≤ b ∧ a ≤ c := by
  exact Nat.le_min

theorem max_self' (n : Nat) : max n n = n := by
  rw [← maxN_eq_max]
  exact maxN_self n

theorem max_add_add_right (m n k : Nat) : max (m + k) (n + k) = max m n + k := by
  rw [← maxN_eq_max, ← maxN_eq_max]
  exact maxN_add_right m n k

/-- `f` never exceeds `c`. -/
def BoundedBy (f : Nat → Nat) (c : Nat) : Prop := ∀ n, f n ≤ c

/-- The largest of `f 0, ..., f n`. -/
def runMax (f : Nat → Nat) : Nat → Nat
  | 0 => f 0
  | n + 1 => max (runMax f n) (f (n + 1))

theorem runMax_zero (f : Nat → Nat) : runMax f 0 = f 0 := rfl

theorem runMax_succ (f : Nat → Nat) (n : Nat) :
    runMax f (n + 1) = max (runMax f n) (f (n + 1)) := rfl

theorem boundedBy_mono {f : Nat → Nat} {c d : Nat} (h : BoundedBy f c) (hcd : c ≤ d) :
    BoundedBy f d := by
  intro n
  exact Nat.le_trans (h n) hcd

theorem boundedBy_const (c : Nat) : BoundedBy (fun _ => c) c := by
  intro _
  exact Nat.le_refl c

theorem boundedBy_max {f g : Nat → Nat} {c d : Nat} (hf : BoundedBy f c) (hg : BoundedBy g d) :
    BoundedBy (fun n => max (f n) (g n)) (max c d) := by sorry

theorem boundedBy_add {f g : Nat → Nat} {c d : Nat} (hf : BoundedBy f c) (hg : BoundedBy g d) :
    BoundedBy (fun n => f n + g n) (c + d) := by
  intro n
  exact Nat.add_le_add (hf n) (hg n)

theorem le_runMax (f : Nat → Nat) (n : Nat) : f n ≤ runMax f n := by
  cases n with
  | zero => exact Nat.le_refl (f 0)
  | succ n =>
    rw [runMax_succ]
    exact Nat.le_max_right (runMax f n) (f (n + 1))

theorem runMax_mono (f : Nat → Nat) : Monotone' (runMax f) := by
  apply monotone_of_step
  intro n
  rw [runMax_succ]
  exact Nat.le_max_left (runMax f n) (f (n + 1))

theorem le_runMax_of_le (f : Nat → Nat) {m n : Nat} (h : m ≤ n) : f m ≤ runMax f n :=
  Nat.le_trans (le_runMax f m) (runMax_mono f m n h)

theorem runMax_le {f : Nat → Nat} {c : Nat} (h : BoundedBy f c) (n : Nat) : runMax f n ≤ c := by
  induction n with
  | zero => exact h 0
  | succ n ih =>
    rw [runMax_succ]
    exact Nat.max_le.mpr ⟨ih, h (n + 1)⟩

theorem runMax_const (c n : Nat) : runMax (fun _ => c) n = c := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [runMax_succ, ih]
    exact Nat.max_self c

theorem runMax_of_monotone {f : Nat → Nat} (hf : Monotone' f) (n : Nat) : runMax f n = f n := by sorry

end NatOrder
