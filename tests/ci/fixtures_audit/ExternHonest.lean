def double (n : Nat) : Nat := n + n
theorem double_one : double 1 = 2 := rfl
