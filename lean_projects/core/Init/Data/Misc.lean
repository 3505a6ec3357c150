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

/-! ## Logic the `omega` preprocessor and ordinary proofs refer to -/

theorem Decidable.not_and_iff_or_not {p q : Prop} [d₁ : Decidable p] [d₂ : Decidable q] :
    ¬(p ∧ q) ↔ ¬p ∨ ¬q := by
  constructor
  · intro h
    cases d₁ with
    | isTrue hp => exact Or.inr (fun hq => h ⟨hp, hq⟩)
    | isFalse hp => exact Or.inl hp
  · intro h ⟨hp, hq⟩
    cases h with
    | inl h => exact h hp
    | inr h => exact h hq

namespace Lean.Omega

theorem Prod.of_lex {α : Type u} {β : Type v} {r : α → α → Prop} {s : β → β → Prop} {p q : α × β}
    (w : Prod.Lex r s p q) : r p.fst q.fst ∨ p.fst = q.fst ∧ s p.snd q.snd := by
  cases w with
  | left _ _ h => exact Or.inl h
  | right _ h => exact Or.inr ⟨rfl, h⟩

theorem Prod.of_not_lex {α : Type u} {r : α → α → Prop} [DecidableEq α] {β : Type v}
    {s : β → β → Prop} {p q : α × β} (w : ¬ Prod.Lex r s p q) :
    ¬ r p.fst q.fst ∧ (p.fst ≠ q.fst ∨ ¬ s p.snd q.snd) := by
  cases p with
  | mk a b =>
    cases q with
    | mk a' b' =>
      refine ⟨fun h => w (Prod.Lex.left _ _ h), ?_⟩
      cases decEq a a' with
      | isTrue e =>
        subst e
        exact Or.inr (fun h => w (Prod.Lex.right _ h))
      | isFalse e => exact Or.inl e

end Lean.Omega

/-! ## More of the list, option, sum and function library -/

namespace List

def getLast! {α : Type u} [Inhabited α] : List α → α
  | [] => panic "empty list"
  | [a] => a
  | _ :: b :: l => getLast! (b :: l)

/-- The elements without repetitions, first occurrences kept. -/
def eraseDups {α : Type u} [BEq α] (as : List α) : List α := go as []
where
  go : List α → List α → List α
    | [], acc => acc.reverse
    | b :: bs, acc => if acc.contains b then go bs acc else go bs (b :: acc)

/-- `(l.take n, l.drop n)`. -/
def splitAt {α : Type u} (n : Nat) (l : List α) : List α × List α := (l.take n, l.drop n)

/-- `l` rotated `n` places to the left. -/
def rotateLeft {α : Type u} (l : List α) (n : Nat := 1) : List α :=
  let k := if l.length = 0 then 0 else n % l.length
  l.drop k ++ l.take k

/-- The index of the first element satisfying `p`. -/
def findIdx? {α : Type u} (p : α → Bool) : List α → Option Nat
  | [] => none
  | a :: as => if p a then some 0 else (· + 1) <$> findIdx? p as

/-- The index of the first occurrence of `a` (the length if none). -/
def idxOf {α : Type u} [BEq α] (a : α) : List α → Nat
  | [] => 0
  | b :: bs => if b == a then 0 else idxOf a bs + 1

/-- Each element paired with its index, counting from `n`. -/
def zipIdx {α : Type u} : List α → (n : Nat := 0) → List (α × Nat)
  | [], _ => []
  | a :: as, n => (a, n) :: zipIdx as (n + 1)

/-- The elements of `xs` that are not in `ys`. -/
def removeAll {α : Type u} [BEq α] (xs ys : List α) : List α := xs.filter fun x => !ys.contains x

def foldlM {m : Type u → Type v} [Monad m] {s : Type u} {α : Type w} (f : s → α → m s) :
    (init : s) → List α → m s
  | s, [] => pure s
  | s, a :: as => do foldlM f (← f s a) as

def allM {m : Type → Type u} [Monad m] {α : Type v} (p : α → m Bool) : List α → m Bool
  | [] => pure true
  | a :: as => do if (← p a) then allM p as else pure false

def anyM {m : Type → Type u} [Monad m] {α : Type v} (p : α → m Bool) : List α → m Bool
  | [] => pure false
  | a :: as => do if (← p a) then pure true else anyM p as

end List

namespace Function

/-- A function of a pair as a function of two arguments. -/
@[inline] def curry {α : Type u} {β : Type v} {φ : Sort w} : (α × β → φ) → α → β → φ :=
  fun f a b => f (a, b)

/-- A function of two arguments as a function of a pair. -/
@[inline] def uncurry {α : Type u} {β : Type v} {φ : Sort w} : (α → β → φ) → α × β → φ :=
  fun f a => f a.1 a.2

end Function

namespace Sum

def elim {α : Type u} {β : Type v} {γ : Sort w} (f : α → γ) (g : β → γ) : α ⊕ β → γ
  | inl a => f a
  | inr b => g b

def isLeft {α : Type u} {β : Type v} : α ⊕ β → Bool
  | inl _ => true
  | inr _ => false

def isRight {α : Type u} {β : Type v} : α ⊕ β → Bool
  | inl _ => false
  | inr _ => true

def getLeft? {α : Type u} {β : Type v} : α ⊕ β → Option α
  | inl a => some a
  | inr _ => none

def getRight? {α : Type u} {β : Type v} : α ⊕ β → Option β
  | inl _ => none
  | inr b => some b

end Sum

namespace Except

def map {ε : Type u} {α β : Type v} (f : α → β) : Except ε α → Except ε β
  | error e => error e
  | ok a => ok (f a)

def mapError {ε ε' : Type u} {α : Type v} (f : ε → ε') : Except ε α → Except ε' α
  | error e => error (f e)
  | ok a => ok a

def toOption {ε : Type u} {α : Type v} : Except ε α → Option α
  | error _ => none
  | ok a => some a

def toBool {ε : Type u} {α : Type v} : Except ε α → Bool
  | error _ => false
  | ok _ => true

abbrev isOk {ε : Type u} {α : Type v} : Except ε α → Bool := toBool

end Except

/-- No value: anything follows from one. -/
def Empty.elim {C : Sort u} : Empty → C := fun e => nomatch e

/-- Whether `p` is a prefix of `s`. -/
def String.isPrefixOf (p s : String) : Bool := s.data.take p.data.length == p.data

/-- The string of a list of characters (the constructor's old name). -/
abbrev String.mk (data : List Char) : String := String.ofList data

/-- The truncation of `α`: a quotient identifying all its elements. -/
def Squash (α : Sort u) := Quot (fun (_ _ : α) => True)

def Squash.mk {α : Sort u} (x : α) : Squash α := Quot.mk _ x

theorem Squash.ind {α : Sort u} {motive : Squash α → Prop} (h : ∀ (a : α), motive (Squash.mk a)) :
    ∀ (q : Squash α), motive q :=
  Quot.ind h

@[inline] def Squash.lift {α : Sort u} {β : Sort v} [Subsingleton β] (s : Squash α) (f : α → β) : β :=
  Quot.lift f (fun _ _ _ => Subsingleton.elim _ _) s

/-! ## Odds and ends -/

@[extern "lean_usize_dec_eq"]
def USize.decEq (a b : USize) : Decidable (a = b) :=
  match a, b with
  | ⟨n⟩, ⟨m⟩ =>
    if h : n = m then isTrue (h ▸ rfl) else isFalse (fun h' => USize.noConfusion h' (fun h' => absurd h' h))

instance : DecidableEq USize := USize.decEq

/-- The element at `i`, if there is one (an older spelling of `a[i]?`). -/
@[inline] def Array.get? {α : Type u} (a : Array α) (i : Nat) : Option α := a[i]?

@[simp] theorem Char.length_toString (c : Char) : c.toString.length = 1 := rfl

/-! ## What quotation patterns with `$[..]?` and `$[..]*` compile to -/

/-- Whether `stx` is an empty optional or repetition (or missing). -/
def Lean.Syntax.isNone (stx : Syntax) : Bool :=
  match stx with
  | Syntax.node _ k args => k == nullKind && args.size == 0
  | Syntax.missing => true
  | _ => false

namespace Array

def Impl.mapM {α : Type u} {β : Type v} {m : Type v → Type w} [Monad m] (f : α → m β) (as : Array α) :
    m (Array β) := do
  let bs ← List.Impl.mapM f as.toList
  pure ⟨bs⟩

/-- `f` applied to each element in turn, collecting the results. -/
@[implemented_by Impl.mapM]
def mapM {α : Type u} {β : Type v} {m : Type v → Type w} [Monad m] (f : α → m β) (as : Array α) :
    m (Array β) := do
  let bs ← List.mapM f as.toList
  pure ⟨bs⟩

end Array

/-! ## Syntax type abbreviations and `unif_hint` -/

namespace Lean

namespace Syntax
abbrev Term := TSyntax `term
abbrev Command := TSyntax `command
abbrev Level := TSyntax `level
abbrev Tactic := TSyntax `tactic
abbrev Prec := TSyntax `prec
abbrev Prio := TSyntax `prio
abbrev Ident := TSyntax identKind
abbrev StrLit := TSyntax strLitKind
abbrev NumLit := TSyntax numLitKind
end Syntax

export Syntax (Term Command Level Tactic Prec Prio Ident StrLit NumLit)

instance : Coe Ident (TSyntax `Lean.Parser.Command.declId) :=
  ⟨fun id => ⟨Syntax.node SourceInfo.none `Lean.Parser.Command.declId #[id.raw, Syntax.node SourceInfo.none `null #[]]⟩⟩

syntax unifConstraint := term patternIgnore(" =?= " <|> " ≟ ") term
syntax unifConstraintElem := colGe unifConstraint ", "?

/-- `unif_hint (x : α) where c₁ =?= d₁ ⊢ t =?= s` declares a unification hint. -/
syntax (docComment)? attrKind "unif_hint" (ppSpace ident)? (ppSpace bracketedBinder)*
  " where " withPosition(unifConstraintElem*) patternIgnore(atomic("|" noWs "-") <|> "⊢") unifConstraint : command

macro_rules
  | `($[$doc?:docComment]? $kind:attrKind unif_hint $(n)? $bs* where $[$cs₁ ≟ $cs₂]* |- $t₁ ≟ $t₂) => do
    let mut body ← `($t₁ = $t₂)
    for (c₁, c₂) in (cs₁.zip cs₂).reverse do
      body ← `($c₁ = $c₂ → $body)
    let hint : Ident := ⟨(← `(hint)).raw⟩
    `($[$doc?:docComment]? @[$kind unification_hint] def $(n.getD hint) $bs:bracketedBinder* : Sort _ := $body)

end Lean

/-! ## Termination goals about lengths of strings and lists (real Lean closes them with `simp +arith`
and `omega`; here the length lemmas are applied first, then `omega`) -/

macro_rules
  | `(tactic| decreasing_trivial) =>
    `(tactic| (simp only [String.length_append, Char.length_toString, List.length_append,
        List.length_cons, List.length_reverse] at *; omega))
