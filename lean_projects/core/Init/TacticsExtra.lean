/-
More tactic syntax that ordinary Lean 4 files use: `rwa`, `iterate`, `repeat'`, `classical`, `have'`,
tactic-mode `if`, `rfl'`, `unhygienic`, `show_term`, `guard_hyp`/`guard_target`, `apply_assumption`,
`solve_by_elim`, `apply_rules`, `simp?`, `exact?`. Kinds and child layouts follow the engine's 4.35 parser
descriptors, so the builtin elaborators (keyed by kind) run where Lean has one; the rest are macros.
-/
prelude
import Init.Classical

set_option linter.unusedVariables false

namespace Lean.Parser.Tactic

/-! ## `rwa`: rewrite, then close the goal by `assumption` -/

syntax (name := rwa) "rwa " rwRuleSeq : tactic
syntax (name := rwaAt) "rwa " rwRuleSeq " at " term:max : tactic
syntax (name := rwaAtLegacyLocation) "rwa " rwRuleSeq location : tactic

macro_rules (kind := rwa)
  | `(tactic| rwa $rws:rwRuleSeq) => `(tactic| (rw $rws:rwRuleSeq; assumption))
macro_rules (kind := rwaAt)
  | `(tactic| rwa $rws:rwRuleSeq at $h:term) => `(tactic| (rw $rws:rwRuleSeq at $h:term; assumption))
macro_rules (kind := rwaAtLegacyLocation)
  | `(tactic| rwa $rws:rwRuleSeq $loc:location) => `(tactic| (rw $rws:rwRuleSeq $loc:location; assumption))

/-! ## `iterate n tac` runs `tac` exactly `n` times; `iterate tac` runs it until it fails -/

syntax (name := tacticIterate____) "iterate" (ppSpace num)? ppSpace tacticSeq : tactic

/-- The value of a decimal numeral's digits (read left to right). -/
private def digitsValue : List Char → Nat → Nat
  | [], acc => acc
  | c :: cs, acc => digitsValue cs (acc * 10 + (c.val.toNat - 48))

/-- The numeral of a `num` literal node (decimal only). -/
private def numLitValue (n : Syntax) : Nat :=
  match n with
  | Syntax.node _ _ args =>
    match args.toList with
    | [Syntax.atom _ s] => digitsValue s.toList 0
    | _ => 0
  | _ => 0

/-- `seq` repeated `k` times, followed by `skip`. -/
private def iterateN (seq : TSyntax `Lean.Parser.Tactic.tacticSeq) : Nat → MacroM (TSyntax `tactic)
  | 0 => `(tactic| skip)
  | k + 1 => do
    let rest ← iterateN seq k
    `(tactic| (($seq:tacticSeq); $rest:tactic))

macro_rules
  | `(tactic| iterate $seq:tacticSeq) => `(tactic| try (($seq:tacticSeq); iterate $seq:tacticSeq))
  | `(tactic| iterate $n:num $seq:tacticSeq) => iterateN seq (numLitValue n.raw)

/-! ## `repeat'` (builtin): `repeat` that also recurses into every produced subgoal -/

syntax (name := repeat') "repeat' " tacticSeq : tactic
syntax (name := repeat1') "repeat1' " tacticSeq : tactic

/-! ## `classical` (builtin): the following tactics may use `Classical.propDecidable` -/

syntax (name := classical) "classical" ppDedent(tacticSeq) : tactic

/-! ## `have'`, `refine_lift'` -/

macro "refine_lift' " e:term : tactic => `(tactic| focus (refine' no_implicit_lambda% $e; rotate_right))
macro "have'" c:letConfig d:letDecl : tactic => `(tactic| refine_lift' have $c:letConfig $d:letDecl; ?_)

/-! ## Tactic-mode `if h : c then tac else tac` and `if c then tac else tac` -/

syntax (name := tacDepIfThenElse)
  ppRealGroup(ppRealFill(ppIndent("if " binderIdent " : " term " then") ppSpace matchRhsTacticSeq)
    ppDedent(ppSpace) ppRealFill("else " matchRhsTacticSeq)) : tactic
syntax (name := tacIfThenElse)
  ppRealGroup(ppRealFill(ppIndent("if " term " then") ppSpace matchRhsTacticSeq)
    ppDedent(ppSpace) ppRealFill("else " matchRhsTacticSeq)) : tactic

/-- A branch of a tactic `if`: a hole stays a goal, a tactic sequence must close its goal. -/
private def ifBranch (tk : Syntax) (rhs : Syntax) (mkName : MacroM (TSyntax `term)) :
    MacroM (TSyntax `term × List (TSyntax `tactic)) := do
  if rhs.isOfKind `Lean.Parser.Term.syntheticHole then
    pure (⟨rhs⟩, [])
  else if rhs.isOfKind `Lean.Parser.Term.hole then
    pure (← mkName, [])
  else
    let hole ← withFreshMacroScope mkName
    let holeId : TSyntax `ident := ⟨hole.raw.getArg 1⟩
    let seq : TSyntax `Lean.Parser.Tactic.tacticSeq := ⟨rhs⟩
    let case ← `(tactic| case $holeId:ident =>%$tk with_annotate_state $tk skip; ($seq:tacticSeq))
    pure (hole, [case])

/-- `first; rest₁; rest₂; ...` as one tactic. -/
private def thenAll (first : TSyntax `tactic) : List (TSyntax `tactic) → MacroM (TSyntax `tactic)
  | [] => pure first
  | t :: ts => do thenAll (← `(tactic| ($first:tactic; $t:tactic))) ts

macro_rules
  | `(tactic| if%$tk $h:binderIdent : $c then%$tt $pos else%$te $neg) => do
    let (posHole, posCase) ← ifBranch tt pos `(?pos)
    let (negHole, negCase) ← ifBranch te neg `(?neg)
    let start ← `(tactic| open Classical in refine%$tk (if $h:binderIdent : $c then $posHole else $negHole))
    thenAll start (posCase ++ negCase)

macro_rules
  | `(tactic| if%$tk $c then%$tt $pos else%$te $neg) => do
    let (posHole, posCase) ← ifBranch tt pos `(?pos)
    let (negHole, negCase) ← ifBranch te neg `(?neg)
    let start ← `(tactic| open Classical in refine%$tk (if _ : $c then $posHole else $negHole))
    thenAll start (posCase ++ negCase)

/-! ## `fun_induction f x`, `fun_cases f x` (builtin): induction/cases following a recursive function -/

syntax (name := funInduction) "fun_induction " term (" generalizing" (ppSpace colGt term:max)+)?
  (inductionAlts)? : tactic
syntax (name := funCases) "fun_cases " term (inductionAlts)? : tactic

/-! ## `rfl'`, `unhygienic` -/

macro "rfl'" : tactic => `(tactic| set_option smartUnfolding false in with_unfolding_all rfl)
macro "unhygienic " t:tacticSeq : tactic => `(tactic| set_option tactic.hygienic false in $t:tacticSeq)

/-! ## `show_term` (builtin): run the tactics and print the term they built -/

syntax (name := showTerm) "show_term " tacticSeq : tactic

end Lean.Parser.Tactic

/-! ## `guard_hyp`, `guard_target` (builtin): check a hypothesis or the goal up to a chosen equality -/

namespace Lean.Parser

syntax equalR := " = "
syntax equalD := " =~ "
syntax equalS := " =ₛ "
syntax equalA := " =ₐ "
syntax equal := equalR <|> equalD <|> equalS <|> equalA
syntax colonR := " : "
syntax colonD := " :~ "
syntax colonS := " :ₛ "
syntax colonA := " :ₐ "
syntax colon := colonR <|> colonD <|> colonS <|> colonA
syntax colonEqR := " := "
syntax colonEqD := " :=~ "
syntax colonEqS := " :=ₛ "
syntax colonEqA := " :=ₐ "
syntax colonEq := colonEqR <|> colonEqD <|> colonEqS <|> colonEqA

end Lean.Parser

namespace Lean.Parser.Tactic

open Lean.Parser in
syntax (name := guardHyp) "guard_hyp " term:max (colon term)? (colonEq term)? : tactic
open Lean.Parser in
syntax (name := guardTarget) "guard_target " equal term : tactic
open Lean.Parser in
syntax (name := guardExpr) "guard_expr " term:51 equal term : tactic

/-! ## `apply_assumption`, `solve_by_elim`, `apply_rules` (builtin) -/

namespace SolveByElim
syntax star := "*"
syntax erase := "-" term:max
syntax arg := star <|> erase <|> term
syntax args := " [" SolveByElim.arg,* "]"
syntax using_ := " using " ident,*
end SolveByElim

open SolveByElim in
syntax (name := applyAssumption) "apply_assumption" optConfig (&" only")? (args)? (using_)? : tactic
open SolveByElim in
syntax (name := applyRules) "apply_rules" optConfig (&" only")? (args)? (using_)? : tactic
open SolveByElim in
syntax (name := solveByElim) "solve_by_elim" "*"? optConfig (&" only")? (args)? (using_)? : tactic

/-! ## `simp?` (builtin; prints the `simp only` call that does the same), `exact?`/`apply?`/`rw?` (library search) -/

syntax simpTraceArgsRest := optConfig (discharger)? (&" only")? (simpArgs)? (location)?
syntax (name := simpTrace) "simp?" "!"? simpTraceArgsRest : tactic
syntax (name := «exact?») "exact?" optConfig (" using " (colGt ident),+)? : tactic
syntax (name := «apply?») "apply?" optConfig (" using " (colGt term),+)? : tactic
syntax rewrites_forbidden := " [" (group("-" ident)),*,? "]"
syntax (name := «rewrites?») "rw?" (ppSpace location)? (rewrites_forbidden)? : tactic

end Lean.Parser.Tactic

/-! ## `simp_arith`: in 4.35 its builtin elaborator only reports that it is deprecated (use `simp +arith`) -/

namespace Lean.Parser.Tactic

syntax (name := simpArith) "simp_arith " optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpStar <|> simpErase <|> simpLemma),*,?) "]")? (location)? : tactic

end Lean.Parser.Tactic

/-! ## `simp!`, `simp_all!`, `dsimp!`: real Lean declares them with `declare_simp_like_tactic` as
`simp +autoUnfold` (resp. `simp_all`, `dsimp`); their macros rewrite them to that form. -/

namespace Lean.Parser.Tactic

/-- `simp!` is shorthand for `simp` with `autoUnfold := true`: it rewrites with all equation
lemmas, which partially evaluates many definitions. -/
syntax (name := simpAutoUnfold) "simp! " optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpStar <|> simpErase <|> simpLemma),*,?) "]")? (location)? : tactic
/-- `simp_all!` is shorthand for `simp_all` with `autoUnfold := true`. -/
syntax (name := simpAllAutoUnfold) "simp_all! " optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*,?) "]")? : tactic
/-- `dsimp!` is shorthand for `dsimp` with `autoUnfold := true`. -/
syntax (name := dsimpAutoUnfold) "dsimp! " optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*,?) "]")? (location)? : tactic

/-- The node of `stx` (a `simp!`-like call) as the call of `kind` (token `tk`) with the
configuration item `+autoUnfold` in front of its own items. -/
def expandAutoUnfold (kind : SyntaxNodeKind) (tk : String) (stx : Syntax) : MacroM Syntax := do
  let unfold ← `(tactic| simp +autoUnfold)
  let item := (unfold.raw.getArg 1).getArg 0 |>.getArg 0
  match stx with
  | .node info _ ⟨atom :: .node ci ck ⟨[items]⟩ :: rest⟩ =>
    let cfg := Syntax.node ci ck ⟨[mkNullNode ⟨item :: items.getArgs.toList⟩]⟩
    pure (Syntax.node info kind ⟨mkAtomFrom atom tk :: cfg :: rest⟩)
  | _ => Macro.throwUnsupported

@[macro simpAutoUnfold] def expandSimpAutoUnfold : Macro :=
  expandAutoUnfold ``simp "simp"
@[macro simpAllAutoUnfold] def expandSimpAllAutoUnfold : Macro :=
  expandAutoUnfold ``simpAll "simp_all"
@[macro dsimpAutoUnfold] def expandDsimpAutoUnfold : Macro :=
  expandAutoUnfold ``dsimp "dsimp"

end Lean.Parser.Tactic
