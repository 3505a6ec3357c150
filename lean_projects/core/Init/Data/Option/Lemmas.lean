/-
leanagent core library: lemmas about `Option`.

Written from scratch. Names, statements and `@[simp]` tags follow real Lean 4
(`Init/Data/Option/Lemmas.lean`); the proofs are ours.
-/
prelude
import Init.Data.Option.Basic

universe u v w

namespace Option

variable {α : Type u} {β : Type v} {γ : Type w}

@[simp] theorem some_ne_none (x : α) : some x ≠ none := fun h => Option.noConfusion rfl (heq_of_eq h)

theorem none_ne_some (x : α) : none ≠ some x := fun h => some_ne_none x h.symm

@[simp] theorem some_inj {a b : α} : some a = some b ↔ a = b :=
  ⟨fun h => by injection h, fun h => h ▸ rfl⟩

theorem some_injective (α : Type u) {a b : α} (h : some a = some b) : a = b := some_inj.1 h

theorem eq_none_of_isNone : ∀ {o : Option α}, o.isNone = true → o = none
  | none, _ => rfl

theorem isSome_iff_exists {x : Option α} : isSome x = true ↔ ∃ a, x = some a := by
  cases x with
  | none => exact ⟨fun h => Bool.noConfusion h, fun ⟨_, h⟩ => Option.noConfusion rfl (heq_of_eq h)⟩
  | some a => exact ⟨fun _ => ⟨a, rfl⟩, fun _ => rfl⟩

@[simp] theorem not_isSome {a : Option α} : a.isSome = false ↔ a.isNone = true := by
  cases a with
  | none => exact ⟨fun _ => rfl, fun _ => rfl⟩
  | some => exact ⟨fun h => Bool.noConfusion h, fun h => Bool.noConfusion h⟩

theorem ne_none_iff_isSome {o : Option α} : o ≠ none ↔ o.isSome = true := by
  cases o with
  | none => exact ⟨fun h => absurd rfl h, fun h => Bool.noConfusion h⟩
  | some a => exact ⟨fun _ => rfl, fun _ => some_ne_none a⟩

theorem ne_none_iff_exists {o : Option α} : o ≠ none ↔ ∃ x, some x = o := by
  cases o with
  | none => exact ⟨fun h => absurd rfl h, fun ⟨_, h⟩ _ => some_ne_none _ h⟩
  | some a => exact ⟨fun _ => ⟨a, rfl⟩, fun _ => some_ne_none a⟩

theorem ne_none_iff_exists' {o : Option α} : o ≠ none ↔ ∃ x, o = some x := by
  cases o with
  | none => exact ⟨fun h => absurd rfl h, fun ⟨_, h⟩ _ => some_ne_none _ h.symm⟩
  | some a => exact ⟨fun _ => ⟨a, rfl⟩, fun _ => some_ne_none a⟩

theorem eq_none_iff_forall_not_mem {o : Option α} : o = none ↔ ∀ a, o ≠ some a := by
  cases o with
  | none => exact ⟨fun _ a h => none_ne_some a h, fun _ => rfl⟩
  | some b => exact ⟨fun h => absurd h (some_ne_none b), fun h => absurd rfl (h b)⟩

@[simp] theorem get_some' {a : α} {h : isSome (some a) = true} : (some a).get h = a := rfl

theorem some_get : ∀ {x : Option α} (h : isSome x = true), some (x.get h) = x
  | some _, _ => rfl

@[simp] theorem bind_none (x : Option α) : x.bind (fun _ => (none : Option β)) = none := by
  cases x <;> rfl

@[simp] theorem bind_some (x : Option α) : x.bind some = x := by cases x <;> rfl

theorem bind_assoc (x : Option α) (f : α → Option β) (g : β → Option γ) :
    (x.bind f).bind g = x.bind fun y => (f y).bind g := by cases x <;> rfl

@[simp] theorem map_id' {x : Option α} : x.map (fun a => a) = x := by cases x <;> rfl

@[simp] theorem map_id_fun {α : Type u} : Option.map (id : α → α) = id := by
  apply funext; intro x; cases x <;> rfl

theorem map_id {α : Type u} : Option.map (id : α → α) = id := map_id_fun

@[simp] theorem map_map (h : β → γ) (g : α → β) (x : Option α) :
    (x.map g).map h = x.map (h ∘ g) := by cases x <;> rfl

@[simp] theorem map_eq_none_iff {x : Option α} {f : α → β} : x.map f = none ↔ x = none := by
  cases x with
  | none => exact ⟨fun _ => rfl, fun _ => rfl⟩
  | some a => exact ⟨fun h => absurd h (some_ne_none _), fun h => absurd h (some_ne_none _)⟩

@[simp] theorem isSome_map {x : Option α} {f : α → β} : (x.map f).isSome = x.isSome := by
  cases x <;> rfl

theorem map_congr {f g : α → β} {x : Option α} (h : ∀ a, x = some a → f a = g a) :
    x.map f = x.map g := by
  cases x with
  | none => rfl
  | some a => exact congrArg some (h a rfl)

@[simp] theorem getD_map (f : α → β) (x : α) (o : Option α) : (o.map f).getD (f x) = f (o.getD x) := by
  cases o <;> rfl

theorem getD_of_ne_none {x : Option α} (hx : x ≠ none) (y : α) : some (x.getD y) = x := by
  cases x with
  | none => exact absurd rfl hx
  | some a => rfl

@[simp] theorem join_none : (none : Option (Option α)).join = none := rfl
@[simp] theorem join_some {a : Option α} : (some a).join = a := rfl

@[simp] theorem filter_none (p : α → Bool) : (none : Option α).filter p = none := rfl

@[simp] theorem all_none {p : α → Bool} : (none : Option α).all p = true := rfl
@[simp] theorem all_some {p : α → Bool} {x : α} : (some x).all p = p x := rfl
@[simp] theorem any_none {p : α → Bool} : (none : Option α).any p = false := rfl
@[simp] theorem any_some {p : α → Bool} {x : α} : (some x).any p = p x := rfl

end Option
