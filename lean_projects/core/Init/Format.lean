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

/-- Intercalates `sep` between the formatted elements. -/
def Format.joinSep {α : Type u} [ToFormat α] : List α → Format → Format
  | [],      _   => Format.nil
  | [a],     _   => format a
  | a :: as, sep => format a ++ sep ++ Format.joinSep as sep

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

/-- The character of a digit `0`–`15` (`'*'` otherwise). -/
def Nat.digitChar (n : Nat) : Char :=
  if n < 10 then Char.ofNat (48 + n) else if n < 16 then Char.ofNat (87 + n) else '*'

/-- Digits of `n` in `base`, most significant first, prepended to `ds`; `fuel` bounds the steps. -/
def Nat.toDigitsCore (base : Nat) : Nat → Nat → List Char → List Char
  | 0, _, ds => ds
  | fuel + 1, n, ds =>
    let d := Nat.digitChar (n % base)
    let n' := n / base
    if n' = 0 then d :: ds else Nat.toDigitsCore base fuel n' (d :: ds)

def Nat.toDigits (base : Nat) (n : Nat) : List Char :=
  Nat.toDigitsCore base (n + 1) n []

/-- Decimal representation of a natural number. -/
protected def Nat.repr (n : Nat) : String :=
  String.ofList (Nat.toDigits 10 n)

/-- `s` as a string literal: between double quotes, with `"`, `\\`, newlines and tabs escaped. -/
def String.quoteForRepr (s : String) : String :=
  let esc : Char → List Char := fun c =>
    if c = '"' then ['\\', '"'] else if c = '\\' then ['\\', '\\']
    else if c = '\n' then ['\\', 'n'] else if c = '\t' then ['\\', 't'] else [c]
  String.ofList ('"' :: ((s.data.map esc).foldl (· ++ ·) [] ++ ['"']))

instance : Repr Bool := ⟨fun b _ => cond b "true" "false"⟩
instance : Repr Nat := ⟨fun n _ => Nat.repr n⟩
instance : Repr String := ⟨fun s _ => String.quoteForRepr s⟩
instance {α : Type u} [Repr α] : Repr (List α) := ⟨fun xs _ => Format.sbracket (Format.joinSep (xs.map repr) ("," ++ Format.line))⟩
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

/-- The components of a (nested) tuple, for printing `(a, b, c)` rather than `(a, (b, c))`. -/
class ReprTuple (α : Type u) where
  reprTuple : α → List Format → List Format

export ReprTuple (reprTuple)

instance {α : Type u} [Repr α] : ReprTuple α := ⟨fun a xs => repr a :: xs⟩
instance {α : Type u} {β : Type v} [Repr α] [ReprTuple β] : ReprTuple (α × β) :=
  ⟨fun (a, b) xs => reprTuple b (repr a :: xs)⟩

/-- The reverse of a list of formats (the tuple components come out last first). -/
private def reverseFormats : List Format → List Format → List Format
  | [], acc => acc
  | f :: fs, acc => reverseFormats fs (f :: acc)

protected def Prod.repr {α : Type u} {β : Type v} [Repr α] [ReprTuple β] : α × β → Nat → Format
  | (a, b), _ => Format.bracket "(" (Format.joinSep (reverseFormats (reprTuple b [repr a]) []) ("," ++ Format.line)) ")"

instance {α : Type u} {β : Type v} [Repr α] [ReprTuple β] : Repr (α × β) := ⟨Prod.repr⟩
instance {n : Nat} : Repr (Fin n) := ⟨fun f _ => repr f.val⟩
instance : Repr Char := ⟨fun c _ => String.ofList ['\'', c, '\'']⟩
instance : Repr Unit := ⟨fun _ _ => "()"⟩
instance {α : Type u} [Repr α] : Repr (Array α) :=
  ⟨fun a _ => "#" ++ Format.sbracket (Format.joinSep (a.toList.map repr) ("," ++ Format.line))⟩
