import NatOrder.Parity
import Integers.Abs

/-!
# Parity of integers

An integer is even when it is `k + k`. Evenness is decided by the remainder
mod 2, is kept by negation, sums and products as expected, and agrees with
the parity of naturals from `NatOrder` on natural numbers and absolute values.
-/

namespace Integers

open NatOrder

/-- `a` is even. -/
def IntEven (a : Int) : Prop := ∃ k, a = k + k

/-- `a` is odd. -/
def IntOdd (a : Int) : Prop := ∃ k, a = k + k + 1

theorem even_iff_emod (a : Int) : IntEven a ↔ a % 2 = 0 := by
  constructor
  · intro ⟨k, hk⟩
    omega
  · intro h
    exact ⟨a / 2, by omega⟩

theorem odd_iff_emod (a : Int) : IntOdd a ↔ a % 2 = 1 := by
  constructor
  · intro ⟨k, hk⟩
    omega
  · intro h
    exact ⟨a / 2, by omega⟩

theorem even_or_odd (a : Int) : IntEven a ∨ IntOdd a := by
  rw [even_iff_emod, odd_iff_emod]
  omega

theorem not_even_and_odd (a : Int) : ¬(IntEven a ∧ IntOdd a) := by
  rw [even_iff_emod, odd_iff_emod]
  omega

theorem even_zero : IntEven 0 := ⟨0, rfl⟩

theorem odd_one : IntOdd 1 := ⟨0, rfl⟩

theorem even_neg {a : Int} (h : IntEven a) : IntEven (-a) := by sorry

theorem odd_neg {a : Int} (h : IntOdd a) : IntOdd (-a) := by
  obtain ⟨k, hk⟩ := h
  exact ⟨-k - 1, by omega⟩

theorem even_add {a b : Int} (ha : IntEven a) (hb : IntEven b) : IntEven (a + b) := by
  obtain ⟨k, hk⟩ := ha
  obtain ⟨m, hm⟩ := hb
  exact ⟨k + m, by omega⟩

theorem odd_add_odd {a b : Int} (ha : IntOdd a) (hb : IntOdd b) : IntEven (a + b) := by
  obtain ⟨k, hk⟩ := ha
  obtain ⟨m, hm⟩ := hb
  exact ⟨k + m + 1, by omega⟩

theorem even_sub {a b : Int} (ha : IntEven a) (hb : IntEven b) : IntEven (a - b) := by sorry

theorem even_mul_left (a : Int) {b : Int} (hb : IntEven b) : IntEven (a * b) := by
  obtain ⟨m, hm⟩ := hb
  exact ⟨a * m, by rw [hm, Int.mul_add]⟩

theorem odd_mul {a b : Int} (ha : IntOdd a) (hb : IntOdd b) : IntOdd (a * b) := by
  obtain ⟨k, hk⟩ := ha
  obtain ⟨m, hm⟩ := hb
  refine ⟨2 * (k * m) + k + m, ?_⟩
  rw [hk, hm]
  simp only [Int.add_mul, Int.mul_add, Int.mul_one, Int.one_mul]
  omega

theorem even_two_mul (a : Int) : IntEven (2 * a) := ⟨a, by omega⟩

theorem even_ofNat_iff (n : Nat) : IntEven (n : Int) ↔ IsEven n := by
  constructor
  · intro ⟨k, hk⟩
    exact ⟨k.toNat, by omega⟩
  · intro ⟨k, hk⟩
    exact ⟨k, by rw [hk]; omega⟩

theorem even_natAbs_iff (a : Int) : IsEven a.natAbs ↔ IntEven a := by sorry

theorem even_mul_succ (a : Int) : IntEven (a * (a + 1)) := by
  cases even_or_odd a with
  | inl h => exact (even_iff_emod _).mpr (by
      rw [even_iff_emod] at h
      rw [Int.mul_emod, h, Int.zero_mul]
      rfl)
  | inr h =>
    obtain ⟨k, hk⟩ := h
    exact even_mul_left a ⟨k + 1, by omega⟩

theorem even_iabs_iff (a : Int) : IntEven (iabs a) ↔ IntEven a := by
  unfold iabs
  split
  · exact Iff.rfl
  · exact ⟨fun ⟨k, hk⟩ => ⟨-k, by omega⟩, fun ⟨k, hk⟩ => ⟨-k, by omega⟩⟩

theorem even_example : IntEven (-6) := ⟨-3, by decide⟩

end Integers
