/-! Arithmetic expressions of our own. -/

inductive Expr where
  | num : Nat → Expr
  | plus : Expr → Expr → Expr
  | times : Expr → Expr → Expr

namespace Expr

def eval : Expr → Nat
  | num n => n
  | plus a b => eval a + eval b
  | times a b => eval a * eval b

def swap : Expr → Expr
  | num n => num n
  | plus a b => plus (swap b) (swap a)
  | times a b => times (swap b) (swap a)

theorem eval_swap (e : Expr) : eval (swap e) = eval e := by sorry

def size : Expr → Nat
  | num _ => 1
  | plus a b => size a + size b + 1
  | times a b => size a + size b + 1

theorem size_pos (e : Expr) : 0 < size e := by sorry

theorem size_swap (e : Expr) : size (swap e) = size e := by sorry

theorem swap_swap (e : Expr) : swap (swap e) = e := by sorry

end Expr
