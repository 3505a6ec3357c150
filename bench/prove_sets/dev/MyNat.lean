/-! Natural numbers of our own, with addition by recursion. -/

inductive MyNat where
  | zero : MyNat
  | succ : MyNat → MyNat

namespace MyNat

def add : MyNat → MyNat → MyNat
  | n, zero => n
  | n, succ m => succ (add n m)

theorem add_zero (n : MyNat) : add n zero = n := by sorry

theorem zero_add (n : MyNat) : add zero n = n := by sorry

theorem succ_add (n m : MyNat) : add (succ n) m = succ (add n m) := by sorry

theorem add_comm (n m : MyNat) : add n m = add m n := by sorry

theorem add_assoc (a b c : MyNat) : add (add a b) c = add a (add b c) := by sorry

end MyNat
