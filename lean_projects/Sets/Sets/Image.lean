import Sets.Basic

/-!
# Images, preimages and finite sets

The image and preimage of a set under a function, how they interact with
union, intersection and inclusion, and finite sets given by the elements of a
list.
-/

namespace Sets

namespace Set

variable {α β γ : Type}

/-- The values `f` takes on `s`. -/
def image (f : α → β) (s : Set α) : Set β := setOf fun b => ∃ a, a ∈ s ∧ f a = b

/-- The elements `f` sends into `t`. -/
def preimage (f : α → β) (t : Set β) : Set α := setOf fun a => f a ∈ t

/-- The set of the elements of a list. -/
def ofList (l : List α) : Set α := setOf fun a => a ∈ l

/-- The set with one element. -/
def single (a : α) : Set α := setOf fun x => x = a

@[simp] theorem mem_image (f : α → β) (s : Set α) (b : β) :
    b ∈ image f s ↔ ∃ a, a ∈ s ∧ f a = b := Iff.rfl

@[simp] theorem mem_preimage (f : α → β) (t : Set β) (a : α) :
    a ∈ preimage f t ↔ f a ∈ t := Iff.rfl

@[simp] theorem mem_ofList (l : List α) (a : α) : a ∈ ofList l ↔ a ∈ l := Iff.rfl

@[simp] theorem mem_single (a x : α) : x ∈ single a ↔ x = a := Iff.rfl

theorem mem_image_of_mem (f : α → β) {s : Set α} {a : α} (h : a ∈ s) : f a ∈ image f s :=
  ⟨a, h, rfl⟩

theorem image_subset (f : α → β) {s t : Set α} (h : s ⊆ t) : image f s ⊆ image f t := by
  intro b hb
  obtain ⟨a, ha, rfl⟩ := hb
  exact ⟨a, h a ha, rfl⟩

theorem preimage_subset (f : α → β) {s t : Set β} (h : s ⊆ t) : preimage f s ⊆ preimage f t :=
  fun a ha => h (f a) ha

theorem preimage_union (f : α → β) (s t : Set β) :
    preimage f (s ∪ t) = preimage f s ∪ preimage f t := rfl

theorem preimage_inter (f : α → β) (s t : Set β) :
    preimage f (s ∩ t) = preimage f s ∩ preimage f t := rfl

theorem preimage_compl (f : α → β) (s : Set β) : preimage f (compl s) = compl (preimage f s) := rfl

theorem preimage_univ (f : α → β) : preimage f (univ : Set β) = univ := rfl

theorem preimage_empty (f : α → β) : preimage f (∅ : Set β) = ∅ := by sorry

theorem preimage_id (s : Set α) : preimage (fun x => x) s = s := rfl

theorem preimage_comp (f : α → β) (g : β → γ) (s : Set γ) :
    preimage (fun x => g (f x)) s = preimage f (preimage g s) := rfl

theorem image_union (f : α → β) (s t : Set α) : image f (s ∪ t) = image f s ∪ image f t := by
  apply ext
  intro b
  constructor
  · intro ⟨a, ha, hfa⟩
    cases ha with
    | inl hs => exact Or.inl ⟨a, hs, hfa⟩
    | inr ht => exact Or.inr ⟨a, ht, hfa⟩
  · intro h
    cases h with
    | inl h =>
      obtain ⟨a, ha, hfa⟩ := h
      exact ⟨a, Or.inl ha, hfa⟩
    | inr h =>
      obtain ⟨a, ha, hfa⟩ := h
      exact ⟨a, Or.inr ha, hfa⟩

theorem image_inter_subset (f : α → β) (s t : Set α) :
    image f (s ∩ t) ⊆ image f s ∩ image f t := by
  intro b ⟨a, ha, hfa⟩
  exact ⟨⟨a, ha.1, hfa⟩, ⟨a, ha.2, hfa⟩⟩

theorem image_empty (f : α → β) : image f (∅ : Set α) = ∅ := by
  apply ext
  intro b
  simp only [mem_image, mem_empty, iff_false]
  intro ⟨a, ha, _⟩
  exact ha

theorem image_single (f : α → β) (a : α) : image f (single a) = single (f a) := by sorry

theorem image_id (s : Set α) : image (fun x => x) s = s := by
  apply ext
  intro b
  simp only [mem_image]
  constructor
  · intro ⟨a, ha, hab⟩
    rw [← hab]
    exact ha
  · intro hb
    exact ⟨b, hb, rfl⟩

theorem image_comp (f : α → β) (g : β → γ) (s : Set α) :
    image (fun x => g (f x)) s = image g (image f s) := by sorry

theorem image_subset_iff (f : α → β) (s : Set α) (t : Set β) :
    image f s ⊆ t ↔ s ⊆ preimage f t := by
  constructor
  · intro h a ha
    exact h (f a) ⟨a, ha, rfl⟩
  · intro h b ⟨a, ha, hab⟩
    rw [← hab]
    exact h a ha

theorem image_preimage_subset (f : α → β) (t : Set β) : image f (preimage f t) ⊆ t := by
  intro b ⟨a, ha, hab⟩
  rw [← hab]
  exact ha

theorem subset_preimage_image (f : α → β) (s : Set α) : s ⊆ preimage f (image f s) :=
  fun a ha => ⟨a, ha, rfl⟩

theorem ofList_nil : ofList ([] : List α) = ∅ := by
  apply ext
  intro a
  simp

theorem ofList_cons (a : α) (l : List α) : ofList (a :: l) = single a ∪ ofList l := by
  apply ext
  intro x
  simp

theorem ofList_append (l₁ l₂ : List α) : ofList (l₁ ++ l₂) = ofList l₁ ∪ ofList l₂ := by sorry

theorem ofList_map (f : α → β) (l : List α) : ofList (l.map f) = image f (ofList l) := by
  apply ext
  intro b
  simp

theorem single_subset_iff (a : α) (s : Set α) : single a ⊆ s ↔ a ∈ s := by
  constructor
  · intro h
    exact h a rfl
  · intro h x hx
    rw [mem_single] at hx
    rw [hx]
    exact h

theorem ofList_subset_of_forall {l : List α} {s : Set α} (h : ∀ x, x ∈ l → x ∈ s) : ofList l ⊆ s :=
  h

end Set

end Sets
