import NatOrder.Basic

/-!
# Divisibility

Our own divisibility relation `Divides a b`, meaning `b = a * k` for some `k`:
it is a preorder, it is compatible with sums and products, and on positive
numbers it implies `≤` and is antisymmetric.
-/

namespace NatOrder

/-- `Divides a b`: `a` divides `b`. -/
def Divides (a b : Nat) : Prop := ∃ k, b = a * k

theorem divides_def {a b : Nat} : Divides a b ↔ ∃ k, b = a * k := Iff.rfl

theorem divides_refl (a : Nat) : Divides a a := ⟨1, (Nat.mul_one a).symm⟩

theorem divides_zero (a : Nat) : Divides a 0 := ⟨0, (Nat.mul_zero a).symm⟩

theorem one_divides (a : Nat) : Divides 1 a := ⟨a, (Nat.one_mul a).symm⟩

theorem divides_mul_right (a b : Nat) : Divides a (a * b) := ⟨b, rfl⟩

theorem divides_mul_left (a b : Nat) : Divides a (b * a) := by
  exact ⟨b, Nat.mul_comm b a⟩

theorem divides_trans {a b c : Nat} (hab : Divides a b) (hbc : Divides b c) : Divides a c := by
  obtain ⟨k, hk⟩ := hab
  obtain ⟨l, hl⟩ := hbc
  refine ⟨k * l, ?_⟩
  rw [hl, hk, Nat.mul_assoc]

theorem divides_add {a b c : Nat} (hb : Divides a b) (hc : Divides a c) : Divides a (b + c) := by
  obtain ⟨k, hk⟩ := hb
  obtain ⟨l, hl⟩ := hc
  exists k + l
  rw [hk, hl, Nat.mul_add]

theorem divides_mul_of_divides {a b : Nat} (c : Nat) (h : Divides a b) : Divides a (b * c) := by
  obtain ⟨k, hk⟩ := h
  refine ⟨k * c, ?_⟩
  rw [hk, Nat.mul_assoc]

theorem divides_mul_of_divides_left {a b : Nat} (c : Nat) (h : Divides a b) :
    Divides a (c * b) := by
  rw [Nat.mul_comm]
  exact divides_mul_of_divides c h

theorem mul_divides_mul {a b c d : Nat} (hab : Divides a b) (hcd : Divides c d) :
    Divides (a * c) (b * d) := by sorry

theorem divides_add_three {a b c d : Nat} (hb : Divides a b) (hc : Divides a c)
    (hd : Divides a d) : Divides a (b + c + d) :=
  divides_add (divides_add hb hc) hd

theorem zero_divides_iff {b : Nat} : Divides 0 b ↔ b = 0 := by
  constructor
  · intro h
    obtain ⟨k, hk⟩ := h
    rw [hk, Nat.zero_mul]
  · intro h
    rw [h]
    exact divides_zero 0

theorem divides_le {a b : Nat} (h : Divides a b) (hb : 0 < b) : a ≤ b := by
  obtain ⟨k, hk⟩ := h
  cases k with
  | zero =>
    rw [Nat.mul_zero] at hk
    rw [hk] at hb
    exact absurd hb (Nat.lt_irrefl 0)
  | succ k =>
    rw [hk, Nat.mul_add, Nat.mul_one]
    exact Nat.le_add_left a (a * k)

theorem divides_antisymm {a b : Nat} (hab : Divides a b) (hba : Divides b a) : a = b := by
  cases a with
  | zero =>
    exact (zero_divides_iff.mp hab).symm
  | succ a =>
    cases b with
    | zero =>
      exact zero_divides_iff.mp hba
    | succ b =>
      apply Nat.le_antisymm
      · exact divides_le hab (Nat.succ_pos b)
      · exact divides_le hba (Nat.succ_pos a)

theorem divides_one_iff {a : Nat} : Divides a 1 ↔ a = 1 := by sorry

theorem divides_two_mul (a : Nat) : Divides 2 (2 * a) := divides_mul_right 2 a

theorem divides_of_mul_divides {a b c : Nat} (h : Divides (a * b) c) : Divides a c := by
  apply divides_trans _ h
  exact divides_mul_right a b

theorem divides_sub_of_add {a b c : Nat} (h : Divides a (b + c)) (hb : Divides a b) :
    Divides a c := by
  obtain ⟨k, hk⟩ := h
  obtain ⟨j, hj⟩ := hb
  refine ⟨k - j, ?_⟩
  rw [Nat.mul_sub, ← hk, ← hj, Nat.add_sub_cancel_left]

theorem divides_iff_dvd {a b : Nat} : Divides a b ↔ a ∣ b := by
  constructor
  · intro h
    obtain ⟨k, hk⟩ := h
    exact ⟨k, hk⟩
  · intro h
    obtain ⟨k, hk⟩ := h
    exact ⟨k, hk⟩

end NatOrder
