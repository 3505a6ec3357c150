-- Theorems the Dojo tests open; the proofs here are the reference ones (the Dojo replaces them).
namespace DojoFixture

def double (n : Nat) : Nat := n + n

theorem and_swap (p q : Prop) (hp : p) (hq : q) : q ∧ p := by
  constructor
  exact hq
  exact hp

theorem double_two : double 2 = 4 := by
  decide

end DojoFixture
