-- Source: lean-ja/lean-by-example, LeanByExample/Tactic/Rw.lean (MIT; Japanese prose comments omitted)
variable {a b c d e f : Nat}

example (ha : a + 0 = a) (hb : b * b = 0) (hc : c + c = 0)
    : a + 0 + b * b = a + (c + c) := by
  rw [ha]

  rw [hb, hc]

example (P Q : Prop) (h : P ↔ P ∧ Q) : P → Q := by
  intro (hP : P)
  rw [h] at hP

  guard_hyp hP : P ∧ Q

  exact hP.right

example (h : a = b) (hb : a + 3 = 0) : b + 3 = 0 := by
  fail_if_success rw [h]

  rw [← h]

  assumption

example (h : a + 0 = a) (_h1 : b + (a + 0) = b + a) (_h2 : a + (a + 0) = a)
    : a + 0 = 0 + a := by
  rw [h] at *

  simp

example (h : a * b = c * d) (h' : e = f + 0) : a * (b * e + 0) = c * (d * f) := by
  rw [Nat.add_zero] at h' ⊢

  rw [h']

  rw [← Nat.mul_assoc, h]

  ac_rfl

example (f g : Nat → Nat) (h : ∀ a, f (a + 0) = g a) : f = g := by
  ext x

  fail_if_success rw [Nat.add_zero] at h

  simp only [Nat.add_zero] at h

  exact h x

example {P Q : Prop} (h : P ↔ Q) (hq : Q) : P ∧ P ∧ P ∧ P := by
  rw [h]

  guard_target =ₛ Q ∧ Q ∧ Q ∧ Q

  simp [hq]

example {P Q : Prop} (h : P ↔ Q) (hq : Q) : P ∧ P ∧ P ∧ P := by
  rw (config := {occs := .pos [2]}) [h]

  guard_target =ₛ P ∧ Q ∧ P ∧ P

  simp [h, hq]

example : ∃ x : Nat, x < 5 := by
  let n := 2
  have h : n < 5 := by
    fail_if_success rw [n]

    dsimp [n]

    guard_target =ₛ 2 < 5
    decide

  exact ⟨n, h⟩

def add_equiv (c₁ c₂ : Nat) : Prop :=
  ∀ n : Nat, c₁ + n = c₂ + n

@[instance]
def add_setoid : Setoid Nat where
  r := add_equiv
  iseqv := by
    constructor
    · grind [add_equiv]
    · grind [add_equiv]
    · intro x y z h₁ h₂ n
      have := h₁ n
      have := h₂ n
      rw [h₁, h₂]

set_option warn.sorry false in --#
theorem add_equiv_trans {c₁ c₂ c₃ : Nat} (h₁ : c₁ ≈ c₂) (h₂ : c₂ ≈ c₃) : (c₁ ≈ c₃) := by
  fail_if_success rw [h₁]
  sorry

example (h : a = b) : a = b := by
  rw [h]

example (h : a = b) : a = b := by
  rewrite [h]

  show b = b

  rfl
