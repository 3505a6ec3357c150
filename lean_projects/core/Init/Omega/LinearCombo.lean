/-
leanagent core library: `LinearCombo`, a constant plus a coefficient vector; `omega` reflects
each side of a hypothesis into one and names the `*_eval` lemmas below in its proofs.
-/
prelude
import Init.Omega.Coeffs

set_option linter.unusedVariables false

namespace Lean.Omega

/-- A linear combination of atoms with a constant term. -/
structure LinearCombo where
  /-- Constant term. -/
  const : Int := 0
  /-- Coefficients of the atoms. -/
  coeffs : Coeffs := []

namespace LinearCombo

instance : Inhabited LinearCombo := ⟨{const := 1}⟩

theorem ext {a b : LinearCombo} (w₁ : a.const = b.const) (w₂ : a.coeffs = b.coeffs) : a = b := by
  cases a; cases b
  cases w₁; cases w₂
  rfl

/-- Evaluate `⟨r, [c₁, …, cₖ]⟩` at `[v₁, …, vₖ]`: `r + c₁ * v₁ + … + cₖ * vₖ`. -/
def eval (lc : LinearCombo) (values : Coeffs) : Int :=
  lc.const + lc.coeffs.dot values

@[simp] theorem eval_nil {lc : LinearCombo} : lc.eval .nil = lc.const := by
  show lc.const + IntList.dot lc.coeffs [] = lc.const
  rw [IntList.dot_nil_right, Int.add_zero]

/-- The `i`-th coordinate function. -/
def coordinate (i : Nat) : LinearCombo where
  const := 0
  coeffs := Coeffs.set .nil i 1

private theorem dot_set_nil_one : ∀ (i : Nat) (v : Coeffs), IntList.dot (IntList.set [] i 1) v = v.get i
  | 0, [] => rfl
  | 0, y :: ys => by
    show 1 * y + IntList.dot [] ys = y
    rw [Int.one_mul]; exact Int.add_zero y
  | i + 1, [] => rfl
  | i + 1, y :: ys => by
    show 0 * y + IntList.dot (IntList.set [] i 1) ys = IntList.get ys i
    rw [Int.zero_mul, Int.zero_add, dot_set_nil_one i ys]

@[simp] theorem coordinate_eval (i : Nat) (v : Coeffs) : (coordinate i).eval v = v.get i := by
  show 0 + IntList.dot (IntList.set [] i 1) v = v.get i
  rw [Int.zero_add, dot_set_nil_one]

theorem coordinate_eval_0 {a0 : Int} {t : List Int} :
    (coordinate 0).eval (.ofList (a0 :: t)) = a0 := coordinate_eval 0 _
theorem coordinate_eval_1 {a0 a1 : Int} {t : List Int} :
    (coordinate 1).eval (.ofList (a0 :: a1 :: t)) = a1 := coordinate_eval 1 _
theorem coordinate_eval_2 {a0 a1 a2 : Int} {t : List Int} :
    (coordinate 2).eval (.ofList (a0 :: a1 :: a2 :: t)) = a2 := coordinate_eval 2 _
theorem coordinate_eval_3 {a0 a1 a2 a3 : Int} {t : List Int} :
    (coordinate 3).eval (.ofList (a0 :: a1 :: a2 :: a3 :: t)) = a3 := coordinate_eval 3 _
theorem coordinate_eval_4 {a0 a1 a2 a3 a4 : Int} {t : List Int} :
    (coordinate 4).eval (.ofList (a0 :: a1 :: a2 :: a3 :: a4 :: t)) = a4 := coordinate_eval 4 _
theorem coordinate_eval_5 {a0 a1 a2 a3 a4 a5 : Int} {t : List Int} :
    (coordinate 5).eval (.ofList (a0 :: a1 :: a2 :: a3 :: a4 :: a5 :: t)) = a5 :=
  coordinate_eval 5 _
theorem coordinate_eval_6 {a0 a1 a2 a3 a4 a5 a6 : Int} {t : List Int} :
    (coordinate 6).eval (.ofList (a0 :: a1 :: a2 :: a3 :: a4 :: a5 :: a6 :: t)) = a6 :=
  coordinate_eval 6 _
theorem coordinate_eval_7 {a0 a1 a2 a3 a4 a5 a6 a7 : Int} {t : List Int} :
    (coordinate 7).eval (.ofList (a0 :: a1 :: a2 :: a3 :: a4 :: a5 :: a6 :: a7 :: t)) = a7 :=
  coordinate_eval 7 _
theorem coordinate_eval_8 {a0 a1 a2 a3 a4 a5 a6 a7 a8 : Int} {t : List Int} :
    (coordinate 8).eval
      (.ofList (a0 :: a1 :: a2 :: a3 :: a4 :: a5 :: a6 :: a7 :: a8 :: t)) = a8 :=
  coordinate_eval 8 _
theorem coordinate_eval_9 {a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 : Int} {t : List Int} :
    (coordinate 9).eval
      (.ofList (a0 :: a1 :: a2 :: a3 :: a4 :: a5 :: a6 :: a7 :: a8 :: a9 :: t)) = a9 :=
  coordinate_eval 9 _

/-- Addition of linear combinations. -/
def add (l₁ l₂ : LinearCombo) : LinearCombo where
  const := l₁.const + l₂.const
  coeffs := l₁.coeffs + l₂.coeffs

instance : Add LinearCombo := ⟨add⟩

/-- Subtraction of linear combinations. -/
def sub (l₁ l₂ : LinearCombo) : LinearCombo where
  const := l₁.const - l₂.const
  coeffs := l₁.coeffs - l₂.coeffs

instance : Sub LinearCombo := ⟨sub⟩

/-- Negation of a linear combination. -/
def neg (lc : LinearCombo) : LinearCombo where
  const := -lc.const
  coeffs := -lc.coeffs

instance : Neg LinearCombo := ⟨neg⟩

/-- Scalar multiplication. -/
def smul (lc : LinearCombo) (i : Int) : LinearCombo where
  const := i * lc.const
  coeffs := lc.coeffs.smul i

instance : HMul Int LinearCombo LinearCombo := ⟨fun i lc => lc.smul i⟩

theorem add_eval (l₁ l₂ : LinearCombo) (v : Coeffs) :
    (l₁ + l₂).eval v = l₁.eval v + l₂.eval v := by
  show l₁.const + l₂.const + IntList.dot (l₁.coeffs + l₂.coeffs) v =
    (l₁.const + IntList.dot l₁.coeffs v) + (l₂.const + IntList.dot l₂.coeffs v)
  rw [IntList.dot_distrib_left, Int.add_add_add_comm]

theorem neg_eval (lc : LinearCombo) (v : Coeffs) : (-lc).eval v = - lc.eval v := by
  show -lc.const + IntList.dot (-lc.coeffs) v = -(lc.const + IntList.dot lc.coeffs v)
  rw [IntList.dot_neg_left, Int.neg_add]

theorem sub_eq_add_neg (l₁ l₂ : LinearCombo) : l₁ - l₂ = l₁ + -l₂ := by
  show LinearCombo.mk (l₁.const - l₂.const) (l₁.coeffs - l₂.coeffs) =
    LinearCombo.mk (l₁.const + -l₂.const) (l₁.coeffs + -l₂.coeffs)
  rw [IntList.sub_eq_add_neg]
  rfl

theorem sub_eval (l₁ l₂ : LinearCombo) (v : Coeffs) :
    (l₁ - l₂).eval v = l₁.eval v - l₂.eval v := by
  rw [sub_eq_add_neg, add_eval, neg_eval]
  rfl

theorem smul_eval (lc : LinearCombo) (i : Int) (v : Coeffs) :
    (i * lc).eval v = i * lc.eval v := by
  show i * lc.const + IntList.dot (i * lc.coeffs) v = i * (lc.const + IntList.dot lc.coeffs v)
  rw [IntList.dot_smul_left, Int.mul_add]

theorem smul_eval_comm (lc : LinearCombo) (i : Int) (v : Coeffs) :
    (i * lc).eval v = lc.eval v * i := by
  rw [smul_eval, Int.mul_comm]

/-- Multiplication of linear combinations; meaningful when one of them is constant. -/
def mul (l₁ l₂ : LinearCombo) : LinearCombo :=
  l₂.const * l₁ + l₁.const * l₂ - { const := l₁.const * l₂.const }

private theorem eval_const (c : Int) (v : Coeffs) : ({ const := c } : LinearCombo).eval v = c := by
  show c + IntList.dot [] v = c
  exact Int.add_zero c

theorem mul_eval_of_const_left (l₁ l₂ : LinearCombo) (v : Coeffs) (w : l₁.coeffs.isZero) :
    (mul l₁ l₂).eval v = l₁.eval v * l₂.eval v := by
  have h : l₁.eval v = l₁.const := by
    show l₁.const + IntList.dot l₁.coeffs v = l₁.const
    rw [IntList.dot_of_left_zero w, Int.add_zero]
  show (l₂.const * l₁ + l₁.const * l₂ - ({ const := l₁.const * l₂.const } : LinearCombo)).eval v = _
  rw [sub_eval, add_eval, smul_eval, smul_eval, eval_const, h, Int.mul_comm l₂.const,
    Int.add_sub_cancel_left]

theorem mul_eval_of_const_right (l₁ l₂ : LinearCombo) (v : Coeffs) (w : l₂.coeffs.isZero) :
    (mul l₁ l₂).eval v = l₁.eval v * l₂.eval v := by
  have h : l₂.eval v = l₂.const := by
    show l₂.const + IntList.dot l₂.coeffs v = l₂.const
    rw [IntList.dot_of_left_zero w, Int.add_zero]
  show (l₂.const * l₁ + l₁.const * l₂ - ({ const := l₁.const * l₂.const } : LinearCombo)).eval v = _
  rw [sub_eval, add_eval, smul_eval, smul_eval, eval_const, h, Int.mul_comm l₂.const,
    Int.add_sub_cancel]

theorem mul_eval (l₁ l₂ : LinearCombo) (v : Coeffs) (w : l₁.coeffs.isZero ∨ l₂.coeffs.isZero) :
    (mul l₁ l₂).eval v = l₁.eval v * l₂.eval v := by
  cases w with
  | inl w => exact mul_eval_of_const_left l₁ l₂ v w
  | inr w => exact mul_eval_of_const_right l₁ l₂ v w

end LinearCombo

end Lean.Omega
