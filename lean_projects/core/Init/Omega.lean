/-
leanagent core library: the `omega` tactic.

The decision procedure itself is the engine's builtin elaborator for
`Lean.Parser.Tactic.omega`; this module declares the syntax with that kind and provides every
declaration its proofs refer to (`Init.Omega.*`, `Init.Data.Int.*`).
-/
prelude
import Init.Omega.Logic
import Init.Omega.Constraint
import Init.WF

namespace Lean.Meta.Omega

/-- Configures the behaviour of the `omega` tactic. -/
structure OmegaConfig where
  /-- Split disjunctions in the context. -/
  splitDisjunctions : Bool := true
  /-- Split `((a - b : Nat) : Int)` into the cases `b ≤ a` and `a < b`. -/
  splitNatSub : Bool := true
  /-- Split `((natAbs a : Nat) : Int)` into the cases `0 ≤ a` and `a < 0`. -/
  splitNatAbs : Bool := true
  /-- Split `min a b` and `max a b` into their two cases. -/
  splitMinMax : Bool := true

end Lean.Meta.Omega

namespace Lean.Parser.Tactic

/--
The `omega` tactic decides linear arithmetic over `Int` and `Nat`: hypotheses and goals built
from `+`, `-`, `*` and `/`, `%` by literals, `=`, `<`, `≤`, `∣`, `¬`, `∧`, `∨`, `→`, `↔`.
-/
syntax (name := omega) "omega" optConfig : tactic

end Lean.Parser.Tactic

/-- As in real Lean (`Init.WFTactics`), termination goals are also tried with `omega`. -/
macro_rules | `(tactic| decreasing_trivial) => `(tactic| omega)
