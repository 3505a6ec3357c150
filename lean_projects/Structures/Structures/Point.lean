import Structures.Monoid

/-!
# Points in the plane

A structure with two natural-number coordinates, componentwise addition and
scaling, and the Manhattan norm. Equalities of points reduce to equalities of
coordinates (`Point.ext`), and the arithmetic laws follow from those of `Nat`.
Points under addition form a monoid.
-/

namespace Structures

/-- A point with natural-number coordinates. -/
structure Point where
  x : Nat
  y : Nat

namespace Point

/-- Componentwise sum. -/
def add (p q : Point) : Point := ⟨p.x + q.x, p.y + q.y⟩

/-- Scaling by a number. -/
def smul (k : Nat) (p : Point) : Point := ⟨k * p.x, k * p.y⟩

/-- The origin. -/
def origin : Point := ⟨0, 0⟩

/-- The Manhattan norm `x + y`. -/
def norm1 (p : Point) : Nat := p.x + p.y

theorem ext {p q : Point} (hx : p.x = q.x) (hy : p.y = q.y) : p = q := by
  cases p with
  | mk px py =>
    cases q with
    | mk qx qy =>
      have hx' : px = qx := hx
      have hy' : py = qy := hy
      rw [hx', hy']

theorem origin_x : origin.x = 0 := rfl

theorem origin_y : origin.y = 0 := rfl

theorem add_x (p q : Point) : (add p q).x = p.x + q.x := rfl

theorem add_y (p q : Point) : (add p q).y = p.y + q.y := rfl

theorem smul_x (k : Nat) (p : Point) : (smul k p).x = k * p.x := rfl

theorem smul_y (k : Nat) (p : Point) : (smul k p).y = k * p.y := rfl

theorem add_comm (p q : Point) : add p q = add q p := by
  apply ext
  · rw [add_x, add_x, Nat.add_comm]
  · rw [add_y, add_y, Nat.add_comm]

theorem add_assoc (p q r : Point) : add (add p q) r = add p (add q r) := by
  apply ext
  · rw [add_x, add_x, add_x, add_x, Nat.add_assoc]
  · rw [add_y, add_y, add_y, add_y, Nat.add_assoc]

theorem origin_add (p : Point) : add origin p = p := by
  apply ext
  · rw [add_x]
    exact Nat.zero_add p.x
  · rw [add_y]
    exact Nat.zero_add p.y

theorem add_origin (p : Point) : add p origin = p := by
  rw [add_comm]
  exact origin_add p

theorem smul_add (k : Nat) (p q : Point) : smul k (add p q) = add (smul k p) (smul k q) := by
  apply ext
  · rw [smul_x, add_x, add_x, smul_x, smul_x, Nat.mul_add]
  · rw [smul_y, add_y, add_y, smul_y, smul_y, Nat.mul_add]

theorem add_smul (j k : Nat) (p : Point) : smul (j + k) p = add (smul j p) (smul k p) := by
  apply ext
  · rw [smul_x, add_x, smul_x, smul_x, Nat.add_mul]
  · rw [smul_y, add_y, smul_y, smul_y, Nat.add_mul]

theorem one_smul (p : Point) : smul 1 p = p := by
  apply ext
  · rw [smul_x, Nat.one_mul]
  · rw [smul_y, Nat.one_mul]

theorem zero_smul (p : Point) : smul 0 p = origin := by
  apply ext
  · rw [smul_x, Nat.zero_mul, origin_x]
  · rw [smul_y, Nat.zero_mul, origin_y]

theorem norm1_add (p q : Point) : norm1 (add p q) = norm1 p + norm1 q := by sorry

theorem norm1_smul (k : Nat) (p : Point) : norm1 (smul k p) = k * norm1 p := by
  show (smul k p).x + (smul k p).y = k * (p.x + p.y)
  rw [smul_x, smul_y, Nat.mul_add]

theorem norm1_eq_zero {p : Point} (h : norm1 p = 0) : p = origin := by sorry

end Point

/-- Points under addition. -/
instance pointMonoid : Monoid' Point where
  op := Point.add
  e := Point.origin
  op_assoc := Point.add_assoc
  e_op := Point.origin_add
  op_e := Point.add_origin

theorem point_op (p q : Point) : p ⋆ q = Point.add p q := rfl

theorem point_e : (Monoid'.e : Point) = Point.origin := rfl

theorem npow_point (p : Point) (n : Nat) : Monoid'.npow p n = Point.smul n p := by
  induction n with
  | zero =>
    rw [Monoid'.npow_zero, Point.zero_smul, point_e]
  | succ n ih =>
    rw [Monoid'.npow_succ, ih, point_op, Point.add_smul, Point.one_smul]

theorem norm1_origin : Point.norm1 Point.origin = 0 := rfl

theorem norm1_le_of_add (p q : Point) : Point.norm1 p ≤ Point.norm1 (Point.add p q) := by
  show p.x + p.y ≤ (Point.add p q).x + (Point.add p q).y
  rw [Point.add_x, Point.add_y]
  omega

theorem point_ext_iff {p q : Point} : p = q ↔ p.x = q.x ∧ p.y = q.y := by
  constructor
  · intro h
    rw [h]
    exact ⟨rfl, rfl⟩
  · intro h
    exact Point.ext h.1 h.2

end Structures
