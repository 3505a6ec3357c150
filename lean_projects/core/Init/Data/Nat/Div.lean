/-
leanagent core library: division and remainder of natural numbers, and divisibility.

`Nat.div`, `Nat.modCore` and `Nat.mod` are defined in the prelude by recursion on a fuel
argument (as in real Lean 4), so they compute in the kernel and agree with its built-in
arithmetic. Here we prove their recursive equations (`Nat.div_eq`, `Nat.mod_eq`) and the usual
lemmas, under the real Lean 4 names (`Init/Data/Nat/Div/Basic.lean`, `Init/Data/Nat/Dvd.lean`).
The proofs are ours.
-/
prelude
import Init.Data.Nat.Lemmas

set_option linter.unusedVariables false

namespace Nat

/-! ## The recursive equations -/

private theorem div_go_fuel {y : Nat} (hy : 0 < y) :
    ∀ (f₁ f₂ x : Nat) (h₁ : x < f₁) (h₂ : x < f₂),
      Nat.div.go y hy f₁ x h₁ = Nat.div.go y hy f₂ x h₂
  | 0, _, x, h₁, _ => absurd h₁ (Nat.not_lt_zero x)
  | _, 0, x, _, h₂ => absurd h₂ (Nat.not_lt_zero x)
  | f₁ + 1, f₂ + 1, x, h₁, h₂ => by
    show dite (y ≤ x) _ _ = dite (y ≤ x) _ _
    cases Nat.lt_or_ge x y with
    | inl hlt => rw [dif_neg (Nat.not_le_of_gt hlt), dif_neg (Nat.not_le_of_gt hlt)]
    | inr hge =>
      rw [dif_pos hge, dif_pos hge]
      exact congrArg (· + 1) (div_go_fuel hy f₁ f₂ (x - y) _ _)

theorem div_eq (x y : Nat) : x / y = if 0 < y ∧ y ≤ x then (x - y) / y + 1 else 0 := by
  show Nat.div x y = _
  unfold Nat.div
  cases Nat.eq_zero_or_pos y with
  | inl h0 =>
    subst h0
    rw [dif_neg (Nat.lt_irrefl 0), if_neg (fun h => Nat.lt_irrefl 0 h.1)]
  | inr hy =>
    rw [dif_pos hy]
    show dite (y ≤ x) _ _ = _
    cases Nat.lt_or_ge x y with
    | inl hlt =>
      rw [dif_neg (Nat.not_le_of_gt hlt), if_neg (fun h => Nat.not_le_of_gt hlt h.2)]
    | inr hge =>
      rw [dif_pos hge, if_pos ⟨hy, hge⟩]
      show _ = Nat.div (x - y) y + 1
      unfold Nat.div
      rw [dif_pos hy]
      exact congrArg (· + 1) (div_go_fuel hy _ _ _ _ _)

private theorem modCore_go_fuel {y : Nat} (hy : 0 < y) :
    ∀ (f₁ f₂ x : Nat) (h₁ : x < f₁) (h₂ : x < f₂),
      Nat.modCore.go y hy f₁ x h₁ = Nat.modCore.go y hy f₂ x h₂
  | 0, _, x, h₁, _ => absurd h₁ (Nat.not_lt_zero x)
  | _, 0, x, _, h₂ => absurd h₂ (Nat.not_lt_zero x)
  | f₁ + 1, f₂ + 1, x, h₁, h₂ => by
    show dite (y ≤ x) _ _ = dite (y ≤ x) _ _
    cases Nat.lt_or_ge x y with
    | inl hlt => rw [dif_neg (Nat.not_le_of_gt hlt), dif_neg (Nat.not_le_of_gt hlt)]
    | inr hge =>
      rw [dif_pos hge, dif_pos hge]
      exact modCore_go_fuel hy f₁ f₂ (x - y) _ _

protected theorem modCore_eq (x y : Nat) :
    Nat.modCore x y = if 0 < y ∧ y ≤ x then Nat.modCore (x - y) y else x := by
  unfold Nat.modCore
  cases Nat.eq_zero_or_pos y with
  | inl h0 =>
    subst h0
    rw [dif_neg (Nat.lt_irrefl 0), if_neg (fun h => Nat.lt_irrefl 0 h.1)]
  | inr hy =>
    rw [dif_pos hy]
    show dite (y ≤ x) _ _ = _
    cases Nat.lt_or_ge x y with
    | inl hlt =>
      rw [dif_neg (Nat.not_le_of_gt hlt), if_neg (fun h => Nat.not_le_of_gt hlt h.2)]
    | inr hge =>
      rw [dif_pos hge, if_pos ⟨hy, hge⟩, dif_pos hy]
      exact modCore_go_fuel hy _ _ _ _ _

protected theorem modCore_eq_mod (n m : Nat) : Nat.modCore n m = n % m := by
  cases n with
  | zero =>
    rw [Nat.modCore_eq]
    exact if_neg (fun h => Nat.not_lt_zero 0 (Nat.lt_of_lt_of_le h.1 h.2))
  | succ n =>
    show Nat.modCore (n + 1) m = ite (m ≤ n + 1) (Nat.modCore (n + 1) m) (n + 1)
    cases Nat.decLe m (n + 1) with
    | isTrue h => rw [if_pos h]
    | isFalse h =>
      rw [if_neg h, Nat.modCore_eq]
      exact if_neg (fun h' => h h'.2)

theorem mod_eq (x y : Nat) : x % y = if 0 < y ∧ y ≤ x then (x - y) % y else x := by
  rw [← Nat.modCore_eq_mod, ← Nat.modCore_eq_mod, Nat.modCore_eq]

/-- Induction following the recursion of `/` and `%`. -/
theorem div.inductionOn {motive : Nat → Nat → Prop} (x y : Nat)
    (ind : ∀ x y, 0 < y ∧ y ≤ x → motive (x - y) y → motive x y)
    (base : ∀ x y, ¬(0 < y ∧ y ≤ x) → motive x y) : motive x y :=
  aux (x + 1) x (Nat.lt_succ_self x)
where
  aux : ∀ (fuel x : Nat), x < fuel → motive x y
  | 0, x, h => absurd h (Nat.not_lt_zero x)
  | fuel + 1, x, h =>
    if hc : 0 < y ∧ y ≤ x then
      ind x y hc (aux fuel (x - y) (Nat.div_rec_fuel_lemma hc.1 hc.2 h))
    else base x y hc

theorem mod.inductionOn {motive : Nat → Nat → Prop} (x y : Nat)
    (ind : ∀ x y, 0 < y ∧ y ≤ x → motive (x - y) y → motive x y)
    (base : ∀ x y, ¬(0 < y ∧ y ≤ x) → motive x y) : motive x y :=
  div.inductionOn x y ind base

/-! ## Remainder -/

@[simp] theorem mod_zero (a : Nat) : a % 0 = a := by
  rw [mod_eq]; exact if_neg (fun h => Nat.lt_irrefl 0 h.1)

theorem mod_eq_of_lt {a b : Nat} (h : a < b) : a % b = a := by
  rw [mod_eq]; exact if_neg (fun h' => Nat.not_le_of_gt h h'.2)

theorem mod_eq_sub_mod {a b : Nat} (h : a ≥ b) : a % b = (a - b) % b := by
  cases eq_zero_or_pos b with
  | inl h₀ => rw [h₀, Nat.sub_zero]
  | inr h₀ => rw [mod_eq]; exact if_pos ⟨h₀, h⟩

theorem mod_le (x y : Nat) : x % y ≤ x := by
  cases Nat.lt_or_ge x y with
  | inl h => rw [mod_eq_of_lt h]; exact Nat.le_refl x
  | inr h =>
    cases eq_zero_or_pos y with
    | inl h₀ => rw [h₀, mod_zero]; exact Nat.le_refl x
    | inr h₀ => exact Nat.le_trans (Nat.le_of_lt (mod_lt x h₀)) h

@[simp] theorem zero_mod (b : Nat) : 0 % b = 0 := rfl

@[simp] theorem mod_self (n : Nat) : n % n = 0 := by
  rw [mod_eq_sub_mod (Nat.le_refl n), Nat.sub_self, zero_mod]

@[simp] theorem mod_one (x : Nat) : x % 1 = 0 :=
  Nat.lt_one_iff.1 (mod_lt x Nat.zero_lt_one)

theorem div_add_mod (m k : Nat) : k * (m / k) + m % k = m := by
  induction m, k using mod.inductionOn with
  | base x y h =>
    rw [div_eq, mod_eq, if_neg h, if_neg h, Nat.mul_zero, Nat.zero_add]
  | ind x y h ih =>
    rw [div_eq, mod_eq, if_pos h, if_pos h, Nat.mul_add, Nat.mul_one, Nat.add_right_comm, ih,
      Nat.sub_add_cancel h.2]

theorem mod_add_div (m k : Nat) : m % k + k * (m / k) = m := by
  rw [Nat.add_comm]; exact div_add_mod m k

theorem div_add_mod' (m k : Nat) : (m / k) * k + m % k = m := by
  rw [Nat.mul_comm]; exact div_add_mod m k

theorem mod_add_div' (m k : Nat) : m % k + (m / k) * k = m := by
  rw [Nat.mul_comm]; exact mod_add_div m k

theorem mod_def (m k : Nat) : m % k = m - k * (m / k) := by
  exact (Nat.sub_eq_of_eq_add (mod_add_div m k).symm).symm

theorem div_eq_sub_div {a b : Nat} (h₁ : 0 < b) (h₂ : b ≤ a) : a / b = (a - b) / b + 1 := by
  rw [div_eq a, if_pos ⟨h₁, h₂⟩]

@[simp] protected theorem div_zero (n : Nat) : n / 0 = 0 := by
  rw [div_eq]; exact if_neg (fun h => Nat.lt_irrefl 0 h.1)

@[simp] protected theorem zero_div (b : Nat) : 0 / b = 0 := by
  rw [div_eq]; exact if_neg (fun h => Nat.not_le_of_gt h.1 h.2)

@[simp] protected theorem div_one (n : Nat) : n / 1 = n := by
  have := mod_add_div n 1
  rw [mod_one, Nat.zero_add, Nat.one_mul] at this
  exact this

theorem div_eq_of_lt {a b : Nat} (h₀ : a < b) : a / b = 0 := by
  rw [div_eq a, if_neg]
  intro h₁
  exact Nat.not_le_of_gt h₀ h₁.2

theorem le_div_iff_mul_le {k x y : Nat} (k0 : 0 < k) : x ≤ y / k ↔ x * k ≤ y := by
  induction y, k using mod.inductionOn generalizing x with
  | base y k h =>
    have hlt : y < k := Nat.lt_of_not_ge fun hle => h ⟨k0, hle⟩
    rw [div_eq, if_neg h]
    constructor
    · intro hx; rw [Nat.eq_zero_of_le_zero hx, Nat.zero_mul]; exact Nat.zero_le y
    · intro hx
      cases x with
      | zero => exact Nat.le_refl 0
      | succ x =>
        rw [succ_mul] at hx
        exact absurd (Nat.lt_of_lt_of_le hlt (Nat.le_trans (Nat.le_add_left k _) hx))
          (Nat.lt_irrefl y)
  | ind y k h ih =>
    rw [div_eq, if_pos h]
    cases x with
    | zero => rw [Nat.zero_mul]; exact ⟨fun _ => Nat.zero_le _, fun _ => Nat.zero_le _⟩
    | succ x =>
      rw [Nat.add_le_add_iff_right, ih k0, succ_mul, Nat.le_sub_iff_add_le h.2]

theorem div_mul_le_self : ∀ (m n : Nat), m / n * n ≤ m
  | m, 0 => by rw [Nat.div_zero, Nat.zero_mul]; exact Nat.zero_le m
  | m, n + 1 => (le_div_iff_mul_le (Nat.zero_lt_succ n)).1 (Nat.le_refl _)

theorem div_lt_iff_lt_mul {k x y : Nat} (Hk : 0 < k) : x / k < y ↔ x < y * k := by
  rw [← Nat.not_le, ← Nat.not_le]
  exact ⟨fun h h' => h ((le_div_iff_mul_le Hk).2 h'), fun h h' => h ((le_div_iff_mul_le Hk).1 h')⟩

theorem div_le_self (n k : Nat) : n / k ≤ n := by
  cases eq_zero_or_pos k with
  | inl h => rw [h, Nat.div_zero]; exact Nat.zero_le n
  | inr h =>
    apply Nat.le_trans (Nat.le_mul_of_pos_right (n / k) h)
    exact div_mul_le_self n k

theorem div_lt_self {n k : Nat} (hLtN : 0 < n) (hLtK : 1 < k) : n / k < n := by
  apply (div_lt_iff_lt_mul (Nat.lt_trans Nat.zero_lt_one hLtK)).2
  have := Nat.mul_lt_mul_of_pos_left hLtK hLtN
  rw [Nat.mul_one] at this; exact this

@[simp] theorem add_div_right (x : Nat) {z : Nat} (H : 0 < z) : (x + z) / z = (x / z) + 1 := by
  rw [div_eq_sub_div H (Nat.le_add_left z x), Nat.add_sub_cancel]

@[simp] theorem add_div_left (x : Nat) {z : Nat} (H : 0 < z) : (z + x) / z = (x / z) + 1 := by
  rw [Nat.add_comm]; exact add_div_right x H

theorem add_mul_div_left (x z : Nat) {y : Nat} (H : 0 < y) : (x + y * z) / y = x / y + z := by
  induction z with
  | zero => rfl
  | succ z ih => rw [mul_succ, ← Nat.add_assoc, add_div_right _ H, ih, Nat.add_assoc]

theorem add_mul_div_right (x y : Nat) {z : Nat} (H : 0 < z) : (x + y * z) / z = x / z + y := by
  rw [Nat.mul_comm]; exact add_mul_div_left x y H

@[simp] theorem add_mod_right (x z : Nat) : (x + z) % z = x % z := by
  rw [mod_eq_sub_mod (Nat.le_add_left z x), Nat.add_sub_cancel]

@[simp] theorem add_mod_left (x z : Nat) : (x + z) % x = z % x := by
  rw [Nat.add_comm]; exact add_mod_right z x

@[simp] theorem add_mul_mod_self_left (x y z : Nat) : (x + y * z) % y = x % y := by
  induction z with
  | zero => rfl
  | succ z ih => rw [mul_succ, ← Nat.add_assoc, add_mod_right, ih]

@[simp] theorem mul_add_mod_self_left (a b c : Nat) : (a * b + c) % a = c % a := by
  rw [Nat.add_comm]; exact add_mul_mod_self_left c a b

@[simp] theorem add_mul_mod_self_right (x y z : Nat) : (x + y * z) % z = x % z := by
  rw [Nat.mul_comm]; exact add_mul_mod_self_left x z y

@[simp] theorem mul_add_mod_self_right (a b c : Nat) : (a * b + c) % b = c % b := by
  rw [Nat.add_comm]; exact add_mul_mod_self_right c a b

@[simp] theorem mul_mod_right (m n : Nat) : (m * n) % m = 0 := by
  rw [← Nat.zero_add (m * n), add_mul_mod_self_left, zero_mod]

@[simp] theorem mul_mod_left (m n : Nat) : (m * n) % n = 0 := by
  rw [Nat.mul_comm]; exact mul_mod_right n m

protected theorem mul_div_cancel (m : Nat) {n : Nat} (H : 0 < n) : m * n / n = m := by
  have := add_mul_div_right 0 m H
  rw [Nat.zero_add, Nat.zero_div, Nat.zero_add] at this; exact this

protected theorem mul_div_cancel_left (m : Nat) {n : Nat} (H : 0 < n) : n * m / n = m := by
  rw [Nat.mul_comm]; exact Nat.mul_div_cancel m H

@[simp] theorem mul_div_right (n : Nat) {m : Nat} (H : 0 < m) : m * n / m = n :=
  Nat.mul_div_cancel_left n H

@[simp] theorem mul_div_left (m : Nat) {n : Nat} (H : 0 < n) : m * n / n = m :=
  Nat.mul_div_cancel m H

protected theorem div_self {n : Nat} (H : 0 < n) : n / n = 1 := by
  have := Nat.mul_div_cancel 1 H
  rw [Nat.one_mul] at this; exact this

theorem mod_two_eq_zero_or_one (n : Nat) : n % 2 = 0 ∨ n % 2 = 1 := by
  have h : n % 2 < 2 := mod_lt n (by decide)
  cases h' : n % 2 with
  | zero => exact Or.inl rfl
  | succ k =>
    cases k with
    | zero => exact Or.inr rfl
    | succ k =>
      rw [h'] at h
      exact absurd (Nat.le_of_succ_le_succ (Nat.le_of_succ_le_succ h)) (Nat.not_succ_le_zero k)

@[simp] theorem mod_mod (a n : Nat) : (a % n) % n = a % n := by
  cases eq_zero_or_pos n with
  | inl h => rw [h, mod_zero, mod_zero]
  | inr h => exact mod_eq_of_lt (mod_lt a h)

@[simp] theorem mod_add_mod (m n k : Nat) : (m % n + k) % n = (m + k) % n := by
  have := (add_mul_mod_self_left (m % n + k) n (m / n)).symm
  rw [Nat.add_right_comm, mod_add_div] at this; exact this

@[simp] theorem add_mod_mod (m n k : Nat) : (m + n % k) % k = (m + n) % k := by
  rw [Nat.add_comm, mod_add_mod, Nat.add_comm]

theorem add_mod (a b n : Nat) : (a + b) % n = ((a % n) + (b % n)) % n := by
  rw [add_mod_mod, mod_add_mod]

@[simp] theorem mul_mod_mod (m n l : Nat) : (m * (n % l)) % l = (m * n) % l := by
  have h : m * n = m * (n % l) + l * (m * (n / l)) := by
    rw [Nat.mul_left_comm, ← Nat.mul_add, mod_add_div]
  rw [h, add_mul_mod_self_left]

@[simp] theorem mod_mul_mod (m n l : Nat) : ((m % l) * n) % l = (m * n) % l := by
  rw [Nat.mul_comm, mul_mod_mod, Nat.mul_comm]

theorem mul_mod (a b n : Nat) : a * b % n = (a % n) * (b % n) % n := by
  rw [mul_mod_mod, mod_mul_mod]

protected theorem div_le_div_right {a b c : Nat} (h : a ≤ b) : a / c ≤ b / c := by
  cases eq_zero_or_pos c with
  | inl hc => rw [hc, Nat.div_zero, Nat.div_zero]; exact Nat.le_refl 0
  | inr hc => exact (le_div_iff_mul_le hc).2 (Nat.le_trans (div_mul_le_self a c) h)

protected theorem div_div_eq_div_mul (m n k : Nat) : m / n / k = m / (n * k) := by
  cases eq_zero_or_pos k with
  | inl k0 => rw [k0, Nat.mul_zero, Nat.div_zero, Nat.div_zero]
  | inr kpos =>
    cases eq_zero_or_pos n with
    | inl n0 => rw [n0, Nat.zero_mul, Nat.div_zero, Nat.zero_div]
    | inr npos =>
      apply Nat.le_antisymm
      · apply (le_div_iff_mul_le (Nat.mul_pos npos kpos)).2
        rw [Nat.mul_comm n k, ← Nat.mul_assoc]
        apply (le_div_iff_mul_le npos).1
        apply (le_div_iff_mul_le kpos).1
        exact Nat.le_refl _
      · apply (le_div_iff_mul_le kpos).2
        apply (le_div_iff_mul_le npos).2
        rw [Nat.mul_assoc, Nat.mul_comm k n]
        apply (le_div_iff_mul_le (Nat.mul_pos npos kpos)).1
        exact Nat.le_refl _

theorem mod_lt_of_lt {a b c : Nat} (h : a < c) : a % b < c :=
  Nat.lt_of_le_of_lt (mod_le a b) h

theorem mul_mod_mul_left (z x y : Nat) : (z * x) % (z * y) = z * (x % y) := by
  cases eq_zero_or_pos z with
  | inl hz => rw [hz, Nat.zero_mul, Nat.zero_mul, Nat.zero_mul, zero_mod]
  | inr hz =>
    induction x, y using mod.inductionOn with
    | base x y h =>
      rw [mod_eq x y, if_neg h]
      cases eq_zero_or_pos y with
      | inl hy => rw [hy, Nat.mul_zero, mod_zero]
      | inr hy =>
        have hxy : x < y := Nat.lt_of_not_ge fun hle => h ⟨hy, hle⟩
        exact mod_eq_of_lt (Nat.mul_lt_mul_of_pos_left hxy hz)
    | ind x y h ih =>
      rw [mod_eq_sub_mod (Nat.mul_le_mul_left z h.2), ← Nat.mul_sub_left_distrib, ih,
        ← mod_eq_sub_mod h.2]

theorem mul_mod_mul_right (z x y : Nat) : (x * z) % (y * z) = (x % y) * z := by
  rw [Nat.mul_comm x z, Nat.mul_comm y z, Nat.mul_comm (x % y) z]; exact mul_mod_mul_left z x y

/-! ## Divisibility -/

instance : Dvd Nat where
  dvd a b := Exists (fun c => b = a * c)

protected theorem dvd_def (a b : Nat) : (a ∣ b) = Exists (fun c => b = a * c) := rfl

@[simp] protected theorem dvd_refl (a : Nat) : a ∣ a := ⟨1, (Nat.mul_one a).symm⟩

@[simp] protected theorem dvd_zero (a : Nat) : a ∣ 0 := ⟨0, (Nat.mul_zero a).symm⟩

protected theorem eq_zero_of_zero_dvd {a : Nat} (h : 0 ∣ a) : a = 0 :=
  match h with
  | ⟨c, hc⟩ => hc.trans (Nat.zero_mul c)

@[simp] protected theorem zero_dvd {n : Nat} : 0 ∣ n ↔ n = 0 :=
  ⟨Nat.eq_zero_of_zero_dvd, fun h => h ▸ Nat.dvd_refl 0⟩

@[simp] protected theorem one_dvd (n : Nat) : 1 ∣ n := ⟨n, (Nat.one_mul n).symm⟩

protected theorem dvd_trans {a b c : Nat} (h₁ : a ∣ b) (h₂ : b ∣ c) : a ∣ c :=
  match h₁, h₂ with
  | ⟨d, hd⟩, ⟨e, he⟩ => ⟨d * e, by rw [he, hd, Nat.mul_assoc]⟩

protected theorem dvd_mul_left (a b : Nat) : a ∣ b * a := ⟨b, Nat.mul_comm b a⟩

protected theorem dvd_mul_right (a b : Nat) : a ∣ a * b := ⟨b, rfl⟩

protected theorem dvd_add {a b c : Nat} (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b + c :=
  match h₁, h₂ with
  | ⟨d, hd⟩, ⟨e, he⟩ => ⟨d + e, by rw [hd, he, Nat.left_distrib]⟩

protected theorem dvd_sub {a b c : Nat} (h₁ : a ∣ b) (h₂ : a ∣ c) : a ∣ b - c :=
  match h₁, h₂ with
  | ⟨d, hd⟩, ⟨e, he⟩ => ⟨d - e, by rw [hd, he, Nat.mul_sub_left_distrib]⟩

protected theorem dvd_add_left {a b c : Nat} (h : a ∣ c) : a ∣ b + c ↔ a ∣ b :=
  ⟨fun h' => by
    have := Nat.dvd_sub h' h
    rw [Nat.add_sub_cancel] at this; exact this,
   fun h' => Nat.dvd_add h' h⟩

protected theorem dvd_add_right {a b c : Nat} (h : a ∣ b) : a ∣ b + c ↔ a ∣ c := by
  rw [Nat.add_comm]; exact Nat.dvd_add_left h

protected theorem dvd_add_iff_left {k m n : Nat} (h : k ∣ n) : k ∣ m ↔ k ∣ m + n :=
  (Nat.dvd_add_left h).symm

protected theorem dvd_add_iff_right {k m n : Nat} (h : k ∣ m) : k ∣ n ↔ k ∣ m + n :=
  (Nat.dvd_add_right h).symm

theorem le_of_dvd {m n : Nat} (h : 0 < n) : m ∣ n → m ≤ n
  | ⟨k, e⟩ => by
    revert h
    rw [e]
    cases k with
    | zero => intro h; rw [Nat.mul_zero] at h; exact absurd h (Nat.lt_irrefl 0)
    | succ k => intro _; rw [Nat.mul_succ]; exact Nat.le_add_left m (m * k)

protected theorem dvd_antisymm : ∀ {m n : Nat}, m ∣ n → n ∣ m → m = n
  | _, 0, _, h₂ => Nat.eq_zero_of_zero_dvd h₂
  | 0, _ + 1, h₁, _ => (Nat.eq_zero_of_zero_dvd h₁).symm
  | _ + 1, _ + 1, h₁, h₂ =>
    Nat.le_antisymm (le_of_dvd (Nat.zero_lt_succ _) h₁) (le_of_dvd (Nat.zero_lt_succ _) h₂)

theorem dvd_mod_iff {k m n : Nat} (h : k ∣ n) : k ∣ m % n ↔ k ∣ m := by
  have := Nat.dvd_add_left (b := m % n) (Nat.dvd_trans h (Nat.dvd_mul_right n (m / n)))
  rw [mod_add_div] at this
  exact this.symm

theorem pos_of_dvd_of_pos {m n : Nat} (H1 : m ∣ n) (H2 : 0 < n) : 0 < m :=
  Nat.pos_of_ne_zero fun m0 => by
    rw [m0] at H1
    rw [Nat.eq_zero_of_zero_dvd H1] at H2
    exact Nat.lt_irrefl 0 H2

theorem eq_one_of_dvd_one {n : Nat} (H : n ∣ 1) : n = 1 :=
  Nat.dvd_antisymm H (Nat.one_dvd n)

@[simp] theorem dvd_one {n : Nat} : n ∣ 1 ↔ n = 1 :=
  ⟨eq_one_of_dvd_one, fun h => h ▸ Nat.dvd_refl 1⟩

theorem mod_eq_zero_of_dvd {m n : Nat} (H : m ∣ n) : n % m = 0 :=
  match H with
  | ⟨z, hz⟩ => by rw [hz, mul_mod_right]

theorem dvd_of_mod_eq_zero {m n : Nat} (H : n % m = 0) : m ∣ n :=
  ⟨n / m, by
    have := mod_add_div n m
    rw [H, Nat.zero_add] at this
    exact this.symm⟩

theorem dvd_iff_mod_eq_zero (m n : Nat) : m ∣ n ↔ n % m = 0 :=
  ⟨mod_eq_zero_of_dvd, dvd_of_mod_eq_zero⟩

instance decidable_dvd : @DecidableRel Nat Nat (· ∣ ·) :=
  fun m n => if h : n % m = 0 then isTrue (dvd_of_mod_eq_zero h)
    else isFalse (fun h' => h (mod_eq_zero_of_dvd h'))

theorem emod_pos_of_not_dvd {a b : Nat} (h : ¬ a ∣ b) : 0 < b % a :=
  Nat.pos_of_ne_zero fun e => h (dvd_of_mod_eq_zero e)

protected theorem mul_div_cancel' {n m : Nat} (H : n ∣ m) : n * (m / n) = m := by
  have := mod_add_div m n
  rw [mod_eq_zero_of_dvd H, Nat.zero_add] at this; exact this

protected theorem div_mul_cancel {n m : Nat} (H : n ∣ m) : m / n * n = m := by
  rw [Nat.mul_comm]; exact Nat.mul_div_cancel' H

@[simp] theorem mod_mod_of_dvd {b c : Nat} (a : Nat) (h : c ∣ b) : a % b % c = a % c :=
  match h with
  | ⟨x, hx⟩ =>
    have e : a = a % b + c * (x * (a / b)) := by
      rw [← Nat.mul_assoc, ← hx, mod_add_div]
    (add_mul_mod_self_left (a % b) c (x * (a / b))).symm.trans (congrArg (· % c) e.symm)

protected theorem dvd_of_mul_dvd_mul_left {k m n : Nat} (kpos : 0 < k) (H : k * m ∣ k * n) :
    m ∣ n :=
  match H with
  | ⟨l, hl⟩ => ⟨l, Nat.eq_of_mul_eq_mul_left kpos (by rw [hl, Nat.mul_assoc])⟩

protected theorem dvd_of_mul_dvd_mul_right {k m n : Nat} (kpos : 0 < k) (H : m * k ∣ n * k) :
    m ∣ n := by
  rw [Nat.mul_comm m k, Nat.mul_comm n k] at H; exact Nat.dvd_of_mul_dvd_mul_left kpos H

protected theorem mul_dvd_mul {a b c d : Nat} : a ∣ b → c ∣ d → a * c ∣ b * d
  | ⟨e, he⟩, ⟨f, hf⟩ => ⟨e * f, by rw [he, hf, Nat.mul_mul_mul_comm]⟩

protected theorem mul_dvd_mul_left {b c : Nat} (a : Nat) (h : b ∣ c) : a * b ∣ a * c :=
  Nat.mul_dvd_mul (Nat.dvd_refl a) h

protected theorem mul_dvd_mul_right {a b : Nat} (h : a ∣ b) (c : Nat) : a * c ∣ b * c :=
  Nat.mul_dvd_mul h (Nat.dvd_refl c)

protected theorem mul_div_assoc {k n : Nat} (m : Nat) (H : k ∣ n) : m * n / k = m * (n / k) := by
  cases eq_zero_or_pos k with
  | inl h0 => rw [h0, Nat.div_zero, Nat.div_zero, Nat.mul_zero]
  | inr hpos =>
    match H with
    | ⟨c, hc⟩ =>
      rw [hc, Nat.mul_left_comm, Nat.mul_div_cancel_left _ hpos, Nat.mul_div_cancel_left _ hpos]

end Nat
