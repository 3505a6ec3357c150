import NatArith.Add

/-!
# Multiplication

Distributivity and commutativity rearrangements of products, squares of sums,
and how `double` interacts with multiplication.
-/

namespace NatArith

theorem mul_add_one' (m n : Nat) : m * (n + 1) = m * n + m := by
  rw [Nat.mul_add, Nat.mul_one]

theorem add_one_mul' (m n : Nat) : (m + 1) * n = m * n + n := by
  rw [Nat.add_mul, Nat.one_mul]

theorem mul_two' (n : Nat) : n * 2 = n + n := by
  rw [Nat.mul_comm, Nat.two_mul]

theorem mul_right_comm' (a b c : Nat) : a * b * c = a * c * b := by
  rw [Nat.mul_assoc, Nat.mul_comm b c, ← Nat.mul_assoc]

theorem mul_left_comm' (a b c : Nat) : a * (b * c) = b * (a * c) := by
  rw [← Nat.mul_assoc, Nat.mul_comm a b, Nat.mul_assoc]

theorem mul_mul_mul_comm' (a b c d : Nat) : (a * b) * (c * d) = (a * c) * (b * d) := by
  rw [Nat.mul_assoc, mul_left_comm' b c d, ← Nat.mul_assoc]

theorem double_mul (m n : Nat) : double m * n = double (m * n) := by
  rw [double_def, double_def, Nat.add_mul]

theorem mul_double (m n : Nat) : m * double n = double (m * n) := by
  rw [Nat.mul_comm, double_mul, Nat.mul_comm]

theorem double_eq_mul_two (n : Nat) : double n = n * 2 := by
  rw [double_def, mul_two']

theorem double_double (n : Nat) : double (double n) = 4 * n := by
  rw [double_eq_two_mul, double_eq_two_mul, ← Nat.mul_assoc]

theorem mul_self_add_one (n : Nat) : (n + 1) * (n + 1) = n * n + 2 * n + 1 := by
  rw [add_one_mul', mul_add_one', Nat.two_mul, ← Nat.add_assoc, ← Nat.add_assoc]

theorem square_add (a b : Nat) : (a + b) * (a + b) = a * a + 2 * (a * b) + b * b := by
  rw [Nat.add_mul, Nat.mul_add, Nat.mul_add, Nat.two_mul, Nat.mul_comm b a]
  rw [← Nat.add_assoc, Nat.add_assoc (a * a) (a * b) (a * b)]

theorem mul_sub_one' (m n : Nat) : m * (n + 1) - m = m * n := by
  rw [mul_add_one', Nat.add_sub_cancel]

theorem mul_eq_zero_of_left {m : Nat} (n : Nat) (h : m = 0) : m * n = 0 := by
  rw [h, Nat.zero_mul]

theorem mul_eq_zero_of_right (m : Nat) {n : Nat} (h : n = 0) : m * n = 0 := by
  rw [h]
  exact Nat.mul_zero m

theorem mul_ne_zero' {m n : Nat} (hm : m ≠ 0) (hn : n ≠ 0) : m * n ≠ 0 := by sorry

theorem mul_add_mul_left (a b c d : Nat) : a * b + a * c + a * d = a * (b + c + d) := by
  rw [Nat.mul_add, Nat.mul_add]

theorem add_mul_self_eq (a b : Nat) : (a + b) * (a + b) = a * (a + b) + b * (a + b) := by
  rw [Nat.add_mul]

theorem sum_mul_three (a b c k : Nat) : (a + b + c) * k = a * k + b * k + c * k := by
  rw [Nat.add_mul, Nat.add_mul]

theorem mul_three (n : Nat) : 3 * n = n + n + n := by
  have h : 3 = 2 + 1 := rfl
  rw [h, Nat.add_mul, Nat.two_mul, Nat.one_mul]

theorem sq_double (n : Nat) : double n * double n = 4 * (n * n) := by
  rw [double_mul, mul_double, double_double]

end NatArith
