-- Compiled code calls a C function for `double`; the theorem is about the Lean body.
@[extern "leanagent_double"] def double (n : Nat) : Nat := n + n
theorem double_one : double 1 = 2 := rfl
