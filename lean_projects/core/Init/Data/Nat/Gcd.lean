/-
leanagent core library: greatest common divisor and least common multiple.

`Nat.gcd` is computed by Euclid's algorithm. Real Lean 4 defines it by well-founded recursion;
we recurse structurally on a fuel argument that bounds the number of steps, which gives the
same function (the kernel also evaluates `Nat.gcd` on literals natively). Names and statements
follow real Lean 4 (`Init/Data/Nat/Gcd.lean`, `Init/Data/Nat/Lcm.lean`); the proofs are ours.
-/
prelude
import Init.Data.Nat.Div

set_option linter.unusedVariables false

namespace Nat

/-- Euclid's algorithm with `fuel` steps; `fuel > x` suffices. -/
def gcdAux : (fuel x y : Nat) → Nat
  | 0, _, y => y
  | _ + 1, 0, y => y
  | fuel + 1, x + 1, y => gcdAux fuel (y % (x + 1)) (x + 1)

/-- The greatest common divisor of `m` and `n`; `gcd 0 n = n`. -/
@[extern "lean_nat_gcd"]
def gcd (m n : @& Nat) : Nat :=
  gcdAux (m + 1) m n

private theorem gcdAux_fuel : ∀ (f₁ f₂ x y : Nat), x < f₁ → x < f₂ → gcdAux f₁ x y = gcdAux f₂ x y
  | 0, _, x, _, h, _ => absurd h (Nat.not_lt_zero x)
  | _, 0, x, _, _, h => absurd h (Nat.not_lt_zero x)
  | _ + 1, _ + 1, 0, _, _, _ => rfl
  | f₁ + 1, f₂ + 1, x + 1, y, h₁, h₂ => by
    show gcdAux f₁ (y % (x + 1)) (x + 1) = gcdAux f₂ (y % (x + 1)) (x + 1)
    have hm : y % (x + 1) < x + 1 := mod_lt y (Nat.zero_lt_succ x)
    exact gcdAux_fuel f₁ f₂ _ _ (Nat.lt_of_lt_of_le hm (Nat.le_of_succ_le_succ h₁))
      (Nat.lt_of_lt_of_le hm (Nat.le_of_succ_le_succ h₂))

@[simp] theorem gcd_zero_left (y : Nat) : gcd 0 y = y := rfl

theorem gcd_succ (x y : Nat) : gcd (succ x) y = gcd (y % succ x) (succ x) := by
  show gcdAux (x + 2) (x + 1) y = gcdAux (y % (x + 1) + 1) (y % (x + 1)) (x + 1)
  show gcdAux (x + 1) (y % (x + 1)) (x + 1) = _
  exact gcdAux_fuel _ _ _ _ (mod_lt y (Nat.zero_lt_succ x)) (Nat.lt_succ_self _)

theorem gcd_add_one (x y : Nat) : gcd (x + 1) y = gcd (y % (x + 1)) (x + 1) := gcd_succ x y

@[simp] theorem gcd_one_left (n : Nat) : gcd 1 n = 1 := by
  rw [gcd_succ, mod_one]; rfl

@[simp] theorem gcd_zero_right (n : Nat) : gcd n 0 = n := by
  cases n with
  | zero => rfl
  | succ n => rw [gcd_succ, zero_mod]; rfl

theorem gcd_rec (m n : Nat) : gcd m n = gcd (n % m) m := by
  cases m with
  | zero => rw [mod_zero, gcd_zero_left, gcd_zero_right]
  | succ m => exact gcd_succ m n

@[simp] theorem gcd_self (n : Nat) : gcd n n = n := by
  cases n with
  | zero => rfl
  | succ n => rw [gcd_succ, mod_self, gcd_zero_left]

/-- Induction following Euclid's algorithm. -/
theorem gcd.induction {P : Nat → Nat → Prop} (m n : Nat) (H0 : ∀ n, P 0 n)
    (H1 : ∀ m n, 0 < m → P (n % m) m → P m n) : P m n :=
  aux (m + 1) m n (Nat.lt_succ_self m)
where
  aux : ∀ (fuel m n : Nat), m < fuel → P m n
  | 0, m, _, h => absurd h (Nat.not_lt_zero m)
  | _ + 1, 0, n, _ => H0 n
  | fuel + 1, m + 1, n, h =>
    H1 (m + 1) n (Nat.zero_lt_succ m)
      (aux fuel (n % (m + 1)) (m + 1)
        (Nat.lt_of_lt_of_le (mod_lt n (Nat.zero_lt_succ m)) (Nat.le_of_succ_le_succ h)))

theorem gcd_dvd (m n : Nat) : (gcd m n ∣ m) ∧ (gcd m n ∣ n) := by
  induction m, n using gcd.induction with
  | H0 n => rw [gcd_zero_left]; exact ⟨Nat.dvd_zero n, Nat.dvd_refl n⟩
  | H1 m n _ ih =>
    rw [← gcd_rec] at ih
    exact ⟨ih.2, (dvd_mod_iff ih.2).1 ih.1⟩

theorem gcd_dvd_left (m n : Nat) : gcd m n ∣ m := (gcd_dvd m n).1

theorem gcd_dvd_right (m n : Nat) : gcd m n ∣ n := (gcd_dvd m n).2

theorem gcd_le_left {m : Nat} (n : Nat) (h : 0 < m) : gcd m n ≤ m := le_of_dvd h (gcd_dvd_left m n)

theorem gcd_le_right {n : Nat} (m : Nat) (h : 0 < n) : gcd m n ≤ n := le_of_dvd h (gcd_dvd_right m n)

theorem dvd_gcd {k m n : Nat} : k ∣ m → k ∣ n → k ∣ gcd m n := by
  induction m, n using gcd.induction with
  | H0 n => intro _ kn; rw [gcd_zero_left]; exact kn
  | H1 m n _ ih =>
    intro km kn
    rw [gcd_rec]
    exact ih ((dvd_mod_iff km).2 kn) km

theorem dvd_gcd_iff {k m n : Nat} : k ∣ gcd m n ↔ k ∣ m ∧ k ∣ n :=
  ⟨fun h => ⟨Nat.dvd_trans h (gcd_dvd_left m n), Nat.dvd_trans h (gcd_dvd_right m n)⟩,
   fun h => dvd_gcd h.1 h.2⟩

theorem gcd_comm (m n : Nat) : gcd m n = gcd n m :=
  Nat.dvd_antisymm (dvd_gcd (gcd_dvd_right m n) (gcd_dvd_left m n))
    (dvd_gcd (gcd_dvd_right n m) (gcd_dvd_left n m))

@[simp] theorem gcd_one_right (n : Nat) : gcd n 1 = 1 := by
  rw [gcd_comm, gcd_one_left]

theorem gcd_eq_left {m n : Nat} (h : m ∣ n) : gcd m n = m :=
  Nat.dvd_antisymm (gcd_dvd_left m n) (dvd_gcd (Nat.dvd_refl m) h)

theorem gcd_eq_right {m n : Nat} (h : n ∣ m) : gcd m n = n := by
  rw [gcd_comm]; exact gcd_eq_left h

theorem gcd_assoc (m n k : Nat) : gcd (gcd m n) k = gcd m (gcd n k) :=
  Nat.dvd_antisymm
    (dvd_gcd (Nat.dvd_trans (gcd_dvd_left _ _) (gcd_dvd_left _ _))
      (dvd_gcd (Nat.dvd_trans (gcd_dvd_left _ _) (gcd_dvd_right _ _)) (gcd_dvd_right _ _)))
    (dvd_gcd (dvd_gcd (gcd_dvd_left _ _) (Nat.dvd_trans (gcd_dvd_right _ _) (gcd_dvd_left _ _)))
      (Nat.dvd_trans (gcd_dvd_right _ _) (gcd_dvd_right _ _)))

theorem gcd_pos_of_pos_left {m : Nat} (n : Nat) (mpos : 0 < m) : 0 < gcd m n :=
  pos_of_dvd_of_pos (gcd_dvd_left m n) mpos

theorem gcd_pos_of_pos_right (m : Nat) {n : Nat} (npos : 0 < n) : 0 < gcd m n :=
  pos_of_dvd_of_pos (gcd_dvd_right m n) npos

theorem gcd_mul_left (m n k : Nat) : gcd (m * n) (m * k) = m * gcd n k := by
  induction n, k using gcd.induction with
  | H0 k => rw [Nat.mul_zero, gcd_zero_left, gcd_zero_left]
  | H1 n k _ ih => rw [← mul_mod_mul_left, ← gcd_rec, ← gcd_rec] at ih; exact ih

theorem gcd_mul_right (m n k : Nat) : gcd (m * n) (k * n) = gcd m k * n := by
  rw [Nat.mul_comm m n, Nat.mul_comm k n, Nat.mul_comm (gcd m k) n, gcd_mul_left]

/-- The least common multiple of `m` and `n`. -/
def lcm (m n : Nat) : Nat := m * n / gcd m n

theorem lcm_comm (m n : Nat) : lcm m n = lcm n m := by
  rw [lcm, lcm, Nat.mul_comm n m, gcd_comm n m]

@[simp] theorem lcm_zero_left (m : Nat) : lcm 0 m = 0 := by
  rw [lcm, Nat.zero_mul, Nat.zero_div]

@[simp] theorem lcm_zero_right (m : Nat) : lcm m 0 = 0 := by
  rw [lcm, Nat.mul_zero, Nat.zero_div]

@[simp] theorem lcm_one_left (m : Nat) : lcm 1 m = m := by
  rw [lcm, Nat.one_mul, gcd_one_left, Nat.div_one]

@[simp] theorem lcm_one_right (m : Nat) : lcm m 1 = m := by
  rw [lcm, Nat.mul_one, gcd_one_right, Nat.div_one]

@[simp] theorem lcm_self (m : Nat) : lcm m m = m := by
  cases eq_zero_or_pos m with
  | inl h => rw [h, lcm_zero_left]
  | inr h => rw [lcm, gcd_self, Nat.mul_div_cancel m h]

theorem gcd_mul_lcm (m n : Nat) : gcd m n * lcm m n = m * n := by
  rw [lcm, Nat.mul_div_cancel' (Nat.dvd_trans (gcd_dvd_left m n) (Nat.dvd_mul_right m n))]

end Nat
