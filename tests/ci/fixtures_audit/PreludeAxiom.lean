prelude
-- Without the core library, `propext` is whatever this file says.
axiom propext : (p : Prop) → p
theorem anything (p : Prop) : p := propext p
