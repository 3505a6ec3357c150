/-
leanagent core library: instances converting between `Zero α`/`One α` and the numerals
`0`/`1` (as in real Lean 4, `Init/Data/Zero.lean`). Needed by `List.sum`.
-/
prelude
import Init.Core

instance (priority := 300) Zero.toOfNat0 {α} [Zero α] : OfNat α (nat_lit 0) where
  ofNat := Zero.zero

instance (priority := 200) Zero.ofOfNat0 {α} [OfNat α (nat_lit 0)] : Zero α where
  zero := 0

instance (priority := 300) One.toOfNat1 {α} [One α] : OfNat α (nat_lit 1) where
  ofNat := One.one

instance (priority := 200) One.ofOfNat1 {α} [OfNat α (nat_lit 1)] : One α where
  one := 1
