/-
Commands declared in Lean 4's `Init` (their elaborators are builtin): `#reduce` and `#guard_msgs`.
-/
prelude
import Init.Notation

namespace Lean

syntax reduceConfig := (colGt atomic(" (" ident " := ") term ")")*
/-- `#reduce e` prints the normal form of `e`. -/
syntax (name := reduceCmd) "#reduce" reduceConfig term : command

syntax guardMsgsFilterAction := &"check" <|> &"drop" <|> &"pass"
syntax guardMsgsFilterSeverity := &"trace" <|> &"info" <|> &"warning" <|> &"error" <|> &"all"
syntax guardMsgsFilter := (guardMsgsFilterAction)? guardMsgsFilterSeverity
syntax guardMsgsWhitespaceArg := &"exact" <|> &"normalized" <|> &"lax"
syntax guardMsgsWhitespace := &"whitespace" " := " guardMsgsWhitespaceArg
syntax guardMsgsOrderingArg := &"exact" <|> &"sorted"
syntax guardMsgsOrdering := &"ordering" " := " guardMsgsOrderingArg
syntax guardMsgsPositionsArg := &"true" <|> &"false"
syntax guardMsgsPositions := &"positions" " := " guardMsgsPositionsArg
syntax guardMsgsSubstring := &"substring" " := " (&"true" <|> &"false")
syntax guardMsgsSpecElt :=
  guardMsgsFilter <|> guardMsgsWhitespace <|> guardMsgsOrdering <|> guardMsgsPositions <|> guardMsgsSubstring
syntax guardMsgsSpec := "(" guardMsgsSpecElt,* ")"

/-- `/-- expected messages -/ #guard_msgs in cmd` checks the messages that `cmd` produces. -/
syntax (name := guardMsgsCmd)
  (plainDocComment)? "#guard_msgs" (ppSpace guardMsgsSpec)? " in" ppLine command : command

end Lean
