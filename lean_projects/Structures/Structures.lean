import Structures.Tree
import Structures.Expr
import Structures.Monoid
import Structures.Point
import Structures.Queue

/-!
# Structures

Data structures and a small algebraic structure: binary trees, arithmetic
expressions with a verified compiler to a stack machine, monoids with their
powers and homomorphisms, and points in the plane.
-/
