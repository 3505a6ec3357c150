/-
`Float` (IEEE 754 double precision) and scientific literals (`2.5`, `1e-3`) through `OfScientific`,
as in real Lean 4: the operations are the engine's native ones (`@[extern]`), opaque to the kernel.
-/
prelude
import Init.Data.ToString

universe u

/-- Types with scientific literals: `m * 10^(-e)` (`s = true`) or `m * 10^e`. -/
class OfScientific (α : Type u) where
  ofScientific (mantissa : Nat) (exponentSign : Bool) (decimalExponent : Nat) : α

/-- The kernel-level model of floats: an opaque type with opaque relations. -/
structure FloatSpec where
  float : Type
  val   : float
  lt    : float → float → Prop
  le    : float → float → Prop
  decLt : DecidableRel lt
  decLe : DecidableRel le

opaque floatSpec : FloatSpec := {
  float := Unit,
  val   := (),
  lt    := fun _ _ => True,
  le    := fun _ _ => True,
  decLt := fun _ _ => inferInstanceAs (Decidable True),
  decLe := fun _ _ => inferInstanceAs (Decidable True)
}

/-- Double-precision floating-point numbers. -/
structure Float where
  val : floatSpec.float

instance : Nonempty Float := ⟨{ val := floatSpec.val }⟩

@[extern "lean_uint64_to_float"] opaque UInt64.toFloat (n : UInt64) : Float

instance : Inhabited Float := ⟨UInt64.toFloat 0⟩

namespace Float

@[extern "lean_float_add"] opaque add : Float → Float → Float
@[extern "lean_float_sub"] opaque sub : Float → Float → Float
@[extern "lean_float_mul"] opaque mul : Float → Float → Float
@[extern "lean_float_div"] opaque div : Float → Float → Float
@[extern "lean_float_negate"] opaque neg : Float → Float
@[extern "lean_float_of_nat"] opaque ofNat : (@& Nat) → Float
@[extern "lean_float_of_scientific"] opaque ofScientific (m : Nat) (s : Bool) (e : Nat) : Float
@[extern "lean_float_to_string"] opaque toString : Float → String
@[extern "lean_float_beq"] opaque beq (a b : Float) : Bool

def lt : Float → Float → Prop := fun a b =>
  match a, b with
  | ⟨a⟩, ⟨b⟩ => floatSpec.lt a b
def le : Float → Float → Prop := fun a b => floatSpec.le a.val b.val

@[extern "lean_float_decLt"] opaque decLt (a b : Float) : Decidable (a.lt b) :=
  match a, b with
  | ⟨a⟩, ⟨b⟩ => floatSpec.decLt a b
@[extern "lean_float_decLe"] opaque decLe (a b : Float) : Decidable (a.le b) :=
  match a, b with
  | ⟨a⟩, ⟨b⟩ => floatSpec.decLe a b

@[extern "sqrt"] opaque sqrt : Float → Float
@[extern "cbrt"] opaque cbrt : Float → Float
@[extern "exp"] opaque exp : Float → Float
@[extern "log"] opaque log : Float → Float
@[extern "pow"] opaque pow : Float → Float → Float
@[extern "sin"] opaque sin : Float → Float
@[extern "cos"] opaque cos : Float → Float
@[extern "tan"] opaque tan : Float → Float
@[extern "fabs"] opaque abs : Float → Float
@[extern "floor"] opaque floor : Float → Float
@[extern "ceil"] opaque ceil : Float → Float
@[extern "round"] opaque round : Float → Float
@[extern "lean_float_to_uint64"] opaque toUInt64 : Float → UInt64

end Float

instance : Add Float := ⟨Float.add⟩
instance : Sub Float := ⟨Float.sub⟩
instance : Mul Float := ⟨Float.mul⟩
instance : Div Float := ⟨Float.div⟩
instance : Neg Float := ⟨Float.neg⟩
instance : LT Float := ⟨Float.lt⟩
instance : LE Float := ⟨Float.le⟩
instance : BEq Float := ⟨Float.beq⟩
instance floatDecLt (a b : Float) : Decidable (a < b) := Float.decLt a b
instance floatDecLe (a b : Float) : Decidable (a ≤ b) := Float.decLe a b
instance : HomogeneousPow Float := ⟨Float.pow⟩
instance : OfNat Float n := ⟨Float.ofNat n⟩
instance : Max Float := maxOfLe
instance : Min Float := minOfLe

@[default_instance 1001]
instance : OfScientific Float := ⟨Float.ofScientific⟩

instance : ToString Float := ⟨Float.toString⟩

instance : Repr Float where
  reprPrec n prec := if n < UInt64.toFloat 0 then Repr.addAppParen (toString n) prec else toString n

/-- The float nearest to a natural number. -/
@[extern "lean_float_of_nat"] opaque Nat.toFloat (n : @& Nat) : Float

/-- The float nearest to an integer. -/
def Float.ofInt : Int → Float
  | Int.ofNat n => Float.ofNat n
  | Int.negSucc n => Float.neg (Float.ofNat (n + 1))
