/-
Core logic: casts, `Ne`, `Iff`, `Exists`, sums and sigma types, `propext`, basic connective
lemmas and `Decidable` instances. Real Lean 4 names and statements.
-/
prelude
import Init.Tactics

set_option linter.unusedVariables false

universe u v w

/-- Used by the generated `injEq` theorems of constructors with several fields. -/
theorem Lean.injEq_helper {P Q R : Prop} : (P → Q → R) → (P ∧ Q → R) :=
  fun h ⟨hp, hq⟩ => h hp hq

/-! ## Casts along equalities (used by `rw`, `simp`, `▸`) -/

@[macro_inline] def Eq.mp {α β : Sort u} (h : α = β) (a : α) : β := h ▸ a
@[macro_inline] def Eq.mpr {α β : Sort u} (h : α = β) (b : β) : α := h ▸ b

theorem Eq.substr {α : Sort u} {p : α → Prop} {a b : α} (h₁ : b = a) (h₂ : p a) : p b := h₁ ▸ h₂

theorem cast_eq {α : Sort u} (h : α = α) (a : α) : cast h a = a := rfl

theorem Eq.congr {α : Sort u} {x₁ x₂ y₁ y₂ : α} (h₁ : x₁ = y₁) (h₂ : x₂ = y₂) :
    (x₁ = x₂) = (y₁ = y₂) := h₁ ▸ h₂ ▸ rfl

theorem congrArg₂ {α : Sort u} {β : Sort v} {γ : Sort w} (f : α → β → γ) {x x' : α} {y y' : β}
    (hx : x = x') (hy : y = y') : f x y = f x' y' := hx ▸ hy ▸ rfl

theorem trivial : True := ⟨⟩

theorem mt {a b : Prop} (h₁ : a → b) (h₂ : ¬b) : ¬a := fun ha => h₂ (h₁ ha)

theorem not_false : ¬False := id

def Not.elim {a : Prop} {α : Sort u} (H1 : ¬a) (H2 : a) : α := absurd H2 H1

theorem not_not_intro {p : Prop} (h : p) : ¬¬p := fun hn => hn h

theorem Not.intro {a : Prop} (h : a → False) : ¬a := h

theorem proof_irrel {a : Prop} (h₁ h₂ : a) : h₁ = h₂ := rfl
theorem imp_intro {α β : Prop} (h : α) : β → α := fun _ => h

theorem HEq.symm {α β : Sort u} {a : α} {b : β} (h : HEq a b) : HEq b a :=
  h.rec (HEq.refl a)
theorem HEq.trans {α β γ : Sort u} {a : α} {b : β} {c : γ} (h₁ : HEq a b) (h₂ : HEq b c) : HEq a c :=
  h₂.rec h₁
theorem type_eq_of_heq {α β : Sort u} {a : α} {b : β} (h : HEq a b) : α = β :=
  h.rec (Eq.refl α)
theorem HEq.subst {α β : Sort u} {p : (T : Sort u) → T → Prop} {a : α} {b : β} (h₁ : HEq a b)
    (h₂ : p α a) : p β b :=
  h₁.rec h₂

/-! ## Inequality -/

@[reducible] def Ne {α : Sort u} (a b : α) : Prop := ¬(a = b)

infix:50 " ≠ " => Ne
macro_rules | `($x ≠ $y) => `(binrel% Ne $x $y)

theorem Ne.intro {α : Sort u} {a b : α} (h : a = b → False) : a ≠ b := h
theorem Ne.elim {α : Sort u} {a b : α} (h : a ≠ b) : a = b → False := h
theorem Ne.irrefl {α : Sort u} {a : α} (h : a ≠ a) : False := h rfl
theorem Ne.symm {α : Sort u} {a b : α} (h : a ≠ b) : b ≠ a := fun h₁ => h (h₁.symm)
theorem ne_of_apply_ne {α : Sort u} {β : Sort v} (f : α → β) {x y : α} (h : f x ≠ f y) : x ≠ y :=
  fun e => h (congrArg f e)
theorem false_of_ne {α : Sort u} {a : α} : a ≠ a → False := Ne.irrefl
theorem ne_false_of_self {p : Prop} : p → p ≠ False := fun hp h => h ▸ hp
theorem ne_true_of_not {p : Prop} : ¬p → p ≠ True := fun hnp h => hnp (h ▸ trivial)
theorem true_ne_false : ¬True = False := ne_false_of_self trivial
theorem false_ne_true : False ≠ True := fun h => h.symm ▸ trivial

theorem Bool.of_not_eq_true {b : Bool} : ¬(b = true) → b = false := Bool.eq_false_of_ne_true
theorem Bool.of_not_eq_false {b : Bool} : ¬(b = false) → b = true := Bool.eq_true_of_ne_false
theorem Bool.false_ne_true : false ≠ true := fun h => Bool.noConfusion h
theorem Bool.true_ne_false : true ≠ false := fun h => Bool.noConfusion h

/-! ## Iff and propositional extensionality -/

structure Iff (a b : Prop) : Prop where
  intro ::
  mp : a → b
  mpr : b → a

infix:20 " <-> " => Iff
infix:20 " ↔ " => Iff

theorem Iff.refl (a : Prop) : a ↔ a := ⟨fun h => h, fun h => h⟩
protected theorem Iff.rfl {a : Prop} : a ↔ a := Iff.refl a
macro_rules | `(tactic| rfl) => `(tactic| exact Iff.rfl)

theorem Iff.of_eq {a b : Prop} (h : a = b) : a ↔ b := h ▸ Iff.rfl
theorem Iff.trans {a b c : Prop} (h₁ : a ↔ b) (h₂ : b ↔ c) : a ↔ c :=
  ⟨fun ha => h₂.mp (h₁.mp ha), fun hc => h₁.mpr (h₂.mpr hc)⟩
theorem Iff.symm {a b : Prop} (h : a ↔ b) : b ↔ a := ⟨h.mpr, h.mp⟩
theorem Iff.comm {a b : Prop} : (a ↔ b) ↔ (b ↔ a) := ⟨Iff.symm, Iff.symm⟩
theorem iff_comm {a b : Prop} : (a ↔ b) ↔ (b ↔ a) := Iff.comm
theorem Iff.elim {a b c : Prop} (f : (a → b) → (b → a) → c) (h : a ↔ b) : c := f h.mp h.mpr

instance : Trans Iff Iff Iff where
  trans p q := p.trans q

/-- Propositional extensionality (one of the three axioms of the core). -/
axiom propext {a b : Prop} : (a ↔ b) → a = b

theorem of_iff_true {a : Prop} (h : a ↔ True) : a := h.mpr trivial
theorem not_of_iff_false {a : Prop} : (a ↔ False) → ¬a := Iff.mp
theorem iff_iff_implies_and_implies {a b : Prop} : (a ↔ b) ↔ (a → b) ∧ (b → a) :=
  ⟨fun h => ⟨h.mp, h.mpr⟩, fun h => ⟨h.1, h.2⟩⟩
theorem Eq.to_iff {a b : Prop} (h : a = b) : a ↔ b := Iff.of_eq h
theorem iff_iff_eq {a b : Prop} : (a ↔ b) ↔ a = b := ⟨propext, Iff.of_eq⟩
theorem eq_iff_iff {p q : Prop} : (p = q) ↔ (p ↔ q) := iff_iff_eq.symm
theorem Eq.propIntro {a b : Prop} (h₁ : a → b) (h₂ : b → a) : a = b := propext ⟨h₁, h₂⟩

theorem ne_comm {α : Sort u} {a b : α} : a ≠ b ↔ b ≠ a := ⟨Ne.symm, Ne.symm⟩
theorem eq_comm {α : Sort u} {a b : α} : a = b ↔ b = a := ⟨Eq.symm, Eq.symm⟩

/-! ## Exists -/

inductive Exists {α : Sort u} (p : α → Prop) : Prop where
  | intro (w : α) (h : p w) : Exists p

theorem Exists.elim {α : Sort u} {p : α → Prop} {b : Prop}
    (h₁ : Exists (fun x => p x)) (h₂ : ∀ (a : α), p a → b) : b :=
  match h₁ with
  | intro a h => h₂ a h

namespace Lean
syntax unbracketedExplicitBinders := (ppSpace binderIdent)+ (" : " term)?
syntax bracketedExplicitBinders := "(" withoutPosition((binderIdent ppSpace)+ ": " term) ")"
syntax explicitBinders := (ppSpace bracketedExplicitBinders)+ <|> unbracketedExplicitBinders
end Lean

open Lean in
syntax "∃" explicitBinders ", " term : term

macro_rules
  | `(∃ $x:ident, $b) => `(Exists fun $x:ident => $b)
  | `(∃ _, $b) => `(Exists fun _ => $b)
  | `(∃ $x:ident : $t, $b) => `(Exists fun ($x:ident : $t) => $b)
  | `(∃ _ : $t, $b) => `(Exists fun (_ : $t) => $b)
  | `(∃ $x:binderIdent $xs:binderIdent*, $b) => `(∃ $x:binderIdent, ∃ $xs:binderIdent*, $b)
  | `(∃ $x:binderIdent $xs:binderIdent* : $t, $b) =>
    `(∃ $x:binderIdent : $t, ∃ $xs:binderIdent* : $t, $b)
  | `(∃ ($xs:binderIdent* : $t), $b) => `(∃ $xs:binderIdent* : $t, $b)
  | `(∃ ($xs:binderIdent* : $t) $bs:bracketedExplicitBinders*, $b) =>
    `(∃ $xs:binderIdent* : $t, ∃ $bs:bracketedExplicitBinders*, $b)

/-! ### Binder predicates: `∃ x > 0, p x`, `∀ x ∈ s, p x`, ... -/

namespace Lean
declare_syntax_cat binderPred
syntax "satisfies_binder_pred% " term:max binderPred : term
syntax "∃ " binderIdent binderPred ", " term : term
syntax "∀ " binderIdent binderPred ", " term : term

macro_rules
  | `(∃ $x:ident $pred:binderPred, $p) => `(∃ $x:ident, satisfies_binder_pred% $x $pred ∧ $p)
  | `(∃ _ $pred:binderPred, $p) => `(∃ x, satisfies_binder_pred% x $pred ∧ $p)
macro_rules
  | `(∀ $x:ident $pred:binderPred, $p) => `(∀ $x:ident, satisfies_binder_pred% $x $pred → $p)
  | `(∀ _ $pred:binderPred, $p) => `(∀ x, satisfies_binder_pred% x $pred → $p)

syntax " > " term : binderPred
syntax " ≥ " term : binderPred
syntax " < " term : binderPred
syntax " ≤ " term : binderPred
syntax " ≠ " term : binderPred
syntax " ∈ " term : binderPred
syntax " ∉ " term : binderPred
syntax " ⊆ " term : binderPred
syntax " ⊂ " term : binderPred
syntax " ⊇ " term : binderPred
syntax " ⊃ " term : binderPred

macro_rules
  | `(satisfies_binder_pred% $x > $y) => `($x > $y)
  | `(satisfies_binder_pred% $x ≥ $y) => `($x ≥ $y)
  | `(satisfies_binder_pred% $x < $y) => `($x < $y)
  | `(satisfies_binder_pred% $x ≤ $y) => `($x ≤ $y)
  | `(satisfies_binder_pred% $x ≠ $y) => `($x ≠ $y)
  | `(satisfies_binder_pred% $x ∈ $y) => `($x ∈ $y)
  | `(satisfies_binder_pred% $x ∉ $y) => `($x ∉ $y)
end Lean

@[app_unexpander Exists] def unexpandExists : Lean.PrettyPrinter.Unexpander
  | `($(_) fun $x:ident => ∃ $xs:binderIdent*, $b) => `(∃ $x:ident $xs:binderIdent*, $b)
  | `($(_) fun $x:ident => $b)                      => `(∃ $x:ident, $b)
  | `($(_) fun ($x:ident : $t) => $b)               => `(∃ ($x:ident : $t), $b)
  | _                                               => throw ()

@[app_unexpander Eq.ndrec] def unexpandEqNDRec : Lean.PrettyPrinter.Unexpander
  | `($(_) $m $h) => `($h ▸ $m)
  | _             => throw ()

@[app_unexpander Eq.rec] def unexpandEqRec : Lean.PrettyPrinter.Unexpander
  | `($(_) $m $h) => `($h ▸ $m)
  | _             => throw ()

/-! ## Sums, sigma types, `Sort`-polymorphic products -/

inductive Sum (α : Type u) (β : Type v) where
  | inl (val : α) : Sum α β
  | inr (val : β) : Sum α β

infixr:30 " ⊕ " => Sum

inductive PSum (α : Sort u) (β : Sort v) where
  | inl (val : α) : PSum α β
  | inr (val : β) : PSum α β

infixr:30 " ⊕' " => PSum

set_option genInjectivity false in
structure Sigma {α : Type u} (β : α → Type v) where
  mk ::
  fst : α
  snd : β fst

set_option genInjectivity false in
structure PSigma {α : Sort u} (β : α → Sort v) where
  mk ::
  fst : α
  snd : β fst

/-! ## Connectives -/

theorem And.symm {a b : Prop} : a ∧ b → b ∧ a := fun ⟨ha, hb⟩ => ⟨hb, ha⟩
theorem And.imp {a b c d : Prop} (f : a → c) (g : b → d) (h : a ∧ b) : c ∧ d := ⟨f h.1, g h.2⟩
def And.elim {a b : Prop} {α : Sort u} (f : a → b → α) (h : a ∧ b) : α := f h.1 h.2
theorem And.comm {a b : Prop} : a ∧ b ↔ b ∧ a := ⟨And.symm, And.symm⟩
theorem and_comm {a b : Prop} : a ∧ b ↔ b ∧ a := And.comm
theorem And.assoc {a b c : Prop} : (a ∧ b) ∧ c ↔ a ∧ (b ∧ c) :=
  ⟨fun ⟨⟨ha, hb⟩, hc⟩ => ⟨ha, hb, hc⟩, fun ⟨ha, hb, hc⟩ => ⟨⟨ha, hb⟩, hc⟩⟩
theorem and_assoc {a b c : Prop} : (a ∧ b) ∧ c ↔ a ∧ (b ∧ c) := And.assoc

theorem Or.symm {a b : Prop} : a ∨ b → b ∨ a := fun h => h.elim Or.inr Or.inl
theorem Or.imp {a b c d : Prop} (f : a → c) (g : b → d) (h : a ∨ b) : c ∨ d :=
  h.elim (fun ha => .inl (f ha)) (fun hb => .inr (g hb))
theorem Or.imp_left {a b c : Prop} (f : a → b) (h : a ∨ c) : b ∨ c := h.imp f id
theorem Or.imp_right {a b c : Prop} (f : b → c) (h : a ∨ b) : a ∨ c := h.imp id f
theorem Or.comm {a b : Prop} : a ∨ b ↔ b ∨ a := ⟨Or.symm, Or.symm⟩
theorem or_comm {a b : Prop} : a ∨ b ↔ b ∨ a := Or.comm
theorem Or.assoc {a b c : Prop} : (a ∨ b) ∨ c ↔ a ∨ (b ∨ c) :=
  ⟨fun h => h.elim (fun h' => h'.elim .inl (fun hb => .inr (.inl hb))) (fun hc => .inr (.inr hc)),
   fun h => h.elim (fun ha => .inl (.inl ha)) (fun h' => h'.elim (fun hb => .inl (.inr hb)) .inr)⟩
theorem or_assoc {a b c : Prop} : (a ∨ b) ∨ c ↔ a ∨ (b ∨ c) := Or.assoc

theorem Iff.mp' {a b : Prop} (h : a ↔ b) : a → b := h.mp

/-! ## Decidability -/

namespace Decidable

def byCases {q : Sort u} [dec : Decidable p] (h1 : p → q) (h2 : ¬p → q) : q :=
  match dec with
  | isTrue h  => h1 h
  | isFalse h => h2 h

theorem em (p : Prop) [Decidable p] : p ∨ ¬p := byCases Or.inl Or.inr

theorem byContradiction [dec : Decidable p] (h : ¬p → False) : p :=
  byCases id (fun np => False.elim (h np))

theorem of_not_not [Decidable p] : ¬¬p → p := fun hnn => byContradiction (fun hn => absurd hn hnn)

theorem not_not [Decidable p] : ¬¬p ↔ p := ⟨of_not_not, not_not_intro⟩

end Decidable

instance : Decidable True := isTrue trivial
instance : Decidable False := isFalse not_false

instance {p q} [Decidable p] [Decidable q] : Decidable (p → q) :=
  if hp : p then
    if hq : q then isTrue (fun _ => hq)
    else isFalse (fun h => absurd (h hp) hq)
  else isTrue (fun h => absurd h hp)

instance {p q} [Decidable p] [Decidable q] : Decidable (p ↔ q) :=
  if hp : p then
    if hq : q then isTrue ⟨fun _ => hq, fun _ => hp⟩
    else isFalse fun h => hq (h.1 hp)
  else
    if hq : q then isFalse fun h => hp (h.2 hq)
    else isTrue ⟨fun h => absurd h hp, fun h => absurd h hq⟩

instance [DecidableEq α] (a b : α) : Decidable (a ≠ b) :=
  match decEq a b with
  | isTrue h  => isFalse fun h' => absurd h h'
  | isFalse h => isTrue h

theorem decide_eq_true_eq [Decidable p] : (decide p = true) = p :=
  propext ⟨of_decide_eq_true, decide_eq_true⟩

theorem decide_eq_false_iff_not [Decidable p] : decide p = false ↔ ¬p :=
  ⟨of_decide_eq_false, decide_eq_false⟩

instance [DecidableEq α] [DecidableEq β] : DecidableEq (α × β) := fun ⟨a, b⟩ ⟨a', b'⟩ =>
  match decEq a a' with
  | isTrue e =>
    match decEq b b' with
    | isTrue e' => isTrue (e ▸ e' ▸ rfl)
    | isFalse n' => isFalse fun h => absurd (congrArg Prod.snd h) n'
  | isFalse n => isFalse fun h => absurd (congrArg Prod.fst h) n

instance [DecidableEq α] : DecidableEq (Option α) := fun a b =>
  match a, b with
  | none, none => isTrue rfl
  | none, some _ => isFalse fun h => by cases h
  | some _, none => isFalse fun h => by cases h
  | some x, some y =>
    match decEq x y with
    | isTrue e => isTrue (e ▸ rfl)
    | isFalse n => isFalse fun h => by injection h with h; exact n h

/-! ## Subsingletons and inhabited instances -/

class Subsingleton (α : Sort u) : Prop where
  intro ::
  allEq : (a b : α) → a = b

instance (p : Prop) : Subsingleton p := ⟨fun _ _ => rfl⟩

protected theorem Subsingleton.elim {α : Sort u} [h : Subsingleton α] (a b : α) : a = b :=
  h.allEq a b

protected theorem Subsingleton.helim {α β : Sort u} [h₁ : Subsingleton α] (h₂ : α = β) (a : α) (b : β) :
    HEq a b := by
  subst h₂
  apply heq_of_eq
  apply Subsingleton.elim

/-- Decidability instances of the same proposition are equal; `simp` relies on this. -/
instance (p : Prop) : Subsingleton (Decidable p) :=
  Subsingleton.intro fun
    | isTrue t₁ => fun
      | isTrue _ => rfl
      | isFalse f₂ => absurd t₁ f₂
    | isFalse f₁ => fun
      | isTrue t₂ => absurd t₂ f₁
      | isFalse _ => rfl

instance : Inhabited Prop := ⟨True⟩
instance : Inhabited True := ⟨trivial⟩
instance [Inhabited α] [Inhabited β] : Inhabited (α × β) := ⟨(default, default)⟩
instance : Inhabited Unit := ⟨()⟩
instance : Inhabited (PUnit.{u}) := ⟨⟨⟩⟩

/-! ## Injectivity theorems (`T.ctor.inj`, `T.ctor.injEq`) for the prelude's types -/

gen_injective_theorems% Prod
gen_injective_theorems% PProd
gen_injective_theorems% MProd
gen_injective_theorems% Option
gen_injective_theorems% List
gen_injective_theorems% Nat
gen_injective_theorems% Fin
gen_injective_theorems% Subtype
gen_injective_theorems% PLift
gen_injective_theorems% ULift
gen_injective_theorems% Char
gen_injective_theorems% String
gen_injective_theorems% BitVec
gen_injective_theorems% UInt8
gen_injective_theorems% UInt16
gen_injective_theorems% UInt32
gen_injective_theorems% UInt64
gen_injective_theorems% USize
gen_injective_theorems% Array
gen_injective_theorems% Except
gen_injective_theorems% EStateM.Result
gen_injective_theorems% Lean.Name
gen_injective_theorems% Lean.Syntax
gen_injective_theorems% String.Pos.Raw
gen_injective_theorems% Substring.Raw

attribute [symm] Eq.symm Iff.symm Ne.symm
attribute [refl] Iff.refl

/-! ## Nat eliminators with `0` / `n + 1` (what `induction`/`cases` on `Nat` use and display) -/

@[elab_as_elim, induction_eliminator]
protected def Nat.recAux {motive : Nat → Sort u} (zero : motive 0)
    (succ : (n : Nat) → motive n → motive (n + 1)) : (t : Nat) → motive t
  | .zero => zero
  | .succ n => succ n (Nat.recAux zero succ n)

@[elab_as_elim, cases_eliminator]
protected def Nat.casesAuxOn {motive : Nat → Sort u} (t : Nat) (zero : motive 0)
    (succ : (n : Nat) → motive (n + 1)) : motive t :=
  Nat.recAux zero (fun n _ => succ n) t

/-! ## List literals and `++` on lists -/

instance List.instAppend {α : Type u} : Append (List α) := ⟨List.append⟩

/-- `[a, b, c]` is `a :: b :: c :: []`. -/
syntax (name := «term[_]») "[" withoutPosition(term,*,?) "]" : term

namespace Lean

/-- Folds the elements (at even positions of a separated list) into nested `List.cons`. -/
def expandListLit (args : Array Syntax) : Nat → TSyntax `term → MacroM (TSyntax `term)
  | .zero, acc => pure acc
  | .succ n, acc =>
    let elem : TSyntax `term := ⟨args.getD (n * 2) Syntax.missing⟩
    bind `(List.cons $elem $acc) fun acc' => expandListLit args n acc'

end Lean

macro_rules
  | `([ $elems,* ]) =>
    let args := elems.elemsAndSeps
    bind `(List.nil) fun nil =>
    Lean.expandListLit args (HDiv.hDiv (HAdd.hAdd args.size 1) 2) nil

@[app_unexpander List.nil] def unexpandListNil : Lean.PrettyPrinter.Unexpander
  | `($(_)) => `([])

@[app_unexpander List.cons] def unexpandListCons : Lean.PrettyPrinter.Unexpander
  | `($(_) $x [])      => `([$x])
  | `($(_) $x [$xs,*]) => `([$x, $xs,*])
  | _                  => throw ()

/-! ## Printing pairs and unit -/

@[app_unexpander Prod.mk] def unexpandProdMk : Lean.PrettyPrinter.Unexpander
  | `($(_) $x ($y, $ys,*)) => `(($x, $y, $ys,*))
  | `($(_) $x $y)          => `(($x, $y))
  | _                      => throw ()

@[app_unexpander Unit.unit] def unexpandUnit : Lean.PrettyPrinter.Unexpander
  | `($(_)) => `(())

/-! ## Strings: the few operations theorem statements use -/

@[extern "lean_string_append"]
def String.append : String → (@& String) → String
  | ⟨a⟩, ⟨b⟩ => ⟨List.append a b⟩

instance : Append String := ⟨String.append⟩

@[extern "lean_string_length"]
def String.length : (@& String) → Nat
  | ⟨s⟩ => s.length

/-- The characters of a string. -/
def String.toList (s : String) : List Char := s.data

/-! ## `‹t›` and basic monads -/

/-- `‹t›` is a proof of `t` found by `assumption`. -/
syntax (name := «term‹_›») "‹" withoutPosition(term) "›" : term
macro_rules | `(‹$type›) => `((by assumption : $type))

/-- The identity monad, for `Id.run do ...`. -/
def Id (type : Type u) : Type u := type

namespace Id
@[always_inline, inline] def run {α : Type u} (x : Id α) : α := x
instance : Monad Id where
  pure x := x
  bind x f := f x
  map f x := f x
end Id

instance : Monad Option where
  pure := some
  bind x f := match x with
    | none => none
    | some a => f a

instance {ε : Type u} : Monad (Except ε) where
  pure := Except.ok
  bind x f := match x with
    | .error e => .error e
    | .ok a => f a

/-! ## Array literals and `Fin` numerals -/

/-- `#[a, b, c]` is the array with these elements. -/
syntax (name := «term#[_,]») "#[" withoutPosition(term,*,?) "]" : term
macro_rules | `(#[ $elems,* ]) => `(List.toArray [ $elems,* ])

@[app_unexpander List.toArray] def unexpandListToArray : Lean.PrettyPrinter.Unexpander
  | `($(_) [$xs,*]) => `(#[$xs,*])
  | _               => throw ()

/-- The numeral `i : Fin (n + 1)` is `i % (n + 1)`. -/
instance {n i : Nat} : OfNat (Fin (n + 1)) i := ⟨⟨i % (n + 1), Nat.mod_lt _ (Nat.zero_lt_succ _)⟩⟩

instance {n : Nat} : CoeOut (Fin n) Nat := ⟨Fin.val⟩

/-! ## More inhabited types (needed e.g. by `partial def`) -/

instance : Inhabited String := ⟨String.ofList []⟩
instance : Inhabited Char := ⟨Char.ofNat 65⟩
instance {α : Type u} : Inhabited (Array α) := ⟨Array.empty⟩
instance {n : Nat} : Inhabited (Fin (n + 1)) := ⟨⟨0, Nat.zero_lt_succ n⟩⟩
instance {α : Type u} {β : Type v} [Inhabited α] : Inhabited (Sum α β) := ⟨Sum.inl default⟩

/-! ## Collection notation: `⊆ ⊂ ⊇ ⊃ ∪ ∩ \ ∅ {a, b, c}` -/

class HasSubset (α : Type u) where
  Subset : α → α → Prop
class HasSSubset (α : Type u) where
  SSubset : α → α → Prop
class Union (α : Type u) where
  union : α → α → α
class Inter (α : Type u) where
  inter : α → α → α
class SDiff (α : Type u) where
  sdiff : α → α → α
class EmptyCollection (α : Type u) where
  emptyCollection : α
class Insert (α : outParam (Type u)) (γ : Type v) where
  insert : α → γ → γ
class Singleton (α : outParam (Type u)) (β : Type v) where
  singleton : α → β

export Insert (insert)
export Singleton (singleton)

@[reducible] def Superset {α : Type u} [HasSubset α] (a b : α) : Prop := HasSubset.Subset b a
@[reducible] def SSuperset {α : Type u} [HasSSubset α] (a b : α) : Prop := HasSSubset.SSubset b a

infix:50 " ⊆ " => HasSubset.Subset
infix:50 " ⊂ " => HasSSubset.SSubset
infix:50 " ⊇ " => Superset
infix:50 " ⊃ " => SSuperset
infixl:65 " ∪ " => Union.union
infixl:70 " ∩ " => Inter.inter
infix:70 " \\ " => SDiff.sdiff
notation "∅" => EmptyCollection.emptyCollection

syntax (name := «term{}») "{" "}" : term
macro_rules (kind := «term{}») | `({}) => `(EmptyCollection.emptyCollection)

/-- `{a, b, c}` is built with `singleton` and `insert`. -/
syntax (name := «term{_}») "{" withPosition(term),+ "}" : term
macro_rules
  | `({$x:term}) => `(singleton $x)
  | `({$x:term, $xs:term,*}) => `(insert $x {$xs:term,*})
