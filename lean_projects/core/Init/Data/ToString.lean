/-
`Char` and `String` functions ordinary programs use, the `ToString` class with its instances for the
core types, string interpolation `s!"..{x}.."`, and `Repr Int`. Names, signatures and printed forms
are real Lean 4's; strings are lists of characters here (the runtime uses the engine's native
strings through the `@[extern]` constructor and projection).
-/
prelude
import Init.NormCast
import Init.Data.List.Extra
import Init.Data.Nat.MoreLemmas
import Init.Data.String
import Init.Format
import Init.Control
import Init.CoreExtra

universe u v w

/-! ## Fixed-width numerals -/

@[extern "lean_uint16_of_nat"] def UInt16.ofNat (n : @& Nat) : UInt16 := ⟨BitVec.ofNat 16 n⟩
@[extern "lean_uint32_of_nat"] def UInt32.ofNat (n : @& Nat) : UInt32 := ⟨BitVec.ofNat 32 n⟩
instance : OfNat UInt8 n := ⟨UInt8.ofNat n⟩
instance : OfNat UInt16 n := ⟨UInt16.ofNat n⟩
instance : OfNat UInt32 n := ⟨UInt32.ofNat n⟩
@[extern "lean_uint8_to_nat"] def UInt8.toNat (n : UInt8) : Nat := n.toBitVec.toNat
@[extern "lean_uint16_to_nat"] def UInt16.toNat (n : UInt16) : Nat := n.toBitVec.toNat
@[extern "lean_uint64_to_nat"] def UInt64.toNat (n : UInt64) : Nat := n.toBitVec.toNat

/-! ## Characters -/

namespace Char

instance : LT Char := ⟨fun a b => a.val < b.val⟩
instance : LE Char := ⟨fun a b => a.val ≤ b.val⟩
instance (a b : Char) : Decidable (a < b) := UInt32.decLt _ _
instance (a b : Char) : Decidable (a ≤ b) := UInt32.decLe _ _

/-- The Unicode code point of a character. -/
@[inline] def toNat (c : Char) : Nat := c.val.toNat

instance : Inhabited Char := ⟨'A'⟩

@[inline] def isWhitespace (c : Char) : Bool := c = ' ' || c = '\t' || c = '\r' || c = '\n'
@[inline] def isUpper (c : Char) : Bool := c.val ≥ 65 && c.val ≤ 90
@[inline] def isLower (c : Char) : Bool := c.val ≥ 97 && c.val ≤ 122
@[inline] def isAlpha (c : Char) : Bool := c.isUpper || c.isLower
@[inline] def isDigit (c : Char) : Bool := c.val ≥ 48 && c.val ≤ 57
@[inline] def isAlphanum (c : Char) : Bool := c.isAlpha || c.isDigit

/-- Lower-case letters become upper-case; other characters are unchanged. -/
def toUpper (c : Char) : Char :=
  let n := c.toNat
  if n ≥ 97 ∧ n ≤ 122 then Char.ofNat (n - 32) else c

/-- Upper-case letters become lower-case; other characters are unchanged. -/
def toLower (c : Char) : Char :=
  let n := c.toNat
  if n ≥ 65 ∧ n ≤ 90 then Char.ofNat (n + 32) else c

/-- The string of one character. -/
def toString (c : Char) : String := String.ofList [c]

end Char

/-! ## Strings -/

/-- The string of a list of characters. -/
@[inline] def List.asString (s : List Char) : String := String.ofList s

/-! Implementations the compiler uses for `String` functions whose names the engine's native code
also has with another signature (the engine runs native code of an imported name). -/
namespace String.Impl

def drop (s : String) (n : Nat) : String := ⟨s.data.drop n⟩
def take (s : String) (n : Nat) : String := ⟨s.data.take n⟩
def dropWhile (s : String) (p : Char → Bool) : String := ⟨s.data.dropWhile p⟩
def takeWhile (s : String) (p : Char → Bool) : String := ⟨s.data.takeWhile p⟩
def any (s : String) (p : Char → Bool) : Bool := s.data.any p
def all (s : String) (p : Char → Bool) : Bool := s.data.all p
def contains (s : String) (c : Char) : Bool := s.data.any (· == c)
def startsWith (s pre : String) : Bool := s.data.take pre.data.length == pre.data
def endsWith (s post : String) : Bool := s.data.drop (s.data.length - post.data.length) == post.data
def trimLeft (s : String) : String := ⟨s.data.dropWhile Char.isWhitespace⟩
def trim (s : String) : String := ⟨((s.data.dropWhile Char.isWhitespace).reverse.dropWhile Char.isWhitespace).reverse⟩
def splitChars (p : Char → Bool) : List Char → List Char → List String
  | [], acc => [⟨acc.reverse⟩]
  | c :: cs, acc => if p c then ⟨acc.reverse⟩ :: splitChars p cs [] else splitChars p cs (c :: acc)
def split (s : String) (p : Char → Bool) : List String := splitChars p s.data []
def join (l : List String) : String := ⟨l.flatMap String.data⟩
def replaceChars (pat rep : List Char) : Nat → List Char → List Char
  | 0, rest => rest
  | fuel + 1, rest =>
    match rest with
    | [] => []
    | c :: cs =>
      if rest.take pat.length == pat then rep ++ replaceChars pat rep fuel (rest.drop pat.length)
      else c :: replaceChars pat rep fuel cs
def replace (s pattern replacement : String) : String :=
  if pattern.data.isEmpty then s else ⟨replaceChars pattern.data replacement.data (s.data.length + 1) s.data⟩

end String.Impl

namespace String

/-- The string of one character. -/
@[inline] def singleton (c : Char) : String := String.ofList [c]

@[extern "lean_string_push"]
def push : String → Char → String
  | ⟨s⟩, c => ⟨s ++ [c]⟩

/-- `n` copies of `c` appended to `s`. -/
def pushn (s : String) (c : Char) (n : Nat) : String := ⟨s.data ++ List.replicate n c⟩

/-- `n` copies of `c`. -/
def replicate (n : Nat) (c : Char) : String := ⟨List.replicate n c⟩

@[inline] def isEmpty (s : String) : Bool := s.data.isEmpty

/-- The first character (`default` if the string is empty). -/
def front (s : String) : Char := s.data.headD default

/-- The last character (`default` if the string is empty). -/
def back (s : String) : Char := s.data.getLastD default

@[implemented_by String.Impl.drop] def drop (s : String) (n : Nat) : String := ⟨s.data.drop n⟩
@[implemented_by String.Impl.take] def take (s : String) (n : Nat) : String := ⟨s.data.take n⟩
def dropRight (s : String) (n : Nat) : String := ⟨s.data.take (s.data.length - n)⟩
def takeRight (s : String) (n : Nat) : String := ⟨s.data.drop (s.data.length - n)⟩
@[implemented_by String.Impl.dropWhile] def dropWhile (s : String) (p : Char → Bool) : String := ⟨s.data.dropWhile p⟩
@[implemented_by String.Impl.takeWhile] def takeWhile (s : String) (p : Char → Bool) : String := ⟨s.data.takeWhile p⟩
def dropRightWhile (s : String) (p : Char → Bool) : String := ⟨(s.data.reverse.dropWhile p).reverse⟩
def takeRightWhile (s : String) (p : Char → Bool) : String := ⟨(s.data.reverse.takeWhile p).reverse⟩

def map (f : Char → Char) (s : String) : String := ⟨s.data.map f⟩
@[implemented_by String.Impl.any] def any (s : String) (p : Char → Bool) : Bool := s.data.any p
@[implemented_by String.Impl.all] def all (s : String) (p : Char → Bool) : Bool := s.data.all p
@[implemented_by String.Impl.contains] def contains (s : String) (c : Char) : Bool := s.any (· == c)
def foldl {α : Type u} (f : α → Char → α) (init : α) (s : String) : α := s.data.foldl f init
def foldr {α : Type u} (f : Char → α → α) (init : α) (s : String) : α := s.data.foldr f init

def toUpper (s : String) : String := s.map Char.toUpper
def toLower (s : String) : String := s.map Char.toLower
def capitalize (s : String) : String :=
  match s.data with
  | [] => s
  | c :: cs => ⟨c.toUpper :: cs⟩
def decapitalize (s : String) : String :=
  match s.data with
  | [] => s
  | c :: cs => ⟨c.toLower :: cs⟩

@[implemented_by String.Impl.startsWith] def startsWith (s pre : String) : Bool := s.data.take pre.data.length == pre.data
@[implemented_by String.Impl.endsWith] def endsWith (s post : String) : Bool := s.data.drop (s.data.length - post.data.length) == post.data

@[implemented_by String.Impl.trimLeft] def trimLeft (s : String) : String := s.dropWhile Char.isWhitespace
def trimRight (s : String) : String := s.dropRightWhile Char.isWhitespace
@[implemented_by String.Impl.trim] def trim (s : String) : String := s.trimLeft.trimRight

/-- The strings between the characters satisfying `p`. -/
def splitAux (p : Char → Bool) : List Char → List Char → List String
  | [], acc => [⟨acc.reverse⟩]
  | c :: cs, acc => if p c then ⟨acc.reverse⟩ :: splitAux p cs [] else splitAux p cs (c :: acc)

@[implemented_by String.Impl.split] def split (s : String) (p : Char → Bool) : List String := splitAux p s.data []

/-- The pieces of `s` between the occurrences of `sep` (`[s]` if `sep` is empty). -/
def splitOnAux (sep : List Char) : Nat → List Char → List Char → List String
  | 0, rest, acc => [⟨acc.reverse ++ rest⟩]
  | fuel + 1, rest, acc =>
    match rest with
    | [] => [⟨acc.reverse⟩]
    | c :: cs =>
      if rest.take sep.length == sep then
        ⟨acc.reverse⟩ :: splitOnAux sep fuel (rest.drop sep.length) []
      else splitOnAux sep fuel cs (c :: acc)

def splitOn (s : String) (sep : String := " ") : List String :=
  if sep.data.isEmpty then [s] else splitOnAux sep.data (s.data.length + 1) s.data []

/-- The strings of `l` concatenated. -/
@[implemented_by String.Impl.join] def join (l : List String) : String := l.foldl (· ++ ·) ""

/-- The strings of `ss` with `sep` between each two. -/
def intercalate (sep : String) : List String → String
  | [] => ""
  | a :: as => go a sep as
where
  go (acc : String) (sep : String) : List String → String
    | a :: as => go (acc ++ sep ++ a) sep as
    | [] => acc

/-- `s` with every occurrence of `pattern` replaced by `replacement`. -/
@[implemented_by String.Impl.replace] def replace (s pattern replacement : String) : String :=
  if pattern.isEmpty then s else replacement.intercalate (s.splitOn pattern)

def isNat (s : String) : Bool := !s.isEmpty && s.all Char.isDigit

def toNat? (s : String) : Option Nat :=
  if s.isNat then some (s.foldl (fun n c => n * 10 + (c.toNat - '0'.toNat)) 0) else none

def toNat! (s : String) : Nat :=
  if s.isNat then s.foldl (fun n c => n * 10 + (c.toNat - '0'.toNat)) 0
  else panic "Nat expected"

def isInt (s : String) : Bool :=
  if s.front = '-' then (s.drop 1).isNat else s.isNat

def toInt? (s : String) : Option Int :=
  if s.front = '-' then (fun n => - (n : Int)) <$> (s.drop 1).toNat? else (fun n => (n : Int)) <$> s.toNat?

def toInt! (s : String) : Int :=
  match s.toInt? with
  | some v => v
  | none => panic "Int expected"

/-- A string literal's source text: `s` between double quotes, with escapes. -/
def quote (s : String) : String :=
  let esc : Char → List Char := fun c =>
    if c = '"' then ['\\', '"'] else if c = '\\' then ['\\', '\\']
    else if c = '\n' then ['\\', 'n'] else if c = '\t' then ['\\', 't'] else [c]
  ⟨'"' :: (s.data.flatMap esc ++ ['"'])⟩

end String

/-! ## `ToString` -/

/-- Types whose values can be shown to users as strings (`toString`, `s!` interpolation). -/
class ToString (α : Type u) where
  toString : α → String

export ToString (toString)

instance : ToString String := ⟨fun s => s⟩
instance : ToString Char := ⟨fun c => c.toString⟩
instance : ToString Bool := ⟨fun b => cond b "true" "false"⟩
instance {p : Prop} : ToString (Decidable p) := ⟨fun h => match h with
  | Decidable.isTrue _ => "true"
  | Decidable.isFalse _ => "false"⟩
instance : ToString Nat := ⟨fun n => Nat.repr n⟩
instance : ToString Unit := ⟨fun _ => "()"⟩
instance : ToString PUnit.{u+1} := ⟨fun _ => "()"⟩
instance : ToString UInt8 := ⟨fun n => toString n.toNat⟩
instance : ToString UInt16 := ⟨fun n => toString n.toNat⟩
instance : ToString UInt32 := ⟨fun n => toString n.toNat⟩
instance : ToString UInt64 := ⟨fun n => toString n.toNat⟩
instance {n : Nat} : ToString (Fin n) := ⟨fun f => toString f.val⟩

/-- `[a, b, c]` with the elements shown by `toString`. -/
protected def List.toString {α : Type u} [ToString α] : List α → String
  | [] => "[]"
  | [x] => "[" ++ toString x ++ "]"
  | x :: xs => xs.foldl (· ++ ", " ++ toString ·) ("[" ++ toString x) |>.push ']'

instance {α : Type u} [ToString α] : ToString (List α) := ⟨List.toString⟩
instance {α : Type u} [ToString α] : ToString (Array α) := ⟨fun a => "#" ++ toString a.toList⟩
instance {α : Type u} [ToString α] : ToString (Option α) := ⟨fun
  | none => "none"
  | some a => "(some " ++ toString a ++ ")"⟩
instance {α : Type u} {β : Type v} [ToString α] [ToString β] : ToString (Sum α β) := ⟨fun
  | Sum.inl a => "(inl " ++ toString a ++ ")"
  | Sum.inr b => "(inr " ++ toString b ++ ")"⟩
instance {α : Type u} {β : Type v} [ToString α] [ToString β] : ToString (α × β) :=
  ⟨fun (a, b) => "(" ++ toString a ++ ", " ++ toString b ++ ")"⟩
instance {α : Type u} {β : α → Type v} [ToString α] [∀ a, ToString (β a)] : ToString (Sigma β) :=
  ⟨fun ⟨a, b⟩ => "⟨" ++ toString a ++ ", " ++ toString b ++ "⟩"⟩
instance {α : Type u} {p : α → Prop} [ToString α] : ToString (Subtype p) := ⟨fun s => toString s.val⟩
instance {ε : Type u} {α : Type v} [ToString ε] [ToString α] : ToString (Except ε α) := ⟨fun
  | Except.error e => "error: " ++ toString e
  | Except.ok a => "ok: " ++ toString a⟩

instance {α : Type u} {β : Type v} [Repr α] [Repr β] : Repr (Sum α β) := ⟨fun s prec => match s with
  | Sum.inl a => Repr.addAppParen ("Sum.inl " ++ reprArg a) prec
  | Sum.inr b => Repr.addAppParen ("Sum.inr " ++ reprArg b) prec⟩

/-! ## Integers -/

/-- Decimal representation of an integer (`-3`, `20`). -/
protected def Int.repr : Int → String
  | Int.ofNat m => Nat.repr m
  | Int.negSucc m => "-" ++ Nat.repr (m + 1)

instance : ToString Int := ⟨Int.repr⟩

/-- The message of a `panic!` at a source position. -/
@[noinline] def mkPanicMessageWithDecl (modName declName : String) (line col : Nat) (msg : String) : String :=
  "PANIC at " ++ declName ++ " " ++ modName ++ ":" ++ toString line ++ ":" ++ toString col ++ ": " ++ msg

@[noinline] def mkPanicMessage (modName : String) (line col : Nat) (msg : String) : String :=
  "PANIC at " ++ modName ++ ":" ++ toString line ++ ":" ++ toString col ++ ": " ++ msg

@[never_extract, inline] def panicWithPosWithDecl {α : Sort u} [Inhabited α] (modName declName : String)
    (line col : Nat) (msg : String) : α :=
  panic (mkPanicMessageWithDecl modName declName line col msg)

@[never_extract, inline] def panicWithPos {α : Sort u} [Inhabited α] (modName : String) (line col : Nat)
    (msg : String) : α :=
  panic (mkPanicMessage modName line col msg)

instance : Repr Int where
  reprPrec i prec := if i < 0 then Repr.addAppParen (toString i) prec else toString i

/-! ## String interpolation -/

namespace Lean

/-- The value of an atom node of kind `kind` (a literal), if `stx` is one. -/
def Syntax.isLit? (kind : SyntaxNodeKind) (stx : Syntax) : Option String :=
  match stx with
  | Syntax.node _ k args =>
    if k == kind && args.size == 1 then
      match args.getD 0 Syntax.missing with
      | Syntax.atom _ val => some val
      | _ => none
    else none
  | _ => none

/-- A string literal node holding `val`. -/
def Syntax.mkStrLit (val : String) (info := SourceInfo.none) : Syntax :=
  Syntax.node info strLitKind #[Syntax.atom info val.quote]

private def decodeEscapes : List Char → List Char
  | '\\' :: 'n' :: cs => '\n' :: decodeEscapes cs
  | '\\' :: 't' :: cs => '\t' :: decodeEscapes cs
  | '\\' :: 'r' :: cs => '\r' :: decodeEscapes cs
  | '\\' :: c :: cs => c :: decodeEscapes cs
  | c :: cs => c :: decodeEscapes cs
  | [] => []

/-- The text of an interpolated-string chunk: its delimiters (`"`, `{`, `}`) dropped, escapes decoded. -/
def decodeInterpStrLit (s : String) : Option String :=
  let cs := s.data.drop 1
  some ⟨decodeEscapes (cs.take (cs.length - 1))⟩

def Syntax.isInterpolatedStrLit? (stx : Syntax) : Option String :=
  match stx.isLit? interpolatedStrLitKind with
  | none => none
  | some val => decodeInterpStrLit val

def expandInterpChunks (mkElem : Syntax → MacroM Syntax) : Syntax → List Syntax → MacroM Syntax
  | acc, [] => pure acc
  | acc, c :: cs => do
    let e ← match c.isInterpolatedStrLit? with
      | none => mkElem c
      | some str => mkElem (Syntax.mkStrLit str)
    let acc' ← `($(⟨acc⟩) ++ $(⟨e⟩))
    expandInterpChunks mkElem acc' cs

/-- The chunks of an interpolated string, each passed through `toTypeFn` and appended, at `type`.
(Not named `TSyntax.expandInterpolatedStr`: the engine would run its native code of that name, which
reads the real `MacroM` context.) -/
def expandInterpolatedStrAux (interpStr : TSyntax interpolatedStrKind) (type : TSyntax `term)
    (toTypeFn : TSyntax `term) : MacroM (TSyntax `term) := do
  let mkElem : Syntax → MacroM Syntax := fun a => do
    let r ← `($toTypeFn $(⟨a⟩))
    pure r.raw
  let r ← match interpStr.raw.getArgs.toList with
    | [] => pure (Syntax.mkStrLit "")
    | c :: cs => do
      let first ← match c.isInterpolatedStrLit? with
        | none => mkElem c
        | some str => mkElem (Syntax.mkStrLit str)
      expandInterpChunks mkElem first cs
  `(($(⟨r⟩) : $type))

end Lean

/-- `s!"a{x}b"` is `toString "a" ++ toString x ++ toString "b"`. -/
syntax:max "s!" interpolatedStr(term) : term

macro_rules
  | `(s! $interpStr) => do Lean.expandInterpolatedStrAux interpStr (← `(String)) (← `(toString))
