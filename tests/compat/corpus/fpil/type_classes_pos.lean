-- Source: "Functional Programming in Lean" (David Thrane Christiansen), chapter "Type Classes";
-- leanprover/fp-lean, examples/Examples/Classes.lean (declarations of the book's
-- `book declaration` blocks; `expect info` blocks as `#guard_msgs`). Licence: CC BY 4.0.
class Plus (α : Type) where
  plus : α → α → α

instance : Plus Nat where
  plus := Nat.add

/-- info: 8 -/
#guard_msgs in
#eval Plus.plus 5 3

open Plus (plus)

/-- info: 8 -/
#guard_msgs in
#eval plus 5 3

#check plus

inductive Pos : Type where
  | one : Pos
  | succ : Pos → Pos

def seven : Pos :=
  Pos.succ (Pos.succ (Pos.succ (Pos.succ (Pos.succ (Pos.succ Pos.one)))))

def Pos.plus : Pos → Pos → Pos
  | Pos.one, k => Pos.succ k
  | Pos.succ n, k => Pos.succ (n.plus k)

instance : Plus Pos where
  plus := Pos.plus

def fourteen : Pos := plus seven seven

instance : Add Pos where
  add := Pos.plus

namespace Extra
def fourteen : Pos := seven + seven
end Extra

def Pos.toNat : Pos → Nat
  | Pos.one => 1
  | Pos.succ n => n.toNat + 1

namespace Argh

def posToString (atTop : Bool) (p : Pos) : String :=
  let paren s := if atTop then s else "(" ++ s ++ ")"
  match p with
  | Pos.one => "Pos.one"
  | Pos.succ n => paren s!"Pos.succ {posToString false n}"

instance : ToString Pos where
  toString := posToString true

/-- info: "There are Pos.succ (Pos.succ (Pos.succ (Pos.succ (Pos.succ (Pos.succ Pos.one)))))" -/
#guard_msgs in
#eval s!"There are {seven}"

end Argh

section Blah

instance : ToString Pos where
  toString x := toString (x.toNat)

/-- info: "There are 7" -/
#guard_msgs in
#eval s!"There are {seven}"
end Blah

/-- info: 7 -/
#guard_msgs in
#eval seven

def Pos.mul : Pos → Pos → Pos
  | Pos.one, k => k
  | Pos.succ n, k => n.mul k + k

instance : Mul Pos where
  mul := Pos.mul

/-- info: [7, 49, 14] -/
#guard_msgs in
#eval [seven * Pos.one,
       seven * seven,
       Pos.succ Pos.one * seven]

inductive LT4 where
  | zero
  | one
  | two
  | three
deriving Repr

instance : OfNat LT4 0 where
  ofNat := LT4.zero

instance : OfNat LT4 1 where
  ofNat := LT4.one

instance : OfNat LT4 2 where
  ofNat := LT4.two

instance : OfNat LT4 3 where
  ofNat := LT4.three

/-- info: LT4.three -/
#guard_msgs in
#eval (3 : LT4)

/-- info: LT4.zero -/
#guard_msgs in
#eval (0 : LT4)

instance : OfNat Pos (n + 1) where
  ofNat :=
    let rec natPlusOne : Nat → Pos
      | 0 => Pos.one
      | k + 1 => Pos.succ (natPlusOne k)
    natPlusOne n

def eight : Pos := 8

namespace AltPos
structure Pos where
  succ ::
  pred : Nat
end AltPos

#check @IO.println

def List.sumOfContents [Add α] [OfNat α 0] : List α → α
  | [] => 0
  | x :: xs => x + xs.sumOfContents

def fourNats : List Nat := [1, 2, 3, 4]

def fourPos : List Pos := [1, 2, 3, 4]

/-- info: 10 -/
#guard_msgs in
#eval fourNats.sumOfContents

namespace PointStuff

structure PPoint (α : Type) where
  x : α
  y : α
deriving Repr

instance [Add α] : Add (PPoint α) where
  add p1 p2 := { x := p1.x + p2.x, y := p1.y + p2.y }

instance [Mul α] : HMul (PPoint α) α (PPoint α) where
  hMul p z := {x := p.x * z, y := p.y * z}

/-- info: { x := 5.000000, y := 7.400000 } -/
#guard_msgs in
#eval {x := 2.5, y := 3.7 : PPoint Float} * 2.0

end PointStuff

def addNatPos : Nat → Pos → Pos
  | 0, p => p
  | n + 1, p => Pos.succ (addNatPos n p)

def addPosNat : Pos → Nat → Pos
  | p, 0 => p
  | p, n + 1 => Pos.succ (addPosNat p n)

instance : HAdd Nat Pos Pos where
  hAdd := addNatPos

instance : HAdd Pos Nat Pos where
  hAdd := addPosNat

/-- info: 8 -/
#guard_msgs in
#eval (3 : Pos) + (5 : Nat)

/-- info: 8 -/
#guard_msgs in
#eval (3 : Nat) + (5 : Pos)

inductive Even where
  | zero
  | plusTwo : Even → Even

instance : OfNat Even 0 where
  ofNat := .zero

instance [OfNat Even n] : OfNat Even (n + 2) where
  ofNat := .plusTwo (OfNat.ofNat n)

namespace BetterHPlus

class HPlus (α : Type) (β : Type) (γ : outParam Type) where
  hPlus : α → β → γ

instance : HPlus Nat Pos Pos where
  hPlus := addNatPos

instance : HPlus Pos Nat Pos where
  hPlus := addPosNat

/-- info: 8 -/
#guard_msgs in
#eval HPlus.hPlus (3 : Pos) (5 : Nat)

@[default_instance]
instance [Add α] : HPlus α α α where
  hPlus := Add.add

/-- info: HPlus.hPlus 5 : Nat → Nat -/
#guard_msgs in
#check HPlus.hPlus (5 : Nat)

end BetterHPlus

def northernTrees : Array String :=
  #["sloe", "birch", "elm", "oak"]

example : northernTrees.size = 4 := rfl
example : northernTrees[2] = "elm" := rfl

structure NonEmptyList (α : Type) : Type where
  head : α
  tail : List α

def NonEmptyList.toList (xs : NonEmptyList α) := xs.head :: xs.tail

def idahoSpiders : NonEmptyList String := {
  head := "Banded Garden Spider",
  tail := [
    "Long-legged Sac Spider",
    "Wolf Spider",
    "Hobo Spider",
    "Cat-faced Spider"
  ]
}

example : idahoSpiders.head = "Banded Garden Spider" := rfl
example : idahoSpiders.tail.length = 4 := rfl

def NonEmptyList.get? : NonEmptyList α → Nat → Option α
  | xs, 0 => some xs.head
  | {head := _, tail := []}, _ + 1 => none
  | {head := _, tail := h :: t}, n + 1 => get? {head := h, tail := t} n

namespace UseList
def NonEmptyList.get? : NonEmptyList α → Nat → Option α
  | xs, 0 => some xs.head
  | xs, n + 1 => xs.tail[n]?
end UseList

abbrev NonEmptyList.inBounds (xs : NonEmptyList α) (i : Nat) : Prop :=
  i ≤ xs.tail.length
