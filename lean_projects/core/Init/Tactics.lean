/-
Tactic syntax. Each `syntax` declaration's kind is the key of the engine's builtin elaborator
(`Lean.Parser.Tactic.<name>`), with the child layout that elaborator reads; tactics that are
macros in Lean 4 (`rw`, `try`, `repeat`, `exists`, `trivial`, `have`, `<;>`, ...) are written here.
-/
prelude
import Init.Notation

set_option linter.unusedVariables false

namespace Lean.Parser.Tactic

syntax (name := withAnnotateState) "with_annotate_state " rawStx ppSpace tactic : tactic
syntax (name := intro) "intro" notFollowedBy("|") (ppSpace colGt term:max)* : tactic
syntax (name := intros) "intros" (ppSpace colGt (ident <|> hole))* : tactic
syntax (name := rename) "rename " term " => " ident : tactic
syntax (name := revert) "revert" (ppSpace colGt term:max)+ : tactic
syntax (name := clear) "clear" (ppSpace colGt term:max)+ : tactic
syntax (name := subst) "subst" (ppSpace colGt term:max)+ : tactic
syntax (name := substVars) "subst_vars" : tactic
syntax (name := assumption) "assumption" : tactic
syntax (name := contradiction) "contradiction" : tactic
syntax (name := apply) "apply " term : tactic
syntax (name := exact) "exact " term : tactic
syntax (name := refine) "refine " term : tactic
syntax (name := refine') "refine' " term : tactic
syntax (name := constructor) "constructor" : tactic
syntax (name := left) "left" : tactic
syntax (name := right) "right" : tactic
syntax (name := case) "case " sepBy1(caseArg, " | ") " => " tacticSeq : tactic
syntax (name := case') "case' " sepBy1(caseArg, " | ") " => " tacticSeq : tactic
syntax (name := allGoals) "all_goals " tacticSeq : tactic
syntax (name := anyGoals) "any_goals " tacticSeq : tactic
syntax (name := focus) "focus " tacticSeq : tactic
syntax (name := skip) "skip" : tactic
syntax (name := done) "done" : tactic
syntax (name := traceState) "trace_state" : tactic
syntax (name := traceMessage) "trace " str : tactic
syntax (name := failIfSuccess) "fail_if_success " tacticSeq : tactic
syntax (name := paren) "(" withoutPosition(tacticSeq) ")" : tactic
syntax (name := withReducible) "with_reducible " tacticSeq : tactic
syntax (name := withReducibleAndInstances) "with_reducible_and_instances " tacticSeq : tactic
syntax (name := withUnfoldingAll) "with_unfolding_all " tacticSeq : tactic
syntax (name := first) "first " withPosition((ppDedent(ppLine) colGe "| " tacticSeq)+) : tactic
syntax (name := rotateLeft) "rotate_left" (ppSpace num)? : tactic
syntax (name := rotateRight) "rotate_right" (ppSpace num)? : tactic
syntax (name := fail) "fail" (ppSpace str)? : tactic
syntax (name := eqRefl) "eq_refl" : tactic
syntax (name := applyRfl) "apply_rfl" : tactic

macro "exfalso" : tactic => `(tactic| refine False.elim ?_)
macro "next " args:binderIdent* " => " tac:tacticSeq : tactic => `(tactic| case _ $args* => $tac)
macro "try " t:tacticSeq : tactic => `(tactic| first | $t | skip)
macro:1 x:tactic tk:" <;> " y:tactic:2 : tactic => `(tactic|
  focus
    $x:tactic
    with_annotate_state $tk skip
    all_goals $y:tactic)

macro "rfl" : tactic => `(tactic| case' _ => fail "The rfl tactic failed. Possible reasons:
- The goal is not a reflexive relation (neither `=` nor a relation with a @[refl] lemma).
- The arguments of the relation are not equal.
Try using the reflexivity lemma for your relation explicitly, e.g. `exact Eq.refl _` or
`exact HEq.rfl` etc.")

macro_rules | `(tactic| rfl) => `(tactic| eq_refl)
macro_rules | `(tactic| rfl) => `(tactic| exact HEq.rfl)
macro_rules | `(tactic| rfl) => `(tactic| apply_rfl)

macro "sorry" : tactic => `(tactic| exact @sorryAx _ false)
macro "admit" : tactic => `(tactic| exact @sorryAx _ false)
macro "infer_instance" : tactic => `(tactic| exact inferInstance)

/-! Configuration syntax: `+opt`, `-opt`, `(opt := v)`. -/
syntax posConfigItem := " +" noWs ident
syntax negConfigItem := " -" noWs ident
syntax valConfigItem := atomic(" (" notFollowedBy(&"discharger" <|> &"disch") ident " := ") withoutPosition(term) ")"
syntax configItem := posConfigItem <|> negConfigItem <|> valConfigItem
syntax optConfig := (colGt configItem)*

syntax locationWildcard := " *"
syntax locationType := patternIgnore(atomic("|" noWs "-") <|> "⊢")
syntax locationHyp := (ppSpace colGt (term:max <|> locationType))+
syntax location := withPosition(ppGroup(" at" (locationWildcard <|> locationHyp)))

syntax (name := change) "change " term (location)? : tactic

syntax rwRule := (unicode("← ", "<- "))? term
syntax rwRuleSeq := " [" withoutPosition(rwRule,*,?) "]"

syntax (name := rewriteSeq) "rewrite" optConfig rwRuleSeq (location)? : tactic
syntax (name := rwSeq) "rw " optConfig rwRuleSeq (location)? : tactic
macro_rules
  | `(tactic| rw $c:optConfig $s:rwRuleSeq $(loc)?) =>
    `(tactic| (rewrite $c:optConfig $s:rwRuleSeq $(loc)?; try (with_reducible rfl)))

syntax (name := injection) "injection " term (" with" (ppSpace colGt (ident <|> hole))+)? : tactic
syntax (name := injections) "injections" (ppSpace colGt (ident <|> hole))* : tactic

syntax discharger := atomic(" (" patternIgnore(&"discharger" <|> &"disch")) " := " withoutPosition(tacticSeq) ")"
syntax simpPre   := "↓"
syntax simpPost  := "↑"
syntax simpLemma := ppGroup((simpPre <|> simpPost)? (unicode("← ", "<- "))? term)
syntax simpErase := "-" term:max
syntax simpStar  := "*"

syntax (name := simp) "simp" optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpStar <|> simpErase <|> simpLemma),*,?) "]")? (location)? : tactic
syntax (name := simpAll) "simp_all" optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*,?) "]")? : tactic
syntax (name := dsimp) "dsimp" optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*,?) "]")? (location)? : tactic

syntax simpArgs := " [" (simpStar <|> simpErase <|> simpLemma),*,? "]"
syntax simpaArgsRest := optConfig (discharger)? (&" only ")? (simpArgs)? (" using " term)?
/-- `simpa [..] using e` simplifies the goal and the type of `e`, then closes the goal with `e`. -/
syntax (name := simpa) "simpa" "?"? "!"? simpaArgsRest : tactic

syntax (name := delta) "delta" (ppSpace colGt ident)+ (location)? : tactic
syntax (name := unfold) "unfold" (ppSpace colGt ident)+ (location)? : tactic

macro "refine_lift " e:term : tactic => `(tactic| focus (refine no_implicit_lambda% $e; rotate_right))
macro "have " c:letConfig d:letDecl : tactic => `(tactic| refine_lift have $c:letConfig $d:letDecl; ?_)
macro "let " c:letConfig d:letDecl : tactic => `(tactic| refine_lift let $c:letConfig $d:letDecl; ?_)
macro "suffices " d:sufficesDecl : tactic => `(tactic| refine_lift suffices $d; ?_)
syntax (name := «show») "show " term : tactic

syntax inductionAltLHS := ppDedent(ppLine) withPosition("| " (group("@"? ident) <|> hole) (colGt (ident <|> hole))*)
syntax inductionAlt  := inductionAltLHS+ (" => " (hole <|> syntheticHole <|> tacticSeq))?
syntax inductionAlts := " with" (ppSpace colGt tactic)? withPosition((colGe inductionAlt)*)
syntax elimTarget := (atomic(Lean.binderIdent " : "))? term

syntax (name := induction) "induction " sepBy1(elimTarget, ", ") (" using " term)?
  (" generalizing" (ppSpace colGt term:max)+)? (inductionAlts)? : tactic

syntax generalizeArg := atomic(ident " : ")? term:51 " = " ident
syntax (name := generalize) "generalize " generalizeArg,+ (location)? : tactic

syntax (name := cases) "cases " sepBy1(elimTarget, ", ") (" using " term)? (inductionAlts)? : tactic

syntax (name := renameI) "rename_i" (ppSpace colGt binderIdent)+ : tactic

syntax "repeat " tacticSeq : tactic
macro_rules
  | `(tactic| repeat $seq) => `(tactic| first | ($seq); repeat $seq | skip)

syntax (name := split) "split" (ppSpace colGt term)? (location)? : tactic
syntax (name := dbgTrace) "dbg_trace " str : tactic
macro "stop" tacticSeq : tactic => `(tactic| repeat sorry)
syntax (name := specialize) "specialize " term : tactic

syntax (name := decide) "decide" optConfig : tactic
syntax (name := nativeDecide) "native_decide" optConfig : tactic

syntax "trivial" : tactic
macro_rules | `(tactic| trivial) => `(tactic| assumption)
macro_rules | `(tactic| trivial) => `(tactic| rfl)
macro_rules | `(tactic| trivial) => `(tactic| contradiction)
macro_rules | `(tactic| trivial) => `(tactic| decide)
macro_rules | `(tactic| trivial) => `(tactic| apply True.intro)
macro_rules | `(tactic| trivial) => `(tactic| apply And.intro <;> trivial)

macro "exists " xs:(colGt term),+ : tactic => `(tactic| (refine ⟨$xs,*, ?_⟩; try trivial))

syntax (name := exposeNames) "expose_names" : tactic
syntax (name := symm) "symm" (location)? : tactic
syntax (name := substEqs) "subst_eqs" : tactic
syntax (name := congr) "congr" (ppSpace num)? : tactic
syntax (name := acRfl) "ac_rfl" : tactic
syntax (name := replace) "replace" letDecl : tactic
macro "and_intros" : tactic => `(tactic| repeat (refine And.intro ?_ ?_))

end Lean.Parser.Tactic

namespace Lean
syntax calcFirstStep := ppIndent(colGe term (" := " term)?)
syntax calcStep := ppIndent(colGe term " := " term)
syntax calcSteps := ppLine withPosition(calcFirstStep) withPosition((ppLine linebreak calcStep)*)
/-- Chains of relations `a = b := p; _ ≤ c := q; ...` glued with `Trans` instances. -/
syntax (name := calc) "calc" calcSteps : term
syntax (name := calcTactic) "calc" calcSteps : tactic

syntax cdotTk := unicode("· ", ". ")
/-- `· tac` focuses on the main goal and requires `tac` to close it. -/
syntax (name := cdot) cdotTk tacticSeqIndentGt : tactic
end Lean
