import Compiler.Bool

/-!
# Compiling to stack machines

Folded arithmetic compiles (with the compiler of `Structures`) to code that
computes the original value. Conditions compile to a boolean stack machine:
comparisons push their verdict, connectives combine the top of the stack, and
running the code of a condition pushes its value.
-/

namespace Compiler

open Structures Expr BExpr

theorem exec_compile_fold (env : Nat → Nat) (e : Expr) (is : List Instr) (s : List Nat) :
    exec env (compile (fold e) ++ is) s = exec env is (eval env e :: s) := by
  rw [exec_compile, eval_fold]

theorem exec_compile_fold_nil (env : Nat → Nat) (e : Expr) :
    exec env (compile (fold e)) [] = [eval env e] := by sorry

theorem exec_compile_fold_eq (env : Nat → Nat) (e : Expr) :
    exec env (compile (fold e)) [] = exec env (compile e) [] := by
  rw [exec_compile_nil, exec_compile_nil, eval_fold]

/-- Instructions of the boolean stack machine. -/
inductive BInstr where
  | push : Bool → BInstr
  | cmpLe : Expr → Expr → BInstr
  | cmpEq : Expr → Expr → BInstr
  | neg : BInstr
  | conj : BInstr
  | disj : BInstr

/-- Run boolean code on a stack; an operation without its arguments is skipped. -/
def bexec (env : Nat → Nat) : List BInstr → List Bool → List Bool
  | [], s => s
  | BInstr.push b :: is, s => bexec env is (b :: s)
  | BInstr.cmpLe a b :: is, s => bexec env is (decide (eval env a ≤ eval env b) :: s)
  | BInstr.cmpEq a b :: is, s => bexec env is (decide (eval env a = eval env b) :: s)
  | BInstr.neg :: is, x :: s => bexec env is ((!x) :: s)
  | BInstr.conj :: is, y :: x :: s => bexec env is ((x && y) :: s)
  | BInstr.disj :: is, y :: x :: s => bexec env is ((x || y) :: s)
  | _ :: is, s => bexec env is s

/-- Compile a condition to postfix boolean code. -/
def bcompile : BExpr → List BInstr
  | .tt => [BInstr.push true]
  | .ff => [BInstr.push false]
  | .le a b => [BInstr.cmpLe a b]
  | .eq a b => [BInstr.cmpEq a b]
  | .not b => bcompile b ++ [BInstr.neg]
  | .and b c => bcompile b ++ bcompile c ++ [BInstr.conj]
  | .or b c => bcompile b ++ bcompile c ++ [BInstr.disj]

theorem bexec_nil (env : Nat → Nat) (s : List Bool) : bexec env [] s = s := rfl

theorem bexec_push (env : Nat → Nat) (b : Bool) (is : List BInstr) (s : List Bool) :
    bexec env (BInstr.push b :: is) s = bexec env is (b :: s) := rfl

theorem bexec_neg (env : Nat → Nat) (is : List BInstr) (x : Bool) (s : List Bool) :
    bexec env (BInstr.neg :: is) (x :: s) = bexec env is ((!x) :: s) := rfl

theorem bexec_conj (env : Nat → Nat) (is : List BInstr) (x y : Bool) (s : List Bool) :
    bexec env (BInstr.conj :: is) (y :: x :: s) = bexec env is ((x && y) :: s) := rfl

theorem bexec_disj (env : Nat → Nat) (is : List BInstr) (x y : Bool) (s : List Bool) :
    bexec env (BInstr.disj :: is) (y :: x :: s) = bexec env is ((x || y) :: s) := rfl

theorem bexec_neg_nil (env : Nat → Nat) (is : List BInstr) :
    bexec env (BInstr.neg :: is) [] = bexec env is [] := rfl

theorem bexec_bcompile (env : Nat → Nat) (b : BExpr) (is : List BInstr) (s : List Bool) :
    bexec env (bcompile b ++ is) s = bexec env is (beval env b :: s) := by
  induction b generalizing is s with
  | tt => rfl
  | ff => rfl
  | le a c => rfl
  | eq a c => rfl
  | not b ih =>
    rw [bcompile, List.append_assoc, ih]
    rfl
  | and b c ihb ihc =>
    rw [bcompile, List.append_assoc, List.append_assoc, ihb, ihc]
    rfl
  | or b c ihb ihc =>
    rw [bcompile, List.append_assoc, List.append_assoc, ihb, ihc]
    rfl

theorem bexec_bcompile_nil (env : Nat → Nat) (b : BExpr) : bexec env (bcompile b) [] = [beval env b] := by
  have h := bexec_bcompile env b [] []
  rw [List.append_nil] at h
  exact h

theorem bexec_bcompile_bsimp (env : Nat → Nat) (b : BExpr) :
    bexec env (bcompile (bsimp b)) [] = bexec env (bcompile b) [] := by sorry

theorem length_bcompile (b : BExpr) : (bcompile b).length = size b := by
  induction b with
  | tt => rfl
  | ff => rfl
  | le a c => rfl
  | eq a c => rfl
  | not b ih => simp [bcompile, size, ih]
  | and b c ihb ihc =>
    simp [bcompile, size, ihb, ihc]
    omega
  | or b c ihb ihc =>
    simp [bcompile, size, ihb, ihc]
    omega

theorem bexec_bcompile_not_not (env : Nat → Nat) (b : BExpr) :
    bexec env (bcompile (BExpr.not (BExpr.not b))) [] = bexec env (bcompile b) [] := by sorry

theorem bcompile_length_pos (b : BExpr) : 0 < (bcompile b).length := by
  rw [length_bcompile]
  exact size_pos b

theorem bexec_example :
    bexec (fun _ => 5) (bcompile (.and (.le (num 3) (var 0)) (.not (.eq (var 0) (num 4))))) [] = [true] := by
  rfl

end Compiler
