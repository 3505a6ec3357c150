/-
Smaller pieces of real Lean 4's `Init` that ordinary files use: `#guard`, `decidable_of_iff`, `Ord`/`<`
on strings, `Fin` arithmetic, `Array.set`/`swap`, `List.iota`, `List.mapM`, `Option.get!`, `Stream`,
`Float.isNaN`, `ptrAddrUnsafe`. Compiled code of names the engine also has natively goes through
uniquely named implementations (see `Init.Data.Array.Basic`).
-/
prelude
import Init.System.IO
import Init.Data.Array.Basic
import Init.Data.Option

universe u v w

/-! ## `#guard` (elaborated by the engine's builtin `#guard` command) -/

namespace Lean.Parser.Command

/-- `#guard e` checks that the boolean (or decidable proposition) `e` evaluates to `true`. -/
syntax (name := guardCmd) "#guard " term : command


end Lean.Parser.Command

/-! ## Decidability through an equivalence -/

/-- `q` is decidable if an equivalent `p` is. -/
@[inline] def decidable_of_decidable_of_iff {p q : Prop} [Decidable p] (h : p ↔ q) : Decidable q :=
  if hp : p then isTrue (Iff.mp h hp) else isFalse fun hq => absurd (Iff.mpr h hq) hp

@[inline] def decidable_of_iff {b : Prop} (a : Prop) (h : a ↔ b) [Decidable a] : Decidable b :=
  decidable_of_decidable_of_iff h

@[inline] def decidable_of_iff' {a : Prop} (b : Prop) (h : a ↔ b) [Decidable b] : Decidable a :=
  decidable_of_decidable_of_iff h.symm

/-! ## Ordering strings -/

/-- Lexicographic comparison of character lists. -/
def String.Impl.compareChars : List Char → List Char → Ordering
  | [], [] => .eq
  | [], _ :: _ => .lt
  | _ :: _, [] => .gt
  | a :: as, b :: bs => if a < b then .lt else if b < a then .gt else compareChars as bs

instance : Ord String := ⟨fun a b => String.Impl.compareChars a.data b.data⟩
instance : LT String := ⟨fun a b => compare a b = .lt⟩
instance : LE String := ⟨fun a b => compare a b ≠ .gt⟩
instance (a b : String) : Decidable (a < b) := inferInstanceAs (Decidable (compare a b = .lt))
instance (a b : String) : Decidable (a ≤ b) := inferInstanceAs (Decidable (compare a b ≠ .gt))
instance : Ord Char := ⟨fun a b => compareOfLessAndEq a b⟩
instance : Ord Int := ⟨fun a b => compareOfLessAndEq a b⟩

/-! ## `Fin n` arithmetic (modulo `n`) -/

namespace Fin

protected def add : Fin n → Fin n → Fin n
  | ⟨a, h⟩, ⟨b, _⟩ => ⟨(a + b) % n, Nat.mod_lt _ (Nat.lt_of_le_of_lt (Nat.zero_le _) h)⟩

protected def mul : Fin n → Fin n → Fin n
  | ⟨a, h⟩, ⟨b, _⟩ => ⟨(a * b) % n, Nat.mod_lt _ (Nat.lt_of_le_of_lt (Nat.zero_le _) h)⟩

protected def sub : Fin n → Fin n → Fin n
  | ⟨a, h⟩, ⟨b, _⟩ => ⟨((n - b) + a) % n, Nat.mod_lt _ (Nat.lt_of_le_of_lt (Nat.zero_le _) h)⟩

instance : Add (Fin n) := ⟨Fin.add⟩
instance : Mul (Fin n) := ⟨Fin.mul⟩
instance : Sub (Fin n) := ⟨Fin.sub⟩

/-- The largest element of `Fin (n + 1)`. -/
def last (n : Nat) : Fin (n + 1) := ⟨n, Nat.lt_succ_self _⟩

/-- The element `i` of `Fin n` as an element of `Fin (n + 1)`. -/
def castSucc : Fin n → Fin (n + 1)
  | ⟨i, h⟩ => ⟨i, Nat.lt_succ_of_lt h⟩

/-- `i + 1` in `Fin (n + 1)`. -/
def succ : Fin n → Fin (n + 1)
  | ⟨i, h⟩ => ⟨i + 1, Nat.succ_lt_succ h⟩

end Fin

/-! ## Arrays, lists, options -/

namespace Array.Impl

def set {α : Type u} (xs : Array α) (i : Nat) (v : α) (_h : i < xs.size) : Array α := ⟨xs.toList.set i v⟩
def swapCore {α : Type u} (xs : Array α) (i j : Nat) : Array α :=
  match xs.toList[i]?, xs.toList[j]? with
  | some a, some b => ⟨(xs.toList.set i b).set j a⟩
  | _, _ => xs
def swap {α : Type u} (xs : Array α) (i j : Nat) (_hi : i < xs.size) (_hj : j < xs.size) : Array α :=
  swapCore xs i j

end Array.Impl

namespace Array

/-- `xs` with the element at `i` replaced by `v`. -/
@[inline] def set {α : Type u} (xs : Array α) (i : Nat) (v : α) (h : i < xs.size := by get_elem_tactic) :
    Array α :=
  Impl.set xs i v h

/-- `xs` with the elements at `i` and `j` exchanged. -/
@[inline] def swap {α : Type u} (xs : Array α) (i j : Nat) (hi : i < xs.size := by get_elem_tactic)
    (hj : j < xs.size := by get_elem_tactic) : Array α :=
  Impl.swap xs i j hi hj

end Array

namespace List

/-- `[n, n - 1, ..., 1]`. -/
def iota : Nat → List Nat
  | 0 => []
  | m@(n + 1) => m :: iota n

def Impl.mapM {m : Type u → Type v} [Monad m] {α : Type w} {β : Type u} (f : α → m β) : List α → m (List β)
  | [] => pure []
  | a :: as => do
    let b ← f a
    let bs ← Impl.mapM f as
    pure (b :: bs)

/-- `f` applied to each element in turn, collecting the results. -/
@[implemented_by Impl.mapM]
def mapM {m : Type u → Type v} [Monad m] {α : Type w} {β : Type u} (f : α → m β) : List α → m (List β)
  | [] => pure []
  | a :: as => do
    let b ← f a
    let bs ← mapM f as
    pure (b :: bs)

end List

/-- The value of an option known to be `some` (a panic and `default` otherwise). -/
def Option.get! {α : Type u} [Inhabited α] : Option α → α
  | some x => x
  | none => panic "value is none"

/-- Streams: `next?` gives the first element and the rest, or `none` at the end. -/
class Stream (stream : Type u) (value : outParam (Type v)) : Type (max u v) where
  next? : stream → Option (value × stream)

instance {α : Type u} : Stream (List α) α := ⟨fun
  | [] => none
  | a :: as => some (a, as)⟩

/-- Whether a float is not a number. -/
@[extern "lean_float_isnan"] opaque Float.isNaN : Float → Bool
/-- Whether a float is finite. -/
@[extern "lean_float_isfinite"] opaque Float.isFinite : Float → Bool

/-- The address of an object in memory (only meaningful in `unsafe` code). -/
@[extern "lean_ptr_addr"] unsafe opaque ptrAddrUnsafe {α : Type u} (a : @& α) : USize

/-! ## `Alternative`, `guard`, loops -/

/-- Applicative functors with failure and a choice `a <|> b`. -/
class Alternative (f : Type u → Type v) : Type (max (u+1) v) extends Applicative f where
  failure : {α : Type u} → f α
  orElse  : {α : Type u} → f α → (Unit → f α) → f α

instance (f : Type u → Type v) (α : Type u) [Alternative f] : OrElse (f α) := ⟨Alternative.orElse⟩

export Alternative (failure)

/-- `pure ()` if `p` holds, `failure` otherwise. -/
@[always_inline, inline] def guard {f : Type → Type v} [Alternative f] (p : Prop) [Decidable p] : f Unit :=
  if p then pure () else failure

/-- The first of `xs` that succeeds. -/
def optional {f : Type u → Type v} [Alternative f] {α : Type u} (x : f α) : f (Option α) :=
  some <$> x <|> pure none

instance : Alternative Option where
  failure := none
  orElse  := Option.orElse

namespace Lean

/-- The collection a `while`/`repeat` loop runs over: endless, until `break`. -/
structure Loop where

@[inline] partial def Loop.forIn {β : Type u} {m : Type u → Type v} [Monad m] (_ : Loop) (init : β)
    (f : Unit → β → m (ForInStep β)) : m β :=
  let rec @[specialize] loop (b : β) : m β := do
    match ← f () b with
    | .done b  => pure b
    | .yield b => loop b
  loop init

instance {m : Type u → Type v} [Monad m] : ForIn m Loop Unit := ⟨Loop.forIn⟩

end Lean

/-! ## Sorting -/

def List.Impl.insertStable {α : Type u} (le : α → α → Bool) (a : α) : List α → List α
  | [] => [a]
  | b :: bs => if le b a then b :: insertStable le a bs else a :: b :: bs

/-- `xs` sorted by `le` (stable: equal elements keep their order). -/
@[inline] def List.mergeSort {α : Type u} (xs : List α) (le : α → α → Bool := by exact fun a b => a ≤ b) :
    List α :=
  xs.foldl (fun acc a => List.Impl.insertStable le a acc) []
