/-
leanagent core library: the integers.

`Int` has the constructors of real Lean (`ofNat`, `negSucc`) and its operations keep their real
names and definitions: the `omega` elaborator of the engine builds terms that mention
`Int.instNegInt`, `instOfNat`, `instNatCastInt`, `Int.instLTInt` by name, and the kernel then
evaluates our definitions on literals, so they must compute the same values as real Lean's.
-/
prelude
import Init.Core

set_option linter.unusedVariables false

universe u

/-! ## Casts from `Nat` and `Int` -/

/-- The canonical map `Nat → R`; written `↑n` or `(n : R)`. -/
class NatCast (R : Type u) where
  /-- The canonical map `Nat → R`. -/
  protected natCast : Nat → R

instance instNatCastNat : NatCast Nat := ⟨id⟩

/-- Cast a natural number into any type with a `NatCast` instance. -/
@[coe, reducible, match_pattern] protected def Nat.cast {R : Type u} [NatCast R] : Nat → R :=
  NatCast.natCast

instance [NatCast R] : CoeTail Nat R := ⟨Nat.cast⟩
instance [NatCast R] : CoeHTCT Nat R := ⟨Nat.cast⟩

set_option genCtorIdx false in
/-- The integers: `ofNat n` is `n`, `negSucc n` is `-(n + 1)`. The compiler represents `Int`
natively (small integers unboxed, big ones in GMP), so its primitives below are `@[extern]`
exactly as in real Lean, and `genCtorIdx` is off as for `Nat`. -/
inductive Int : Type where
  /-- The natural number `n` as an integer. -/
  | ofNat : Nat → Int
  /-- The integer `-(n + 1)`. -/
  | negSucc : Nat → Int

attribute [extern "lean_nat_to_int"] Int.ofNat
attribute [extern "lean_int_neg_succ_of_nat"] Int.negSucc

instance instNatCastInt : NatCast Int := ⟨Int.ofNat⟩

instance instOfNat : OfNat Int n := ⟨Int.ofNat n⟩

/-- The canonical map `Int → R`. -/
class IntCast (R : Type u) where
  /-- The canonical map `Int → R`. -/
  protected intCast : Int → R

instance : IntCast Int := ⟨id⟩

/-- Cast an integer into any type with an `IntCast` instance. -/
@[coe, reducible, match_pattern] protected def Int.cast {R : Type u} [IntCast R] : Int → R :=
  IntCast.intCast

instance [IntCast R] : CoeTail Int R := ⟨Int.cast⟩
instance [IntCast R] : CoeHTCT Int R := ⟨Int.cast⟩

namespace Int

/-- `-[n+1]` is `Int.negSucc n`. -/
scoped notation "-[" n "+1]" => Int.negSucc n

instance : Inhabited Int := ⟨ofNat 0⟩

/-! ## Arithmetic -/

/-- `-n` for a natural number `n`. -/
def negOfNat : Nat → Int
  | 0 => 0
  | .succ m => negSucc m

set_option bootstrap.genMatcherCode false in
/-- Negation. -/
@[extern "lean_int_neg"]
protected def neg (n : @& Int) : Int :=
  match n with
  | ofNat n => negOfNat n
  | negSucc n => ofNat (Nat.succ n)

@[default_instance mid]
instance instNegInt : Neg Int := ⟨Int.neg⟩

/-- `m - n` for natural numbers, as an integer. -/
def subNatNat (m n : Nat) : Int :=
  match (n - m : Nat) with
  | 0 => ofNat (m - n)
  | .succ k => negSucc k

set_option bootstrap.genMatcherCode false in
/-- Addition. -/
@[extern "lean_int_add"]
protected def add (m n : @& Int) : Int :=
  match m, n with
  | ofNat m, ofNat n => ofNat (m + n)
  | ofNat m, negSucc n => subNatNat m (Nat.succ n)
  | negSucc m, ofNat n => subNatNat n (Nat.succ m)
  | negSucc m, negSucc n => negSucc (Nat.succ (m + n))

instance instAddInt : Add Int := ⟨Int.add⟩

set_option bootstrap.genMatcherCode false in
/-- Multiplication. -/
@[extern "lean_int_mul"]
protected def mul (m n : @& Int) : Int :=
  match m, n with
  | ofNat m, ofNat n => ofNat (m * n)
  | ofNat m, negSucc n => negOfNat (m * Nat.succ n)
  | negSucc m, ofNat n => negOfNat (Nat.succ m * n)
  | negSucc m, negSucc n => ofNat (Nat.succ m * Nat.succ n)

instance instMulInt : Mul Int := ⟨Int.mul⟩

/-- Subtraction. -/
@[extern "lean_int_sub"]
protected def sub (m n : @& Int) : Int := m + (- n)

instance instSubInt : Sub Int := ⟨Int.sub⟩

/-! ## Equality and order -/

set_option bootstrap.genMatcherCode false in
/-- Decidable equality. -/
@[extern "lean_int_dec_eq"]
protected def decEq (a b : @& Int) : Decidable (a = b) :=
  match a, b with
  | ofNat a, ofNat b =>
    match decEq a b with
    | isTrue h => isTrue (h ▸ rfl)
    | isFalse h => isFalse (fun h' => Int.noConfusion h' (fun h'' => absurd h'' h))
  | ofNat _, negSucc _ => isFalse (fun h => Int.noConfusion h)
  | negSucc _, ofNat _ => isFalse (fun h => Int.noConfusion h)
  | negSucc a, negSucc b =>
    match decEq a b with
    | isTrue h => isTrue (h ▸ rfl)
    | isFalse h => isFalse (fun h' => Int.noConfusion h' (fun h'' => absurd h'' h))

instance instDecidableEq : DecidableEq Int := Int.decEq

/-- `NonNeg a` holds when `a` is of the form `ofNat n`. -/
inductive NonNeg : Int → Prop where
  /-- `ofNat n` is non-negative. -/
  | mk (n : Nat) : NonNeg (ofNat n)

/-- `a ≤ b` when `b - a` is non-negative. -/
protected def le (a b : Int) : Prop := NonNeg (b - a)

instance instLEInt : LE Int := ⟨Int.le⟩

/-- `a < b` when `a + 1 ≤ b`. -/
protected def lt (a b : Int) : Prop := (a + 1) ≤ b

instance instLTInt : LT Int := ⟨Int.lt⟩

set_option bootstrap.genMatcherCode false in
@[extern "lean_int_dec_nonneg"]
private def decNonneg (m : Int) : Decidable (NonNeg m) :=
  match m with
  | ofNat m => isTrue (NonNeg.mk m)
  | negSucc n => isFalse (fun h =>
      NonNeg.casesOn (motive := fun i _ => i = negSucc n → False) h (fun _ e => Int.noConfusion e) rfl)

/-- Decidability of `≤`. -/
@[extern "lean_int_dec_le"]
instance decLe (a b : @& Int) : Decidable (a ≤ b) := decNonneg _

/-- Decidability of `<`. -/
@[extern "lean_int_dec_lt"]
instance decLt (a b : @& Int) : Decidable (a < b) := decNonneg _

instance : Min Int := minOfLe
instance : Max Int := maxOfLe

/-! ## Absolute value, sign, conversions -/

set_option bootstrap.genMatcherCode false in
/-- The absolute value, as a natural number. -/
@[extern "lean_nat_abs"]
def natAbs (m : @& Int) : Nat :=
  match m with
  | ofNat m => m
  | negSucc m => m.succ

/-! ## Constructor index

`genCtorIdx` was off when `Int` was declared (compiling `Int.ctorIdx` needs `Int.decLt` and
`Int.natAbs`, which come later); these are the declarations it would have generated, with
their generated names and shapes, so that `nomatch`/`cases` can tell the constructors apart. -/

/-- The index of the constructor of an integer. -/
protected def ctorIdx : Int → Nat := fun x => Int.casesOn x (fun _ => 0) fun _ => 1

/-- The type of the handler of constructor number `ctorIdx`. -/
@[reducible] protected def ctorElimType {motive : Int → Sort u} (ctorIdx : Nat) : Sort (max 1 u) :=
  bif ctorIdx.ble 0 then PULift ((a : Nat) → motive (Int.ofNat a))
  else PULift ((a : Nat) → motive (Int.negSucc a))

/-- Elimination by constructor index. -/
@[reducible] protected def ctorElim {motive : Int → Sort u} (ctorIdx : Nat) (t : Int)
    (h : ctorIdx = t.ctorIdx) (k : Int.ctorElimType (motive := motive) ctorIdx) : motive t :=
  Int.casesOn (motive := fun t => ctorIdx = t.ctorIdx → motive t) t (fun a h => (Eq.ndrec k h).down a)
    (fun a h => (Eq.ndrec k h).down a) h

/-- `toNat a` is `a` when `0 ≤ a`, otherwise `0`. -/
def toNat : Int → Nat
  | ofNat n => n
  | negSucc _ => 0

/-- The sign: `1`, `0` or `-1`. -/
def sign : Int → Int
  | ofNat (.succ _) => 1
  | ofNat 0 => 0
  | negSucc _ => -1

/-! ## Division (rounding towards negative infinity for positive divisors: Euclidean) -/

set_option bootstrap.genMatcherCode false in
/-- Euclidean division: `a = b * (a / b) + a % b` with `0 ≤ a % b < |b|` when `b ≠ 0`. -/
@[extern "lean_int_ediv"]
def ediv : (@& Int) → (@& Int) → Int
  | ofNat m, ofNat n => ofNat (m / n)
  | ofNat m, negSucc n => -ofNat (m / Nat.succ n)
  | negSucc _, ofNat 0 => 0
  | negSucc m, ofNat (.succ n) => negSucc (m / Nat.succ n)
  | negSucc m, negSucc n => ofNat (Nat.succ (m / Nat.succ n))

set_option bootstrap.genMatcherCode false in
/-- Euclidean remainder, always non-negative when the divisor is non-zero. -/
@[extern "lean_int_emod"]
def emod : (@& Int) → (@& Int) → Int
  | ofNat m, n => ofNat (m % natAbs n)
  | negSucc m, n => subNatNat (natAbs n) (Nat.succ (m % natAbs n))

instance instDivInt : Div Int := ⟨Int.ediv⟩
instance instModInt : Mod Int := ⟨Int.emod⟩

/-- Divisibility: `a ∣ b` when `b = a * c` for some `c`. -/
instance instDvdInt : Dvd Int := ⟨fun a b => ∃ c, b = a * c⟩

/-- Balanced remainder: the representative of `x` modulo `m` in `[-m/2, m/2)`. -/
def bmod (x : Int) (m : Nat) : Int :=
  let r := x % m
  if r < (m + 1) / 2 then r else r - m

/-- Balanced division, the quotient matching `bmod`. -/
def bdiv (x : Int) (m : Nat) : Int :=
  if m = 0 then 0 else
    let q := x / m
    let r := x % m
    if r < (m + 1) / 2 then q else q + 1

/-- Natural-number powers. -/
protected def pow (m : Int) : Nat → Int
  | 0 => 1
  | .succ n => Int.pow m n * m

instance instNatPowInt : NatPow Int := ⟨Int.pow⟩

end Int
