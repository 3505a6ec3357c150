-- Correct classical proofs under a top-level `open Classical`.
open Classical

theorem em_top (p : Prop) : p ∨ ¬p := by by_cases h : p <;> simp_all

theorem peirce (p q : Prop) : ((p → q) → p) → p := by
  intro h
  by_cases hp : p
  · exact hp
  · exact h (fun x => absurd x hp)

section inner
open Classical in
theorem dne (p : Prop) (h : ¬¬p) : p := byContradiction h
end inner

namespace N
open Classical
theorem em_ns (p : Prop) : p ∨ ¬p := em p
end N
