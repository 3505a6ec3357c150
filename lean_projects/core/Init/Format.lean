/-
Minimal `Std.Format` and `Repr`, enough for `deriving Repr` to elaborate (the derived code is not
executed here: `#eval` is not supported).
-/
prelude
import Init.Core

universe u

namespace Std

inductive Format.FlattenBehavior where
  | allOrNone
  | fill

/-- Pretty-printer documents. -/
inductive Format where
  | nil : Format
  | line : Format
  | align (force : Bool) : Format
  | text : String → Format
  | nest (indent : Nat) : Format → Format
  | append : Format → Format → Format
  | group : Format → (behavior : Format.FlattenBehavior := Format.FlattenBehavior.allOrNone) → Format
  | tag : Nat → Format → Format

namespace Format

instance : Inhabited Format := ⟨nil⟩
instance : Append Format := ⟨Format.append⟩
instance : Coe String Format := ⟨text⟩

def join (xs : List Format) : Format := xs.foldl (· ++ ·) nil

def joinSep : List Format → Format → Format
  | [],      _   => nil
  | [a],     _   => a
  | a :: as, sep => a ++ sep ++ joinSep as sep

def paren (f : Format) : Format := group (nest 1 (text "(" ++ f ++ text ")"))
def sbracket (f : Format) : Format := group (nest 1 (text "[" ++ f ++ text "]"))
def bracket (l : String) (f : Format) (r : String) : Format :=
  group (nest l.length (text l ++ f ++ text r))
def indentD (f : Format) : Format := nest 2 f
def defWidth := 120

end Format

class ToFormat (α : Type u) where
  format : α → Format

export ToFormat (format)

instance : ToFormat Format := ⟨fun f => f⟩
instance : ToFormat String := ⟨Format.text⟩

end Std

open Std

/-- Types whose values can be printed as Lean syntax. -/
class Repr (α : Type u) where
  reprPrec : α → Nat → Format

export Repr (reprPrec)

abbrev repr {α : Type u} [Repr α] (a : α) : Format := reprPrec a 0
abbrev reprArg {α : Type u} [Repr α] (a : α) : Format := reprPrec a max_prec

def Repr.addAppParen (f : Format) (prec : Nat) : Format :=
  if prec ≥ max_prec then Format.paren f else f

instance : Repr Bool := ⟨fun b _ => cond b "true" "false"⟩
instance : Repr Nat := ⟨fun _ _ => "<nat>"⟩
instance : Repr String := ⟨fun _ _ => "<string>"⟩
instance {α : Type u} [Repr α] : Repr (List α) := ⟨fun xs _ => Format.sbracket (Format.joinSep (xs.map repr) ", ")⟩
instance {α : Type u} [Repr α] : Repr (Option α) := ⟨fun
  | none, _ => "none"
  | some a, prec => Repr.addAppParen ("some " ++ reprArg a) prec⟩

/-! ## Hashing and ordering (what `deriving Hashable, Ord` produce code against) -/

@[extern "lean_uint64_of_nat"]
def UInt64.ofNat (n : @& Nat) : UInt64 := ⟨BitVec.ofNat 64 n⟩

instance : OfNat UInt64 n := ⟨UInt64.ofNat n⟩

instance : Hashable Nat := ⟨fun n => UInt64.ofNat n⟩
instance : Hashable Bool := ⟨fun b => cond b 11 13⟩
instance {α : Type u} [Hashable α] : Hashable (Option α) := ⟨fun
  | none => 11
  | some a => mixHash (hash a) 13⟩
instance {α : Type u} [Hashable α] : Hashable (List α) :=
  ⟨fun as => as.foldl (fun r a => mixHash r (hash a)) 7⟩

inductive Ordering where
  | lt | eq | gt

instance : Inhabited Ordering := ⟨.eq⟩

instance : DecidableEq Ordering := fun a b =>
  match a, b with
  | .lt, .lt => isTrue rfl
  | .eq, .eq => isTrue rfl
  | .gt, .gt => isTrue rfl
  | .lt, .eq | .lt, .gt | .eq, .lt | .eq, .gt | .gt, .lt | .gt, .eq => isFalse (fun h => by cases h)

/-- Lexicographic combination: `a.then b` is `a` unless `a` is `eq`. -/
@[macro_inline] def Ordering.then : Ordering → Ordering → Ordering
  | .eq, f => f
  | o, _ => o

class Ord (α : Type u) where
  compare : α → α → Ordering

export Ord (compare)

def compareOfLessAndEq {α : Type u} (x y : α) [LT α] [Decidable (x < y)] [DecidableEq α] : Ordering :=
  if x < y then Ordering.lt else if x = y then Ordering.eq else Ordering.gt

instance : Ord Nat := ⟨fun x y => compareOfLessAndEq x y⟩
instance : Ord Bool := ⟨fun
  | false, true => .lt
  | true, false => .gt
  | _, _ => .eq⟩
