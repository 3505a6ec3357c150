/-
`conv` mode: the `conv` syntax category and its commands. Node kinds are those of the engine's
builtin conv elaborators (`Lean.Parser.Tactic.Conv.*`); the rest are macros.
-/
prelude
import Init.Tactics

namespace Lean.Parser.Tactic.Conv

declare_syntax_cat conv (behavior := both)

syntax convSeq1Indented := sepBy1IndentSemicolon(conv)
syntax convSeqBracketed := "{" withoutPosition(sepByIndentSemicolon(conv)) "}"
syntax convSeq := convSeqBracketed <|> convSeq1Indented

syntax occsWildcard := "*"
syntax occsIndexed := num+
syntax occs := atomic("(" &"occs") " := " (occsWildcard <|> occsIndexed) ") "

/-- `conv => cs` rewrites the goal (or `conv at h`, `conv in pat`) with conversions `cs`. -/
syntax (name := conv) "conv" (" at " ident)? (" in " (occs)? term)? " => " convSeq : tactic

syntax (name := lhs) "lhs" : conv
syntax (name := rhs) "rhs" : conv
syntax (name := «fun») "fun" : conv
syntax (name := congr) "congr" : conv
syntax argArg := "@"? "-"? num
syntax (name := arg) "arg " argArg : conv
syntax (name := ext) "ext" (ppSpace colGt binderIdent)* : conv
syntax (name := change) "change " term : conv
syntax (name := delta) "delta" (ppSpace colGt ident)+ : conv
syntax (name := unfold) "unfold" (ppSpace colGt ident)+ : conv
syntax (name := pattern) "pattern " (occs)? term : conv
syntax (name := rewrite) "rewrite" optConfig rwRuleSeq : conv
syntax (name := simp) "simp" optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpStar <|> simpErase <|> simpLemma),*) "]")? : conv
syntax (name := dsimp) "dsimp" optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*) "]")? : conv
syntax (name := simpMatch) "simp_match" : conv
syntax (name := whnf) "whnf" : conv
syntax (name := reduce) "reduce" : conv
syntax (name := zeta) "zeta" : conv
syntax (name := skip) "skip" : conv
syntax (name := nestedTacticCore) "tactic'" " => " tacticSeq : conv
syntax (name := nestedTactic) "tactic" " => " tacticSeq : conv
syntax (name := nestedConv) convSeqBracketed : conv
syntax (name := paren) "(" withoutPosition(convSeq) ")" : conv
syntax (name := convConvSeq) "conv" " => " convSeq : conv
syntax (name := first) "first " withPosition((ppDedent(ppLine) colGe "| " convSeq)+) : conv
syntax enterPattern := "in " (occs)? term
syntax enterArg := binderIdent <|> argArg <|> enterPattern
syntax (name := enter) "enter" " [" withoutPosition(enterArg,+) "]" : conv

macro "args" : conv => `(conv| congr)
macro "left" : conv => `(conv| lhs)
macro "right" : conv => `(conv| rhs)
macro "intro" xs:(ppSpace colGt binderIdent)* : conv => `(conv| ext $xs*)
macro "rw " c:optConfig s:rwRuleSeq : conv => `(conv| rewrite $c:optConfig $s:rwRuleSeq)
macro "done" : conv => `(conv| tactic' => done)
macro "trace_state" : conv => `(conv| tactic' => trace_state)
macro "rfl" : conv => `(conv| tactic => rfl)
macro "apply " e:term : conv => `(conv| tactic => apply $e)
/-- `· convs` focuses on the main conv goal, runs `convs` and closes the goal (`{ convs }`). -/
macro cdotTk x:convSeq : conv => `(conv| { ($x) })
macro "try " t:convSeq : conv => `(conv| first | $t | skip)
syntax "repeat " convSeq : conv
macro_rules
  | `(conv| repeat $seq) => `(conv| first | ($seq); repeat $seq | skip)

end Lean.Parser.Tactic.Conv
