/-
The `ext` tactic (builtin elaborator) and the extensionality lemmas it starts from.
-/
prelude
import Init.RCases
import Init.Core

universe u

protected theorem Subtype.eq {α : Sort u} {p : α → Prop} : ∀ {a1 a2 : {x // p x}}, a1.val = a2.val → a1 = a2
  | ⟨_, _⟩, ⟨_, _⟩, rfl => rfl

namespace Lean.Parser.Attr
syntax extIff := atomic("(" &"iff" " := " &"false" ")")
syntax extFlat := atomic("(" &"flat" " := " &"false" ")")
/-- `@[ext]` registers an extensionality theorem (or derives one for a structure). -/
syntax (name := ext) "ext" (ppSpace extIff)? (ppSpace extFlat)? (ppSpace prio)? : attr
end Lean.Parser.Attr

namespace Lean.Elab.Tactic.Ext

/-- `ext x y z` applies extensionality lemmas (tagged `@[ext]`) and introduces the variables. -/
syntax (name := ext) "ext" (colGt ppSpace rintroPat)* (" : " num)? : tactic
syntax (name := applyExtTheorem) "apply_ext_theorem" : tactic

/-- `ext1 pats` applies one extensionality lemma. -/
syntax "ext1" (colGt ppSpace rintroPat)* : tactic
macro_rules
  | `(tactic| ext1) => `(tactic| apply_ext_theorem)
  | `(tactic| ext1 $xs*) => `(tactic| apply_ext_theorem <;> rintro $xs*)

end Lean.Elab.Tactic.Ext

attribute [ext] funext propext Subtype.eq
