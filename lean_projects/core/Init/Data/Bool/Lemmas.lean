/-
leanagent core library: lemmas about `Bool` beyond the default simp set of `Init.SimpLemmas`
(associativity, De Morgan, distributivity, complements, `xor`, `beq`).

Written from scratch. Names, statements and `@[simp]` tags follow real Lean 4
(`Init/Data/Bool.lean`); the proofs are ours.
-/
prelude
import Init.SimpLemmas

namespace Bool

/-! ## Deciding statements quantified over `Bool` -/

instance instDecidableForallOfDecidablePred (p : Bool → Prop) [inst : DecidablePred p] :
    Decidable (∀ x, p x) :=
  match inst true, inst false with
  | isFalse ht, _ => isFalse fun h => ht (h true)
  | _, isFalse hf => isFalse fun h => hf (h false)
  | isTrue ht, isTrue hf => isTrue fun x => match x with | true => ht | false => hf

instance instDecidableExistsOfDecidablePred (p : Bool → Prop) [inst : DecidablePred p] :
    Decidable (∃ x, p x) :=
  match inst true, inst false with
  | isTrue ht, _ => isTrue ⟨true, ht⟩
  | _, isTrue hf => isTrue ⟨false, hf⟩
  | isFalse ht, isFalse hf => isFalse fun ⟨x, h⟩ => match x with | true => ht h | false => hf h

/-! ## `or` -/

@[simp] theorem or_self_left : ∀ (a b : Bool), (a || (a || b)) = (a || b) := by decide
@[simp] theorem or_self_right : ∀ (a b : Bool), ((a || b) || b) = (a || b) := by decide
@[simp] theorem not_or_self : ∀ (x : Bool), (!x || x) = true := by decide
@[simp] theorem or_not_self : ∀ (x : Bool), (x || !x) = true := by decide
theorem or_left_comm : ∀ (x y z : Bool), (x || (y || z)) = (y || (x || z)) := by decide
theorem or_right_comm : ∀ (x y z : Bool), ((x || y) || z) = ((x || z) || y) := by decide
@[simp] theorem or_assoc : ∀ (a b c : Bool), ((a || b) || c) = (a || (b || c)) := by decide

@[simp] theorem or_eq_false_iff : ∀ {x y : Bool}, (x || y) = false ↔ x = false ∧ y = false := by
  decide

/-! ## `and` -/

@[simp] theorem and_self_left : ∀ (a b : Bool), (a && (a && b)) = (a && b) := by decide
@[simp] theorem and_self_right : ∀ (a b : Bool), ((a && b) && b) = (a && b) := by decide
@[simp] theorem not_and_self : ∀ (x : Bool), (!x && x) = false := by decide
@[simp] theorem and_not_self : ∀ (x : Bool), (x && !x) = false := by decide
theorem and_left_comm : ∀ (x y z : Bool), (x && (y && z)) = (y && (x && z)) := by decide
theorem and_right_comm : ∀ (x y z : Bool), ((x && y) && z) = ((x && z) && y) := by decide
@[simp] theorem and_assoc : ∀ (a b c : Bool), ((a && b) && c) = (a && (b && c)) := by decide

theorem and_eq_false_iff : ∀ {x y : Bool}, (x && y) = false ↔ x = false ∨ y = false := by
  decide

/-! ## De Morgan and distributivity -/

@[simp] theorem not_and : ∀ (x y : Bool), (!(x && y)) = (!x || !y) := by decide
@[simp] theorem not_or : ∀ (x y : Bool), (!(x || y)) = (!x && !y) := by decide

theorem and_or_distrib_left : ∀ (x y z : Bool), (x && (y || z)) = ((x && y) || (x && z)) := by
  decide
theorem and_or_distrib_right : ∀ (x y z : Bool), ((x || y) && z) = ((x && z) || (y && z)) := by
  decide
theorem or_and_distrib_left : ∀ (x y z : Bool), (x || (y && z)) = ((x || y) && (x || z)) := by
  decide
theorem or_and_distrib_right : ∀ (x y z : Bool), ((x && y) || z) = ((x || z) && (y || z)) := by
  decide

/-! ## `not` -/

theorem not_inj : ∀ {x y : Bool}, (!x) = (!y) → x = y := by decide

@[simp] theorem not_inj_iff : ∀ {x y : Bool}, (!x) = (!y) ↔ x = y := by decide

theorem not_eq_not : ∀ {a b : Bool}, ¬a = !b ↔ a = b := by decide

@[simp] theorem not_not_eq : ∀ {a b : Bool}, ¬(!a) = b ↔ a = b := by decide

theorem eq_false_iff : ∀ {b : Bool}, b = false ↔ b ≠ true := by decide

theorem ne_false_iff : ∀ {b : Bool}, b ≠ false ↔ b = true := by decide

theorem eq_iff_iff : ∀ {a b : Bool}, a = b ↔ (a = true ↔ b = true) := by decide

theorem not_eq_iff : ∀ {a b : Bool}, (!a) = b ↔ a ≠ b := by decide

/-! ## `beq` -/

@[simp] theorem beq_true : ∀ (b : Bool), (b == true) = b := by decide
@[simp] theorem beq_false : ∀ (b : Bool), (b == false) = !b := by decide
@[simp] theorem true_beq : ∀ (b : Bool), (true == b) = b := by decide
@[simp] theorem false_beq : ∀ (b : Bool), (false == b) = !b := by decide

/-! ## `cond` and `decide` -/

@[simp] theorem cond_self {α : Sort u} (c : Bool) (t : α) : cond c t t = t := by cases c <;> rfl

@[simp] theorem cond_not {α : Sort u} (c : Bool) (t e : α) : cond (!c) t e = cond c e t := by
  cases c <;> rfl

theorem cond_eq_if {α : Sort u} {b : Bool} {x y : α} : cond b x y = if b = true then x else y := by
  cases b <;> rfl

@[simp] theorem decide_eq_true {b : Bool} : decide (b = true) = b := by cases b <;> rfl

@[simp] theorem decide_eq_false {b : Bool} : decide (b = false) = !b := by cases b <;> rfl

theorem dichotomy (b : Bool) : b = false ∨ b = true := by cases b <;> simp

theorem eq_false_or_eq_true : (b : Bool) → b = true ∨ b = false
  | true => Or.inl rfl
  | false => Or.inr rfl

@[simp] theorem cond_true {α : Sort u} (a b : α) : cond true a b = a := rfl
@[simp] theorem cond_false {α : Sort u} (a b : α) : cond false a b = b := rfl

theorem beq_self_eq_true (b : Bool) : (b == b) = true := by cases b <;> rfl

/-- `true` is `1`, `false` is `0`. -/
def toNat (b : Bool) : Nat := cond b 1 0

@[simp] theorem toNat_true : true.toNat = 1 := rfl
@[simp] theorem toNat_false : false.toNat = 0 := rfl

theorem toNat_le (b : Bool) : b.toNat ≤ 1 := by cases b <;> decide

/-- Exclusive or, written `a ^^ b`. -/
@[inline] def xor : Bool → Bool → Bool
  | true, b => !b
  | false, b => b

@[inherit_doc] infixl:33 " ^^ " => Bool.xor

@[simp] theorem xor_self (b : Bool) : (b ^^ b) = false := by cases b <;> rfl
@[simp] theorem xor_false (b : Bool) : (b ^^ false) = b := by cases b <;> rfl
@[simp] theorem false_xor (b : Bool) : (false ^^ b) = b := by cases b <;> rfl
@[simp] theorem xor_true (b : Bool) : (b ^^ true) = !b := by cases b <;> rfl
@[simp] theorem true_xor (b : Bool) : (true ^^ b) = !b := by cases b <;> rfl
theorem xor_comm (a b : Bool) : (a ^^ b) = (b ^^ a) := by cases a <;> cases b <;> rfl
theorem xor_assoc (a b c : Bool) : ((a ^^ b) ^^ c) = (a ^^ (b ^^ c)) := by
  cases a <;> cases b <;> cases c <;> rfl

end Bool
