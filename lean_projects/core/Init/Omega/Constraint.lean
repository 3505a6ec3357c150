/-
leanagent core library: `Constraint` (optional lower and upper bounds) and the lemmas whose
instances make up an `omega` proof: `addInequality_sat`, `addEquality_sat`, `tidy_sat`,
`combine_sat'`, `combo_sat'`, `bmod_sat`, `not_sat'_of_isImpossible`.

`tidy`, `combine`, `combo`, `bmod_coeffs` compute exactly what real Lean's do: the elaborator
states their results as literals and the kernel checks them against these definitions.
-/
prelude
import Init.Omega.LinearCombo
import Init.Omega.Int

set_option linter.unusedVariables false

namespace Lean.Omega

/-- An optional lower bound on an integer. -/
abbrev LowerBound : Type := Option Int
/-- An optional upper bound on an integer. -/
abbrev UpperBound : Type := Option Int

/-- A lower bound at `x` is satisfied at `t` if `x ≤ t`. -/
def LowerBound.sat (b : LowerBound) (t : Int) : Bool :=
  match b with
  | none => true
  | some x => decide (x ≤ t)

/-- An upper bound at `y` is satisfied at `t` if `t ≤ y`. -/
def UpperBound.sat (b : UpperBound) (t : Int) : Bool :=
  match b with
  | none => true
  | some y => decide (t ≤ y)

/-- An optional lower and upper bound (both inclusive). -/
structure Constraint where
  /-- A lower bound. -/
  lowerBound : LowerBound
  /-- An upper bound. -/
  upperBound : UpperBound

namespace Constraint

/-- Both bounds hold at `t`. -/
def sat (c : Constraint) (t : Int) : Bool := c.lowerBound.sat t && c.upperBound.sat t

/-- Apply a function to both bounds. -/
def map (c : Constraint) (f : Int → Int) : Constraint where
  lowerBound := c.lowerBound.map f
  upperBound := c.upperBound.map f

/-- Swap the bounds. -/
def flip (c : Constraint) : Constraint where
  lowerBound := c.upperBound
  upperBound := c.lowerBound

/-- Negate a constraint: `[x, y]` becomes `[-y, -x]`. -/
def neg (c : Constraint) : Constraint := c.flip.map (- ·)

/-- The trivial constraint. -/
def trivial : Constraint := ⟨none, none⟩
/-- The impossible constraint. -/
def impossible : Constraint := ⟨some 1, some 0⟩
/-- An exact constraint. -/
def exact (r : Int) : Constraint := ⟨some r, some r⟩

/-- Is the constraint unsatisfiable? -/
def isImpossible : Constraint → Bool
  | ⟨some x, some y⟩ => decide (y < x)
  | _ => false

/-- Does the constraint fix a single value? -/
def isExact : Constraint → Bool
  | ⟨some x, some y⟩ => decide (x = y)
  | _ => false

/-- Scale a constraint by `k`. -/
def scale (k : Int) (c : Constraint) : Constraint :=
  if k = 0 then
    if c.isImpossible then c else ⟨some 0, some 0⟩
  else if 0 < k then
    c.map (k * ·)
  else
    c.flip.map (k * ·)

private def addOpt : Option Int → Option Int → Option Int
  | some a, some b => some (a + b)
  | _, _ => none

/-- The sum of two constraints. -/
def add (x y : Constraint) : Constraint where
  lowerBound := addOpt x.lowerBound y.lowerBound
  upperBound := addOpt x.upperBound y.upperBound

/-- A linear combination of two constraints. -/
def combo (a : Int) (x : Constraint) (b : Int) (y : Constraint) : Constraint :=
  add (scale a x) (scale b y)

private def mergeMax : Option Int → Option Int → Option Int
  | none, none => none
  | some a, none => some a
  | none, some b => some b
  | some a, some b => some (max a b)

private def mergeMin : Option Int → Option Int → Option Int
  | none, none => none
  | some a, none => some a
  | none, some b => some b
  | some a, some b => some (min a b)

/-- The conjunction of two constraints. -/
def combine (x y : Constraint) : Constraint where
  lowerBound := mergeMax x.lowerBound y.lowerBound
  upperBound := mergeMin x.upperBound y.upperBound

/-- Divide by a natural number, rounding the lower bound up and the upper bound down. -/
def div (c : Constraint) (k : Nat) : Constraint where
  lowerBound := c.lowerBound.map fun x => (- ((- x) / k))
  upperBound := c.upperBound.map fun y => y / k

/-- The constraint holds at the dot product of two vectors. -/
abbrev sat' (c : Constraint) (x y : Coeffs) := c.sat (Coeffs.dot x y)

/-! ### Reading `sat` as a proposition -/

private theorem and_true_iff : ∀ {a b : Bool}, (a && b) = true ↔ a = true ∧ b = true
  | true, true => ⟨fun _ => ⟨rfl, rfl⟩, fun _ => rfl⟩
  | true, false => ⟨fun h => Bool.noConfusion h, fun h => Bool.noConfusion h.2⟩
  | false, _ => ⟨fun h => Bool.noConfusion h, fun h => Bool.noConfusion h.1⟩

private theorem decide_true_iff {p : Prop} [Decidable p] : decide p = true ↔ p :=
  ⟨of_decide_eq_true, decide_eq_true⟩

theorem sat_iff {c : Constraint} {t : Int} :
    c.sat t = true ↔ (∀ l, c.lowerBound = some l → l ≤ t) ∧ (∀ u, c.upperBound = some u → t ≤ u) := by
  cases c with
  | mk lo up =>
    show (LowerBound.sat lo t && UpperBound.sat up t) = true ↔ _
    rw [and_true_iff]
    cases lo with
    | none =>
      cases up with
      | none => exact ⟨fun _ => ⟨fun _ h => (by cases h), fun _ h => (by cases h)⟩, fun _ => ⟨rfl, rfl⟩⟩
      | some u =>
        show (true = true ∧ decide (t ≤ u) = true) ↔ _
        exact ⟨fun h => ⟨fun _ e => (by cases e), fun _ e => by cases e; exact decide_true_iff.1 h.2⟩,
          fun h => ⟨rfl, decide_true_iff.2 (h.2 u rfl)⟩⟩
    | some l =>
      cases up with
      | none =>
        show (decide (l ≤ t) = true ∧ true = true) ↔ _
        exact ⟨fun h => ⟨fun _ e => by cases e; exact decide_true_iff.1 h.1, fun _ e => (by cases e)⟩,
          fun h => ⟨decide_true_iff.2 (h.1 l rfl), rfl⟩⟩
      | some u =>
        show (decide (l ≤ t) = true ∧ decide (t ≤ u) = true) ↔ _
        exact ⟨fun h => ⟨fun _ e => by cases e; exact decide_true_iff.1 h.1,
            fun _ e => by cases e; exact decide_true_iff.1 h.2⟩,
          fun h => ⟨decide_true_iff.2 (h.1 l rfl), decide_true_iff.2 (h.2 u rfl)⟩⟩

theorem sat_of {c : Constraint} {t : Int} (hl : ∀ l, c.lowerBound = some l → l ≤ t)
    (hu : ∀ u, c.upperBound = some u → t ≤ u) : c.sat t = true := sat_iff.2 ⟨hl, hu⟩

theorem sat_lower {c : Constraint} {t : Int} (w : c.sat t = true) :
    ∀ l, c.lowerBound = some l → l ≤ t := (sat_iff.1 w).1

theorem sat_upper {c : Constraint} {t : Int} (w : c.sat t = true) :
    ∀ u, c.upperBound = some u → t ≤ u := (sat_iff.1 w).2

/-! ### Satisfaction lemmas -/

theorem trivial_sat {t : Int} : trivial.sat t = true := rfl

theorem exact_sat_iff (r t : Int) : (exact r).sat t = true ↔ r = t := by
  rw [sat_iff]
  constructor
  · intro ⟨h₁, h₂⟩; exact Int.le_antisymm (h₁ r rfl) (h₂ r rfl)
  · intro h; cases h
    exact ⟨fun _ e => by cases e; exact Int.le_refl r, fun _ e => by cases e; exact Int.le_refl r⟩

theorem isImpossible_iff {c : Constraint} :
    c.isImpossible = true ↔ ∃ x y, c.lowerBound = some x ∧ c.upperBound = some y ∧ y < x := by
  cases c with
  | mk lo up =>
    cases lo with
    | none => exact ⟨fun h => (by cases h), fun ⟨_, _, h, _⟩ => (by cases h)⟩
    | some x =>
      cases up with
      | none => exact ⟨fun h => (by cases h), fun ⟨_, _, _, h, _⟩ => (by cases h)⟩
      | some y =>
        exact ⟨fun h => ⟨x, y, rfl, rfl, decide_true_iff.1 h⟩,
          fun ⟨_, _, e₁, e₂, h⟩ => by cases e₁; cases e₂; exact decide_true_iff.2 h⟩

theorem not_sat_of_isImpossible {c : Constraint} (h : isImpossible c = true) {t : Int} :
    ¬ c.sat t = true := by
  intro w
  cases isImpossible_iff.1 h with
  | intro x hx =>
    cases hx with
    | intro y hy =>
      exact Int.lt_irrefl _
        (Int.lt_of_lt_of_le hy.2.2 (Int.le_trans (sat_lower w x hy.1) (sat_upper w y hy.2.1)))

theorem not_sat'_of_isImpossible {c : Constraint} (h : isImpossible c = true) {x y : Coeffs} :
    ¬ c.sat' x y = true :=
  not_sat_of_isImpossible h

private theorem some_inj {a b : Int} (h : some a = some b) : a = b := by
  injection h

private theorem map_eq_some {f : Int → Int} {o : Option Int} {a : Int} (h : o.map f = some a) :
    ∃ b, o = some b ∧ f b = a := by
  cases o with
  | none => cases h
  | some b => exact ⟨b, rfl, some_inj h⟩

theorem neg_sat {c : Constraint} {v : Int} (w : c.sat v = true) : c.neg.sat (-v) = true := by
  apply sat_of
  · intro l e
    cases map_eq_some e with
    | intro u hu =>
      rw [← hu.2]; exact Int.neg_le_neg (sat_upper w u hu.1)
  · intro u e
    cases map_eq_some e with
    | intro l hl =>
      rw [← hl.2]; exact Int.neg_le_neg (sat_lower w l hl.1)

theorem scale_sat {c : Constraint} {t : Int} (k : Int) (w : c.sat t = true) :
    (scale k c).sat (k * t) = true := by
  unfold scale
  cases Int.decEq k 0 with
  | isTrue hk =>
    rw [if_pos hk]
    cases Bool.decEq c.isImpossible true with
    | isTrue hi => exact absurd w (not_sat_of_isImpossible hi)
    | isFalse hi =>
      rw [if_neg hi, hk, Int.zero_mul]
      exact sat_of (fun _ e => by cases e; exact Int.le_refl 0)
        (fun _ e => by cases e; exact Int.le_refl 0)
  | isFalse hk =>
    rw [if_neg hk]
    cases Int.decLt 0 k with
    | isTrue hp =>
      rw [if_pos hp]
      apply sat_of
      · intro l e
        cases map_eq_some e with
        | intro b hb =>
          rw [← hb.2]
          exact Int.mul_le_mul_of_nonneg_left (sat_lower w b hb.1) (Int.le_of_lt hp)
      · intro u e
        cases map_eq_some e with
        | intro b hb =>
          rw [← hb.2]
          exact Int.mul_le_mul_of_nonneg_left (sat_upper w b hb.1) (Int.le_of_lt hp)
    | isFalse hp =>
      rw [if_neg hp]
      have hn : k ≤ 0 := Int.not_lt.1 hp
      apply sat_of
      · intro l e
        cases map_eq_some e with
        | intro b hb =>
          rw [← hb.2]
          exact Int.mul_le_mul_of_nonpos_left hn (sat_upper w b hb.1)
      · intro u e
        cases map_eq_some e with
        | intro b hb =>
          rw [← hb.2]
          exact Int.mul_le_mul_of_nonpos_left hn (sat_lower w b hb.1)

private theorem addOpt_eq_some {o₁ o₂ : Option Int} {a : Int} (h : addOpt o₁ o₂ = some a) :
    ∃ x y, o₁ = some x ∧ o₂ = some y ∧ x + y = a := by
  cases o₁ with
  | none => cases h
  | some x =>
    cases o₂ with
    | none => cases h
    | some y => exact ⟨x, y, rfl, rfl, some_inj h⟩

theorem add_sat {c₁ c₂ : Constraint} {x₁ x₂ : Int} (w₁ : c₁.sat x₁ = true)
    (w₂ : c₂.sat x₂ = true) : (add c₁ c₂).sat (x₁ + x₂) = true := by
  apply sat_of
  · intro l e
    cases addOpt_eq_some e with
    | intro a h =>
      cases h with
      | intro b h =>
        rw [← h.2.2]
        exact Int.add_le_add (sat_lower w₁ a h.1) (sat_lower w₂ b h.2.1)
  · intro u e
    cases addOpt_eq_some e with
    | intro a h =>
      cases h with
      | intro b h =>
        rw [← h.2.2]
        exact Int.add_le_add (sat_upper w₁ a h.1) (sat_upper w₂ b h.2.1)

theorem combo_sat {c₁ c₂ : Constraint} {x₁ x₂ : Int} (a : Int) (w₁ : c₁.sat x₁ = true) (b : Int)
    (w₂ : c₂.sat x₂ = true) : (combo a c₁ b c₂).sat (a * x₁ + b * x₂) = true :=
  add_sat (scale_sat a w₁) (scale_sat b w₂)

private theorem mergeMax_lower {o₁ o₂ : Option Int} {t l : Int}
    (h₁ : ∀ a, o₁ = some a → a ≤ t) (h₂ : ∀ a, o₂ = some a → a ≤ t)
    (e : mergeMax o₁ o₂ = some l) : l ≤ t := by
  cases o₁ with
  | none =>
    cases o₂ with
    | none => exact (by cases e)
    | some b => cases e; exact h₂ _ rfl
  | some a =>
    cases o₂ with
    | none => cases e; exact h₁ _ rfl
    | some b => cases e; exact Int.max_le.2 ⟨h₁ _ rfl, h₂ _ rfl⟩

private theorem mergeMin_upper {o₁ o₂ : Option Int} {t u : Int}
    (h₁ : ∀ a, o₁ = some a → t ≤ a) (h₂ : ∀ a, o₂ = some a → t ≤ a)
    (e : mergeMin o₁ o₂ = some u) : t ≤ u := by
  cases o₁ with
  | none =>
    cases o₂ with
    | none => exact (by cases e)
    | some b => cases e; exact h₂ _ rfl
  | some a =>
    cases o₂ with
    | none => cases e; exact h₁ _ rfl
    | some b => cases e; exact Int.le_min.2 ⟨h₁ _ rfl, h₂ _ rfl⟩

theorem combine_sat {c c' : Constraint} {t : Int} (w : c.sat t = true) (w' : c'.sat t = true) :
    (c.combine c').sat t = true :=
  sat_of (fun _ e => mergeMax_lower (sat_lower w) (sat_lower w') e)
    (fun _ e => mergeMin_upper (sat_upper w) (sat_upper w') e)

theorem combine_sat' {s t : Constraint} {x y : Coeffs} (ws : s.sat' x y = true)
    (wt : t.sat' x y = true) : (s.combine t).sat' x y = true :=
  combine_sat ws wt

theorem div_sat (c : Constraint) (t : Int) (k : Nat) (n : k ≠ 0) (h : (k : Int) ∣ t)
    (w : c.sat t = true) : (c.div k).sat (t / k) = true := by
  have hk : (0 : Int) < (k : Int) := Int.ofNat_lt.2 (Nat.pos_of_ne_zero n)
  apply sat_of
  · intro l e
    cases map_eq_some e with
    | intro b hb =>
      rw [← hb.2]
      -- `-t ≤ -b`, so `(-t)/k ≤ (-b)/k`, and `(-t)/k = -(t/k)` since `k ∣ t`
      have h₁ := Int.ediv_le_ediv hk (Int.neg_le_neg (sat_lower w b hb.1))
      cases h with
      | intro q hq =>
        rw [hq, ← Int.mul_neg, Int.mul_ediv_cancel_left _ (Int.ne_of_gt hk)] at h₁
        rw [hq, Int.mul_ediv_cancel_left _ (Int.ne_of_gt hk)]
        have := Int.neg_le_neg h₁
        rw [Int.neg_neg] at this
        exact this
  · intro u e
    cases map_eq_some e with
    | intro b hb =>
      rw [← hb.2]
      exact Int.ediv_le_ediv hk (sat_upper w b hb.1)

theorem div_sat' {c : Constraint} {x y : Coeffs} (h : Coeffs.gcd x ≠ 0)
    (w : c.sat (Coeffs.dot x y) = true) :
    (c.div (Coeffs.gcd x)).sat' (Coeffs.sdiv x (Coeffs.gcd x)) y = true := by
  show (c.div (Coeffs.gcd x)).sat (IntList.dot (IntList.sdiv x (Coeffs.gcd x)) y) = true
  rw [IntList.dot_sdiv_left x y (Int.dvd_refl _)]
  exact div_sat c _ (Coeffs.gcd x) h (Coeffs.gcd_dvd_dot_left x y) w

theorem addInequality_sat {c : Int} {x y : Coeffs} (w : c + Coeffs.dot x y ≥ 0) :
    Constraint.sat' { lowerBound := some (-c), upperBound := none } x y = true := by
  apply sat_of
  · intro l e
    cases e
    have := Int.add_le_add_left w (-c)
    rw [Int.add_zero, Int.neg_add_cancel_left] at this
    exact this
  · intro u e
    exact (by cases e)

theorem addEquality_sat {c : Int} {x y : Coeffs} (w : c + Coeffs.dot x y = 0) :
    Constraint.sat' { lowerBound := some (-c), upperBound := some (-c) } x y = true := by
  have h : -c = Coeffs.dot x y := by
    rw [← Int.neg_add_cancel_left c (Coeffs.dot x y), w, Int.add_zero]
  apply sat_of
  · intro l e; cases e; rw [h]; exact Int.le_refl _
  · intro u e; cases e; rw [h]; exact Int.le_refl _

end Constraint

/-- Divide through by the gcd of the coefficients; `none` when there is nothing to do. -/
def normalize? : Constraint × Coeffs → Option (Constraint × Coeffs)
  | ⟨s, x⟩ =>
    let gcd := Coeffs.gcd x
    if gcd = 0 then
      if s.sat 0 then
        some (.trivial, x)
      else
        some (.impossible, x)
    else if gcd = 1 then
      none
    else
      some (s.div gcd, Coeffs.sdiv x gcd)

/-- Divide through by the gcd of the coefficients. -/
def normalize (p : Constraint × Coeffs) : Constraint × Coeffs :=
  (normalize? p).getD p

/-- First component of `normalize`. -/
abbrev normalizeConstraint (s : Constraint) (x : Coeffs) : Constraint := (normalize (s, x)).1
/-- Second component of `normalize`. -/
abbrev normalizeCoeffs (s : Constraint) (x : Coeffs) : Coeffs := (normalize (s, x)).2

theorem normalize_sat {s : Constraint} {x v : Coeffs} (w : s.sat' x v = true) :
    (normalizeConstraint s x).sat' (normalizeCoeffs s x) v = true := by
  show (((normalize? (s, x)).getD (s, x)).1).sat' ((normalize? (s, x)).getD (s, x)).2 v = true
  unfold normalize?
  show ((if Coeffs.gcd x = 0 then
      (if s.sat 0 then some (Constraint.trivial, x) else some (Constraint.impossible, x))
    else if Coeffs.gcd x = 1 then none
    else some (s.div (Coeffs.gcd x), Coeffs.sdiv x (Coeffs.gcd x))).getD (s, x)).1.sat'
    ((if Coeffs.gcd x = 0 then
      (if s.sat 0 then some (Constraint.trivial, x) else some (Constraint.impossible, x))
    else if Coeffs.gcd x = 1 then none
    else some (s.div (Coeffs.gcd x), Coeffs.sdiv x (Coeffs.gcd x))).getD (s, x)).2 v = true
  cases Nat.decEq (Coeffs.gcd x) 0 with
  | isTrue h =>
    rw [if_pos h]
    have hd : Coeffs.dot x v = 0 := IntList.dot_of_left_zero (IntList.gcd_eq_zero h)
    cases Bool.decEq (s.sat 0) true with
    | isTrue hs => rw [if_pos hs]; rfl
    | isFalse hs =>
      rw [if_neg hs]
      exact absurd (show s.sat 0 = true by rw [← hd]; exact w) hs
  | isFalse h =>
    rw [if_neg h]
    cases Nat.decEq (Coeffs.gcd x) 1 with
    | isTrue h1 => rw [if_pos h1]; exact w
    | isFalse h1 => rw [if_neg h1]; exact Constraint.div_sat' h w

/-- Multiply by `-1` if the leading coefficient is negative; `none` otherwise. -/
def positivize? : Constraint × Coeffs → Option (Constraint × Coeffs)
  | ⟨s, x⟩ =>
    if 0 ≤ x.leading then
      none
    else
      some (s.neg, Coeffs.smul x (-1))

/-- Multiply by `-1` if the leading coefficient is negative. -/
def positivize (p : Constraint × Coeffs) : Constraint × Coeffs :=
  (positivize? p).getD p

/-- First component of `positivize`. -/
abbrev positivizeConstraint (s : Constraint) (x : Coeffs) : Constraint := (positivize (s, x)).1
/-- Second component of `positivize`. -/
abbrev positivizeCoeffs (s : Constraint) (x : Coeffs) : Coeffs := (positivize (s, x)).2

theorem positivize_sat {s : Constraint} {x v : Coeffs} (w : s.sat' x v = true) :
    (positivizeConstraint s x).sat' (positivizeCoeffs s x) v = true := by
  show (((positivize? (s, x)).getD (s, x)).1).sat' ((positivize? (s, x)).getD (s, x)).2 v = true
  unfold positivize?
  show ((if 0 ≤ x.leading then none else some (s.neg, Coeffs.smul x (-1))).getD (s, x)).1.sat'
    ((if 0 ≤ x.leading then none else some (s.neg, Coeffs.smul x (-1))).getD (s, x)).2 v = true
  cases Int.decLe 0 x.leading with
  | isTrue h => rw [if_pos h]; exact w
  | isFalse h =>
    rw [if_neg h]
    show s.neg.sat (IntList.dot ((-1 : Int) * x) v) = true
    rw [IntList.dot_smul_left, Int.neg_one_mul]
    exact Constraint.neg_sat w

/-- `positivize` then `normalize`; `none` when neither does anything. -/
def tidy? (p : Constraint × Coeffs) : Option (Constraint × Coeffs) :=
  match positivize? p with
  | none => normalize? p
  | some p' => some (normalize p')

/-- `positivize` then `normalize`. -/
def tidy (p : Constraint × Coeffs) : Constraint × Coeffs :=
  (tidy? p).getD p

/-- First component of `tidy`. -/
abbrev tidyConstraint (s : Constraint) (x : Coeffs) : Constraint := (tidy (s, x)).1
/-- Second component of `tidy`. -/
abbrev tidyCoeffs (s : Constraint) (x : Coeffs) : Coeffs := (tidy (s, x)).2

private theorem tidy_eq (p : Constraint × Coeffs) : tidy p = normalize (positivize p) := by
  unfold tidy tidy? positivize normalize
  cases positivize? p <;> rfl

theorem tidy_sat {s : Constraint} {x v : Coeffs} (w : s.sat' x v = true) :
    (tidyConstraint s x).sat' (tidyCoeffs s x) v = true := by
  show (tidy (s, x)).1.sat' (tidy (s, x)).2 v = true
  rw [tidy_eq]
  exact normalize_sat (positivize_sat w)

theorem combo_sat' (s t : Constraint)
    (a : Int) (x : Coeffs) (b : Int) (y : Coeffs) (v : Coeffs)
    (wx : s.sat' x v = true) (wy : t.sat' y v = true) :
    (Constraint.combo a s b t).sat' (Coeffs.combo a x b y) v = true := by
  show (Constraint.combo a s b t).sat (IntList.dot (IntList.combo a x b y) v) = true
  rw [IntList.combo_eq_smul_add_smul, IntList.dot_distrib_left, IntList.dot_smul_left,
    IntList.dot_smul_left]
  exact Constraint.combo_sat a wx b wy

/-- The value of the new variable introduced when solving a hard equality. -/
abbrev bmod_div_term (m : Nat) (a b : Coeffs) : Int := Coeffs.bmod_dot_sub_dot_bmod m a b / m

/-- The coefficients of the new equation generated when solving a hard equality. -/
def bmod_coeffs (m : Nat) (i : Nat) (x : Coeffs) : Coeffs :=
  Coeffs.set (Coeffs.bmod x m) i m

theorem bmod_sat (m : Nat) (r : Int) (i : Nat) (x v : Coeffs)
    (h : x.length ≤ i)
    (p : Coeffs.get v i = bmod_div_term m x v)
    (w : (Constraint.exact r).sat' x v = true) :
    (Constraint.exact (Int.bmod r m)).sat' (bmod_coeffs m i x) v = true := by
  have hr : r = Coeffs.dot x v := (Constraint.exact_sat_iff r _).1 w
  apply (Constraint.exact_sat_iff _ _).2
  show Int.bmod r m = IntList.dot (IntList.set (IntList.bmod x m) i m) v
  rw [IntList.dot_set_left, IntList.get_of_length_le (Nat.le_trans (IntList.bmod_length x m) h),
    Int.sub_zero]
  show Int.bmod r m = IntList.dot (IntList.bmod x m) v + (m : Int) * Coeffs.get v i
  rw [p]
  show Int.bmod r m = IntList.dot (IntList.bmod x m) v +
    (m : Int) * (IntList.bmod_dot_sub_dot_bmod m x v / (m : Int))
  rw [Int.mul_ediv_cancel' (IntList.dvd_bmod_dot_sub_dot_bmod m x v), hr]
  show Int.bmod (IntList.dot x v) m = IntList.dot (IntList.bmod x m) v +
    (Int.bmod (IntList.dot x v) m - IntList.dot (IntList.bmod x m) v)
  rw [Int.add_comm, Int.sub_add_cancel]

end Lean.Omega
