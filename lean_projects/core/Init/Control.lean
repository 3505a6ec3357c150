/-
State and exception monad transformers (`StateT`, `StateM`, `ExceptT`), following Lean 4's
`Init/Control`, so that programs written with `do`, `get`, `set`, `modify`, `throw` elaborate.
-/
prelude
import Init.Core

universe u v w

/-- A state monad transformer: computations that read and write a state of type `σ`. -/
def StateT (σ : Type u) (m : Type u → Type v) (α : Type u) : Type (max u v) :=
  σ → m (α × σ)

@[always_inline, inline]
def StateT.run {σ : Type u} {m : Type u → Type v} {α : Type u} (x : StateT σ m α) (s : σ) : m (α × σ) :=
  x s

@[always_inline, inline]
def StateT.run' {σ : Type u} {m : Type u → Type v} [Functor m] {α : Type u} (x : StateT σ m α) (s : σ) : m α :=
  (·.1) <$> x s

/-- A pure state monad. -/
@[reducible] def StateM (σ α : Type u) : Type u := StateT σ Id α

namespace StateT
section
variable {σ : Type u} {m : Type u → Type v} [Monad m] {α β : Type u}

@[always_inline, inline] protected def pure (a : α) : StateT σ m α :=
  fun s => pure (a, s)

@[always_inline, inline] protected def bind (x : StateT σ m α) (f : α → StateT σ m β) : StateT σ m β :=
  fun s => do let (a, s) ← x s; f a s

@[always_inline, inline] protected def map (f : α → β) (x : StateT σ m α) : StateT σ m β :=
  fun s => do let (a, s) ← x s; pure (f a, s)

@[always_inline]
instance : Monad (StateT σ m) where
  pure := StateT.pure
  bind := StateT.bind
  map  := StateT.map

@[always_inline, inline] protected def get : StateT σ m σ :=
  fun s => pure (s, s)

@[always_inline, inline] protected def set : σ → StateT σ m PUnit :=
  fun s' _ => pure (⟨⟩, s')

@[always_inline, inline] protected def modifyGet (f : σ → α × σ) : StateT σ m α :=
  fun s => pure (f s)

@[always_inline, inline] protected def lift {α : Type u} (t : m α) : StateT σ m α :=
  fun s => do let a ← t; pure (a, s)

instance : MonadLift m (StateT σ m) := ⟨StateT.lift⟩

instance : MonadStateOf σ (StateT σ m) where
  get       := StateT.get
  set       := StateT.set
  modifyGet := StateT.modifyGet

end
end StateT

/-- An exception monad transformer. -/
def ExceptT (ε : Type u) (m : Type u → Type v) (α : Type u) : Type v :=
  m (Except ε α)

@[always_inline, inline]
def ExceptT.mk {ε : Type u} {m : Type u → Type v} {α : Type u} (x : m (Except ε α)) : ExceptT ε m α := x

@[always_inline, inline]
def ExceptT.run {ε : Type u} {m : Type u → Type v} {α : Type u} (x : ExceptT ε m α) : m (Except ε α) := x

namespace ExceptT
variable {ε : Type u} {m : Type u → Type v} [Monad m] {α β : Type u}

@[always_inline, inline] protected def pure (a : α) : ExceptT ε m α :=
  ExceptT.mk <| pure (Except.ok a)

@[always_inline, inline] protected def bindCont (f : α → ExceptT ε m β) : Except ε α → m (Except ε β)
  | Except.ok a    => f a
  | Except.error e => pure (Except.error e)

@[always_inline, inline] protected def bind (ma : ExceptT ε m α) (f : α → ExceptT ε m β) : ExceptT ε m β :=
  ExceptT.mk <| bind ma (ExceptT.bindCont f)

@[always_inline, inline] protected def lift (t : m α) : ExceptT ε m α :=
  ExceptT.mk <| Functor.map Except.ok t

@[always_inline, inline] protected def tryCatch (ma : ExceptT ε m α) (handle : ε → ExceptT ε m α) : ExceptT ε m α :=
  ExceptT.mk <| bind ma fun
    | Except.ok a    => pure (Except.ok a)
    | Except.error e => handle e

@[always_inline]
instance : Monad (ExceptT ε m) where
  pure := ExceptT.pure
  bind := ExceptT.bind

instance : MonadLift m (ExceptT ε m) := ⟨ExceptT.lift⟩

instance : MonadExceptOf ε (ExceptT ε m) where
  throw e := ExceptT.mk <| pure (Except.error e)
  tryCatch := ExceptT.tryCatch

end ExceptT

instance {ε : Type u} : MonadExceptOf ε (Except ε) where
  throw := Except.error
  tryCatch x handle := match x with
    | Except.ok a    => Except.ok a
    | Except.error e => handle e
