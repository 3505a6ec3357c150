/-
leanagent core library: `IntList`, the dense coefficient vectors of `omega`.

The native `omega` code computes with its own compiled copy of these functions and hands the
results to the kernel as literals; the kernel then re-evaluates our definitions, so each one
here computes the same values as real Lean's (`add`, `sub`, `combo` pad the shorter list with
zeros, `set` pads on the right, `leading` is the first non-zero entry).
-/
prelude
import Init.Data.Int.DivMod
import Init.Data.List.Basic

set_option linter.unusedVariables false

namespace Lean.Omega

/-- Coefficient vectors: a `List Int`, read as a finitely supported `Nat → Int`. -/
abbrev IntList := List Int

namespace IntList

/-- The `i`-th entry, `0` past the end. -/
def get : IntList → Nat → Int
  | [], _ => 0
  | x :: _, 0 => x
  | _ :: xs, i + 1 => get xs i

@[simp] theorem get_nil {i : Nat} : get ([] : IntList) i = 0 := rfl
@[simp] theorem get_cons_zero {x : Int} {xs : IntList} : get (x :: xs) 0 = x := rfl
@[simp] theorem get_cons_succ {x : Int} {xs : IntList} {i : Nat} :
    get (x :: xs) (i + 1) = get xs i := rfl

theorem get_of_length_le {xs : IntList} {i : Nat} (h : xs.length ≤ i) : xs.get i = 0 := by
  induction xs generalizing i with
  | nil => rfl
  | cons x xs ih =>
    cases i with
    | zero => exact absurd h (Nat.not_succ_le_zero _)
    | succ i => exact ih (Nat.le_of_succ_le_succ h)

/-- Like `List.set`, but right-pads with zeroes first. -/
def set (xs : IntList) (i : Nat) (y : Int) : IntList :=
  match xs, i with
  | [], 0 => [y]
  | [], (i + 1) => 0 :: set [] i y
  | _ :: xs, 0 => y :: xs
  | x :: xs, (i + 1) => x :: set xs i y

/-- The first non-zero entry, or `0`. -/
def leading : IntList → Int
  | [] => 0
  | x :: xs => if x = 0 then leading xs else x

/-- Entrywise sum, padding with zeros. -/
def add : IntList → IntList → IntList
  | [], ys => ys
  | x :: xs, [] => x :: xs
  | x :: xs, y :: ys => (x + y) :: add xs ys

instance : Add IntList := ⟨add⟩

/-- Entrywise product, truncating. -/
def mul : IntList → IntList → IntList
  | x :: xs, y :: ys => (x * y) :: mul xs ys
  | _, _ => []

instance : Mul IntList := ⟨mul⟩

/-- Entrywise negation. -/
def neg (xs : IntList) : IntList := xs.map fun x => -x

instance : Neg IntList := ⟨neg⟩

/-- Entrywise difference, padding with zeros. -/
def sub : IntList → IntList → IntList
  | [], ys => ys.map fun y => -y
  | x :: xs, [] => x :: xs
  | x :: xs, y :: ys => (x - y) :: sub xs ys

instance : Sub IntList := ⟨sub⟩

/-- Scalar multiplication. -/
def smul (xs : IntList) (i : Int) : IntList := xs.map fun x => i * x

instance : HMul Int IntList IntList where
  hMul i xs := xs.smul i

/-- The linear combination `a * xs + b * ys`. -/
def combo (a : Int) (xs : IntList) (b : Int) (ys : IntList) : IntList :=
  match xs, ys with
  | [], ys => ys.map fun y => b * y
  | x :: xs, [] => (x :: xs).map fun x => a * x
  | x :: xs, y :: ys => (a * x + b * y) :: combo a xs b ys

/-- The sum of the entries. -/
def sum : IntList → Int
  | [] => 0
  | x :: xs => x + sum xs

/-- The dot product. -/
def dot : IntList → IntList → Int
  | x :: xs, y :: ys => x * y + dot xs ys
  | _, _ => 0

@[simp] theorem dot_nil_left {ys : IntList} : dot [] ys = 0 := rfl
@[simp] theorem dot_nil_right {xs : IntList} : dot xs [] = 0 := by cases xs <;> rfl
@[simp] theorem dot_cons₂ {x y : Int} {xs ys : IntList} : dot (x :: xs) (y :: ys) = x * y + dot xs ys := rfl

/-- Division of every entry by `g`. -/
def sdiv (xs : IntList) (g : Int) : IntList := xs.map fun x => x / g

/-- The gcd of the absolute values of the entries. -/
def gcd : IntList → Nat
  | [] => 0
  | x :: xs => Nat.gcd x.natAbs (gcd xs)

/-- Balanced remainder of every entry. -/
abbrev bmod (x : IntList) (m : Nat) : IntList := x.map (Int.bmod · m)

/-- How far the balanced remainder of a dot product is from the dot product with
balanced remainders of the left factor. -/
abbrev bmod_dot_sub_dot_bmod (m : Nat) (a b : IntList) : Int :=
  (Int.bmod (dot a b) m) - dot (bmod a m) b

/-! ## Lemmas -/

theorem dot_distrib_left : ∀ (xs ys zs : IntList), (xs + ys).dot zs = xs.dot zs + ys.dot zs
  | [], ys, zs => (Int.zero_add _).symm
  | x :: xs, [], zs => (Int.add_zero _).symm
  | x :: xs, y :: ys, [] => rfl
  | x :: xs, y :: ys, z :: zs => by
    show (x + y) * z + dot (xs + ys) zs = (x * z + dot xs zs) + (y * z + dot ys zs)
    rw [dot_distrib_left xs ys zs, Int.add_mul, Int.add_add_add_comm]

theorem dot_neg_left : ∀ (xs ys : IntList), (-xs).dot ys = -(xs.dot ys)
  | [], ys => rfl
  | x :: xs, [] => rfl
  | x :: xs, y :: ys => by
    show -x * y + dot (-xs) ys = -(x * y + dot xs ys)
    rw [dot_neg_left xs ys, Int.neg_mul, Int.neg_add]

theorem dot_smul_left : ∀ (xs ys : IntList) (i : Int), (i * xs).dot ys = i * xs.dot ys
  | [], ys, i => (Int.mul_zero i).symm
  | x :: xs, [], i => (Int.mul_zero i).symm
  | x :: xs, y :: ys, i => by
    show i * x * y + dot (i * xs) ys = i * (x * y + dot xs ys)
    rw [dot_smul_left xs ys i, Int.mul_add, Int.mul_assoc]

theorem sub_eq_add_neg : ∀ (xs ys : IntList), xs - ys = xs + -ys
  | [], ys => rfl
  | x :: xs, [] => rfl
  | x :: xs, y :: ys => by
    show (x - y) :: (xs - ys) = (x + -y) :: (xs + -ys)
    rw [sub_eq_add_neg xs ys]
    rfl

theorem combo_eq_smul_add_smul (a : Int) : ∀ (xs : IntList) (b : Int) (ys : IntList),
    combo a xs b ys = a * xs + b * ys
  | [], b, ys => rfl
  | x :: xs, b, [] => rfl
  | x :: xs, b, y :: ys => by
    show (a * x + b * y) :: combo a xs b ys = (a * x + b * y) :: (a * xs + b * ys)
    rw [combo_eq_smul_add_smul a xs b ys]

theorem dot_of_left_zero : ∀ {xs ys : IntList}, (∀ x, x ∈ xs → x = 0) → dot xs ys = 0
  | [], ys, _ => rfl
  | x :: xs, [], _ => rfl
  | x :: xs, y :: ys, w => by
    show x * y + dot xs ys = 0
    rw [w x (List.Mem.head _), dot_of_left_zero (fun z m => w z (List.Mem.tail _ m)),
      Int.zero_mul, Int.add_zero]

theorem dot_set_left : ∀ (xs ys : IntList) (i : Nat) (z : Int),
    dot (xs.set i z) ys = dot xs ys + (z - xs.get i) * ys.get i
  | [], [], 0, z => by
    show (0 : Int) = 0 + (z - 0) * 0
    rw [Int.mul_zero, Int.add_zero]
  | [], [], i + 1, z => by
    show (0 : Int) = 0 + (z - 0) * 0
    rw [Int.mul_zero, Int.add_zero]
  | [], y :: ys, 0, z => by
    show z * y + 0 = 0 + (z - 0) * y
    rw [Int.add_zero, Int.zero_add, Int.sub_zero]
  | [], y :: ys, i + 1, z => by
    show 0 * y + dot (set [] i z) ys = 0 + (z - 0) * get ys i
    rw [dot_set_left [] ys i z, Int.zero_mul, Int.zero_add]
    rfl
  | x :: xs, [], 0, z => by
    show (0 : Int) = 0 + (z - x) * 0
    rw [Int.mul_zero, Int.add_zero]
  | x :: xs, [], i + 1, z => by
    show (0 : Int) = 0 + (z - get xs i) * 0
    rw [Int.mul_zero, Int.add_zero]
  | x :: xs, y :: ys, 0, z => by
    show z * y + dot xs ys = x * y + dot xs ys + (z - x) * y
    rw [Int.sub_mul, Int.add_comm (x * y) (dot xs ys), Int.add_assoc, Int.add_comm (x * y),
      Int.sub_add_cancel, Int.add_comm]
  | x :: xs, y :: ys, i + 1, z => by
    show x * y + dot (set xs i z) ys = x * y + dot xs ys + (z - get xs i) * get ys i
    rw [dot_set_left xs ys i z, Int.add_assoc]

theorem gcd_cons_dvd_left {x : Int} {xs : IntList} : ((gcd (x :: xs) : Nat) : Int) ∣ x :=
  Int.ofNat_dvd_left.2 (Nat.gcd_dvd_left _ _)

theorem gcd_cons_dvd_right {x : Int} {xs : IntList} : gcd (x :: xs) ∣ gcd xs :=
  Nat.gcd_dvd_right _ _

theorem gcd_dvd : ∀ (xs : IntList) {a : Int}, a ∈ xs → (xs.gcd : Int) ∣ a
  | [], _, m => by cases m
  | x :: xs, a, m => by
    cases m with
    | head => exact gcd_cons_dvd_left
    | tail _ m => exact Int.dvd_trans (Int.ofNat_dvd.2 gcd_cons_dvd_right) (gcd_dvd xs m)

theorem gcd_eq_zero {xs : IntList} (h : xs.gcd = 0) : ∀ x, x ∈ xs → x = 0 := by
  intro x m
  have := gcd_dvd xs m
  rw [h] at this
  exact Int.zero_dvd.1 this

theorem gcd_dvd_dot_left : ∀ (xs ys : IntList), (xs.gcd : Int) ∣ dot xs ys
  | [], ys => Int.dvd_zero _
  | x :: xs, [] => Int.dvd_zero _
  | x :: xs, y :: ys =>
    Int.dvd_add (Int.dvd_mul_of_dvd_left y gcd_cons_dvd_left)
      (Int.dvd_trans (Int.ofNat_dvd.2 gcd_cons_dvd_right) (gcd_dvd_dot_left xs ys))

theorem dot_sdiv_left : ∀ (xs ys : IntList) {d : Int}, d ∣ (xs.gcd : Int) →
    dot (xs.sdiv d) ys = (dot xs ys) / d
  | [], ys, d, _ => (Int.zero_ediv d).symm
  | x :: xs, [], d, _ => (Int.zero_ediv d).symm
  | x :: xs, y :: ys, d, h => by
    have wx : d ∣ x := Int.dvd_trans h gcd_cons_dvd_left
    have w : d ∣ (gcd xs : Int) := Int.dvd_trans h (Int.ofNat_dvd.2 gcd_cons_dvd_right)
    show x / d * y + dot (IntList.sdiv xs d) ys = (x * y + dot xs ys) / d
    rw [dot_sdiv_left xs ys w, Int.add_ediv_of_dvd_left (Int.dvd_mul_of_dvd_left y wx),
      Int.mul_comm x y, Int.mul_ediv_assoc y wx, Int.mul_comm y]

theorem bmod_length (x : IntList) (m : Nat) : (bmod x m).length ≤ x.length := by
  induction x with
  | nil => exact Nat.le_refl 0
  | cons x xs ih => exact Nat.succ_le_succ ih

private theorem dvd_dot_sub_dot_bmod (m : Nat) :
    ∀ (xs ys : IntList), (m : Int) ∣ dot xs ys - dot (bmod xs m) ys
  | [], ys => ⟨0, rfl⟩
  | x :: xs, [] => ⟨0, rfl⟩
  | x :: xs, y :: ys => by
    show (m : Int) ∣ x * y + dot xs ys - (Int.bmod x m * y + dot (bmod xs m) ys)
    rw [Int.add_sub_add_comm, ← Int.sub_mul]
    exact Int.dvd_add (Int.dvd_mul_of_dvd_left y (Int.dvd_sub_bmod x m))
      (dvd_dot_sub_dot_bmod m xs ys)

theorem dvd_bmod_dot_sub_dot_bmod (m : Nat) (xs ys : IntList) :
    (m : Int) ∣ bmod_dot_sub_dot_bmod m xs ys := by
  show (m : Int) ∣ Int.bmod (dot xs ys) m - dot (bmod xs m) ys
  rw [← Int.sub_add_sub_cancel (Int.bmod (dot xs ys) m) (dot xs ys) (dot (bmod xs m) ys)]
  refine Int.dvd_add ?_ (dvd_dot_sub_dot_bmod m xs ys)
  rw [← Int.neg_sub]
  exact Int.dvd_neg.2 (Int.dvd_sub_bmod _ m)

end IntList

end Lean.Omega
