import Logic.Basic

/-!
# Boolean connectives

Truth-table reasoning about `Bool`: our own implication and exclusive-or
functions, checked by case analysis on the arguments, and their relation to the
built-in `&&`, `||` and `!`.
-/

namespace Logic

/-- Boolean implication. -/
def bimp (a b : Bool) : Bool := !a || b

/-- Boolean exclusive or. -/
def bxor (a b : Bool) : Bool := (a && !b) || (!a && b)

/-- Boolean equivalence. -/
def biff (a b : Bool) : Bool := bimp a b && bimp b a

theorem band_comm' (a b : Bool) : (a && b) = (b && a) := by
  cases a <;> cases b <;> rfl

theorem bor_comm' (a b : Bool) : (a || b) = (b || a) := by
  cases a <;> cases b <;> rfl

theorem band_assoc' (a b c : Bool) : ((a && b) && c) = (a && (b && c)) := by
  cases a <;> cases b <;> cases c <;> rfl

theorem bor_assoc' (a b c : Bool) : ((a || b) || c) = (a || (b || c)) := by
  cases a <;> cases b <;> cases c <;> rfl

theorem bnot_bnot' (a : Bool) : (!!a) = a := by
  cases a with
  | false => rfl
  | true => rfl

theorem band_self' (a : Bool) : (a && a) = a := by
  cases a <;> rfl

theorem bor_self' (a : Bool) : (a || a) = a := by
  cases a <;> rfl

theorem band_bnot_self (a : Bool) : (a && !a) = false := by
  cases a <;> rfl

theorem bor_bnot_self (a : Bool) : (a || !a) = true := by
  cases a <;> rfl

theorem bnot_band' (a b : Bool) : (!(a && b)) = (!a || !b) := by
  cases a <;> cases b <;> rfl

theorem bnot_bor' (a b : Bool) : (!(a || b)) = (!a && !b) := by
  cases a <;> cases b <;> rfl

theorem band_bor_distrib (a b c : Bool) : (a && (b || c)) = ((a && b) || (a && c)) := by
  cases a <;> cases b <;> cases c <;> rfl

theorem bimp_self (a : Bool) : bimp a a = true := by
  cases a <;> rfl

theorem bimp_true_right (a : Bool) : bimp a true = true := by
  cases a <;> rfl

theorem bimp_false_left (b : Bool) : bimp false b = true := rfl

theorem bimp_true_left (b : Bool) : bimp true b = b := by
  cases b <;> rfl

theorem bimp_eq_true_iff (a b : Bool) : bimp a b = true ↔ (a = true → b = true) := by
  cases a <;> cases b <;> decide

theorem bxor_comm (a b : Bool) : bxor a b = bxor b a := by
  cases a <;> cases b <;> rfl

theorem bxor_self (a : Bool) : bxor a a = false := by
  cases a <;> rfl

theorem bxor_false (a : Bool) : bxor a false = a := by
  cases a <;> rfl

theorem bxor_true (a : Bool) : bxor a true = !a := by
  cases a <;> rfl

theorem bxor_assoc (a b c : Bool) : bxor (bxor a b) c = bxor a (bxor b c) := by
  cases a <;> cases b <;> cases c <;> rfl

theorem biff_self (a : Bool) : biff a a = true := by
  unfold biff
  rw [bimp_self]
  rfl

theorem biff_comm (a b : Bool) : biff a b = biff b a := by
  unfold biff
  rw [band_comm']

theorem bnot_bxor (a b : Bool) : (!bxor a b) = biff a b := by
  cases a <;> cases b <;> rfl

theorem biff_eq_true_iff (a b : Bool) : biff a b = true ↔ a = b := by sorry

end Logic
