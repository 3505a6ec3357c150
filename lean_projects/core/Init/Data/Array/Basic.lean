/-
`Array` operations, `for` loops (`ForIn`, `ForInStep`, `ForM`) over lists, arrays and ranges
`[a:b]`, with real Lean 4's names and signatures. The compiled code of each operation is a
uniquely named implementation (`Array.Impl.*`): the engine runs its own native code for an imported
declaration of a real name, and some of those take other arguments.
-/
prelude
import Init.Data.ToString

universe u v w u₁ u₂

/-! ## `for` loops -/

/-- The result of one step of a `for` loop: stop with `done b` or go on with `yield b`. -/
inductive ForInStep (α : Type u) where
  | done  : α → ForInStep α
  | yield : α → ForInStep α

instance {α : Type u} [Inhabited α] : Inhabited (ForInStep α) := ⟨.done default⟩

/-- Collections a `for x in xs do` loop runs over. -/
class ForIn (m : Type u₁ → Type u₂) (ρ : Type u) (α : outParam (Type v)) where
  forIn {β} (x : ρ) (b : β) (f : α → β → m (ForInStep β)) : m β

export ForIn (forIn)

/-- Collections a `for h : x in xs do` loop runs over (with `h : x ∈ xs`). -/
class ForIn' (m : Type u₁ → Type u₂) (ρ : Type u) (α : outParam (Type v)) (d : outParam (Membership α ρ)) where
  forIn' {β} (x : ρ) (b : β) (f : (a : α) → a ∈ x → β → m (ForInStep β)) : m β

export ForIn' (forIn')

/-- Collections `forM` runs a monadic action over. -/
class ForM (m : Type u → Type v) (γ : Type w) (α : outParam (Type u₁)) where
  forM [Monad m] : γ → (α → m PUnit) → m PUnit

export ForM (forM)

namespace List

@[specialize] def forInCompat {α : Type u} {β : Type v} {m : Type v → Type w} [Monad m]
    (as : List α) (init : β) (f : α → β → m (ForInStep β)) : m β :=
  match as with
  | [] => pure init
  | a :: as => do
    match (← f a init) with
    | ForInStep.done b => pure b
    | ForInStep.yield b => forInCompat as b f

@[specialize] def forIn'Compat {α : Type u} {β : Type v} {m : Type v → Type w} [Monad m]
    (as : List α) (init : β) (f : (a : α) → a ∈ as → β → m (ForInStep β)) : m β :=
  let rec loop : (bs : List α) → (∀ a, a ∈ bs → a ∈ as) → β → m β
    | [], _, b => pure b
    | a :: bs, h, b => do
      match (← f a (h a (List.Mem.head bs)) b) with
      | ForInStep.done b => pure b
      | ForInStep.yield b => loop bs (fun x hx => h x (List.Mem.tail a hx)) b
  loop as (fun _ h => h) init

@[specialize] def forMCompat {α : Type u} {m : Type v → Type w} [Monad m] (as : List α)
    (f : α → m PUnit) : m PUnit :=
  match as with
  | [] => pure ⟨⟩
  | a :: as => do f a; forMCompat as f

end List

instance List.instForInCompat {α : Type u} {m : Type v → Type w} [Monad m] : ForIn m (List α) α where
  forIn := List.forInCompat

instance List.instForIn'Compat {α : Type u} {m : Type v → Type w} [Monad m] : ForIn' m (List α) α inferInstance where
  forIn' := List.forIn'Compat

instance List.instForMCompat {α : Type u} {m : Type v → Type w} : ForM m (List α) α where
  forM := List.forMCompat

/-! ## Arrays -/

namespace Array.Impl

def map {α : Type u} {β : Type v} (f : α → β) (as : Array α) : Array β := ⟨as.toList.map f⟩
def foldl {α : Type u} {β : Type v} (f : β → α → β) (init : β) (as : Array α) : β := as.toList.foldl f init
def foldr {α : Type u} {β : Type v} (f : α → β → β) (init : β) (as : Array α) : β := as.toList.foldr f init
def zipWith {α : Type u} {β : Type v} {γ : Type w} (f : α → β → γ) (as : Array α) (bs : Array β) : Array γ :=
  ⟨List.zipWith f as.toList bs.toList⟩
def filter {α : Type u} (p : α → Bool) (as : Array α) : Array α := ⟨as.toList.filter p⟩
def any {α : Type u} (as : Array α) (p : α → Bool) : Bool := as.toList.any p
def all {α : Type u} (as : Array α) (p : α → Bool) : Bool := as.toList.all p
def contains {α : Type u} [BEq α] (as : Array α) (a : α) : Bool := as.toList.any (· == a)
def reverse {α : Type u} (as : Array α) : Array α := ⟨as.toList.reverse⟩
def append {α : Type u} (as bs : Array α) : Array α := ⟨as.toList ++ bs.toList⟩
def find? {α : Type u} (as : Array α) (p : α → Bool) : Option α := as.toList.find? p
def forIn {α : Type u} {β : Type v} {m : Type v → Type w} [Monad m] (as : Array α) (b : β)
    (f : α → β → m (ForInStep β)) : m β := List.forInCompat as.toList b f

end Array.Impl

namespace Array

@[implemented_by Impl.map] def map {α : Type u} {β : Type v} (f : α → β) (as : Array α) : Array β :=
  ⟨as.toList.map f⟩

@[implemented_by Impl.foldl] def foldl {α : Type u} {β : Type v} (f : β → α → β) (init : β) (as : Array α) : β :=
  as.toList.foldl f init

@[implemented_by Impl.foldr] def foldr {α : Type u} {β : Type v} (f : α → β → β) (init : β) (as : Array α) : β :=
  as.toList.foldr f init

@[implemented_by Impl.zipWith] def zipWith {α : Type u} {β : Type v} {γ : Type w} (f : α → β → γ)
    (as : Array α) (bs : Array β) : Array γ :=
  ⟨List.zipWith f as.toList bs.toList⟩

/-- Pairs of elements at the same index, as long as the shorter array. -/
def zip {α : Type u} {β : Type v} (as : Array α) (bs : Array β) : Array (α × β) := zipWith Prod.mk as bs

@[implemented_by Impl.filter] def filter {α : Type u} (p : α → Bool) (as : Array α) : Array α :=
  ⟨as.toList.filter p⟩

@[implemented_by Impl.any] def any {α : Type u} (as : Array α) (p : α → Bool) : Bool := as.toList.any p
@[implemented_by Impl.all] def all {α : Type u} (as : Array α) (p : α → Bool) : Bool := as.toList.all p
@[implemented_by Impl.contains] def contains {α : Type u} [BEq α] (as : Array α) (a : α) : Bool :=
  as.toList.any (· == a)
@[implemented_by Impl.reverse] def reverse {α : Type u} (as : Array α) : Array α := ⟨as.toList.reverse⟩
@[implemented_by Impl.append] protected def append {α : Type u} (as bs : Array α) : Array α :=
  ⟨as.toList ++ bs.toList⟩
@[implemented_by Impl.find?] def find? {α : Type u} (as : Array α) (p : α → Bool) : Option α :=
  as.toList.find? p

instance {α : Type u} : Append (Array α) := ⟨Array.append⟩

@[inline] def isEmpty {α : Type u} (as : Array α) : Bool := as.size == 0

/-- `n` copies of `v`. -/
def replicate {α : Type u} (n : Nat) (v : α) : Array α := ⟨List.replicate n v⟩

/-- `#[0, 1, ..., n - 1]`. -/
def range (n : Nat) : Array Nat := ⟨List.range n⟩

def sum {α : Type u} [Add α] [Zero α] (as : Array α) : α := as.foldr (· + ·) 0

instance {α : Type u} [BEq α] : BEq (Array α) := ⟨fun as bs => as.toList == bs.toList⟩

@[simp] theorem size_map {α : Type u} {β : Type v} (f : α → β) (as : Array α) :
    (as.map f).size = as.size := by
  cases as; simp [map, size]

@[simp] theorem toList_map {α : Type u} {β : Type v} (f : α → β) (as : Array α) :
    (as.map f).toList = as.toList.map f := rfl

@[simp] theorem size_push {α : Type u} (as : Array α) (v : α) : (as.push v).size = as.size + 1 := by
  cases as; simp [push, size]

@[simp] theorem toList_push {α : Type u} (as : Array α) (v : α) : (as.push v).toList = as.toList ++ [v] := by
  cases as; simp [push]

end Array

instance Array.instForInCompat {α : Type u} {m : Type v → Type w} [Monad m] : ForIn m (Array α) α where
  forIn := fun as b f => Array.Impl.forIn as b f

/-! ## Ranges `[start:stop:step]` -/

namespace Std

/-- The numbers `start, start + step, ...` below `stop`, for `for i in [start:stop] do`. -/
structure Range where
  start : Nat := 0
  stop  : Nat
  step  : Nat := 1
  step_pos : 0 < step := by decide

namespace Range

def forInCompat {β : Type u} {m : Type u → Type v} [Monad m] (range : Range) (init : β)
    (f : Nat → β → m (ForInStep β)) : m β :=
  let rec loop (fuel i : Nat) (b : β) : m β := do
    if i ≥ range.stop then pure b else
    match fuel with
    | 0 => pure b
    | fuel + 1 =>
      match (← f i b) with
      | ForInStep.done b => pure b
      | ForInStep.yield b => loop fuel (i + range.step) b
  loop range.stop range.start init

instance instForInCompat {m : Type u → Type v} [Monad m] : ForIn m Range Nat where
  forIn := forInCompat

syntax:max "[" withoutPosition(":" term) "]" : term
syntax:max "[" withoutPosition(term ":" term) "]" : term
syntax:max "[" withoutPosition(":" term ":" term) "]" : term
syntax:max "[" withoutPosition(term ":" term ":" term) "]" : term

macro_rules
  | `([ : $stop]) => `({ stop := $stop : Range })
  | `([ $start : $stop ]) => `({ start := $start, stop := $stop : Range })
  | `([ $start : $stop : $step ]) => `({ start := $start, stop := $stop, step := $step : Range })
  | `([ : $stop : $step ]) => `({ stop := $stop, step := $step : Range })

end Range
end Std
