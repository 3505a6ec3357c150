/-
Classical logic from the axiom of choice. Excluded middle is a theorem here, obtained by
Diaconescu's argument from `Classical.choice`, `propext` and `funext` (itself a theorem from
`Quot.sound`), so `#print axioms` shows exactly those axioms.
-/
prelude
import Init.SimpLemmas

set_option linter.unusedVariables false

universe u v

namespace Classical

noncomputable def indefiniteDescription {α : Sort u} (p : α → Prop) (h : ∃ x, p x) : {x // p x} :=
  choice (match h with | ⟨x, px⟩ => ⟨⟨x, px⟩⟩)

noncomputable def choose {α : Sort u} {p : α → Prop} (h : ∃ x, p x) : α :=
  (indefiniteDescription p h).val

theorem choose_spec {α : Sort u} {p : α → Prop} (h : ∃ x, p x) : p (choose h) :=
  (indefiniteDescription p h).property

private theorem choose_congr_pred {α : Sort u} {p q : α → Prop} (e : p = q) (hp : ∃ x, p x)
    (hq : ∃ x, q x) : choose hp = choose hq := by
  subst e; rfl

/-- Diaconescu: choosing witnesses of `x = True ∨ p` and `x = False ∨ p` decides `p`. -/
theorem em (p : Prop) : p ∨ ¬p :=
  let U (x : Prop) : Prop := x = True ∨ p
  let V (x : Prop) : Prop := x = False ∨ p
  have exU : ∃ x, U x := ⟨True, Or.inl rfl⟩
  have exV : ∃ x, V x := ⟨False, Or.inl rfl⟩
  have hu : U (choose exU) := choose_spec exU
  have hv : V (choose exV) := choose_spec exV
  have split : choose exU ≠ choose exV ∨ p :=
    match hu, hv with
    | Or.inr h, _ => Or.inr h
    | _, Or.inr h => Or.inr h
    | Or.inl hut, Or.inl hvf => Or.inl (fun e => true_ne_false (hut.symm.trans (e.trans hvf)))
  have same : p → choose exU = choose exV := fun hp =>
    have hUV : U = V := funext fun x =>
      propext ⟨fun _ => Or.inr hp, fun _ => Or.inr hp⟩
    choose_congr_pred hUV exU exV
  match split with
  | Or.inl hne => Or.inr (fun hp => hne (same hp))
  | Or.inr hp  => Or.inl hp

theorem exists_true_of_nonempty {α : Sort u} : Nonempty α → ∃ _ : α, True
  | ⟨x⟩ => ⟨x, trivial⟩

@[instance_reducible] noncomputable def inhabited_of_nonempty {α : Sort u} (h : Nonempty α) : Inhabited α :=
  ⟨choice h⟩

/-- Every proposition is decidable, classically (a low-priority instance). -/
noncomputable scoped instance (priority := low) propDecidable (a : Prop) : Decidable a :=
  choice <| match em a with
    | Or.inl h => ⟨isTrue h⟩
    | Or.inr h => ⟨isFalse h⟩

@[instance_reducible] noncomputable def decidableInhabited (a : Prop) : Inhabited (Decidable a) where
  default := inferInstance

theorem byCases {p q : Prop} (hpq : p → q) (hnpq : ¬p → q) : q :=
  match em p with
  | Or.inl h => hpq h
  | Or.inr h => hnpq h

theorem byContradiction {p : Prop} (h : ¬p → False) : p :=
  match em p with
  | Or.inl hp => hp
  | Or.inr hn => False.elim (h hn)

theorem not_not {a : Prop} : ¬¬a ↔ a := ⟨fun h => byContradiction h, not_not_intro⟩

theorem or_iff_not_imp_left {a b : Prop} : a ∨ b ↔ (¬a → b) :=
  ⟨fun h ha => h.resolve_left ha, fun h => byCases Or.inl (fun hn => Or.inr (h hn))⟩

theorem not_forall {α : Sort u} {p : α → Prop} : (¬∀ x, p x) ↔ ∃ x, ¬p x :=
  ⟨fun h => byContradiction fun hn => h fun x => byContradiction fun hx => hn ⟨x, hx⟩,
   fun ⟨x, hx⟩ h => hx (h x)⟩

end Classical

/-- `by_cases h : p` splits the goal on `p` (classically when `p` is not decidable). -/
syntax (name := «tacticBy_cases_:_») "by_cases " (atomic(ident " : "))? term : tactic

macro_rules
  | `(tactic| by_cases $e) => `(tactic| by_cases h : $e)
macro_rules
  | `(tactic| by_cases $h : $e) =>
    `(tactic| open Classical in refine (dite $e (fun $h:ident => ?pos) (fun $h:ident => ?neg)))

/-- `funext x y` applies function extensionality and introduces the variables. -/
syntax (name := tacticFunext___) "funext" (ppSpace colGt term:max)* : tactic

macro_rules
  | `(tactic| funext) => `(tactic| repeat (apply funext; intro))
  | `(tactic| funext $x) => `(tactic| apply funext; intro $x:term)
  | `(tactic| funext $x $xs*) => `(tactic| apply funext; intro $x:term; funext $xs*)

macro "nofun" : tactic => `(tactic| exact nofun)
macro "nomatch " es:term,+ : tactic => `(tactic| exact nomatch $es,*)
