import Structures.Tree

/-!
# Arithmetic expressions and a stack machine

Expressions built from numerals, variables, sums and products; an evaluator;
a transformation that mirrors every operation; and a compiler to a small stack
machine, proved correct: running the compiled code pushes the value of the
expression.
-/

namespace Structures

/-- Arithmetic expressions over variables indexed by `Nat`. -/
inductive Expr where
  | num : Nat → Expr
  | var : Nat → Expr
  | plus : Expr → Expr → Expr
  | times : Expr → Expr → Expr

namespace Expr

/-- The value of an expression, given the values of the variables. -/
def eval (env : Nat → Nat) : Expr → Nat
  | num n => n
  | var i => env i
  | plus a b => eval env a + eval env b
  | times a b => eval env a * eval env b

/-- The number of constructors in an expression. -/
def nodes : Expr → Nat
  | num _ => 1
  | var _ => 1
  | plus a b => nodes a + nodes b + 1
  | times a b => nodes a + nodes b + 1

/-- Swap the arguments of every operation. -/
def swap : Expr → Expr
  | num n => num n
  | var i => var i
  | plus a b => plus (swap b) (swap a)
  | times a b => times (swap b) (swap a)

/-- Replace every variable by a numeral, its value under `env`. -/
def close (env : Nat → Nat) : Expr → Expr
  | num n => num n
  | var i => num (env i)
  | plus a b => plus (close env a) (close env b)
  | times a b => times (close env a) (close env b)

theorem eval_plus (env : Nat → Nat) (a b : Expr) :
    eval env (plus a b) = eval env a + eval env b := rfl

theorem eval_times (env : Nat → Nat) (a b : Expr) :
    eval env (times a b) = eval env a * eval env b := rfl

theorem nodes_pos (e : Expr) : 0 < nodes e := by
  cases e with
  | num n => exact Nat.zero_lt_one
  | var i => exact Nat.zero_lt_one
  | plus a b => exact Nat.succ_pos _
  | times a b => exact Nat.succ_pos _

theorem eval_swap (env : Nat → Nat) (e : Expr) : eval env (swap e) = eval env e := by
  induction e with
  | num n => rfl
  | var i => rfl
  | plus a b iha ihb =>
    show eval env (swap b) + eval env (swap a) = eval env a + eval env b
    rw [iha, ihb, Nat.add_comm]
  | times a b iha ihb =>
    show eval env (swap b) * eval env (swap a) = eval env a * eval env b
    rw [iha, ihb, Nat.mul_comm]

theorem swap_swap (e : Expr) : swap (swap e) = e := by sorry

theorem nodes_swap (e : Expr) : nodes (swap e) = nodes e := by sorry

theorem eval_close (env env' : Nat → Nat) (e : Expr) :
    eval env' (close env e) = eval env e := by
  induction e with
  | num n => rfl
  | var i => rfl
  | plus a b iha ihb =>
    show eval env' (close env a) + eval env' (close env b) = eval env a + eval env b
    rw [iha, ihb]
  | times a b iha ihb =>
    show eval env' (close env a) * eval env' (close env b) = eval env a * eval env b
    rw [iha, ihb]

theorem nodes_close (env : Nat → Nat) (e : Expr) : nodes (close env e) = nodes e := by
  induction e with
  | num n => rfl
  | var i => rfl
  | plus a b iha ihb =>
    show nodes (close env a) + nodes (close env b) + 1 = nodes a + nodes b + 1
    rw [iha, ihb]
  | times a b iha ihb =>
    show nodes (close env a) + nodes (close env b) + 1 = nodes a + nodes b + 1
    rw [iha, ihb]

end Expr

/-- Instructions of the stack machine. -/
inductive Instr where
  | push : Nat → Instr
  | load : Nat → Instr
  | add : Instr
  | mul : Instr

/-- Run a program on a stack. An operation without two arguments on the stack
is skipped. -/
def exec (env : Nat → Nat) : List Instr → List Nat → List Nat
  | [], s => s
  | Instr.push n :: is, s => exec env is (n :: s)
  | Instr.load i :: is, s => exec env is (env i :: s)
  | Instr.add :: is, b :: a :: s => exec env is ((a + b) :: s)
  | Instr.mul :: is, b :: a :: s => exec env is ((a * b) :: s)
  | _ :: is, s => exec env is s

/-- Compile an expression to postfix code. -/
def compile : Expr → List Instr
  | Expr.num n => [Instr.push n]
  | Expr.var i => [Instr.load i]
  | Expr.plus a b => compile a ++ compile b ++ [Instr.add]
  | Expr.times a b => compile a ++ compile b ++ [Instr.mul]

theorem exec_nil (env : Nat → Nat) (s : List Nat) : exec env [] s = s := rfl

theorem exec_push (env : Nat → Nat) (n : Nat) (is : List Instr) (s : List Nat) :
    exec env (Instr.push n :: is) s = exec env is (n :: s) := rfl

theorem exec_add (env : Nat → Nat) (is : List Instr) (a b : Nat) (s : List Nat) :
    exec env (Instr.add :: is) (b :: a :: s) = exec env is ((a + b) :: s) := rfl

theorem exec_mul (env : Nat → Nat) (is : List Instr) (a b : Nat) (s : List Nat) :
    exec env (Instr.mul :: is) (b :: a :: s) = exec env is ((a * b) :: s) := rfl

theorem compile_plus (a b : Expr) :
    compile (Expr.plus a b) = compile a ++ compile b ++ [Instr.add] := rfl

theorem compile_times (a b : Expr) :
    compile (Expr.times a b) = compile a ++ compile b ++ [Instr.mul] := rfl

/-- Running compiled code pushes the value of the expression. -/
theorem exec_compile (env : Nat → Nat) (e : Expr) (is : List Instr) (s : List Nat) :
    exec env (compile e ++ is) s = exec env is (e.eval env :: s) := by
  induction e generalizing is s with
  | num n => rfl
  | var i => rfl
  | plus a b iha ihb =>
    rw [compile_plus, List.append_assoc, List.append_assoc, iha, ihb]
    rfl
  | times a b iha ihb =>
    rw [compile_times, List.append_assoc, List.append_assoc, iha, ihb]
    rfl

theorem exec_compile_nil (env : Nat → Nat) (e : Expr) :
    exec env (compile e) [] = [e.eval env] := by
  have h := exec_compile env e [] []
  rw [List.append_nil] at h
  exact h

theorem length_compile (e : Expr) : (compile e).length = e.nodes := by sorry

theorem exec_compile_swap (env : Nat → Nat) (e : Expr) :
    exec env (compile e.swap) [] = exec env (compile e) [] := by
  rw [exec_compile_nil, exec_compile_nil, Expr.eval_swap]

theorem eval_example : Expr.eval (fun _ => 2) (Expr.plus (Expr.num 3) (Expr.var 0)) = 5 := by
  decide

theorem exec_compile_example :
    exec (fun _ => 0) (compile (Expr.times (Expr.num 2) (Expr.num 5))) [] = [10] := by
  rw [exec_compile_nil]
  rfl

theorem eval_plus_comm (env : Nat → Nat) (a b : Expr) :
    (Expr.plus a b).eval env = (Expr.plus b a).eval env := by
  simp only [Expr.eval_plus, Nat.add_comm]

end Structures
