-- Context proofs that a Dojo stubs out: `helper` is used below, `unproved` is a sorry that the
-- final re-check must still see through the stub.
theorem helper (p : Prop) (h : p) : p ∧ p := by
  exact ⟨h, h⟩

theorem unproved : 1 = 2 := by
  sorry

def triple (n : Nat) : Nat := n + n + n

theorem uses_helper (q : Prop) (hq : q) : q ∧ q := by
  exact helper q hq

theorem uses_unproved : 1 = 2 := by
  exact unproved

theorem triple_one : triple 1 = 3 := by
  rfl
