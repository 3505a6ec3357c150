/-
Cast tactics: `norm_cast`, `push_cast`, `exact_mod_cast`, `apply_mod_cast`, `rw_mod_cast`,
`assumption_mod_cast` and the term `mod_cast e` (builtin elaborators, keyed by the real syntax kinds),
and the `@[norm_cast]` tags on the `Nat → Int` cast lemmas they use.
-/
prelude
import Init.Data.Int
import Init.Data.Int.DivModLemmas

/-- `mod_cast e`: `e` elaborated and its type normalised by `norm_cast`, then matched to the goal. -/
syntax (name := Lean.modCast) "mod_cast " term : term

namespace Lean.Parser.Tactic

syntax (name := normCast0) "norm_cast0" optConfig (location)? : tactic
syntax (name := pushCast) "push_cast" optConfig (discharger)? (&" only")?
  (" [" (simpStar <|> simpErase <|> simpLemma),* "]")? (location)? : tactic

syntax (name := tacticNorm_cast__) "norm_cast" optConfig (location)? : tactic
macro_rules
  | `(tactic| norm_cast $cfg:optConfig) => `(tactic| norm_cast0 $cfg:optConfig <;> try trivial)
macro_rules
  | `(tactic| norm_cast $cfg:optConfig $loc:location) =>
    `(tactic| norm_cast0 $cfg:optConfig $loc:location <;> try trivial)

macro "exact_mod_cast " e:term : tactic => `(tactic| exact mod_cast ($e : _))
macro "apply_mod_cast " e:term : tactic => `(tactic| apply mod_cast ($e : _))
macro "assumption_mod_cast" cfg:optConfig : tactic =>
  `(tactic| norm_cast0 $cfg:optConfig at * <;> assumption)

syntax (name := tacticRw_mod_cast___) "rw_mod_cast" optConfig rwRuleSeq (location)? : tactic
macro_rules
  | `(tactic| rw_mod_cast $cfg:optConfig [$rs,*]) =>
    `(tactic| (norm_cast0 $cfg:optConfig; rw [$rs,*]; norm_cast0 $cfg:optConfig))

end Lean.Parser.Tactic

namespace Lean.Parser.Attr

/-- `@[norm_cast]` (optionally `elim`, `move` or `squash`, and a priority), same layout as Lean's. -/
syntax (name := norm_cast) "norm_cast" (ppSpace (&"elim" <|> &"move" <|> &"squash"))? (ppSpace num)? : attr

end Lean.Parser.Attr

namespace Int

attribute [norm_cast] natCast_add natCast_mul natCast_succ natCast_ediv natCast_emod
  ofNat_inj ofNat_le ofNat_lt ofNat_dvd natCast_zero natCast_one

end Int
