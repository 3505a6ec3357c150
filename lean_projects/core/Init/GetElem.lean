/-
Index notation `xs[i]`, `xs[i]'h`, `xs[i]?`, `xs[i]!` (classes `GetElem`, `GetElem?`) with instances for
`List` and `Array` (index `Nat` or `Fin n`), the side-goal tactic `get_elem_tactic`, and the basic
`List` lemmas under their real Lean 4 names (`List.getElem_cons_zero`, `List.getElem?_cons_succ`, ...).
-/
prelude
import Init.Omega
import Init.Data.List

set_option linter.unusedVariables false

universe u v w

/-- `xs[i]` for a collection `coll` indexed by `idx`, where `valid xs i` says the index is in bounds. -/
class GetElem (coll : Type u) (idx : Type v) (elem : outParam (Type w))
    (valid : outParam (coll → idx → Prop)) where
  getElem (xs : coll) (i : idx) (h : valid xs i) : elem

export GetElem (getElem)

/-- `xs[i]?` (an `Option`) and `xs[i]!` (a default value when out of bounds). -/
class GetElem? (coll : Type u) (idx : Type v) (elem : outParam (Type w))
    (valid : outParam (coll → idx → Prop)) extends GetElem coll idx elem valid where
  getElem? : coll → idx → Option elem
  getElem! [Inhabited elem] (xs : coll) (i : idx) : elem :=
    match getElem? xs i with
    | some e => e
    | none => default

export GetElem? (getElem? getElem!)

/--
Closes the side goal `i < xs.length` of `xs[i]`; extend it with `macro_rules`. Rules added later are
tried first; the first ones keep the proof's type equal to the goal (a proof of a `dsimp`-changed goal,
such as `0 < l.length + 1` for `0 < (a :: l).length`, makes later `simp` calls on `xs[i]` fail).
-/
syntax "get_elem_tactic_trivial" : tactic
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| omega)
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| (simp +arith; done))
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| trivial)
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| (simp [*]; done))
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| (simp_all; done))
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| (simp at *; omega))
macro_rules
  | `(tactic| get_elem_tactic_trivial) =>
    `(tactic| (simp only [List.length_map, List.length_append, List.length_reverse]; omega))
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| ((repeat rw [List.length_cons]); omega))
macro_rules | `(tactic| get_elem_tactic_trivial) => `(tactic| assumption)

syntax "get_elem_tactic_extensible" : tactic
macro_rules | `(tactic| get_elem_tactic_extensible) => `(tactic| get_elem_tactic_trivial)

syntax "get_elem_tactic" : tactic
macro_rules
  | `(tactic| get_elem_tactic) => `(tactic| first
      | done
      | get_elem_tactic_extensible
      | fail "failed to prove index is valid; prove it with `xs[i]'h` or in a `have`")

syntax:max term noWs "[" withoutPosition(term) "]" : term
macro_rules | `($x[$i]) => `(getElem $x $i (by get_elem_tactic))

syntax term noWs "[" withoutPosition(term) "]'" term:max : term
macro_rules | `($x[$i]'$h) => `(getElem $x $i $h)

syntax:max term noWs "[" term "]" noWs "?" : term
macro_rules | `($x[$i]?) => `(getElem? $x $i)

syntax:max term noWs "[" term "]" noWs "!" : term
macro_rules | `($x[$i]!) => `(getElem! $x $i)

/-- Goals show `xs[i]`, `xs[i]?`, `xs[i]!` as written. -/
@[app_unexpander GetElem.getElem] def unexpandIndexNotation : Lean.PrettyPrinter.Unexpander
  | `($_ $xs $i $_) => `($xs[$i])
  | _ => throw ()

@[app_unexpander GetElem?.getElem?] def unexpandIndexOptNotation : Lean.PrettyPrinter.Unexpander
  | `($_ $xs $i) => `($xs[$i]?)
  | _ => throw ()

@[app_unexpander GetElem?.getElem!] def unexpandIndexBangNotation : Lean.PrettyPrinter.Unexpander
  | `($_ $xs $i) => `($xs[$i]!)
  | _ => throw ()

/-! ## Instances -/

instance List.instGetElem?NatLtLength {α : Type u} :
    GetElem? (List α) Nat α fun as i => i < as.length where
  getElem as i h := as.get ⟨i, h⟩
  getElem? as i := if h : i < as.length then some (as.get ⟨i, h⟩) else none

instance Array.instGetElem?NatLtSize {α : Type u} :
    GetElem? (Array α) Nat α fun xs i => i < xs.size where
  getElem xs i h := xs.toList.get ⟨i, h⟩
  getElem? xs i := if h : i < xs.size then some (xs.toList.get ⟨i, h⟩) else none

instance instGetElem?FinVal {coll : Type u} {elem : Type w} {valid : coll → Nat → Prop} {n : Nat}
    [GetElem? coll Nat elem valid] : GetElem? coll (Fin n) elem fun xs i => valid xs i where
  getElem xs i h := getElem xs i.1 h
  getElem? xs i := getElem? xs i.1

/-! ## Lemmas -/

@[simp] theorem getElem_fin {coll : Type u} {elem : Type w} {valid : coll → Nat → Prop} {n : Nat}
    [GetElem? coll Nat elem valid] (a : coll) (i : Fin n) (h : valid a i) :
    a[i]'h = a[i.1]'h := rfl

@[simp] theorem getElem?_fin {coll : Type u} {elem : Type w} {valid : coll → Nat → Prop} {n : Nat}
    [GetElem? coll Nat elem valid] (a : coll) (i : Fin n) : a[i]? = a[i.1]? := rfl

namespace List

variable {α : Type u}

@[simp] theorem getElem_cons_zero (a : α) (as : List α) (h : 0 < (a :: as).length) :
    (a :: as)[0]'h = a := rfl

@[simp] theorem getElem_cons_succ (a : α) (as : List α) (i : Nat) (h : i + 1 < (a :: as).length) :
    (a :: as)[i + 1]'h = as[i]'(Nat.lt_of_succ_lt_succ h) := rfl

theorem getElem_cons {a : α} {as : List α} {i : Nat} (h : i < (a :: as).length) :
    (a :: as)[i]'h = if h' : i = 0 then a else as[i - 1]'(by cases i with
      | zero => exact absurd rfl h'
      | succ j => exact Nat.lt_of_succ_lt_succ h) := by
  cases i with
  | zero => rfl
  | succ j => rfl

@[simp] theorem get_eq_getElem (l : List α) (i : Fin l.length) : l.get i = l[i.1]'i.2 := rfl

theorem getElem?_eq_getElem {l : List α} {i : Nat} (h : i < l.length) : l[i]? = some (l[i]'h) := by
  show (if h : i < l.length then some (l.get ⟨i, h⟩) else none) = _
  rw [dif_pos h]; rfl

theorem getElem?_eq_none {l : List α} {i : Nat} (h : l.length ≤ i) : l[i]? = none := by
  show (if h : i < l.length then some (l.get ⟨i, h⟩) else none) = _
  rw [dif_neg (Nat.not_lt.2 h)]

@[simp] theorem getElem?_nil {i : Nat} : ([] : List α)[i]? = none := rfl

@[simp] theorem getElem?_cons_zero {a : α} {l : List α} : (a :: l)[0]? = some a := rfl

@[simp] theorem getElem?_cons_succ {a : α} {l : List α} {i : Nat} : (a :: l)[i + 1]? = l[i]? := by
  show (if h : i + 1 < (a :: l).length then _ else none) =
    (if h : i < l.length then some (l.get ⟨i, h⟩) else none)
  by_cases h : i < l.length
  · rw [dif_pos h, dif_pos (show i + 1 < (a :: l).length from Nat.succ_lt_succ h)]; rfl
  · rw [dif_neg h, dif_neg (show ¬ i + 1 < (a :: l).length from fun h' => h (Nat.lt_of_succ_lt_succ h'))]

theorem getElem_mem : ∀ {l : List α} {i : Nat} (h : i < l.length), l[i]'h ∈ l
  | a :: _, 0, _ => Mem.head _
  | _ :: l, i + 1, h => Mem.tail _ (getElem_mem (l := l) (Nat.lt_of_succ_lt_succ h))

@[simp] theorem getElem_map (f : α → β) : ∀ {l : List α} {i : Nat} (h : i < (l.map f).length),
    (l.map f)[i]'h = f (l[i]'(length_map (as := l) f ▸ h))
  | _ :: _, 0, _ => rfl
  | _ :: l, i + 1, h => getElem_map f (l := l) (i := i) (Nat.lt_of_succ_lt_succ h)

theorem getElem_append_left : ∀ {l₁ l₂ : List α} {i : Nat} (h : i < l₁.length),
    (l₁ ++ l₂)[i]'(by rw [length_append]; omega) = l₁[i]'h
  | _ :: _, _, 0, _ => rfl
  | _ :: l₁, l₂, i + 1, h => getElem_append_left (l₁ := l₁) (l₂ := l₂) (Nat.lt_of_succ_lt_succ h)

end List
