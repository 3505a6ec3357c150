/-
leanagent core library: more `Int` division/remainder lemmas under their real names. This module
comes after `Init.Omega`, so (as in real Lean) facts about literal moduli are proved by `omega`.
-/
prelude
import Init.Omega

set_option linter.unusedVariables false

namespace Int

@[simp] theorem ediv_one (a : Int) : a / 1 = a := by
  have := mul_ediv_cancel a (b := 1) (by decide)
  rw [Int.mul_one] at this
  exact this

@[simp] theorem emod_one (a : Int) : a % 1 = 0 := by
  rw [emod_def, ediv_one, Int.one_mul, Int.sub_self]

@[simp] theorem zero_emod (b : Int) : 0 % b = 0 := by
  rw [emod_def, zero_ediv, Int.mul_zero, Int.sub_self]

@[simp] theorem emod_self {a : Int} : a % a = 0 := emod_eq_zero_of_dvd (Int.dvd_refl a)

@[simp] theorem mul_emod_left (a b : Int) : (a * b) % b = 0 :=
  emod_eq_zero_of_dvd (Int.dvd_mul_left a b)

@[simp] theorem mul_emod_right (a b : Int) : (a * b) % a = 0 :=
  emod_eq_zero_of_dvd (Int.dvd_mul_right a b)

@[simp] theorem add_mul_emod_self_left (a b c : Int) : (a + b * c) % b = a % b := by
  cases Int.decEq b 0 with
  | isTrue h => rw [h, Int.zero_mul, Int.add_zero]
  | isFalse h =>
    rw [emod_def, emod_def, add_mul_ediv_left a c h, Int.mul_add, Int.add_sub_add_comm,
      Int.sub_self, Int.add_zero]

@[simp] theorem add_mul_emod_self {a b c : Int} : (a + b * c) % c = a % c := by
  rw [Int.mul_comm]; exact add_mul_emod_self_left a c b

private theorem emod_eq_of_eq_add_mul {x y n z : Int} (h : x = y + n * z) : x % n = y % n := by
  rw [h, add_mul_emod_self_left]

theorem emod_emod_of_dvd (n : Int) {m k : Int} (h : m ∣ k) : (n % k) % m = n % m := by
  cases h with
  | intro t ht =>
    apply emod_eq_of_eq_add_mul (z := -(t * (n / k)))
    rw [Int.mul_neg, ← Int.mul_assoc, ← ht, emod_def]
    rfl

@[simp] theorem emod_emod (a b : Int) : a % b % b = a % b := emod_emod_of_dvd a (Int.dvd_refl b)

theorem add_emod (a b n : Int) : (a + b) % n = ((a % n) + (b % n)) % n := by
  apply emod_eq_of_eq_add_mul (z := a / n + b / n)
  rw [Int.mul_add, Int.add_add_add_comm, emod_add_ediv, emod_add_ediv]

theorem sub_emod (a b n : Int) : (a - b) % n = ((a % n) - (b % n)) % n := by
  apply emod_eq_of_eq_add_mul (z := a / n - b / n)
  have ha := emod_add_ediv a n
  have hb := emod_add_ediv b n
  rw [Int.mul_sub]
  generalize a % n = A at ha ⊢
  generalize b % n = B at hb ⊢
  generalize n * (a / n) = P at ha ⊢
  generalize n * (b / n) = Q at hb ⊢
  subst ha hb
  omega

theorem mul_emod (a b n : Int) : (a * b) % n = ((a % n) * (b % n)) % n := by
  apply emod_eq_of_eq_add_mul (z := a % n * (b / n) + a / n * b)
  rw [Int.mul_add n, ← Int.mul_assoc n (a % n) (b / n), Int.mul_comm n (a % n),
    Int.mul_assoc (a % n) n (b / n), ← Int.mul_assoc n (a / n) b, ← Int.add_assoc,
    ← Int.mul_add (a % n), emod_add_ediv b n, ← Int.add_mul, emod_add_ediv a n]

theorem emod_two_eq_zero_or_one (n : Int) : n % 2 = 0 ∨ n % 2 = 1 := by omega

theorem emod_two_eq (x : Int) : x % 2 = 0 ∨ x % 2 = 1 := emod_two_eq_zero_or_one x

protected theorem neg_nonneg {a : Int} : 0 ≤ -a ↔ a ≤ 0 := by omega
protected theorem neg_pos {a : Int} : 0 < -a ↔ a < 0 := by omega
protected theorem neg_nonpos {a : Int} : -a ≤ 0 ↔ 0 ≤ a := by omega
protected theorem neg_neg_iff_pos {a : Int} : -a < 0 ↔ 0 < a := by omega

theorem natAbs_eq (a : Int) : a = (natAbs a : Int) ∨ a = -(natAbs a : Int) := by omega

end Int
