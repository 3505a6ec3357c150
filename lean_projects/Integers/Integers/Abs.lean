/-!
# Absolute value, sign and distance

Our own absolute value `iabs` and sign `isign` on `Int`, their algebra, and
the distance between two integers with the triangle inequality.
-/

namespace Integers

/-- The absolute value. -/
def iabs (a : Int) : Int := if 0 ≤ a then a else -a

/-- The sign: `1`, `0` or `-1`. -/
def isign (a : Int) : Int := if 0 < a then 1 else if a = 0 then 0 else -1

/-- The distance between two integers. -/
def dist (a b : Int) : Int := iabs (a - b)

theorem iabs_of_nonneg {a : Int} (h : 0 ≤ a) : iabs a = a := by
  unfold iabs
  rw [if_pos h]

theorem iabs_of_neg {a : Int} (h : a < 0) : iabs a = -a := by
  unfold iabs
  rw [if_neg (by omega)]

theorem iabs_nonneg (a : Int) : 0 ≤ iabs a := by
  unfold iabs
  split <;> omega

theorem iabs_zero : iabs 0 = 0 := rfl

theorem iabs_neg (a : Int) : iabs (-a) = iabs a := by
  unfold iabs
  split <;> split <;> omega

theorem le_iabs_self (a : Int) : a ≤ iabs a := by sorry

theorem neg_iabs_le (a : Int) : -iabs a ≤ a := by
  unfold iabs
  split <;> omega

theorem iabs_eq_zero {a : Int} : iabs a = 0 ↔ a = 0 := by
  unfold iabs
  split <;> omega

theorem iabs_add_le (a b : Int) : iabs (a + b) ≤ iabs a + iabs b := by
  unfold iabs
  split <;> split <;> split <;> omega

theorem iabs_sub_comm (a b : Int) : iabs (a - b) = iabs (b - a) := by sorry

theorem iabs_iabs (a : Int) : iabs (iabs a) = iabs a := iabs_of_nonneg (iabs_nonneg a)

theorem iabs_le {a b : Int} : iabs a ≤ b ↔ -b ≤ a ∧ a ≤ b := by
  unfold iabs
  split <;> omega

theorem iabs_ofNat (n : Nat) : iabs n = n := iabs_of_nonneg (Int.ofNat_nonneg n)

theorem iabs_mul_self (a : Int) : iabs a * iabs a = a * a := by
  unfold iabs
  split
  · rfl
  · rw [Int.neg_mul_neg]

theorem iabs_mul (a b : Int) : iabs (a * b) = iabs a * iabs b := by
  have hc := Int.le_total 0 a
  cases hc with
  | inl ha =>
    have hc := Int.le_total 0 b
    cases hc with
    | inl hb => rw [iabs_of_nonneg ha, iabs_of_nonneg hb, iabs_of_nonneg (Int.mul_nonneg ha hb)]
    | inr hb =>
      rw [iabs_of_nonneg ha, ← iabs_neg b, iabs_of_nonneg (by omega : 0 ≤ -b), ← iabs_neg (a * b),
        ← Int.mul_neg, iabs_of_nonneg (Int.mul_nonneg ha (by omega))]
  | inr ha =>
    have hc := Int.le_total 0 b
    cases hc with
    | inl hb =>
      rw [iabs_of_nonneg hb, ← iabs_neg a, iabs_of_nonneg (by omega : 0 ≤ -a), ← iabs_neg (a * b),
        ← Int.neg_mul, iabs_of_nonneg (Int.mul_nonneg (by omega) hb)]
    | inr hb =>
      rw [← iabs_neg a, ← iabs_neg b, iabs_of_nonneg (by omega : 0 ≤ -a),
        iabs_of_nonneg (by omega : 0 ≤ -b), ← Int.neg_mul_neg a b,
        iabs_of_nonneg (Int.mul_nonneg (by omega) (by omega))]

theorem isign_pos {a : Int} (h : 0 < a) : isign a = 1 := by
  unfold isign
  rw [if_pos h]

theorem isign_zero : isign 0 = 0 := rfl

theorem isign_neg_of_neg {a : Int} (h : a < 0) : isign a = -1 := by
  unfold isign
  rw [if_neg (by omega), if_neg (by omega)]

theorem isign_neg (a : Int) : isign (-a) = -isign a := by sorry

theorem isign_mul_iabs (a : Int) : isign a * iabs a = a := by
  unfold isign iabs
  split
  · rw [if_pos (by omega), Int.one_mul]
  · split
    · rename_i h
      rw [h]
      rfl
    · rw [if_neg (by omega), Int.neg_mul, Int.one_mul, Int.neg_neg]

theorem dist_self (a : Int) : dist a a = 0 := by
  unfold dist
  rw [Int.sub_self]
  rfl

theorem dist_comm (a b : Int) : dist a b = dist b a := by
  unfold dist iabs
  split <;> split <;> omega

theorem dist_nonneg (a b : Int) : 0 ≤ dist a b := iabs_nonneg _

theorem dist_eq_zero {a b : Int} : dist a b = 0 ↔ a = b := by
  unfold dist
  rw [iabs_eq_zero]
  omega

theorem dist_triangle (a b c : Int) : dist a c ≤ dist a b + dist b c := by sorry

theorem dist_add_right (a b c : Int) : dist (a + c) (b + c) = dist a b := by
  unfold dist
  rw [show a + c - (b + c) = a - b by omega]

theorem dist_zero_right (a : Int) : dist a 0 = iabs a := by
  unfold dist
  rw [Int.sub_zero]

theorem iabs_example : iabs (-7) = 7 := by decide

end Integers
