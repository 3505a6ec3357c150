import Compiler.Fold

/-!
# Boolean expressions

Conditions over arithmetic expressions: constants, comparisons, negation,
conjunction and disjunction. Smart constructors simplify them, and the
simplifier (which also folds the arithmetic inside comparisons) keeps the
value of every condition.
-/

namespace Compiler

open Structures Expr

/-- Boolean expressions over arithmetic expressions. -/
inductive BExpr where
  | tt : BExpr
  | ff : BExpr
  | le : Expr → Expr → BExpr
  | eq : Expr → Expr → BExpr
  | not : BExpr → BExpr
  | and : BExpr → BExpr → BExpr
  | or : BExpr → BExpr → BExpr

namespace BExpr

/-- The value of a condition. -/
def beval (env : Nat → Nat) : BExpr → Bool
  | tt => true
  | ff => false
  | le a b => decide (eval env a ≤ eval env b)
  | eq a b => decide (eval env a = eval env b)
  | not b => !beval env b
  | and b c => beval env b && beval env c
  | or b c => beval env b || beval env c

/-- `¬b`, simplified. -/
def mkNot : BExpr → BExpr
  | tt => ff
  | ff => tt
  | not b => b
  | b => not b

/-- `b ∧ c`, simplified. -/
def mkAnd : BExpr → BExpr → BExpr
  | tt, c => c
  | ff, _ => ff
  | b, c => and b c

/-- `b ∨ c`, simplified. -/
def mkOr : BExpr → BExpr → BExpr
  | tt, _ => tt
  | ff, c => c
  | b, c => or b c

/-- Simplify a condition bottom-up, folding the arithmetic in comparisons. -/
def bsimp : BExpr → BExpr
  | tt => tt
  | ff => ff
  | le a b => le (fold a) (fold b)
  | eq a b => eq (fold a) (fold b)
  | not b => mkNot (bsimp b)
  | and b c => mkAnd (bsimp b) (bsimp c)
  | or b c => mkOr (bsimp b) (bsimp c)

/-- The number of connectives and atoms. -/
def size : BExpr → Nat
  | not b => size b + 1
  | and b c => size b + size c + 1
  | or b c => size b + size c + 1
  | _ => 1

theorem beval_tt (env : Nat → Nat) : beval env tt = true := rfl

theorem beval_ff (env : Nat → Nat) : beval env ff = false := rfl

theorem beval_le (env : Nat → Nat) (a b : Expr) :
    beval env (le a b) = true ↔ eval env a ≤ eval env b := by
  simp [beval]

theorem beval_eq (env : Nat → Nat) (a b : Expr) :
    beval env (eq a b) = true ↔ eval env a = eval env b := by sorry

theorem beval_not_not (env : Nat → Nat) (b : BExpr) : beval env (not (not b)) = beval env b := by
  simp [beval]

theorem beval_mkNot (env : Nat → Nat) (b : BExpr) : beval env (mkNot b) = !beval env b := by
  unfold mkNot
  split <;> simp [beval]

theorem beval_mkAnd (env : Nat → Nat) (b c : BExpr) : beval env (mkAnd b c) = (beval env b && beval env c) := by
  unfold mkAnd
  split <;> simp [beval]

theorem beval_mkOr (env : Nat → Nat) (b c : BExpr) : beval env (mkOr b c) = (beval env b || beval env c) := by
  unfold mkOr
  split <;> simp [beval]

theorem beval_bsimp (env : Nat → Nat) (b : BExpr) : beval env (bsimp b) = beval env b := by
  induction b with
  | tt => rfl
  | ff => rfl
  | le a c => simp [bsimp, beval, eval_fold]
  | eq a c => simp [bsimp, beval, eval_fold]
  | not b ih => rw [bsimp, beval_mkNot, ih]; rfl
  | and b c ihb ihc => rw [bsimp, beval_mkAnd, ihb, ihc]; rfl
  | or b c ihb ihc => rw [bsimp, beval_mkOr, ihb, ihc]; rfl

theorem de_morgan_and (env : Nat → Nat) (b c : BExpr) :
    beval env (not (and b c)) = beval env (or (not b) (not c)) := by
  simp [beval]

theorem de_morgan_or (env : Nat → Nat) (b c : BExpr) :
    beval env (not (or b c)) = beval env (and (not b) (not c)) := by sorry

theorem beval_and_comm (env : Nat → Nat) (b c : BExpr) : beval env (and b c) = beval env (and c b) := by
  simp [beval, Bool.and_comm]

theorem beval_le_refl (env : Nat → Nat) (a : Expr) : beval env (le a a) = true := by
  simp [beval]

theorem beval_le_trans (env : Nat → Nat) (a b c : Expr) (h₁ : beval env (le a b) = true)
    (h₂ : beval env (le b c) = true) : beval env (le a c) = true := by
  rw [beval_le] at *
  omega

theorem size_pos (b : BExpr) : 0 < size b := by
  cases b <;> simp [size]

theorem size_mkNot_le (b : BExpr) : size (mkNot b) ≤ size b + 1 := by
  unfold mkNot
  split <;> simp [size] <;> omega

theorem size_bsimp_le (b : BExpr) : size (bsimp b) ≤ size b := by sorry

theorem bsimp_example : bsimp (and tt (le (plus (num 1) (num 2)) (var 0))) = le (num 3) (var 0) := rfl

end BExpr

end Compiler
