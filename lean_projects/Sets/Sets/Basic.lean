/-!
# Sets as predicates

A set of elements of `α` is a predicate on `α`. Membership is application;
inclusion, union, intersection, difference and complement are defined
pointwise, and two sets are equal when they have the same members.
-/

namespace Sets

/-- A set of elements of `α`: the predicate telling which elements belong. -/
def Set (α : Type) : Type := α → Prop

namespace Set

variable {α : Type}

/-- The set of elements satisfying `p`. -/
def setOf (p : α → Prop) : Set α := p

instance : Membership α (Set α) := ⟨fun s a => s a⟩

instance : HasSubset (Set α) := ⟨fun s t => ∀ x, x ∈ s → x ∈ t⟩

instance : Union (Set α) := ⟨fun s t => setOf fun x => x ∈ s ∨ x ∈ t⟩

instance : Inter (Set α) := ⟨fun s t => setOf fun x => x ∈ s ∧ x ∈ t⟩

instance : SDiff (Set α) := ⟨fun s t => setOf fun x => x ∈ s ∧ ¬x ∈ t⟩

instance : EmptyCollection (Set α) := ⟨setOf fun _ => False⟩

/-- The set of all elements. -/
def univ : Set α := setOf fun _ => True

/-- The elements not in `s`. -/
def compl (s : Set α) : Set α := setOf fun x => ¬x ∈ s

@[simp] theorem mem_setOf (p : α → Prop) (a : α) : a ∈ setOf p ↔ p a := Iff.rfl

@[simp] theorem mem_union (s t : Set α) (a : α) : a ∈ s ∪ t ↔ a ∈ s ∨ a ∈ t := Iff.rfl

@[simp] theorem mem_inter (s t : Set α) (a : α) : a ∈ s ∩ t ↔ a ∈ s ∧ a ∈ t := Iff.rfl

@[simp] theorem mem_sdiff (s t : Set α) (a : α) : a ∈ s \ t ↔ a ∈ s ∧ ¬a ∈ t := Iff.rfl

@[simp] theorem mem_empty (a : α) : a ∈ (∅ : Set α) ↔ False := Iff.rfl

@[simp] theorem mem_univ (a : α) : a ∈ (univ : Set α) ↔ True := Iff.rfl

@[simp] theorem mem_compl (s : Set α) (a : α) : a ∈ compl s ↔ ¬a ∈ s := Iff.rfl

theorem subset_def (s t : Set α) : s ⊆ t ↔ ∀ x, x ∈ s → x ∈ t := Iff.rfl

theorem not_mem_empty (a : α) : ¬a ∈ (∅ : Set α) := fun h => h

/-- Sets with the same members are equal. -/
theorem ext {s t : Set α} (h : ∀ x, x ∈ s ↔ x ∈ t) : s = t :=
  funext fun x => propext (h x)

theorem subset_refl (s : Set α) : s ⊆ s := fun _ h => h

theorem subset_trans {s t u : Set α} (h₁ : s ⊆ t) (h₂ : t ⊆ u) : s ⊆ u :=
  fun x hx => h₂ x (h₁ x hx)

theorem subset_antisymm {s t : Set α} (h₁ : s ⊆ t) (h₂ : t ⊆ s) : s = t :=
  ext fun x => ⟨h₁ x, h₂ x⟩

theorem empty_subset (s : Set α) : ∅ ⊆ s := fun _ h => False.elim h

theorem subset_univ (s : Set α) : s ⊆ univ := fun _ _ => trivial

theorem eq_empty_of_subset_empty {s : Set α} (h : s ⊆ ∅) : s = ∅ :=
  subset_antisymm h (empty_subset s)

theorem subset_union_left (s t : Set α) : s ⊆ s ∪ t := fun _ h => Or.inl h

theorem subset_union_right (s t : Set α) : t ⊆ s ∪ t := fun _ h => Or.inr h

theorem inter_subset_left (s t : Set α) : s ∩ t ⊆ s := fun _ h => h.1

theorem inter_subset_right (s t : Set α) : s ∩ t ⊆ t := fun _ h => h.2

theorem union_subset {s t u : Set α} (h₁ : s ⊆ u) (h₂ : t ⊆ u) : s ∪ t ⊆ u := by
  intro x hx
  cases hx with
  | inl h => exact h₁ x h
  | inr h => exact h₂ x h

theorem subset_inter {s t u : Set α} (h₁ : u ⊆ s) (h₂ : u ⊆ t) : u ⊆ s ∩ t :=
  fun x hx => ⟨h₁ x hx, h₂ x hx⟩

theorem sdiff_subset (s t : Set α) : s \ t ⊆ s := fun _ h => h.1

theorem union_comm (s t : Set α) : s ∪ t = t ∪ s := by
  apply ext
  intro x
  simp only [mem_union]
  exact Or.comm

theorem inter_comm (s t : Set α) : s ∩ t = t ∩ s := by
  apply ext
  intro x
  simp only [mem_inter]
  exact And.comm

theorem union_assoc (s t u : Set α) : s ∪ t ∪ u = s ∪ (t ∪ u) := by
  apply ext
  intro x
  simp only [mem_union]
  exact Or.assoc

theorem inter_assoc (s t u : Set α) : s ∩ t ∩ u = s ∩ (t ∩ u) := by sorry

theorem union_self (s : Set α) : s ∪ s = s := by
  apply ext
  intro x
  simp

theorem inter_self (s : Set α) : s ∩ s = s := by
  apply ext
  intro x
  simp

theorem union_empty (s : Set α) : s ∪ ∅ = s := by
  apply ext
  intro x
  simp

theorem empty_union (s : Set α) : ∅ ∪ s = s := by sorry

theorem inter_empty (s : Set α) : s ∩ ∅ = ∅ := by
  apply ext
  intro x
  simp

theorem inter_univ (s : Set α) : s ∩ univ = s := by
  apply ext
  intro x
  simp

theorem union_univ (s : Set α) : s ∪ univ = univ := by
  apply ext
  intro x
  simp

theorem union_eq_right_of_subset {s t : Set α} (h : s ⊆ t) : s ∪ t = t :=
  subset_antisymm (union_subset h (subset_refl t)) (subset_union_right s t)

theorem inter_eq_left_of_subset {s t : Set α} (h : s ⊆ t) : s ∩ t = s := by sorry

theorem inter_union_distrib (s t u : Set α) : s ∩ (t ∪ u) = s ∩ t ∪ s ∩ u := by
  apply ext
  intro x
  simp only [mem_inter, mem_union]
  constructor
  · intro ⟨hs, htu⟩
    cases htu with
    | inl ht => exact Or.inl ⟨hs, ht⟩
    | inr hu => exact Or.inr ⟨hs, hu⟩
  · intro h
    cases h with
    | inl h => exact ⟨h.1, Or.inl h.2⟩
    | inr h => exact ⟨h.1, Or.inr h.2⟩

theorem union_inter_distrib (s t u : Set α) : s ∪ t ∩ u = (s ∪ t) ∩ (s ∪ u) := by sorry

theorem compl_compl (s : Set α) : compl (compl s) = s := by
  apply ext
  intro x
  simp only [mem_compl]
  exact Classical.not_not

theorem compl_union (s t : Set α) : compl (s ∪ t) = compl s ∩ compl t := by
  apply ext
  intro x
  simp only [mem_compl, mem_union, mem_inter]
  exact not_or

theorem compl_inter (s t : Set α) : compl (s ∩ t) = compl s ∪ compl t := by sorry

theorem union_compl_self (s : Set α) : s ∪ compl s = univ := by
  apply ext
  intro x
  simp only [mem_union, mem_compl, mem_univ, iff_true]
  exact Classical.em (x ∈ s)

theorem inter_compl_self (s : Set α) : s ∩ compl s = ∅ := by
  apply ext
  intro x
  simp only [mem_inter, mem_compl, mem_empty, iff_false]
  exact fun ⟨h, hn⟩ => hn h

theorem sdiff_eq_inter_compl (s t : Set α) : s \ t = s ∩ compl t := rfl

theorem compl_subset_compl {s t : Set α} (h : s ⊆ t) : compl t ⊆ compl s :=
  fun x hx hs => hx (h x hs)

theorem compl_empty : compl (∅ : Set α) = univ := by
  apply ext
  intro x
  simp

theorem compl_univ : compl (univ : Set α) = ∅ := by sorry

theorem sdiff_self (s : Set α) : s \ s = ∅ := by
  apply ext
  intro x
  simp only [mem_sdiff, mem_empty, iff_false]
  exact fun ⟨h, hn⟩ => hn h

theorem union_sdiff_of_subset {s t : Set α} (h : s ⊆ t) : s ∪ t \ s = t := by sorry

theorem union_subset_union {s t u v : Set α} (h₁ : s ⊆ t) (h₂ : u ⊆ v) : s ∪ u ⊆ t ∪ v :=
  union_subset (subset_trans h₁ (subset_union_left t v)) (subset_trans h₂ (subset_union_right t v))

theorem inter_subset_inter {s t u v : Set α} (h₁ : s ⊆ t) (h₂ : u ⊆ v) : s ∩ u ⊆ t ∩ v :=
  fun x hx => ⟨h₁ x hx.1, h₂ x hx.2⟩

end Set

end Sets
