/-
`simp (config := { arith := true, decide := true })`: the structure-instance form of a tactic
configuration.

The engine elaborates that form against `Lean.Meta.Simp.Config` and evaluates it as native data,
so the structure would have to match the native layout field for field. The item form
(`(arith := true)`) is read natively and needs nothing from this library. So `simp`, `simp_all`
and `dsimp` calls whose first item is `(config := { f := v, ... })` (a plain structure instance:
no `with` source, no `..`) are parsed by the syntaxes below and rewritten into the same calls with
the items `(f := v) ...`, which mean the same thing. (A macro on the plain syntaxes would not do:
the engine runs their builtin elaborators without trying macros.)
-/
prelude
import Init.TacticsExtra
import Init.CoreExtra

namespace Lean.Parser.Tactic

/-- The first node of kind `k` in `stx` (depth first). -/
private partial def findNode? (k : SyntaxNodeKind) (stx : Syntax) : Option Syntax :=
  if stx.isOfKind k then some stx else go stx.getArgs.toList
where
  go : List Syntax → Option Syntax
    | [] => none
    | a :: as => match findNode? k a with
      | some s => some s
      | none => go as

/-- The nodes of kind `k` in `stx`, not looking inside them. -/
private partial def findNodes (k : SyntaxNodeKind) (stx : Syntax) : List Syntax :=
  if stx.isOfKind k then [stx] else go stx.getArgs.toList
where
  go : List Syntax → List Syntax
    | [] => []
    | a :: as => findNodes k a ++ go as

private def setNth : List Syntax → Nat → Syntax → List Syntax
  | [], _, _ => []
  | _ :: as, 0, b => b :: as
  | a :: as, n + 1, b => a :: setNth as n b

/-- `stx` with argument `i` replaced by `a`. -/
private def setArg (stx : Syntax) (i : Nat) (a : Syntax) : Syntax :=
  match stx with
  | .node info k args => .node info k (setNth args.toList i a).toArray
  | _ => stx

/-- `(name, value)` of a field `name := value` of a structure instance; none for other forms
(`a.b := v`, binders, `name` alone). -/
private def fieldItem? (field : Syntax) : Option (Syntax × Syntax) :=
  let lval := field.getArg 0
  let name := lval.getArg 0
  match name.isIdent, (lval.getArg 1).getNumArgs, findNode? `Lean.Parser.Term.structInstFieldDef (field.getArg 1) with
  | true, 0, some df =>
    match findNodes `Lean.Parser.Term.structInstFieldBinder (field.getArg 1) with
    | [] => some (name, df.getArg (df.getNumArgs - 1))
    | _ => none
  | _, _, _ => none

private def allSome : List (Option α) → Option (List α)
  | [] => some []
  | none :: _ => none
  | some a :: as => (allSome as).map (a :: ·)

/-- The fields of `{ f := v, ... }` when it is a plain structure instance (`{}` parses as a
choice between that and the empty collection). -/
private def structFields? (val : Syntax) : Option (List (Syntax × Syntax)) :=
  let val := if val.isOfKind `choice then
      (findNode? `Lean.Parser.Term.structInst val).getD val
    else val
  if val.isOfKind `Lean.Parser.Term.structInst &&
      (val.getArg 1).getNumArgs == 0 && ((val.getArg 3).getArg 0).getNumArgs == 0 then
    allSome ((findNodes `Lean.Parser.Term.structInstField (val.getArg 2)).map fieldItem?)
  else none

/-- The `configItem` `(name := v)` made from `template`, an item of that form. -/
private def mkItem (template name v : Syntax) : Syntax :=
  setArg template 0 (setArg (setArg (template.getArg 0) 1 name) 3 v)

/-- `stx`, a call `tk (config := t) items rest...` of one of the syntaxes below, as the call of
`kind` whose configuration is `t`'s fields as items followed by `items`; when `t` is not a plain
structure instance, as the call with the item `(config := t)` itself, as parsed without them. -/
def expandConfigStruct (kind : SyntaxNodeKind) (stx : Syntax) : MacroM Syntax := do
  let t ← `(tactic| simp (config := x))
  let template := ((t.raw.getArg 1).getArg 0).getArg 0
  let val := stx.getArg 4
  let new := match structFields? val with
    | some fields => fields.map fun (name, v) => mkItem template name v
    | none => [setArg template 0 (setArg (template.getArg 0) 3 val)]
  let cfg := stx.getArg 6
  let cfg := setArg cfg 0 (mkNullNode (new ++ (cfg.getArg 0).getArgs.toList).toArray)
  match stx with
  | .node info _ args => match args.toList with
    | tk :: _ :: _ :: _ :: _ :: _ :: _ :: rest => pure (.node info kind (tk :: cfg :: rest).toArray)
    | _ => Macro.throwUnsupported
  | _ => Macro.throwUnsupported

/-! The syntaxes: `simp`, `simp_all`, `dsimp` whose first configuration item is `(config := t)`,
preferred (`priority := high`) over the plain ones, which parse the same text. -/

syntax (name := simpConfigStruct) (priority := high) "simp" " (" &"config" " := " term ")"
  optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpStar <|> simpErase <|> simpLemma),*,?) "]")? (location)? : tactic
syntax (name := simpAllConfigStruct) (priority := high) "simp_all" " (" &"config" " := " term ")"
  optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*,?) "]")? : tactic
syntax (name := dsimpConfigStruct) (priority := high) "dsimp" " (" &"config" " := " term ")"
  optConfig (discharger)? (&" only")?
  (" [" withoutPosition((simpErase <|> simpLemma),*,?) "]")? (location)? : tactic

@[macro simpConfigStruct] def expandSimpConfigStruct : Macro := expandConfigStruct ``simp
@[macro simpAllConfigStruct] def expandSimpAllConfigStruct : Macro := expandConfigStruct ``simpAll
@[macro dsimpConfigStruct] def expandDsimpConfigStruct : Macro := expandConfigStruct ``dsimp

end Lean.Parser.Tactic
