/-! Ordinary exercise files: recursive definitions, structural and well-founded recursion,
functional induction, and the usual mix of tactics (TPIL / Software Foundations style). -/

def fib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

theorem fib_10_rfl : fib 10 = 55 := rfl
theorem fib_10_decide : fib 10 = 55 := by decide
theorem fib_10_simp : fib 10 = 55 := by simp [fib]
theorem fib_pos (n : Nat) (h : 0 < n) : 0 < fib n := by
  induction n using fib.induct with
  | case1 => contradiction
  | case2 => decide
  | case3 n ih1 ih2 =>
    simp only [fib]
    cases n with
    | zero => decide
    | succ m => have := ih2 (by omega); omega

def double : Nat → Nat
  | 0 => 0
  | n + 1 => double n + 2

theorem double_simp (n : Nat) : double n = 2 * n := by
  induction n with
  | zero => rfl
  | succ n ih => simp [double, ih]; omega
theorem double_unfold (n : Nat) : double n = 2 * n := by
  induction n with
  | zero => rfl
  | succ n ih => unfold double; rw [ih]; omega
theorem double_rw (n : Nat) : double n = 2 * n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [double, ih, Nat.mul_succ]

def evenb : Nat → Bool
  | 0 => true
  | 1 => false
  | n + 2 => evenb n

theorem evenb_double (n : Nat) : evenb (2 * n) = true := by
  induction n with
  | zero => rfl
  | succ n ih =>
    have : 2 * (n + 1) = 2 * n + 2 := by omega
    rw [this, evenb]; exact ih

def sumTo : Nat → Nat
  | 0 => 0
  | n + 1 => (n + 1) + sumTo n

theorem sumTo_formula (n : Nat) : 2 * sumTo n = n * (n + 1) := by
  induction n with
  | zero => rfl
  | succ n ih =>
    simp only [sumTo]
    rw [Nat.mul_add, ih]
    simp only [Nat.add_mul, Nat.mul_add, Nat.mul_one, Nat.one_mul, Nat.two_mul]
    omega

def log2 (n : Nat) : Nat :=
  if h : n < 2 then 0 else 1 + log2 (n / 2)
termination_by n
decreasing_by omega

theorem log2_8 : log2 8 = 3 := by simp [log2]
theorem log2_small (n : Nat) (h : n < 2) : log2 n = 0 := by
  unfold log2
  simp [h]

def countdown (n : Nat) : List Nat :=
  match n with
  | 0 => [0]
  | k + 1 => (k + 1) :: countdown k

theorem countdown_length (n : Nat) : (countdown n).length = n + 1 := by
  induction n with
  | zero => rfl
  | succ k ih => simp [countdown, ih]

theorem exists_gt (n : Nat) : ∃ m, m > n := ⟨n + 1, Nat.lt_succ_self n⟩
theorem forall_exists_gt : ∀ n : Nat, ∃ m, m > n := fun n => ⟨n + 1, by omega⟩
theorem no_largest : ¬∃ n : Nat, ∀ m, m ≤ n := by
  intro ⟨n, hn⟩
  have := hn (n + 1)
  omega

/-- A logic puzzle: knights always tell the truth, knaves always lie. A says "B is a knave",
B says "A and B are both knights or both knaves". -/
theorem knights_knaves (a b : Bool)
    (ha : a = true ↔ b = false)
    (hb : b = true ↔ (a = b)) : a = true ∧ b = false := by
  cases a <;> cases b <;> simp_all
