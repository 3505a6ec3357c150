/-
Dependent pair notations: `Σ x, β x` (`Sigma`), `Σ' x, β x` (`PSigma`), `(x : α) × β x` and
`(x : α) ×' β x`, with the real syntax kinds (`termΣ_,_`, `termΣ'_,_`, `term_×__1`, `term_×'__1`).
-/
prelude
import Init.Core

syntax "Σ" Lean.explicitBinders ", " term : term
syntax "Σ'" Lean.explicitBinders ", " term : term

macro_rules
  | `(Σ $x:ident, $b) => `(Sigma fun $x:ident => $b)
  | `(Σ _, $b) => `(Sigma fun _ => $b)
  | `(Σ $x:ident : $t, $b) => `(Sigma fun ($x:ident : $t) => $b)
  | `(Σ _ : $t, $b) => `(Sigma fun (_ : $t) => $b)
  | `(Σ $x:binderIdent $xs:binderIdent*, $b) => `(Σ $x:binderIdent, Σ $xs:binderIdent*, $b)
  | `(Σ $x:binderIdent $xs:binderIdent* : $t, $b) => `(Σ $x:binderIdent : $t, Σ $xs:binderIdent* : $t, $b)
  | `(Σ ($xs:binderIdent* : $t), $b) => `(Σ $xs:binderIdent* : $t, $b)
  | `(Σ ($xs:binderIdent* : $t) $bs:bracketedExplicitBinders*, $b) =>
    `(Σ $xs:binderIdent* : $t, Σ $bs:bracketedExplicitBinders*, $b)

macro_rules
  | `(Σ' $x:ident, $b) => `(PSigma fun $x:ident => $b)
  | `(Σ' _, $b) => `(PSigma fun _ => $b)
  | `(Σ' $x:ident : $t, $b) => `(PSigma fun ($x:ident : $t) => $b)
  | `(Σ' _ : $t, $b) => `(PSigma fun (_ : $t) => $b)
  | `(Σ' $x:binderIdent $xs:binderIdent*, $b) => `(Σ' $x:binderIdent, Σ' $xs:binderIdent*, $b)
  | `(Σ' $x:binderIdent $xs:binderIdent* : $t, $b) =>
    `(Σ' $x:binderIdent : $t, Σ' $xs:binderIdent* : $t, $b)
  | `(Σ' ($xs:binderIdent* : $t), $b) => `(Σ' $xs:binderIdent* : $t, $b)
  | `(Σ' ($xs:binderIdent* : $t) $bs:bracketedExplicitBinders*, $b) =>
    `(Σ' $xs:binderIdent* : $t, Σ' $bs:bracketedExplicitBinders*, $b)

syntax:35 Lean.bracketedExplicitBinders " × " term:35 : term
syntax:35 Lean.bracketedExplicitBinders " ×' " term:35 : term

macro_rules
  | `(($xs:binderIdent* : $t) × $b) => `(Σ $xs:binderIdent* : $t, $b)
macro_rules
  | `(($xs:binderIdent* : $t) ×' $b) => `(Σ' $xs:binderIdent* : $t, $b)
