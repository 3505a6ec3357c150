/-
Notation for the operators of the prelude: precedences, arithmetic, relations, connectives,
lists, `if`-`then`-`else`, subtypes. Each `infix`/`notation` also generates the unexpander that
makes goals print in normal notation.
-/
prelude
import Init.Coe

set_option linter.unusedVariables false

namespace Lean

/-- Carrier of syntax category declarations (`declare_syntax_cat` makes a constant of this type). -/
structure Parser.Category

namespace Parser.Syntax
syntax:65 (name := addPrec) prec " + " prec:66 : prec
syntax:65 (name := subPrec) prec " - " prec:66 : prec
syntax:65 (name := addPrio) prio " + " prio:66 : prio
syntax:65 (name := subPrio) prio " - " prio:66 : prio
end Parser.Syntax

instance : CoeOut (TSyntax ks) Syntax where
  coe stx := stx.raw

instance : Coe SyntaxNodeKind SyntaxNodeKinds where
  coe k := List.cons k List.nil

/-- Identifiers and literals are terms (used when splicing them into term quotations). -/
instance : Coe (TSyntax `ident) (TSyntax `term) where
  coe s := ⟨s.raw⟩
instance : Coe (TSyntax `num) (TSyntax `term) where
  coe s := ⟨s.raw⟩
instance : Coe (TSyntax `str) (TSyntax `term) where
  coe s := ⟨s.raw⟩

end Lean

macro "max"  : prec => `(prec| 1024)
macro "arg"  : prec => `(prec| 1023)
macro "lead" : prec => `(prec| 1022)
macro "(" p:prec ")" : prec => pure p
macro "min"  : prec => `(prec| 10)
macro "min1" : prec => `(prec| 11)
macro "max_prec" : term => `(1024)

macro "default" : prio => `(prio| 1000)
macro "low"     : prio => `(prio| 100)
macro "mid"     : prio => `(prio| 500)
macro "high"    : prio => `(prio| 10000)
macro "(" p:prio ")" : prio => pure p

syntax:arg stx:max "+" : stx
syntax:arg stx:max "*" : stx
syntax:arg stx:max "?" : stx
syntax:2 stx:2 " <|> " stx:1 : stx

macro_rules
  | `(stx| $p +) => `(stx| many1($p))
  | `(stx| $p *) => `(stx| many($p))
  | `(stx| $p ?) => `(stx| optional($p))
  | `(stx| $p₁ <|> $p₂) => `(stx| orelse($p₁, $p₂))

macro:arg x:stx:max ",*"   : stx => `(stx| sepBy($x, ",", ", "))
macro:arg x:stx:max ",+"   : stx => `(stx| sepBy1($x, ",", ", "))
macro:arg x:stx:max ",*,?" : stx => `(stx| sepBy($x, ",", ", ", allowTrailingSep))
macro:arg x:stx:max ",+,?" : stx => `(stx| sepBy1($x, ",", ", ", allowTrailingSep))
macro:arg "!" x:stx:max : stx => `(stx| notFollowedBy($x))

syntax (name := rawNatLit) "nat_lit " num : term

infixr:90 " ∘ "  => Function.comp
infixr:35 " × "  => Prod
infixr:35 " ×' " => PProd

infix:50  " ∣ " => Dvd.dvd
infixl:55 " ||| " => HOr.hOr
infixl:58 " ^^^ " => HXor.hXor
infixl:60 " &&& " => HAnd.hAnd
infixl:65 " + "   => HAdd.hAdd
infixl:65 " - "   => HSub.hSub
infixl:70 " * "   => HMul.hMul
infixl:70 " / "   => HDiv.hDiv
infixl:70 " % "   => HMod.hMod
infixl:75 " <<< " => HShiftLeft.hShiftLeft
infixl:75 " >>> " => HShiftRight.hShiftRight
infixr:80 " ^ "   => HPow.hPow
infixl:65 " ++ "  => HAppend.hAppend
prefix:75 "-"     => Neg.neg
prefix:100 "~~~"  => Complement.complement

macro_rules | `($x ||| $y) => `(binop% HOr.hOr $x $y)
macro_rules | `($x ^^^ $y) => `(binop% HXor.hXor $x $y)
macro_rules | `($x &&& $y) => `(binop% HAnd.hAnd $x $y)
macro_rules | `($x + $y)   => `(binop% HAdd.hAdd $x $y)
macro_rules | `($x - $y)   => `(binop% HSub.hSub $x $y)
macro_rules | `($x * $y)   => `(binop% HMul.hMul $x $y)
macro_rules | `($x / $y)   => `(binop% HDiv.hDiv $x $y)
macro_rules | `($x % $y)   => `(binop% HMod.hMod $x $y)
macro_rules | `($x ^ $y)   => `(rightact% HPow.hPow $x $y)
macro_rules | `($x ++ $y)  => `(binop% HAppend.hAppend $x $y)
macro_rules | `(- $x)      => `(unop% Neg.neg $x)

infix:50 unicode(" ≤ ", " <= ") => LE.le
syntax:50 (name := «term_<=_») (priority := low) term:51 " <= " term:51 : term
infix:50 " < "  => LT.lt
infix:50 unicode(" ≥ ", " >= ") => GE.ge
syntax:50 (name := «term_>=_») (priority := low) term:51 " >= " term:51 : term
infix:50 " > "  => GT.gt
infix:50 " = "  => Eq
infix:50 " == " => BEq.beq
infix:50 " ≍ "  => HEq

macro_rules | `($x ≤ $y)  => `(binrel% LE.le $x $y)

/-- Print `≤`/`≥` with the Unicode symbol (the generated unexpanders use the ASCII kind). -/
@[app_unexpander LE.le] def unexpandLE : Lean.PrettyPrinter.Unexpander
  | `($_ $a $b) => `($a ≤ $b)
  | _ => throw ()

@[app_unexpander GE.ge] def unexpandGE : Lean.PrettyPrinter.Unexpander
  | `($_ $a $b) => `($a ≥ $b)
  | _ => throw ()
macro_rules | `($x < $y)  => `(binrel% LT.lt $x $y)
macro_rules | `($x > $y)  => `(binrel% GT.gt $x $y)
macro_rules | `($x ≥ $y)  => `(binrel% GE.ge $x $y)
macro_rules | `($x = $y)  => `(binrel% Eq $x $y)
macro_rules | `($x == $y) => `(binrel_no_prop% BEq.beq $x $y)

infixr:35 unicode(" ∧ ", " /\\ ") => And
infixr:30 unicode(" ∨ ", " \\/ ") => Or
notation:max "¬" p:40 => Not p

infixl:35 " && " => and
infixl:30 " || " => or
notation:max "!" b:40 => not b

notation:50 a:50 " ∈ " b:50 => Membership.mem b a
notation:50 a:50 " ∉ " b:50 => ¬ (a ∈ b)

infixr:67 " :: " => List.cons
infixr:100 " <$> " => Functor.map
infixl:55  " >>= " => Bind.bind
syntax:20 term:21 " <|> " term:20 : term
syntax:60 term:61 " >> " term:60 : term
syntax:60 term:60 " <*> " term:61 : term
syntax:60 term:60 " <* " term:61 : term
syntax:60 term:60 " *> " term:61 : term

macro_rules | `($x <|> $y) => `(binop_lazy% HOrElse.hOrElse $x $y)
macro_rules | `($x >> $y)  => `(binop_lazy% HAndThen.hAndThen $x $y)
macro_rules | `($x <*> $y) => `(Seq.seq $x fun _ : Unit => $y)
macro_rules | `($x <* $y)  => `(SeqLeft.seqLeft $x fun _ : Unit => $y)
macro_rules | `($x *> $y)  => `(SeqRight.seqRight $x fun _ : Unit => $y)

namespace Lean

/-- Raw syntax carried between macros. -/
declare_syntax_cat rawStx

instance : Coe Syntax (TSyntax `rawStx) where
  coe stx := ⟨stx⟩

syntax binderIdent := ident <|> hole

namespace Parser.Tactic
syntax caseArg := binderIdent (ppSpace binderIdent)*
end Parser.Tactic

end Lean

syntax (name := termDepIfThenElse)
  ppRealGroup(ppRealFill(ppIndent("if " Lean.binderIdent " : " term " then") ppSpace term)
    ppDedent(ppSpace) ppRealFill("else " term)) : term

macro_rules
  | `(if $h:ident : $c then $t else $e) =>
    bind (Lean.withRef c `(?m)) fun mvar =>
    `(let_mvar% ?m := $c; wait_if_type_mvar% ?m; dite $mvar (fun $h:ident => $t) (fun $h:ident => $e))
  | `(if _%$h : $c then $t else $e) =>
    bind (Lean.withRef c `(?m)) fun mvar =>
    `(let_mvar% ?m := $c; wait_if_type_mvar% ?m; dite $mvar (fun _%$h => $t) (fun _%$h => $e))

syntax (name := termIfThenElse)
  ppRealGroup(ppRealFill(ppIndent("if " term " then") ppSpace term)
    ppDedent(ppSpace) ppRealFill("else " term)) : term

macro_rules
  | `(if $c then $t else $e) =>
    bind (Lean.withRef c `(?m)) fun mvar =>
    `(let_mvar% ?m := $c; wait_if_type_mvar% ?m; ite $mvar $t $e)

@[app_unexpander ite] def unexpandIte : Lean.PrettyPrinter.Unexpander
  | `($(_) $c $t $e) => `(if $c then $t else $e)
  | _ => throw ()

@[app_unexpander dite] def unexpandDIte : Lean.PrettyPrinter.Unexpander
  | `($(_) $c fun $h:ident => $t fun $h':ident => $e) =>
    if h.raw.getId == h'.raw.getId then `(if $h:ident : $c then $t else $e) else throw ()
  | _ => throw ()

syntax (name := termIfLet)
  ppRealGroup(ppRealFill(ppIndent("if " "let " term " := " term " then") ppSpace term)
    ppDedent(ppSpace) ppRealFill("else " term)) : term

macro_rules
  | `(if let $pat := $d then $t else $e) =>
    `(match $d:term with | $pat => $t | _ => $e)

syntax (name := boolIfThenElse)
  ppRealGroup(ppRealFill(ppIndent("bif " term " then") ppSpace term)
    ppDedent(ppSpace) ppRealFill("else " term)) : term

macro_rules
  | `(bif $c then $t else $e) => `(cond $c $t $e)

syntax:min term " <| " term:min : term

macro_rules
  | `($f $args* <| $a) => `($f $args* $a)
  | `($f <| $a) => `($f $a)

syntax:min term " |> " term:min1 : term

macro_rules
  | `($a |> $f $args*) => `($f $args* $a)
  | `($a |> $f)        => `($f $a)

syntax:min term atomic(" $" ws) term:min : term

macro_rules
  | `($f $args* $ $a) => `($f $args* $a)
  | `($f $ $a) => `($f $a)

syntax "{ " withoutPosition(ident (" : " term)? " // " term) " }" : term

macro_rules
  | `({ $x : $type // $p }) => ``(Subtype (fun ($x:ident : $type) => $p))
  | `({ $x // $p })         => ``(Subtype (fun ($x:ident : _) => $p))

@[app_unexpander Subtype] def unexpandSubtype : Lean.PrettyPrinter.Unexpander
  | `($(_) fun ($x:ident : $type) => $p) => `({ $x : $type // $p })
  | `($(_) fun $x:ident => $p)           => `({ $x // $p })
  | _                                    => throw ()

macro "without_expected_type " x:term : term => `(let aux := $x; aux)

namespace Lean
syntax (name := Attr.coe) "coe" : attr
end Lean
