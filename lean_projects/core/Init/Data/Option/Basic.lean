/-
leanagent core library: basic operations on `Option` (`Option.map` and `Option.getD` come
from the prelude). Names and definitions follow real Lean 4 (`Init/Data/Option/Basic.lean`).
-/
prelude
import Init.SimpLemmas

universe u v w

namespace Option

variable {α : Type u} {β : Type v}

/-- `true` for `some _`. -/
@[inline] def isSome : Option α → Bool
  | some _ => true
  | none   => false

/-- `true` for `none`. -/
@[inline] def isNone : Option α → Bool
  | some _ => false
  | none   => true

/-- Sequencing of partial computations. -/
@[inline] protected def bind : Option α → (α → Option β) → Option β
  | none,   _ => none
  | some a, f => f a

/-- The value of an option known to be `some`. -/
@[inline] def get : (o : Option α) → isSome o = true → α
  | some x, _ => x

/-- `some a` when `p a` holds, else `none`. -/
@[inline] protected def filter (p : α → Bool) : Option α → Option α
  | some a => if p a then some a else none
  | none   => none

/-- `true` when all values (none or one) satisfy `p`. -/
@[inline] protected def all (p : α → Bool) : Option α → Bool
  | some a => p a
  | none   => true

/-- `true` when some value satisfies `p`. -/
@[inline] protected def any (p : α → Bool) : Option α → Bool
  | some a => p a
  | none   => false

/-- The first of two options that is `some`. -/
@[inline] protected def orElse : Option α → (Unit → Option α) → Option α
  | some a, _ => some a
  | none,   b => b ()

/-- Case analysis: `b` for `none`, `f a` for `some a`. -/
@[inline] protected def elim : Option α → β → (α → β) → β
  | some x, _, f => f x
  | none,   e, _ => e

/-- Flatten a nested option. -/
@[inline] def join (x : Option (Option α)) : Option α := x.bind id

/-- The list of the value, if any. -/
@[inline] def toList : Option α → List α
  | none   => .nil
  | some a => .cons a .nil

/-! ## Defining equations -/

@[simp] theorem isSome_some {a : α} : isSome (some a) = true := rfl
@[simp] theorem isSome_none : isSome (none : Option α) = false := rfl
@[simp] theorem isNone_some {a : α} : isNone (some a) = false := rfl
@[simp] theorem isNone_none : isNone (none : Option α) = true := rfl

@[simp] theorem some_bind {a : α} {f : α → Option β} : (some a).bind f = f a := rfl
@[simp] theorem none_bind {f : α → Option β} : (none : Option α).bind f = none := rfl

@[simp] theorem get_some (x : α) (h : isSome (some x) = true) : (some x).get h = x := rfl

@[simp] theorem getD_some {a b : α} : (some a).getD b = a := rfl
@[simp] theorem getD_none {a : α} : (none : Option α).getD a = a := rfl

@[simp] theorem map_some' {a : α} {f : α → β} : (some a).map f = some (f a) := rfl
@[simp] theorem map_none' {f : α → β} : (none : Option α).map f = none := rfl

@[simp] theorem elim_none {x : β} {f : α → β} : (none : Option α).elim x f = x := rfl
@[simp] theorem elim_some {x : β} {f : α → β} {a : α} : (some a).elim x f = f a := rfl

@[simp] theorem toList_none : (none : Option α).toList = [] := rfl
@[simp] theorem toList_some {a : α} : (some a).toList = [a] := rfl

end Option
