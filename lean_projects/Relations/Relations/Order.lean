import Relations.Closure

/-!
# Orders

Preorders and partial orders given as relations, strict parts, least and
greatest elements and upper bounds of sets, and monotone maps.
-/

namespace Relations

open Sets Set

variable {α : Type}

/-- A preorder: reflexive and transitive. -/
structure Preorder (r : Rel α) : Prop where
  refl : Reflexive r
  trans : Transitive r

/-- A partial order: an antisymmetric preorder. -/
structure PartialOrder (r : Rel α) : Prop extends Preorder r where
  antisymm : Antisymmetric r

/-- The strict part of `r`. -/
def strict (r : Rel α) : Rel α := fun a b => r a b ∧ ¬r b a

/-- `a` is a least element of `s` for `r`. -/
def IsLeast (r : Rel α) (s : Set α) (a : α) : Prop := a ∈ s ∧ ∀ b, b ∈ s → r a b

/-- `a` is an upper bound of `s` for `r`. -/
def UpperBound (r : Rel α) (s : Set α) (a : α) : Prop := ∀ b, b ∈ s → r b a

/-- `f` maps `r`-related elements to `r'`-related ones. -/
def Monotone {β : Type} (r : Rel α) (r' : Rel β) (f : α → β) : Prop := ∀ a b, r a b → r' (f a) (f b)

theorem nat_le_partialOrder : PartialOrder (fun a b : Nat => a ≤ b) :=
  { refl := Nat.le_refl, trans := fun _ _ _ => Nat.le_trans, antisymm := nat_le_antisymm }

theorem idRel_partialOrder : PartialOrder (idRel : Rel α) :=
  { refl := idRel_refl, trans := idRel_trans, antisymm := fun _ _ h _ => h }

theorem star_preorder (r : Rel α) : Preorder (Star r) := ⟨Star.reflexive, Star.transitive⟩

theorem strict_irreflexive (r : Rel α) : Irreflexive (strict r) := fun _ h => h.2 h.1

theorem strict_transitive {r : Rel α} (h : Preorder r) : Transitive (strict r) := by sorry

theorem strict_asymm {r : Rel α} (a b : α) (h : strict r a b) : ¬strict r b a :=
  fun h' => h.2 h'.1

theorem strict_sub (r : Rel α) : Sub (strict r) r := fun _ _ h => h.1

theorem nat_strict_le (a b : Nat) : strict (fun a b : Nat => a ≤ b) a b ↔ a < b := by
  unfold strict
  omega

theorem isLeast_unique {r : Rel α} (h : PartialOrder r) {s : Set α} {a b : α} (ha : IsLeast r s a)
    (hb : IsLeast r s b) : a = b :=
  h.antisymm a b (ha.2 b hb.1) (hb.2 a ha.1)

theorem isLeast_upperBound_inv {r : Rel α} {s : Set α} {a : α} (h : IsLeast r s a) :
    UpperBound (inv r) s a := h.2

theorem upperBound_mono {r : Rel α} {s t : Set α} {a : α} (hst : s ⊆ t) (h : UpperBound r t a) :
    UpperBound r s a := fun b hb => h b (hst b hb)

theorem upperBound_union {r : Rel α} {s t : Set α} {a : α} (hs : UpperBound r s a)
    (ht : UpperBound r t a) : UpperBound r (s ∪ t) a := by sorry

theorem upperBound_trans {r : Rel α} (h : Preorder r) {s : Set α} {a b : α} (ha : UpperBound r s a)
    (hab : r a b) : UpperBound r s b := fun c hc => h.trans c a b (ha c hc) hab

theorem upperBound_empty (r : Rel α) (a : α) : UpperBound r ∅ a := fun _ h => False.elim h

theorem isLeast_single {r : Rel α} (h : Reflexive r) (a : α) : IsLeast r (single a) a := by
  refine ⟨rfl, ?_⟩
  intro b hb
  rw [mem_single] at hb
  rw [hb]
  exact h a

theorem zero_isLeast_univ : IsLeast (fun a b : Nat => a ≤ b) univ 0 :=
  ⟨trivial, fun b _ => Nat.zero_le b⟩

theorem isLeast_ge (n : Nat) : IsLeast (fun a b : Nat => a ≤ b) (setOf fun m => n ≤ m) n := by sorry

theorem monotone_id (r : Rel α) : Monotone r r (fun x => x) := fun _ _ h => h

theorem monotone_comp {β γ : Type} {r : Rel α} {r' : Rel β} {r'' : Rel γ} {f : α → β} {g : β → γ}
    (hf : Monotone r r' f) (hg : Monotone r' r'' g) : Monotone r r'' (fun x => g (f x)) :=
  fun a b h => hg _ _ (hf a b h)

theorem monotone_star {β : Type} {r : Rel α} {r' : Rel β} {f : α → β} (hf : Monotone r r' f) :
    Monotone (Star r) (Star r') f := by
  intro a b h
  induction h with
  | refl x => exact Star.refl (f x)
  | step hxy _ ih => exact Star.step (hf _ _ hxy) ih

theorem monotone_add (k : Nat) : Monotone (fun a b : Nat => a ≤ b) (fun a b => a ≤ b) (· + k) := by
  intro a b h
  show a + k ≤ b + k
  omega

theorem monotone_image_upperBound {β : Type} {r : Rel α} {r' : Rel β} {f : α → β}
    (hf : Monotone r r' f) {s : Set α} {a : α} (h : UpperBound r s a) :
    UpperBound r' (image f s) (f a) := by sorry

end Relations
