-- The fixed workload of bench/interaction.py: each proof has one tactic per line at column 2
-- (deeper lines continue the tactic above). Later theorems may use earlier ones.
namespace Workload

theorem and_swap (p q : Prop) : p ∧ q → q ∧ p := by
  intro h
  constructor
  exact h.2
  exact h.1

theorem or_swap (p q : Prop) : p ∨ q → q ∨ p := by
  intro h
  cases h with
  | inl hp => exact Or.inr hp
  | inr hq => exact Or.inl hq

theorem imp_trans (p q r : Prop) (hpq : p → q) (hqr : q → r) : p → r := by
  intro hp
  apply hqr
  apply hpq
  exact hp

theorem and_iff (p q : Prop) : p ∧ q ↔ q ∧ p := by
  constructor
  · intro h
    exact ⟨h.2, h.1⟩
  · intro h
    exact ⟨h.2, h.1⟩

theorem not_not_intro (p : Prop) (hp : p) : ¬¬p := by
  intro hn
  exact hn hp

theorem add_succ (n m : Nat) : n + m.succ = (n + m).succ := by
  rfl

theorem zero_add (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [add_succ, ih]

theorem succ_add (n m : Nat) : n.succ + m = (n + m).succ := by
  induction m with
  | zero => rfl
  | succ m ih => rw [add_succ, ih]; rfl

theorem add_comm (n m : Nat) : n + m = m + n := by
  induction n with
  | zero => rw [zero_add]; rfl
  | succ n ih => rw [succ_add, ih]; rfl

theorem small_lt : 10 < 20 := by
  decide

theorem exists_three : ∃ n : Nat, n + 2 = 5 := by
  exact ⟨3, rfl⟩

theorem and_assoc (p q r : Prop) : (p ∧ q) ∧ r → p ∧ (q ∧ r) := by
  intro h
  refine ⟨h.1.1, ?_⟩
  exact ⟨h.1.2, h.2⟩

theorem or_elim_self (p : Prop) : p ∨ p → p := by
  intro h
  cases h with
  | inl a => exact a
  | inr b => exact b

theorem modus (p q : Prop) (hp : p) (hpq : p → q) : q ∧ p := by
  constructor
  · apply hpq
    exact hp
  · exact hp

end Workload
