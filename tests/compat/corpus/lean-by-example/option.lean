-- Source: lean-ja/lean-by-example, LeanByExample/Type/Option.lean (MIT; Japanese prose comments omitted)
namespace Hidden --#
/--
info: inductive Option.{u} : Type u → Type u
number of parameters: 1
constructors:
Option.none : {α : Type u} → Option α
Option.some : {α : Type u} → α → Option α
-/
#guard_msgs in
  #print _root_.Option

inductive Option.{u} (α : Type u) where
  | none : Option α
  | some (val : α) : Option α

end Hidden --#

#guard Array.get? #[1, 2, 3] 0 = some 1

#guard Array.get? #[1, 2, 3] 3 = none
