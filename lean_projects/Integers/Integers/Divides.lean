import Integers.Parity

/-!
# Divisibility of integers

Divisibility `a ∣ b` on `Int`: reflexive and transitive, closed under sums,
differences, negation and linear combinations, and read off the absolute
value.
-/

namespace Integers

theorem dvd_refl' (a : Int) : a ∣ a := ⟨1, (Int.mul_one a).symm⟩

theorem dvd_zero' (a : Int) : a ∣ 0 := ⟨0, (Int.mul_zero a).symm⟩

theorem one_dvd' (a : Int) : 1 ∣ a := ⟨a, (Int.one_mul a).symm⟩

theorem dvd_mul_right' (a b : Int) : a ∣ a * b := ⟨b, rfl⟩

theorem dvd_mul_left' (a b : Int) : a ∣ b * a := ⟨b, Int.mul_comm b a⟩

theorem dvd_trans' {a b c : Int} (h₁ : a ∣ b) (h₂ : b ∣ c) : a ∣ c := by
  obtain ⟨k, hk⟩ := h₁
  obtain ⟨m, hm⟩ := h₂
  exact ⟨k * m, by rw [hm, hk, Int.mul_assoc]⟩

theorem dvd_add' {a b c : Int} (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b + c := by
  obtain ⟨k, hk⟩ := h₁
  obtain ⟨m, hm⟩ := h₂
  exact ⟨k + m, by rw [hk, hm, Int.mul_add]⟩

theorem dvd_neg' {a b : Int} (h : a ∣ b) : a ∣ -b := by
  obtain ⟨k, hk⟩ := h
  exact ⟨-k, by rw [hk, Int.mul_neg]⟩

theorem dvd_sub' {a b c : Int} (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b - c := by sorry

theorem neg_dvd' {a b : Int} (h : a ∣ b) : -a ∣ b := by
  obtain ⟨k, hk⟩ := h
  exact ⟨-k, by rw [hk, Int.neg_mul_neg]⟩

theorem dvd_mul_of_dvd {a b : Int} (c : Int) (h : a ∣ b) : a ∣ b * c :=
  dvd_trans' h (dvd_mul_right' b c)

theorem dvd_linear_comb {a b c : Int} (x y : Int) (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b * x + c * y :=
  dvd_add' (dvd_mul_of_dvd x h₁) (dvd_mul_of_dvd y h₂)

theorem dvd_of_dvd_add_left {a b c : Int} (h₁ : a ∣ b + c) (h₂ : a ∣ b) : a ∣ c := by sorry

theorem two_dvd_iff_even (a : Int) : 2 ∣ a ↔ IntEven a := by
  constructor
  · intro ⟨k, hk⟩
    exact ⟨k, by omega⟩
  · intro ⟨k, hk⟩
    exact ⟨k, by omega⟩

theorem dvd_iabs_iff (a b : Int) : a ∣ iabs b ↔ a ∣ b := by
  unfold iabs
  split
  · exact Iff.rfl
  · constructor
    · intro h
      have := dvd_neg' h
      rwa [Int.neg_neg] at this
    · exact dvd_neg'

theorem dvd_emod_iff (a b : Int) (h : 0 < a) : a ∣ b ↔ b % a = 0 := by
  constructor
  · intro ⟨k, hk⟩
    rw [hk, Int.mul_emod_right]
  · intro hb
    exact ⟨b / a, by have := Int.emod_add_ediv b a; omega⟩

theorem three_dvd_example : (3 : Int) ∣ -12 := ⟨-4, by decide⟩

theorem dvd_sum_three {a b c d : Int} (h₁ : a ∣ b) (h₂ : a ∣ c) (h₃ : a ∣ d) : a ∣ b + c + d :=
  dvd_add' (dvd_add' h₁ h₂) h₃

end Integers
