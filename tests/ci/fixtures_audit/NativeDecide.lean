-- What `native_decide` leaves behind, declared by hand: trust in compiled evaluation.
namespace Lean
opaque reduceBool (b : Bool) : Bool := b
axiom ofReduceBool (a b : Bool) (h : reduceBool a = b) : a = b
end Lean
theorem twenty : (decide (10 + 10 = 20)) = true :=
  Lean.ofReduceBool _ _ sorry
theorem twenty' : (decide (10 + 10 = 20)) = true := Lean.ofReduceBool _ _ (Lean.ofReduceBool _ _ sorry)
