/-! A relation defined by a `def` behind a local infix, and a class with its fields. -/

def Below (a b : Nat) : Prop := ∃ k, a + k = b

local infix:50 " ≼ " => Below

theorem below_refl (a : Nat) : a ≼ a := by sorry

theorem below_succ (a : Nat) : a ≼ a + 1 := by sorry

theorem below_trans (a b c : Nat) (h1 : a ≼ b) (h2 : b ≼ c) : a ≼ c := by sorry

class StrictOrder' (α : Type) where
  lt : α → α → Prop
  irrefl : ∀ a, ¬ lt a a
  trans : ∀ a b c, lt a b → lt b c → lt a c

theorem StrictOrder'.asymm {α : Type} [StrictOrder' α] (a b : α) (h : StrictOrder'.lt a b) :
    ¬ StrictOrder'.lt b a := by sorry

theorem StrictOrder'.ne_of_lt {α : Type} [StrictOrder' α] (a b : α) (h : StrictOrder'.lt a b) :
    a ≠ b := by sorry
