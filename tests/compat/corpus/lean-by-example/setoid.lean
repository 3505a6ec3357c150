-- Source: lean-ja/lean-by-example, LeanByExample/TypeClass/Setoid.lean (MIT; Japanese prose comments omitted)
/--
info: class Setoid.{u} (α : Sort u) : Sort (max 1 u)
number of parameters: 1
fields:
  Setoid.r : α → α → Prop
  Setoid.iseqv : Equivalence Setoid.r
constructor:
  Setoid.mk.{u} {α : Sort u} (r : α → α → Prop) (iseqv : Equivalence r) : Setoid α
-/
#guard_msgs in #print Setoid
namespace Hidden --#

class Setoid.{u} (α : Sort u) where
  r : α → α → Prop
  iseqv : Equivalence r

end Hidden --#
section
  variable {α : Type} {β : Type}

  def Rel.contra_map (f : α → β) (r : β → β → Prop) : α → α → Prop :=
    fun a₁ a₂ => r (f a₁) (f a₂)

  def Setoid.contra_map [Setoid β] (f : α → β) : Setoid α where
    r := Rel.contra_map f (· ≈ ·)
    iseqv := by
      constructor <;> dsimp [Rel.contra_map]

      case refl =>
        intro x
        apply Setoid.iseqv.refl

      case symm =>
        intro x y
        apply Setoid.iseqv.symm

      case trans =>
        intro x y z
        apply Setoid.iseqv.trans
end
