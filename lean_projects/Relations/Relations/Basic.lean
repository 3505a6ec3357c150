import Sets.Image

/-!
# Binary relations

Properties of relations (reflexive, symmetric, transitive, antisymmetric),
the inverse and the composition of relations, and the domain and range of a
relation as sets.
-/

namespace Relations

open Sets Set

/-- A binary relation on `α`. -/
def Rel (α : Type) : Type := α → α → Prop

variable {α : Type}

def Reflexive (r : Rel α) : Prop := ∀ a, r a a

def Symmetric (r : Rel α) : Prop := ∀ a b, r a b → r b a

def Transitive (r : Rel α) : Prop := ∀ a b c, r a b → r b c → r a c

def Antisymmetric (r : Rel α) : Prop := ∀ a b, r a b → r b a → a = b

def Irreflexive (r : Rel α) : Prop := ∀ a, ¬r a a

/-- An equivalence relation: reflexive, symmetric and transitive. -/
structure Equiv (r : Rel α) : Prop where
  refl : Reflexive r
  symm : Symmetric r
  trans : Transitive r

/-- The relation read backwards. -/
def inv (r : Rel α) : Rel α := fun a b => r b a

/-- First `r`, then `s`. -/
def comp (r s : Rel α) : Rel α := fun a c => ∃ b, r a b ∧ s b c

/-- Equality as a relation. -/
def idRel : Rel α := fun a b => a = b

/-- `r` is contained in `s`. -/
def Sub (r s : Rel α) : Prop := ∀ a b, r a b → s a b

/-- The elements related to something. -/
def dom (r : Rel α) : Set α := setOf fun a => ∃ b, r a b

/-- The elements something is related to. -/
def ran (r : Rel α) : Set α := setOf fun b => ∃ a, r a b

theorem inv_apply (r : Rel α) (a b : α) : inv r a b ↔ r b a := Iff.rfl

theorem inv_inv (r : Rel α) : inv (inv r) = r := rfl

theorem comp_apply (r s : Rel α) (a c : α) : comp r s a c ↔ ∃ b, r a b ∧ s b c := Iff.rfl

theorem idRel_refl : Reflexive (idRel : Rel α) := fun _ => rfl

theorem idRel_symm : Symmetric (idRel : Rel α) := fun _ _ h => h.symm

theorem idRel_trans : Transitive (idRel : Rel α) := fun _ _ _ h₁ h₂ => h₁.trans h₂

theorem idRel_equiv : Equiv (idRel : Rel α) := ⟨idRel_refl, idRel_symm, idRel_trans⟩

theorem sub_refl (r : Rel α) : Sub r r := fun _ _ h => h

theorem sub_trans {r s t : Rel α} (h₁ : Sub r s) (h₂ : Sub s t) : Sub r t :=
  fun a b h => h₂ a b (h₁ a b h)

theorem reflexive_inv {r : Rel α} (h : Reflexive r) : Reflexive (inv r) := h

theorem symmetric_inv {r : Rel α} (h : Symmetric r) : Symmetric (inv r) :=
  fun a b hab => h b a hab

theorem transitive_inv {r : Rel α} (h : Transitive r) : Transitive (inv r) := by
  intro a b c hab hbc
  exact h c b a hbc hab

theorem symmetric_iff_inv_eq (r : Rel α) : Symmetric r ↔ inv r = r := by
  constructor
  · intro h
    funext a b
    exact propext ⟨h b a, h a b⟩
  · intro h a b hab
    rw [← h]
    exact hab

theorem comp_assoc (r s t : Rel α) : comp (comp r s) t = comp r (comp s t) := by
  funext a d
  apply propext
  constructor
  · intro ⟨c, ⟨b, hab, hbc⟩, hcd⟩
    exact ⟨b, hab, c, hbc, hcd⟩
  · intro ⟨b, hab, c, hbc, hcd⟩
    exact ⟨c, ⟨b, hab, hbc⟩, hcd⟩

theorem comp_idRel (r : Rel α) : comp r idRel = r := by
  funext a b
  apply propext
  constructor
  · intro ⟨c, hac, hcb⟩
    rw [← hcb]
    exact hac
  · intro h
    exact ⟨b, h, rfl⟩

theorem idRel_comp (r : Rel α) : comp idRel r = r := by sorry

theorem inv_comp (r s : Rel α) : inv (comp r s) = comp (inv s) (inv r) := by
  funext a c
  apply propext
  constructor
  · intro ⟨b, hcb, hba⟩
    exact ⟨b, hba, hcb⟩
  · intro ⟨b, hba, hcb⟩
    exact ⟨b, hcb, hba⟩

theorem transitive_iff_comp_sub (r : Rel α) : Transitive r ↔ Sub (comp r r) r := by
  constructor
  · intro h a c ⟨b, hab, hbc⟩
    exact h a b c hab hbc
  · intro h a b c hab hbc
    exact h a c ⟨b, hab, hbc⟩

theorem comp_sub_comp {r r' s s' : Rel α} (h₁ : Sub r r') (h₂ : Sub s s') :
    Sub (comp r s) (comp r' s') := by
  intro a c ⟨b, hab, hbc⟩
  exact ⟨b, h₁ a b hab, h₂ b c hbc⟩

theorem sub_comp_of_reflexive {r s : Rel α} (h : Reflexive s) : Sub r (comp r s) :=
  fun a b hab => ⟨b, hab, h b⟩

theorem irreflexive_of_sub {r s : Rel α} (h : Sub r s) (hs : Irreflexive s) : Irreflexive r :=
  fun a ha => hs a (h a a ha)

theorem dom_inv (r : Rel α) : dom (inv r) = ran r := rfl

theorem ran_inv (r : Rel α) : ran (inv r) = dom r := rfl

theorem dom_sub {r s : Rel α} (h : Sub r s) : dom r ⊆ dom s := by sorry

theorem dom_of_reflexive {r : Rel α} (h : Reflexive r) : dom r = univ := by
  apply ext
  intro a
  simp only [mem_univ, iff_true]
  exact ⟨a, h a⟩

theorem dom_comp_subset (r s : Rel α) : dom (comp r s) ⊆ dom r := by
  intro a ⟨c, b, hab, _⟩
  exact ⟨b, hab⟩

theorem equiv_inv {r : Rel α} (h : Equiv r) : Equiv (inv r) :=
  ⟨reflexive_inv h.refl, symmetric_inv h.symm, transitive_inv h.trans⟩

theorem equiv_inv_eq {r : Rel α} (h : Equiv r) : inv r = r := by sorry

theorem equiv_comp_self {r : Rel α} (h : Equiv r) : comp r r = r := by
  funext a c
  apply propext
  constructor
  · intro ⟨b, hab, hbc⟩
    exact h.trans a b c hab hbc
  · intro hac
    exact ⟨c, hac, h.refl c⟩

/-- Two numbers are related when they have the same remainder mod `k`. -/
def modRel (k : Nat) : Rel Nat := fun a b => a % k = b % k

theorem modRel_equiv (k : Nat) : Equiv (modRel k) := by
  refine ⟨?_, ?_, ?_⟩
  · intro a
    rfl
  · intro a b h
    exact h.symm
  · intro a b c h₁ h₂
    exact h₁.trans h₂

theorem modRel_add (k a b c : Nat) (h : modRel k a b) : modRel k (a + c) (b + c) := by sorry

theorem nat_le_antisymm : Antisymmetric (fun a b : Nat => a ≤ b) :=
  fun _ _ h₁ h₂ => Nat.le_antisymm h₁ h₂

theorem nat_lt_irrefl : Irreflexive (fun a b : Nat => a < b) := fun a h => Nat.lt_irrefl a h

end Relations
