/-! Nat arithmetic: numerals, `+ - * / %`, `^`, type ascriptions, and the arithmetic lemmas under their
real names, used both as terms and in `rw`/`simp` (Software Foundations "Basics"/"Induction" style). -/

theorem num_add : 2 + 3 = 5 := rfl
theorem num_sub_trunc : (2 : Nat) - 3 = 0 := rfl
theorem num_mul : (7 : Nat) * 6 = 42 := rfl
theorem num_div : (100 : Nat) / 7 = 14 := by decide
theorem num_mod : (100 : Nat) % 7 = 2 := by decide
theorem num_pow : (2 : Nat) ^ 10 = 1024 := by decide
theorem num_ascription (n : Nat) : (n : Nat) + (0 : Nat) = n := rfl
theorem succ_numeral : Nat.succ 2 = 3 := rfl

theorem use_add_comm (n m : Nat) : n + m = m + n := Nat.add_comm n m
theorem use_add_assoc (n m k : Nat) : n + m + k = n + (m + k) := Nat.add_assoc n m k
theorem use_add_assoc_symm (n m k : Nat) : n + (m + k) = n + m + k := (Nat.add_assoc n m k).symm
theorem use_add_succ (n m : Nat) : n + Nat.succ m = Nat.succ (n + m) := Nat.add_succ n m
theorem use_succ_add (n m : Nat) : Nat.succ n + m = Nat.succ (n + m) := Nat.succ_add n m
theorem use_zero_add (n : Nat) : 0 + n = n := Nat.zero_add n
theorem use_add_zero (n : Nat) : n + 0 = n := Nat.add_zero n
theorem use_add_left_comm (a b c : Nat) : a + (b + c) = b + (a + c) := Nat.add_left_comm a b c
theorem use_add_right_comm (a b c : Nat) : a + b + c = a + c + b := Nat.add_right_comm a b c
theorem use_add_one (n : Nat) : n + 1 = Nat.succ n := Nat.add_one n
theorem use_succ_eq_add_one (n : Nat) : Nat.succ n = n + 1 := Nat.succ_eq_add_one n
theorem use_add_right_cancel (n m k : Nat) (h : n + m = k + m) : n = k := Nat.add_right_cancel h
theorem use_add_left_cancel (n m k : Nat) (h : n + m = n + k) : m = k := Nat.add_left_cancel h
theorem use_succ_inj (n m : Nat) (h : n + 1 = m + 1) : n = m := Nat.succ.inj h

theorem use_mul_comm (n m : Nat) : n * m = m * n := Nat.mul_comm n m
theorem use_mul_assoc (n m k : Nat) : n * m * k = n * (m * k) := Nat.mul_assoc n m k
theorem use_mul_one (n : Nat) : n * 1 = n := Nat.mul_one n
theorem use_one_mul (n : Nat) : 1 * n = n := Nat.one_mul n
theorem use_mul_zero (n : Nat) : n * 0 = 0 := Nat.mul_zero n
theorem use_zero_mul (n : Nat) : 0 * n = 0 := Nat.zero_mul n
theorem use_two_mul (n : Nat) : 2 * n = n + n := Nat.two_mul n
theorem use_mul_two (n : Nat) : n * 2 = n + n := Nat.mul_two n
theorem use_mul_succ (n m : Nat) : n * Nat.succ m = n * m + n := Nat.mul_succ n m
theorem use_succ_mul (n m : Nat) : Nat.succ n * m = n * m + m := Nat.succ_mul n m
theorem use_left_distrib (m n p : Nat) : m * (n + p) = m * n + m * p := Nat.left_distrib m n p
theorem use_right_distrib (m n p : Nat) : (m + n) * p = m * p + n * p := Nat.right_distrib m n p
theorem use_mul_add (m n p : Nat) : m * (n + p) = m * n + m * p := Nat.mul_add m n p
theorem use_add_mul (m n p : Nat) : (m + n) * p = m * p + n * p := Nat.add_mul m n p
theorem use_mul_left_comm (a b c : Nat) : a * (b * c) = b * (a * c) := Nat.mul_left_comm a b c

theorem use_sub_self (n : Nat) : n - n = 0 := Nat.sub_self n
theorem use_sub_zero (n : Nat) : n - 0 = n := Nat.sub_zero n
theorem use_sub_add_cancel (n m : Nat) (h : m ≤ n) : n - m + m = n := Nat.sub_add_cancel h
theorem rw_add_sub_cancel (n m : Nat) : n + m - m = n := by rw [Nat.add_sub_cancel]
theorem rw_add_sub_cancel_left (n m : Nat) : n + m - n = m := by rw [Nat.add_sub_cancel_left]
theorem use_pred_succ (n : Nat) : Nat.pred (Nat.succ n) = n := Nat.pred_succ n
theorem use_pow_zero (b : Nat) : b ^ 0 = 1 := Nat.pow_zero b
theorem rw_pow_succ (b n : Nat) : b ^ (n + 1) = b ^ n * b := by rw [Nat.pow_succ]
theorem use_pow_two (n : Nat) : n ^ 2 = n * n := Nat.pow_two n

theorem use_mod_lt (n m : Nat) (h : m > 0) : n % m < m := Nat.mod_lt n h
theorem use_div_add_mod (m k : Nat) : k * (m / k) + m % k = m := Nat.div_add_mod m k
theorem use_mod_two (n : Nat) : n % 2 = 0 ∨ n % 2 = 1 := Nat.mod_two_eq_zero_or_one n
theorem use_mul_mod (a b n : Nat) : a * b % n = (a % n) * (b % n) % n := Nat.mul_mod a b n
theorem use_add_mod (a b n : Nat) : (a + b) % n = ((a % n) + (b % n)) % n := Nat.add_mod a b n
theorem use_dvd_refl (a : Nat) : a ∣ a := Nat.dvd_refl a
theorem use_dvd_mul_right (a b : Nat) : a ∣ a * b := Nat.dvd_mul_right a b
theorem use_dvd_trans (a b c : Nat) (h₁ : a ∣ b) (h₂ : b ∣ c) : a ∣ c := Nat.dvd_trans h₁ h₂
theorem dvd_witness : 3 ∣ 12 := ⟨4, rfl⟩

/-! The same facts by tactics, the way exercises are usually solved. -/
theorem plus_O_n (n : Nat) : 0 + n = n := by simp
theorem plus_1_l (n : Nat) : 1 + n = n + 1 := by rw [Nat.add_comm]
theorem plus_id_example (n m : Nat) (h : n = m) : n + n = m + m := by rw [h]
theorem add_comm_ind (n m : Nat) : n + m = m + n := by
  induction n with
  | zero => simp
  | succ n ih => rw [Nat.succ_add, ih, Nat.add_succ]
theorem add_comm_ind' (n m : Nat) : n + m = m + n := by
  induction n with
  | zero => rw [Nat.zero_add, Nat.add_zero]
  | succ k ih => rw [Nat.succ_add, ih]; rfl
theorem add_assoc_ind (n m p : Nat) : n + (m + p) = (n + m) + p := by
  induction n with
  | zero => simp
  | succ n ih => simp [Nat.succ_add, ih]
theorem mul_comm_ind (a b : Nat) : a * b = b * a := by
  induction b with
  | zero => simp
  | succ b ih => rw [Nat.mul_succ, Nat.succ_mul, ih]
theorem double_plus (n : Nat) : 2 * n = n + n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [Nat.mul_succ, ih]; omega
theorem square_binomial (a b : Nat) : (a + b) * (a + b) = a * a + 2 * a * b + b * b := by
  rw [Nat.add_mul, Nat.mul_add, Nat.mul_add, Nat.two_mul, Nat.add_mul, Nat.mul_comm b a]
  omega
theorem even_square (n : Nat) (h : n % 2 = 0) : (n * n) % 2 = 0 := by
  rw [Nat.mul_mod, h]
theorem succ_inj_injection (n m : Nat) (h : Nat.succ n = Nat.succ m) : n = m := by injection h
theorem succ_inj_simp (n m : Nat) (h : n + 1 = m + 1) : n = m := by simp at h; exact h
theorem pow_succ_two (n : Nat) : 2 ^ (n + 1) = 2 * 2 ^ n := by
  rw [Nat.pow_succ, Nat.mul_comm]
theorem lt_two_pow (n : Nat) : n < 2 ^ n := by
  induction n with
  | zero => decide
  | succ n ih => rw [Nat.pow_succ]; omega
