/-! Divisibility behind a local notation, and a preorder class. -/

def Divides (a b : Nat) : Prop := ∃ c, b = a * c

local infix:50 " ⊑ " => Divides

theorem divides_refl (a : Nat) : a ⊑ a := by sorry

theorem divides_zero (a : Nat) : a ⊑ 0 := by sorry

theorem divides_mul (a b : Nat) : a ⊑ a * b := by sorry

class Preorder' (α : Type) where
  le : α → α → Prop
  refl : ∀ a, le a a
  trans : ∀ a b c, le a b → le b c → le a c

theorem Preorder'.le_of_eq {α : Type} [Preorder' α] (a b : α) (h : a = b) :
    Preorder'.le a b := by sorry

theorem Preorder'.trans3 {α : Type} [Preorder' α] (a b c d : α) (h1 : Preorder'.le a b)
    (h2 : Preorder'.le b c) (h3 : Preorder'.le c d) : Preorder'.le a d := by sorry
