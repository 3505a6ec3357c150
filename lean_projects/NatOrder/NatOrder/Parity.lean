import NatOrder.Divides

/-!
# Even and odd numbers

Parity as a proposition (`IsEven`, `IsOdd`) and as a computable test
(`evenb`), how parity behaves under addition and multiplication, and the proof
that the two notions agree.
-/

namespace NatOrder

/-- `n` is even: it is `k + k` for some `k`. -/
def IsEven (n : Nat) : Prop := ∃ k, n = k + k

/-- `n` is odd: it is `k + k + 1` for some `k`. -/
def IsOdd (n : Nat) : Prop := ∃ k, n = k + k + 1

/-- The parity test: `evenb n = true` exactly for even `n`. -/
def evenb : Nat → Bool
  | 0 => true
  | n + 1 => !evenb n

theorem even_zero : IsEven 0 := ⟨0, rfl⟩

theorem odd_one : IsOdd 1 := ⟨0, rfl⟩

theorem even_two : IsEven 2 := ⟨1, rfl⟩

theorem even_add_two {n : Nat} (h : IsEven n) : IsEven (n + 1 + 1) := by
  obtain ⟨k, hk⟩ := h
  refine ⟨k + 1, ?_⟩
  rw [hk, add_one_add_add_one k k]

theorem odd_succ_of_even {n : Nat} (h : IsEven n) : IsOdd (n + 1) := by
  obtain ⟨k, hk⟩ := h
  exists k
  rw [hk]

theorem even_succ_of_odd {n : Nat} (h : IsOdd n) : IsEven (n + 1) := by
  obtain ⟨k, hk⟩ := h
  refine ⟨k + 1, ?_⟩
  rw [hk, add_one_add_add_one k k]

theorem even_or_odd (n : Nat) : IsEven n ∨ IsOdd n := by
  induction n with
  | zero => exact Or.inl even_zero
  | succ n ih =>
    cases ih with
    | inl he => exact Or.inr (odd_succ_of_even he)
    | inr ho => exact Or.inl (even_succ_of_odd ho)

theorem even_add_even {m n : Nat} (hm : IsEven m) (hn : IsEven n) : IsEven (m + n) := by
  obtain ⟨a, ha⟩ := hm
  obtain ⟨b, hb⟩ := hn
  refine ⟨a + b, ?_⟩
  rw [ha, hb, add_add_add_comm']

theorem odd_add_even {m n : Nat} (hm : IsOdd m) (hn : IsEven n) : IsOdd (m + n) := by
  obtain ⟨a, ha⟩ := hm
  obtain ⟨b, hb⟩ := hn
  refine ⟨a + b, ?_⟩
  rw [ha, hb, Nat.add_right_comm (a + a) 1 (b + b), add_add_add_comm']

theorem odd_add_odd {m n : Nat} (hm : IsOdd m) (hn : IsOdd n) : IsEven (m + n) := by sorry

theorem even_mul_right {m : Nat} (n : Nat) (h : IsEven m) : IsEven (m * n) := by
  obtain ⟨k, hk⟩ := h
  refine ⟨k * n, ?_⟩
  rw [hk, Nat.add_mul]

theorem even_mul_left (m : Nat) {n : Nat} (h : IsEven n) : IsEven (m * n) := by
  rw [Nat.mul_comm]
  exact even_mul_right m h

theorem even_iff_two_divides {n : Nat} : IsEven n ↔ Divides 2 n := by sorry

theorem evenb_zero : evenb 0 = true := rfl

theorem evenb_succ (n : Nat) : evenb (n + 1) = !evenb n := rfl

theorem evenb_add_two (n : Nat) : evenb (n + 1 + 1) = evenb n := by
  rw [evenb_succ, evenb_succ]
  cases evenb n <;> rfl

theorem evenb_double (k : Nat) : evenb (k + k) = true := by
  induction k with
  | zero => rfl
  | succ k ih =>
    rw [add_one_add_add_one, evenb_add_two, ih]

theorem evenb_of_even {n : Nat} (h : IsEven n) : evenb n = true := by
  obtain ⟨k, hk⟩ := h
  rw [hk]
  exact evenb_double k

theorem evenb_of_odd {n : Nat} (h : IsOdd n) : evenb n = false := by
  obtain ⟨k, hk⟩ := h
  rw [hk, evenb_succ, evenb_double]
  rfl

theorem not_even_and_odd (n : Nat) : ¬(IsEven n ∧ IsOdd n) := by
  intro h
  have h1 := evenb_of_even h.1
  have h2 := evenb_of_odd h.2
  rw [h1] at h2
  cases h2

theorem even_of_evenb {n : Nat} (h : evenb n = true) : IsEven n := by
  cases even_or_odd n with
  | inl he => exact he
  | inr ho =>
    rw [evenb_of_odd ho] at h
    cases h

theorem evenb_iff_even {n : Nat} : evenb n = true ↔ IsEven n :=
  ⟨even_of_evenb, evenb_of_even⟩

theorem not_even_one : ¬IsEven 1 := by
  intro h
  have h1 := evenb_of_even h
  cases h1

theorem odd_iff_not_even {n : Nat} : IsOdd n ↔ ¬IsEven n := by
  constructor
  · intro ho he
    exact not_even_and_odd n ⟨he, ho⟩
  · intro hne
    cases even_or_odd n with
    | inl he => exact absurd he hne
    | inr ho => exact ho

theorem evenb_four : evenb 4 = true := by decide

theorem even_four : IsEven 4 := ⟨2, rfl⟩

theorem not_even_succ_of_even {n : Nat} (h : IsEven n) : ¬IsEven (n + 1) := by
  intro h'
  exact not_even_and_odd (n + 1) ⟨h', odd_succ_of_even h⟩

theorem even_sub_two {n : Nat} (h : IsEven (n + 2)) : IsEven n := by
  obtain ⟨k, hk⟩ := h
  cases k with
  | zero => omega
  | succ k =>
    refine ⟨k, ?_⟩
    omega

end NatOrder
