import Logic.Quantifiers

/-!
# Binary relations

Reflexive, symmetric and transitive relations, equivalence relations and
their equivalence classes, and the relations built from others: the converse,
the intersection and the union.
-/

namespace Logic

variable {α : Type} {R S : α → α → Prop}

/-- `R` relates every element to itself. -/
def Reflexive' (R : α → α → Prop) : Prop := ∀ x, R x x

/-- `R x y` implies `R y x`. -/
def Symmetric' (R : α → α → Prop) : Prop := ∀ x y, R x y → R y x

/-- `R x y` and `R y z` imply `R x z`. -/
def Transitive' (R : α → α → Prop) : Prop := ∀ x y z, R x y → R y z → R x z

/-- An equivalence relation. -/
structure Equivalence' (R : α → α → Prop) : Prop where
  refl : Reflexive' R
  symm : Symmetric' R
  trans : Transitive' R

/-- The converse relation. -/
def converse (R : α → α → Prop) : α → α → Prop := fun x y => R y x

/-- The intersection of two relations. -/
def relAnd (R S : α → α → Prop) : α → α → Prop := fun x y => R x y ∧ S x y

/-- The union of two relations. -/
def relOr (R S : α → α → Prop) : α → α → Prop := fun x y => R x y ∨ S x y

theorem reflexive_eq : Reflexive' (fun x y : α => x = y) := by
  intro x
  rfl

theorem symmetric_eq : Symmetric' (fun x y : α => x = y) := by
  intro x y h
  exact h.symm

theorem transitive_eq : Transitive' (fun x y : α => x = y) := by
  intro x y z hxy hyz
  rw [hxy]
  exact hyz

theorem equivalence_eq : Equivalence' (fun x y : α => x = y) :=
  ⟨reflexive_eq, symmetric_eq, transitive_eq⟩

theorem converse_converse (R : α → α → Prop) : converse (converse R) = R := rfl

theorem symmetric_iff_converse_imp : Symmetric' R ↔ ∀ x y, converse R x y → R x y := by
  constructor
  · intro h x y hxy
    exact h y x hxy
  · intro h x y hxy
    exact h y x hxy

theorem reflexive_converse (h : Reflexive' R) : Reflexive' (converse R) := by
  intro x
  exact h x

theorem transitive_converse (h : Transitive' R) : Transitive' (converse R) := by
  intro x y z hxy hyz
  exact h z y x hyz hxy

theorem reflexive_relAnd (hR : Reflexive' R) (hS : Reflexive' S) : Reflexive' (relAnd R S) := by
  intro x
  exact ⟨hR x, hS x⟩

theorem symmetric_relAnd (hR : Symmetric' R) (hS : Symmetric' S) : Symmetric' (relAnd R S) := by
  intro x y h
  obtain ⟨hr, hs⟩ := h
  exact ⟨hR x y hr, hS x y hs⟩

theorem transitive_relAnd (hR : Transitive' R) (hS : Transitive' S) :
    Transitive' (relAnd R S) := by
  intro x y z hxy hyz
  constructor
  · exact hR x y z hxy.1 hyz.1
  · exact hS x y z hxy.2 hyz.2

theorem equivalence_relAnd (hR : Equivalence' R) (hS : Equivalence' S) :
    Equivalence' (relAnd R S) := by
  constructor
  · exact reflexive_relAnd hR.refl hS.refl
  · exact symmetric_relAnd hR.symm hS.symm
  · exact transitive_relAnd hR.trans hS.trans

theorem reflexive_relOr_left (hR : Reflexive' R) : Reflexive' (relOr R S) := by
  intro x
  exact Or.inl (hR x)

theorem symmetric_relOr (hR : Symmetric' R) (hS : Symmetric' S) : Symmetric' (relOr R S) := by
  intro x y h
  cases h with
  | inl hr => exact Or.inl (hR x y hr)
  | inr hs => exact Or.inr (hS x y hs)

theorem relAnd_comm : relAnd R S = relAnd S R := by
  funext x y
  apply propext
  exact and_swap_iff

theorem relOr_comm : relOr R S = relOr S R := by sorry

/-- In an equivalence relation, two elements related to a third are related. -/
theorem Equivalence'.euclidean (h : Equivalence' R) {x y z : α} (hxz : R x z) (hyz : R y z) :
    R x y := by sorry

theorem Equivalence'.rel_congr (h : Equivalence' R) {x y : α} (hxy : R x y) (z : α) :
    R x z ↔ R y z := by
  constructor
  · intro hxz
    exact h.trans y x z (h.symm x y hxy) hxz
  · intro hyz
    exact h.trans x y z hxy hyz

theorem Equivalence'.class_eq_iff (h : Equivalence' R) {x y : α} :
    (∀ z, R x z ↔ R y z) ↔ R x y := by
  constructor
  · intro hc
    exact (hc y).mpr (h.refl y)
  · intro hxy z
    exact h.rel_congr hxy z

theorem symmetric_of_forall_iff (h : ∀ x y, R x y ↔ R y x) : Symmetric' R := by
  intro x y hxy
  exact (h x y).mp hxy

theorem not_reflexive_of_irrefl (a : α) (h : ∀ x, ¬R x x) : ¬Reflexive' R := by
  intro hR
  exact h a (hR a)

end Logic
