-- Axioms named like the standard ones, outside the toolchain's library.
axiom propext' : ∀ p : Prop, p
theorem one_is_two : 1 = 2 := propext' _
namespace Mine
axiom Classical.choice {α : Sort u} : Nonempty α → α
end Mine
theorem plain : 1 = 1 := rfl
