-- Source: lean-ja/lean-by-example, LeanByExample/Tactic/Rfl.lean (MIT; Japanese prose comments omitted)
inductive MyNat where
  | zero
  | succ (n : MyNat)

namespace MyNat
  def add : MyNat → MyNat → MyNat
    | a, .zero => a
    | a, .succ b => .succ (add a b)

  instance : Add MyNat where
    add := MyNat.add

end MyNat

def MyNat.one : MyNat := .succ zero

def MyNat.two : MyNat := .succ one

example : MyNat.one + MyNat.one = MyNat.two := by
  rfl

/--
error: Tactic `rfl` failed: The left-hand side
  MyNat.one
is not definitionally equal to the right-hand side
  MyNat.two

⊢ MyNat.one = MyNat.two
-/
#guard_msgs in --#
example : MyNat.one = MyNat.two := by
  rfl

section
  set_option pp.fieldNotation false

  /-- info: MyNat.succ (MyNat.succ MyNat.zero) -/
  #guard_msgs in --#
  #reduce MyNat.one + MyNat.one

  /-- info: MyNat.succ (MyNat.succ MyNat.zero) -/
  #guard_msgs in --#
  #reduce MyNat.two
end

section
  variable {α : Type} {β : α → Type} (f : (x : α) → β x)

  /-- info: f -/
  #guard_msgs in --#
  #reduce f

  /-- info: fun x => f x -/
  #guard_msgs in --#
  #reduce (fun x => f x)

  example : f = (fun x => f x) := by
    rfl

end

inductive MyEq.{u} {α : Type u} : α → α → Prop where
  | refl (a : α) : MyEq a a

example (n : Nat) : MyEq n n := by
  fail_if_success rfl

  apply MyEq.refl

attribute [refl] MyEq.refl

example (n : Nat) : MyEq n n := by rfl
