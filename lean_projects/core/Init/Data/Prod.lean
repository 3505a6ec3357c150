/-
leanagent core library: pairs — `Prod.map`, `Prod.swap` and the basic lemmas.

Written from scratch. Names, statements and `@[simp]` tags follow real Lean 4
(`Init/Core.lean`, `Init/Data/Prod.lean`); the proofs are ours.
-/
prelude
import Init.SimpLemmas

universe u₁ u₂ v₁ v₂

namespace Prod

variable {α : Type u₁} {β : Type u₂}

/-- Apply a function to each component. -/
@[inline] def map {α₁ : Type u₁} {α₂ : Type u₂} {β₁ : Type v₁} {β₂ : Type v₂}
    (f : α₁ → α₂) (g : β₁ → β₂) : α₁ × β₁ → α₂ × β₂
  | (a, b) => (f a, g b)

/-- Exchange the components. -/
def swap : α × β → β × α := fun p => (p.2, p.1)

@[simp] theorem mk.eta : ∀ {p : α × β}, (p.1, p.2) = p
  | (_, _) => rfl

theorem ext : ∀ {p q : α × β}, p.1 = q.1 → p.2 = q.2 → p = q
  | (_, _), (_, _), rfl, rfl => rfl

theorem ext_iff {p q : α × β} : p = q ↔ p.1 = q.1 ∧ p.2 = q.2 :=
  ⟨fun h => h ▸ ⟨rfl, rfl⟩, fun h => ext h.1 h.2⟩

theorem mk.inj_iff {a₁ a₂ : α} {b₁ b₂ : β} : (a₁, b₁) = (a₂, b₂) ↔ a₁ = a₂ ∧ b₁ = b₂ :=
  ⟨fun h => ⟨congrArg Prod.fst h, congrArg Prod.snd h⟩, fun h => h.1 ▸ h.2 ▸ rfl⟩

@[simp] theorem map_fst {α₁ : Type u₁} {α₂ : Type u₂} {β₁ : Type v₁} {β₂ : Type v₂}
    (f : α₁ → α₂) (g : β₁ → β₂) (p : α₁ × β₁) : (map f g p).1 = f p.1 := by cases p; rfl

@[simp] theorem map_snd {α₁ : Type u₁} {α₂ : Type u₂} {β₁ : Type v₁} {β₂ : Type v₂}
    (f : α₁ → α₂) (g : β₁ → β₂) (p : α₁ × β₁) : (map f g p).2 = g p.2 := by cases p; rfl

@[simp] theorem map_apply {α₁ : Type u₁} {α₂ : Type u₂} {β₁ : Type v₁} {β₂ : Type v₂}
    {f : α₁ → α₂} {g : β₁ → β₂} {a : α₁} {b : β₁} : map f g (a, b) = (f a, g b) := rfl

@[simp] theorem map_id : map (id : α → α) (id : β → β) = id := by
  apply funext; intro p; cases p; rfl

@[simp] theorem swap_swap : ∀ (x : α × β), swap (swap x) = x
  | (_, _) => rfl

@[simp] theorem fst_swap {p : α × β} : (swap p).1 = p.2 := rfl

@[simp] theorem snd_swap {p : α × β} : (swap p).2 = p.1 := rfl

@[simp] theorem swap_prod_mk {a : α} {b : β} : swap (a, b) = (b, a) := rfl

theorem swap_inj {p q : α × β} : swap p = swap q ↔ p = q :=
  ⟨fun h => by rw [← swap_swap p, h, swap_swap], fun h => h ▸ rfl⟩

theorem «exists» {p : α × β → Prop} : (∃ x, p x) ↔ ∃ a b, p (a, b) :=
  ⟨fun ⟨⟨a, b⟩, h⟩ => ⟨a, b, h⟩, fun ⟨a, b, h⟩ => ⟨(a, b), h⟩⟩

theorem «forall» {p : α × β → Prop} : (∀ x, p x) ↔ ∀ a b, p (a, b) :=
  ⟨fun h a b => h (a, b), fun h ⟨a, b⟩ => h a b⟩

end Prod
