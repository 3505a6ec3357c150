/-
`Nat.Internal.Linear` (4.35's name for what older Lean called `Nat.Linear`): linear arithmetic over `Nat` by reflection, the library behind `simp +arith`.

The engine's arith simprocs (`Lean.Meta.Simp.Arith.Nat`) reify a constraint or term into the
`Expr`/`ExprCnstr` below, normalise it with their own native copy of these functions, and hand
the kernel a proof such as `ExprCnstr.eq_of_toNormPoly_eq ctx c c' (Eq.refl true)`. The kernel
then evaluates *these* definitions, so each one computes exactly what real Lean's does (same
names, same normal form: monomials sorted by variable, equal variables fused, numerals as the
variable `fixedVar`, common terms cancelled across the two sides). The proofs are our own.
-/
prelude
import Init.Data.RArray
import Init.Data.List.Lemmas
import Init.RCases
import Init.PropLemmas
import Init.TacticsExtra

namespace Nat.Internal.Linear

abbrev Var := Nat

abbrev Context := Lean.RArray Nat

/-- The variable numerals are attached to (its value is always `1`); larger than any atom index,
so numerals sort last. -/
def fixedVar := 100000000

def Var.denote (ctx : Context) (v : Var) : Nat :=
  bif v == fixedVar then 1 else ctx.get v

inductive Expr where
  | num  (v : Nat)
  | var  (i : Var)
  | add  (a b : Expr)
  | mulL (k : Nat) (a : Expr)
  | mulR (a : Expr) (k : Nat)
  deriving Inhabited

def Expr.denote (ctx : Context) : Expr → Nat
  | .add a b  => Nat.add (denote ctx a) (denote ctx b)
  | .num k    => k
  | .var v    => v.denote ctx
  | .mulL k e => Nat.mul k (denote ctx e)
  | .mulR e k => Nat.mul (denote ctx e) k

/-- A sum of monomials `k * x`. -/
abbrev Poly := List (Nat × Var)

def Poly.denote (ctx : Context) (p : Poly) : Nat :=
  match p with
  | [] => 0
  | (k, v) :: p => Nat.add (Nat.mul k (v.denote ctx)) (denote ctx p)

/-- Adds `k * v` to a sorted polynomial, keeping it sorted and fusing an equal variable. -/
def Poly.insert (k : Nat) (v : Var) (p : Poly) : Poly :=
  match p with
  | [] => [(k, v)]
  | (k', v') :: p =>
    bif Nat.blt v v' then
      (k, v) :: (k', v') :: p
    else bif Nat.beq v v' then
      (k + k', v') :: p
    else
      (k', v') :: insert k v p

/-- Sorts and fuses (insertion into an accumulator). -/
def Poly.norm (p : Poly) : Poly := go p []
where
  go (p : Poly) (r : Poly) : Poly :=
    match p with
    | [] => r
    | (k, v) :: p => go p (r.insert k v)

/-- Cancels the monomials two sorted polynomials share; `r₁`, `r₂` collect what is kept
(reversed); `fuel` only makes the recursion structural. -/
def Poly.cancelAux (fuel : Nat) (m₁ m₂ r₁ r₂ : Poly) : Poly × Poly :=
  match fuel with
  | 0 => (r₁.reverse ++ m₁, r₂.reverse ++ m₂)
  | fuel + 1 =>
    match m₁, m₂ with
    | m₁, [] => (r₁.reverse ++ m₁, r₂.reverse)
    | [], m₂ => (r₁.reverse, r₂.reverse ++ m₂)
    | (k₁, v₁) :: m₁, (k₂, v₂) :: m₂ =>
      bif Nat.blt v₁ v₂ then
        cancelAux fuel m₁ ((k₂, v₂) :: m₂) ((k₁, v₁) :: r₁) r₂
      else bif Nat.blt v₂ v₁ then
        cancelAux fuel ((k₁, v₁) :: m₁) m₂ r₁ ((k₂, v₂) :: r₂)
      else bif Nat.blt k₁ k₂ then
        cancelAux fuel m₁ m₂ r₁ ((Nat.sub k₂ k₁, v₁) :: r₂)
      else bif Nat.blt k₂ k₁ then
        cancelAux fuel m₁ m₂ ((Nat.sub k₁ k₂, v₁) :: r₁) r₂
      else
        cancelAux fuel m₁ m₂ r₁ r₂

def hugeFuel := 1000000

def Poly.cancel (p₁ p₂ : Poly) : Poly × Poly :=
  cancelAux hugeFuel p₁ p₂ [] []

def Poly.isNum? (p : Poly) : Option Nat :=
  match p with
  | [] => some 0
  | [(k, v)] => bif v == fixedVar then some k else none
  | _ => none

def Poly.isZero (p : Poly) : Bool :=
  match p with
  | [] => true
  | _  => false

def Poly.isNonZero (p : Poly) : Bool :=
  match p with
  | [] => false
  | (k, v) :: p => bif v == fixedVar then k > 0 else isNonZero p

def Poly.denote_eq (ctx : Context) (mp : Poly × Poly) : Prop := mp.1.denote ctx = mp.2.denote ctx

def Poly.denote_le (ctx : Context) (mp : Poly × Poly) : Prop := mp.1.denote ctx ≤ mp.2.denote ctx

/-- The monomials of an expression, built as a difference list (`go coeff e` prepends
`coeff * e`'s monomials). -/
def Expr.toPoly (e : Expr) : Poly :=
  go 1 e []
where
  go (coeff : Nat) : Expr → (Poly → Poly)
    | .num k    => bif k == 0 then id else ((coeff * k, fixedVar) :: ·)
    | .var i    => ((coeff, i) :: ·)
    | .add a b  => go coeff a ∘ go coeff b
    | .mulL k a
    | .mulR a k => bif k == 0 then id else go (coeff * k) a

def Expr.toNormPoly (e : Expr) : Poly :=
  e.toPoly.norm

def Expr.inc (e : Expr) : Expr :=
  .add e (.num 1)

structure PolyCnstr where
  eq  : Bool
  lhs : Poly
  rhs : Poly
  deriving DecidableEq

structure ExprCnstr where
  eq  : Bool
  lhs : Expr
  rhs : Expr

def PolyCnstr.denote (ctx : Context) (c : PolyCnstr) : Prop :=
  bif c.eq then
    Poly.denote_eq ctx (c.lhs, c.rhs)
  else
    Poly.denote_le ctx (c.lhs, c.rhs)

def PolyCnstr.norm (c : PolyCnstr) : PolyCnstr :=
  let (lhs, rhs) := Poly.cancel c.lhs.norm c.rhs.norm
  { eq := c.eq, lhs, rhs }

def PolyCnstr.isUnsat (c : PolyCnstr) : Bool :=
  bif c.eq then
    (c.lhs.isZero && c.rhs.isNonZero) || (c.lhs.isNonZero && c.rhs.isZero)
  else
    c.lhs.isNonZero && c.rhs.isZero

def PolyCnstr.isValid (c : PolyCnstr) : Bool :=
  bif c.eq then
    c.lhs.isZero && c.rhs.isZero
  else
    c.lhs.isZero

def ExprCnstr.denote (ctx : Context) (c : ExprCnstr) : Prop :=
  bif c.eq then
    c.lhs.denote ctx = c.rhs.denote ctx
  else
    c.lhs.denote ctx ≤ c.rhs.denote ctx

def ExprCnstr.toPoly (c : ExprCnstr) : PolyCnstr :=
  { c with lhs := c.lhs.toPoly, rhs := c.rhs.toPoly }

def ExprCnstr.toNormPoly (c : ExprCnstr) : PolyCnstr :=
  let (lhs, rhs) := Poly.cancel c.lhs.toNormPoly c.rhs.toNormPoly
  { c with lhs, rhs }

def monomialToExpr (k : Nat) (v : Var) : Expr :=
  bif v == fixedVar then
    .num k
  else bif k == 1 then
    .var v
  else
    .mulL k (.var v)

def Poly.toExpr (p : Poly) : Expr :=
  match p with
  | [] => .num 0
  | (k, v) :: p => go (monomialToExpr k v) p
where
  go (e : Expr) (p : Poly) : Expr :=
    match p with
    | [] => e
    | (k, v) :: p => go (.add e (monomialToExpr k v)) p

def PolyCnstr.toExpr (c : PolyCnstr) : ExprCnstr :=
  { c with lhs := c.lhs.toExpr, rhs := c.rhs.toExpr }

/-! ## Correctness -/

section
variable (ctx : Context)

theorem Var.denote_fixedVar : Var.denote ctx fixedVar = 1 := rfl

theorem Poly.denote_nil : Poly.denote ctx [] = 0 := rfl

theorem Poly.denote_cons (k : Nat) (v : Var) (p : Poly) :
    Poly.denote ctx ((k, v) :: p) = k * v.denote ctx + p.denote ctx := rfl

theorem Poly.denote_append (p q : Poly) : (p ++ q).denote ctx = p.denote ctx + q.denote ctx := by
  induction p with
  | nil => simp [Poly.denote_nil]
  | cons kv p ih =>
    obtain ⟨k, v⟩ := kv
    show Poly.denote ctx ((k, v) :: (p ++ q)) = _
    rw [Poly.denote_cons, Poly.denote_cons, ih]; omega

theorem Poly.denote_reverseAux (p q : Poly) :
    Poly.denote ctx (List.reverseAux p q) = p.denote ctx + q.denote ctx := by
  induction p generalizing q with
  | nil => simp [Poly.denote_nil]
  | cons kv p ih =>
    obtain ⟨k, v⟩ := kv
    rw [List.reverseAux_cons, ih, Poly.denote_cons, Poly.denote_cons]; omega

theorem Poly.denote_reverse (p : Poly) : Poly.denote ctx p.reverse = p.denote ctx := by
  show Poly.denote ctx (List.reverseAux p []) = _
  rw [Poly.denote_reverseAux, Poly.denote_nil]; omega

theorem Poly.denote_insert (k : Nat) (v : Var) (p : Poly) :
    (p.insert k v).denote ctx = p.denote ctx + k * v.denote ctx := by
  induction p with
  | nil => show Poly.denote ctx [(k, v)] = _; rw [Poly.denote_cons, Poly.denote_nil]; omega
  | cons kv p ih =>
    obtain ⟨k', v'⟩ := kv
    show Poly.denote ctx (bif Nat.blt v v' then (k, v) :: (k', v') :: p
      else bif Nat.beq v v' then (k + k', v') :: p else (k', v') :: Poly.insert k v p) = _
    cases h₁ : Nat.blt v v'
    · cases h₂ : Nat.beq v v'
      · simp only [cond_false]; rw [Poly.denote_cons, Poly.denote_cons, ih]; omega
      · have := Nat.eq_of_beq_eq_true h₂; subst this
        simp only [cond_false, cond_true]
        rw [Poly.denote_cons, Poly.denote_cons, Nat.add_mul]; omega
    · simp only [cond_true]; rw [Poly.denote_cons, Poly.denote_cons]; omega

theorem Poly.denote_norm_go (p r : Poly) :
    (Poly.norm.go p r).denote ctx = p.denote ctx + r.denote ctx := by
  induction p generalizing r with
  | nil => show r.denote ctx = _; rw [Poly.denote_nil]; omega
  | cons kv p ih =>
    obtain ⟨k, v⟩ := kv
    show (Poly.norm.go p (Poly.insert k v r)).denote ctx = _
    rw [ih, Poly.denote_insert, Poly.denote_cons]; omega

theorem Poly.denote_norm (p : Poly) : p.norm.denote ctx = p.denote ctx := by
  show (Poly.norm.go p []).denote ctx = _
  rw [Poly.denote_norm_go, Poly.denote_nil]; omega

theorem Expr.denote_toPoly_go (e : Expr) (coeff : Nat) (p : Poly) :
    (Expr.toPoly.go coeff e p).denote ctx = coeff * e.denote ctx + p.denote ctx := by
  induction e generalizing coeff p with
  | num k =>
    show Poly.denote ctx ((bif k == 0 then id else ((coeff * k, fixedVar) :: ·)) p) = coeff * k + _
    cases h : k == 0
    · simp only [cond_false]; rw [Poly.denote_cons, Var.denote_fixedVar, Nat.mul_one]
    · have := eq_of_beq h; subst this; simp
  | var i =>
    show Poly.denote ctx ((coeff, i) :: p) = _
    rw [Poly.denote_cons]; rfl
  | add a b iha ihb =>
    show (Expr.toPoly.go coeff a (Expr.toPoly.go coeff b p)).denote ctx =
      coeff * (a.denote ctx + b.denote ctx) + _
    rw [iha, ihb, Nat.mul_add]; omega
  | mulL k a ih =>
    show Poly.denote ctx ((bif k == 0 then id else Expr.toPoly.go (coeff * k) a) p) =
      coeff * (k * a.denote ctx) + _
    cases h : k == 0
    · simp only [cond_false]; rw [ih, Nat.mul_assoc]
    · have := eq_of_beq h; subst this; simp
  | mulR a k ih =>
    show Poly.denote ctx ((bif k == 0 then id else Expr.toPoly.go (coeff * k) a) p) =
      coeff * (a.denote ctx * k) + _
    cases h : k == 0
    · simp only [cond_false]; rw [ih, Nat.mul_assoc, Nat.mul_comm k]
    · have := eq_of_beq h; subst this; simp

theorem Expr.denote_toPoly (e : Expr) : e.toPoly.denote ctx = e.denote ctx := by
  show (Expr.toPoly.go 1 e []).denote ctx = _
  rw [Expr.denote_toPoly_go, Poly.denote_nil]; omega

theorem Expr.denote_toNormPoly (e : Expr) : e.toNormPoly.denote ctx = e.denote ctx := by
  show e.toPoly.norm.denote ctx = _
  rw [Poly.denote_norm, Expr.denote_toPoly]

private theorem eq_of_not_blt (h₁ : Nat.blt a b = false) (h₂ : Nat.blt b a = false) : a = b := by
  have h₁ : Nat.ble (a + 1) b = false := h₁
  have h₂ : Nat.ble (b + 1) a = false := h₂
  have h₁ : ¬ a + 1 ≤ b := Nat.not_le_of_not_ble_eq_true (by rw [h₁]; exact Bool.noConfusion)
  have h₂ : ¬ b + 1 ≤ a := Nat.not_le_of_not_ble_eq_true (by rw [h₂]; exact Bool.noConfusion)
  omega

private theorem lt_of_blt (h : Nat.blt a b = true) : a < b := Nat.le_of_ble_eq_true h

/-- What cancelling keeps: both sides lose the same amount. -/
theorem Poly.cancelAux_spec (fuel : Nat) (m₁ m₂ r₁ r₂ : Poly) :
    ∃ c, r₁.denote ctx + m₁.denote ctx = (cancelAux fuel m₁ m₂ r₁ r₂).1.denote ctx + c ∧
      r₂.denote ctx + m₂.denote ctx = (cancelAux fuel m₁ m₂ r₁ r₂).2.denote ctx + c := by
  induction fuel generalizing m₁ m₂ r₁ r₂ with
  | zero =>
    refine ⟨0, ?_, ?_⟩ <;>
      simp only [cancelAux, Poly.denote_append, Poly.denote_reverse] <;> omega
  | succ fuel ih =>
    cases m₂ with
    | nil =>
      refine ⟨0, ?_, ?_⟩ <;> cases m₁ <;>
        simp only [cancelAux, Poly.denote_append, Poly.denote_reverse, Poly.denote_nil] <;> omega
    | cons kv₂ m₂ =>
      cases m₁ with
      | nil =>
        refine ⟨0, ?_, ?_⟩ <;>
          simp only [cancelAux, Poly.denote_append, Poly.denote_reverse, Poly.denote_nil] <;> omega
      | cons kv₁ m₁ =>
        obtain ⟨k₁, v₁⟩ := kv₁
        obtain ⟨k₂, v₂⟩ := kv₂
        show ∃ c, _ = (bif Nat.blt v₁ v₂ then cancelAux fuel m₁ ((k₂, v₂) :: m₂) ((k₁, v₁) :: r₁) r₂
          else bif Nat.blt v₂ v₁ then cancelAux fuel ((k₁, v₁) :: m₁) m₂ r₁ ((k₂, v₂) :: r₂)
          else bif Nat.blt k₁ k₂ then cancelAux fuel m₁ m₂ r₁ ((Nat.sub k₂ k₁, v₁) :: r₂)
          else bif Nat.blt k₂ k₁ then cancelAux fuel m₁ m₂ ((Nat.sub k₁ k₂, v₁) :: r₁) r₂
          else cancelAux fuel m₁ m₂ r₁ r₂).1.denote ctx + c ∧
          _ = (bif Nat.blt v₁ v₂ then cancelAux fuel m₁ ((k₂, v₂) :: m₂) ((k₁, v₁) :: r₁) r₂
          else bif Nat.blt v₂ v₁ then cancelAux fuel ((k₁, v₁) :: m₁) m₂ r₁ ((k₂, v₂) :: r₂)
          else bif Nat.blt k₁ k₂ then cancelAux fuel m₁ m₂ r₁ ((Nat.sub k₂ k₁, v₁) :: r₂)
          else bif Nat.blt k₂ k₁ then cancelAux fuel m₁ m₂ ((Nat.sub k₁ k₂, v₁) :: r₁) r₂
          else cancelAux fuel m₁ m₂ r₁ r₂).2.denote ctx + c
        cases hv₁ : Nat.blt v₁ v₂
        · cases hv₂ : Nat.blt v₂ v₁
          · have := eq_of_not_blt hv₁ hv₂; subst this
            cases hk₁ : Nat.blt k₁ k₂
            · cases hk₂ : Nat.blt k₂ k₁
              · have := eq_of_not_blt hk₁ hk₂; subst this
                simp only [cond_false]
                obtain ⟨c, h₁, h₂⟩ := ih m₁ m₂ r₁ r₂
                refine ⟨c + k₁ * v₁.denote ctx, ?_, ?_⟩ <;> rw [Poly.denote_cons] <;> omega
              · simp only [cond_false, cond_true, Nat.sub_eq]
                obtain ⟨c, h₁, h₂⟩ := ih m₁ m₂ ((k₁ - k₂, v₁) :: r₁) r₂
                rw [Poly.denote_cons] at h₁
                have hk := Nat.mul_le_mul_right (v₁.denote ctx) (Nat.le_of_lt (lt_of_blt hk₂))
                have hs : (k₁ - k₂) * v₁.denote ctx = k₁ * v₁.denote ctx - k₂ * v₁.denote ctx :=
                  Nat.sub_mul ..
                refine ⟨c + k₂ * v₁.denote ctx, ?_, ?_⟩ <;> rw [Poly.denote_cons] <;> omega
            · simp only [cond_false, cond_true, Nat.sub_eq]
              obtain ⟨c, h₁, h₂⟩ := ih m₁ m₂ r₁ ((k₂ - k₁, v₁) :: r₂)
              rw [Poly.denote_cons] at h₂
              have hk := Nat.mul_le_mul_right (v₁.denote ctx) (Nat.le_of_lt (lt_of_blt hk₁))
              have hs : (k₂ - k₁) * v₁.denote ctx = k₂ * v₁.denote ctx - k₁ * v₁.denote ctx :=
                Nat.sub_mul ..
              refine ⟨c + k₁ * v₁.denote ctx, ?_, ?_⟩ <;> rw [Poly.denote_cons] <;> omega
          · simp only [cond_false, cond_true]
            obtain ⟨c, h₁, h₂⟩ := ih ((k₁, v₁) :: m₁) m₂ r₁ ((k₂, v₂) :: r₂)
            rw [Poly.denote_cons] at h₂
            refine ⟨c, ?_, ?_⟩ <;> rw [Poly.denote_cons] at * <;> omega
        · simp only [cond_true]
          obtain ⟨c, h₁, h₂⟩ := ih m₁ ((k₂, v₂) :: m₂) ((k₁, v₁) :: r₁) r₂
          rw [Poly.denote_cons] at h₁
          refine ⟨c, ?_, ?_⟩ <;> rw [Poly.denote_cons] at * <;> omega

theorem Poly.cancel_spec (p₁ p₂ : Poly) :
    ∃ c, p₁.denote ctx = (cancel p₁ p₂).1.denote ctx + c ∧
      p₂.denote ctx = (cancel p₁ p₂).2.denote ctx + c := by
  obtain ⟨c, h₁, h₂⟩ := Poly.cancelAux_spec ctx hugeFuel p₁ p₂ [] []
  rw [Poly.denote_nil] at h₁ h₂
  exact ⟨c, by unfold Poly.cancel; omega, by unfold Poly.cancel; omega⟩

theorem ExprCnstr.denote_toNormPoly (c : ExprCnstr) : c.toNormPoly.denote ctx = c.denote ctx := by
  obtain ⟨eq, lhs, rhs⟩ := c
  obtain ⟨d, h₁, h₂⟩ := Poly.cancel_spec ctx lhs.toNormPoly rhs.toNormPoly
  rw [Expr.denote_toNormPoly] at h₁ h₂
  revert h₁ h₂
  show _ → _ → (match Poly.cancel lhs.toNormPoly rhs.toNormPoly with
    | (l, r) => ({ eq, lhs := l, rhs := r } : PolyCnstr)).denote ctx = _
  cases Poly.cancel lhs.toNormPoly rhs.toNormPoly with
  | mk l r =>
    intro h₁ h₂
    apply propext
    cases eq
    · show l.denote ctx ≤ r.denote ctx ↔ lhs.denote ctx ≤ rhs.denote ctx
      simp only at h₁ h₂; omega
    · show l.denote ctx = r.denote ctx ↔ lhs.denote ctx = rhs.denote ctx
      simp only at h₁ h₂; omega

theorem ExprCnstr.denote_toPoly (c : ExprCnstr) : c.toPoly.denote ctx = c.denote ctx := by
  obtain ⟨eq, lhs, rhs⟩ := c
  cases eq
  · show (lhs.toPoly.denote ctx ≤ rhs.toPoly.denote ctx) = _
    rw [Expr.denote_toPoly, Expr.denote_toPoly]; rfl
  · show (lhs.toPoly.denote ctx = rhs.toPoly.denote ctx) = _
    rw [Expr.denote_toPoly, Expr.denote_toPoly]; rfl

theorem Poly.of_isZero {p : Poly} (h : p.isZero = true) : p.denote ctx = 0 := by
  cases p with
  | nil => rfl
  | cons _ _ => exact nomatch h

theorem Poly.of_isNonZero {p : Poly} (h : p.isNonZero = true) : p.denote ctx > 0 := by
  induction p with
  | nil => exact nomatch h
  | cons kv p ih =>
    obtain ⟨k, v⟩ := kv
    rw [Poly.denote_cons]
    cases hv : v == fixedVar
    · have : Poly.isNonZero p = true := by
        rw [← h]; show _ = bif v == fixedVar then decide (k > 0) else Poly.isNonZero p; rw [hv]; rfl
      have := ih this; omega
    · have hk : decide (k > 0) = true := by
        rw [← h]; show _ = bif v == fixedVar then decide (k > 0) else Poly.isNonZero p; rw [hv]; rfl
      have := eq_of_beq hv; subst this
      rw [Var.denote_fixedVar]; have := of_decide_eq_true hk; omega

theorem PolyCnstr.eq_true_of_isValid {c : PolyCnstr} (h : c.isValid = true) : c.denote ctx = True := by
  obtain ⟨eq, lhs, rhs⟩ := c
  apply eq_true
  cases eq
  · have h₁ : lhs.isZero = true := h
    show lhs.denote ctx ≤ rhs.denote ctx
    rw [Poly.of_isZero ctx h₁]; exact Nat.zero_le _
  · have h' : (lhs.isZero && rhs.isZero) = true := h
    rw [Bool.and_eq_true] at h'
    show lhs.denote ctx = rhs.denote ctx
    rw [Poly.of_isZero ctx h'.1, Poly.of_isZero ctx h'.2]

theorem PolyCnstr.eq_false_of_isUnsat {c : PolyCnstr} (h : c.isUnsat = true) :
    c.denote ctx = False := by
  obtain ⟨eq, lhs, rhs⟩ := c
  apply eq_false
  cases eq
  · have h' : (lhs.isNonZero && rhs.isZero) = true := h
    rw [Bool.and_eq_true] at h'
    show ¬ lhs.denote ctx ≤ rhs.denote ctx
    have := Poly.of_isNonZero ctx h'.1; rw [Poly.of_isZero ctx h'.2]; omega
  · have h' : ((lhs.isZero && rhs.isNonZero) || (lhs.isNonZero && rhs.isZero)) = true := h
    show ¬ lhs.denote ctx = rhs.denote ctx
    rw [Bool.or_eq_true, Bool.and_eq_true, Bool.and_eq_true] at h'
    cases h' with
    | inl h' => have := Poly.of_isNonZero ctx h'.2; rw [Poly.of_isZero ctx h'.1]; omega
    | inr h' => have := Poly.of_isNonZero ctx h'.1; rw [Poly.of_isZero ctx h'.2]; omega

theorem ExprCnstr.eq_true_of_isValid (c : ExprCnstr) (h : c.toNormPoly.isValid) :
    c.denote ctx = True := by
  rw [← ExprCnstr.denote_toNormPoly]; exact PolyCnstr.eq_true_of_isValid ctx h

theorem ExprCnstr.eq_false_of_isUnsat (c : ExprCnstr) (h : c.toNormPoly.isUnsat) :
    c.denote ctx = False := by
  rw [← ExprCnstr.denote_toNormPoly]; exact PolyCnstr.eq_false_of_isUnsat ctx h

theorem ExprCnstr.eq_of_toNormPoly_eq (c d : ExprCnstr) (h : c.toNormPoly == d.toPoly) :
    c.denote ctx = d.denote ctx := by
  rw [← ExprCnstr.denote_toNormPoly, ← ExprCnstr.denote_toPoly, eq_of_beq h]

private theorem Poly.eq_of_beq : ∀ {p q : Poly}, (p == q) = true → p = q
  | [], [], _ => rfl
  | [], _ :: _, h => nomatch h
  | _ :: _, [], h => nomatch h
  | a :: p, b :: q, h => by
    have h : (a == b && p == q) = true := h
    rw [Bool.and_eq_true] at h
    rw [LawfulBEq.eq_of_beq h.1, Poly.eq_of_beq h.2]

theorem Expr.eq_of_toNormPoly_eq (e e' : Expr) (h : e.toNormPoly == e'.toPoly) :
    e.denote ctx = e'.denote ctx := by
  rw [← Expr.denote_toNormPoly, ← Expr.denote_toPoly, Poly.eq_of_beq h]

end

end Internal.Linear

/-- Used by the match compiler for `n + k` patterns. -/
def elimOffset {α : Sort u} (a b k : Nat) (h₁ : a + k = b + k) (h₂ : a = b → α) : α :=
  h₂ (Nat.add_right_cancel h₁)

end Nat
