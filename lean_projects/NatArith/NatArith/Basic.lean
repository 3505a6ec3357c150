/-!
# Arithmetic functions on `Nat`

The recursive functions studied in this project: doubling, the sum of the first
`n` numbers, the sum of the first `n` odd numbers, powers of two, factorial and
the Fibonacci numbers, together with their defining equations as lemmas.
-/

namespace NatArith

/-- `double n` is `n + n`. -/
def double (n : Nat) : Nat := n + n

/-- `sumTo n = 0 + 1 + ... + n`. -/
def sumTo : Nat → Nat
  | 0 => 0
  | n + 1 => sumTo n + (n + 1)

/-- `sumOdd n = 1 + 3 + ... + (2n - 1)`, the sum of the first `n` odd numbers. -/
def sumOdd : Nat → Nat
  | 0 => 0
  | n + 1 => sumOdd n + (2 * n + 1)

/-- `pow2 n = 2 ^ n`, computed by repeated doubling. -/
def pow2 : Nat → Nat
  | 0 => 1
  | n + 1 => double (pow2 n)

/-- The factorial function. -/
def fact : Nat → Nat
  | 0 => 1
  | n + 1 => (n + 1) * fact n

/-- The Fibonacci numbers, `fib 0 = 0`, `fib 1 = 1`. -/
def fib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

/-- `sumSq n = 0² + 1² + ... + n²`. -/
def sumSq : Nat → Nat
  | 0 => 0
  | n + 1 => sumSq n + (n + 1) * (n + 1)

theorem double_def (n : Nat) : double n = n + n := rfl

theorem double_zero : double 0 = 0 := rfl

theorem sumTo_zero : sumTo 0 = 0 := rfl

theorem sumTo_succ (n : Nat) : sumTo (n + 1) = sumTo n + (n + 1) := rfl

theorem sumOdd_zero : sumOdd 0 = 0 := rfl

theorem sumOdd_succ (n : Nat) : sumOdd (n + 1) = sumOdd n + (2 * n + 1) := rfl

theorem pow2_zero : pow2 0 = 1 := rfl

theorem pow2_succ (n : Nat) : pow2 (n + 1) = double (pow2 n) := rfl

theorem fact_zero : fact 0 = 1 := rfl

theorem fact_succ (n : Nat) : fact (n + 1) = (n + 1) * fact n := rfl

theorem fib_zero : fib 0 = 0 := rfl

theorem fib_one : fib 1 = 1 := rfl

theorem fib_add_two (n : Nat) : fib (n + 2) = fib n + fib (n + 1) := by
  rw [fib]

theorem sumSq_zero : sumSq 0 = 0 := rfl

theorem sumSq_succ (n : Nat) : sumSq (n + 1) = sumSq n + (n + 1) * (n + 1) := rfl

theorem sumTo_one : sumTo 1 = 1 := by decide

theorem fact_one : fact 1 = 1 := by decide

theorem fib_five : fib 5 = 5 := by decide

theorem pow2_three : pow2 3 = 8 := by decide

end NatArith
