/-
`Lean.RArray`: the variable context of proofs by reflection. The engine's `simp +arith` builds
its atom contexts with `Lean.RArray.leaf`/`branch` (native `RArray.toExpr`), and the kernel
reads them with `RArray.get`, so the type, its constructors and `get` keep real Lean's names and
shape: `branch p l r` holds the indices below `p` in `l`, the others in `r`.
-/
prelude
import Init.Data.Nat.MoreLemmas

/-- The identity; the kernel reduces an argument headed by `eagerReduce` eagerly. Reflection proofs
(`simp +arith`'s among them) wrap their `Eq.refl true` certificates in it. -/
def eagerReduce {α : Sort u} (a : α) : α := a

namespace Lean

/-- A binary tree standing for `Fin n → α`, read only through `get` (cheap kernel reduction). -/
inductive RArray (α : Type u) : Type u where
  | leaf : α → RArray α
  | branch : Nat → RArray α → RArray α → RArray α

variable {α : Type u}

/-- The element at index `n`; written with the recursor alone so that the kernel reduces it
without unfolding any auxiliary definition. -/
noncomputable def RArray.get (a : RArray α) (n : Nat) : α :=
  RArray.rec (motive := fun _ => α) (fun x => x) (fun p _ _ l r => Bool.rec l r (Nat.ble p n)) a

/-- `RArray.get` for compiled code. -/
def RArray.getImpl : RArray α → Nat → α
  | .leaf x, _ => x
  | .branch p l r, n => if n < p then l.getImpl n else r.getImpl n

@[csimp] theorem RArray.get_eq_getImpl : @RArray.get = @RArray.getImpl := by
  funext α a n
  induction a with
  | leaf _ => rfl
  | branch p l r ihl ihr =>
    show @Bool.rec (fun _ => α) (l.get n) (r.get n) (Nat.ble p n) =
      if n < p then l.getImpl n else r.getImpl n
    rw [ihl, ihr]
    cases h : Nat.ble p n
    · have : n < p := by
        have := Nat.not_le_of_not_ble_eq_true (m := n) (n := p) (by rw [h]; exact Bool.noConfusion)
        omega
      simp [this]
    · have : ¬ n < p := by have := Nat.le_of_ble_eq_true h; omega
      simp [this]

/-- The number of elements. -/
def RArray.size : RArray α → Nat
  | leaf _ => 1
  | branch _ l r => l.size + r.size

end Lean
