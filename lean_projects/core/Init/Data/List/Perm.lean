/-
`List.Perm` (`l₁ ~ l₂`: one list is a permutation of the other) with its real Lean 4 constructors
(`nil`, `cons`, `swap`, `trans`) and the basic lemmas under their real names.
-/
prelude
import Init.Data.List
import Init.Omega
import Init.Ext

set_option linter.unusedVariables false

universe u v

namespace List

variable {α : Type u} {β : Type v}

/-- `Perm l₁ l₂` (written `l₁ ~ l₂`): `l₂` reorders the elements of `l₁`. -/
inductive Perm : List α → List α → Prop
  | nil : Perm [] []
  | cons (x : α) {l₁ l₂ : List α} : Perm l₁ l₂ → Perm (x :: l₁) (x :: l₂)
  | swap (x y : α) (l : List α) : Perm (y :: x :: l) (x :: y :: l)
  | trans {l₁ l₂ l₃ : List α} : Perm l₁ l₂ → Perm l₂ l₃ → Perm l₁ l₃

@[inherit_doc] infixl:50 " ~ " => Perm

@[simp, refl] protected theorem Perm.refl : ∀ (l : List α), l ~ l
  | [] => .nil
  | x :: xs => .cons x (Perm.refl xs)

protected theorem Perm.rfl {l : List α} : l ~ l := Perm.refl l

protected theorem Perm.symm {l₁ l₂ : List α} (p : l₁ ~ l₂) : l₂ ~ l₁ := by
  induction p with
  | nil => exact .nil
  | cons x _ ih => exact .cons x ih
  | swap x y l => exact .swap y x l
  | trans _ _ ih₁ ih₂ => exact .trans ih₂ ih₁

theorem perm_comm {l₁ l₂ : List α} : l₁ ~ l₂ ↔ l₂ ~ l₁ := ⟨Perm.symm, Perm.symm⟩

instance : Trans (@Perm α) (@Perm α) (@Perm α) where
  trans := Perm.trans

theorem Perm.length_eq {l₁ l₂ : List α} (p : l₁ ~ l₂) : l₁.length = l₂.length := by
  induction p with
  | nil => rfl
  | cons _ _ ih => simp [ih]
  | swap => rfl
  | trans _ _ ih₁ ih₂ => exact ih₁.trans ih₂

theorem Perm.mem_iff {a : α} {l₁ l₂ : List α} (p : l₁ ~ l₂) : a ∈ l₁ ↔ a ∈ l₂ := by
  induction p with
  | nil => exact Iff.rfl
  | cons x _ ih => simp only [mem_cons, ih]
  | swap x y l =>
    simp only [mem_cons]
    exact ⟨fun h => h.elim (fun e => Or.inr (Or.inl e)) (fun h => h.elim Or.inl (fun h => Or.inr (Or.inr h))),
      fun h => h.elim (fun e => Or.inr (Or.inl e)) (fun h => h.elim Or.inl (fun h => Or.inr (Or.inr h)))⟩
  | trans _ _ ih₁ ih₂ => exact ih₁.trans ih₂

theorem Perm.subset {l₁ l₂ : List α} (p : l₁ ~ l₂) {a : α} : a ∈ l₁ → a ∈ l₂ := p.mem_iff.1

theorem Perm.append_left {t₂ t₃ : List α} : ∀ (t₁ : List α), t₂ ~ t₃ → t₁ ++ t₂ ~ t₁ ++ t₃
  | [], p => p
  | x :: xs, p => .cons x (Perm.append_left xs p)

theorem Perm.append_right {l₁ l₂ : List α} (t₁ : List α) (p : l₁ ~ l₂) : l₁ ++ t₁ ~ l₂ ++ t₁ := by
  induction p with
  | nil => exact Perm.refl _
  | cons x _ ih => exact .cons x ih
  | swap x y l => exact .swap x y _
  | trans _ _ ih₁ ih₂ => exact .trans ih₁ ih₂

theorem Perm.append {l₁ l₂ t₁ t₂ : List α} (p₁ : l₁ ~ l₂) (p₂ : t₁ ~ t₂) : l₁ ++ t₁ ~ l₂ ++ t₂ :=
  (p₁.append_right t₁).trans (p₂.append_left l₂)

@[simp] theorem perm_middle {a : α} : ∀ {l₁ l₂ : List α}, l₁ ++ a :: l₂ ~ a :: (l₁ ++ l₂)
  | [], _ => Perm.refl _
  | b :: l₁, l₂ => ((Perm.cons b (@perm_middle a l₁ l₂)).trans (.swap a b _))

theorem perm_append_singleton (a : α) (l : List α) : l ++ [a] ~ a :: l :=
  by have h := @perm_middle α a l []; rw [append_nil] at h; exact h

theorem perm_append_comm : ∀ {l₁ l₂ : List α}, l₁ ++ l₂ ~ l₂ ++ l₁
  | [], l₂ => by rw [append_nil, nil_append]
  | a :: t, l₂ => (Perm.cons a perm_append_comm).trans perm_middle.symm

theorem reverse_perm : ∀ (l : List α), reverse l ~ l
  | [] => .nil
  | a :: l => by
    rw [reverse_cons]
    exact (perm_append_singleton _ _).trans (.cons a (reverse_perm l))

theorem Perm.map (f : α → β) {l₁ l₂ : List α} (p : l₁ ~ l₂) : map f l₁ ~ map f l₂ := by
  induction p with
  | nil => exact .nil
  | cons x _ ih => exact .cons (f x) ih
  | swap x y l => exact .swap (f x) (f y) _
  | trans _ _ ih₁ ih₂ => exact .trans ih₁ ih₂

theorem Perm.eq_nil {l : List α} (p : l ~ []) : l = [] :=
  match l, p.length_eq with
  | [], _ => rfl

theorem Perm.nil_eq {l : List α} (p : [] ~ l) : [] = l := p.symm.eq_nil.symm

@[simp] theorem perm_nil {l₁ : List α} : l₁ ~ [] ↔ l₁ = [] :=
  ⟨Perm.eq_nil, fun h => h ▸ Perm.refl _⟩

@[simp] theorem nil_perm {l₁ : List α} : [] ~ l₁ ↔ l₁ = [] := perm_comm.trans perm_nil

theorem not_perm_cons_nil {a : α} {l : List α} : ¬ a :: l ~ [] := fun p => nomatch p.eq_nil

private theorem Perm.cons_inv_aux {a : α} {l₁ l₂ : List α} :
    l₁ ~ l₂ → ∀ {s t : List α}, l₁ = s ++ a :: t → ∃ u v, l₂ = u ++ a :: v ∧ s ++ t ~ u ++ v := by
  intro p
  induction p with
  | nil => intro s t h; cases s <;> cases h
  | cons x p ih =>
    intro s t h
    cases s with
    | nil =>
      cases h
      exact ⟨[], _, rfl, p⟩
    | cons y s =>
      cases h
      obtain ⟨u, v, e, q⟩ := ih rfl
      exact ⟨x :: u, v, by rw [e]; rfl, .cons x q⟩
  | swap x y l =>
    intro s t h
    match s, h with
    | [], h => cases h; exact ⟨[x], l, rfl, Perm.refl _⟩
    | [_], h => cases h; exact ⟨[], _, rfl, Perm.refl _⟩
    | _ :: _ :: s, h => cases h; exact ⟨x :: y :: s, t, rfl, .swap x y _⟩
  | trans _ _ ih₁ ih₂ =>
    intro s t h
    obtain ⟨u, v, e, q⟩ := ih₁ h
    obtain ⟨u', v', e', q'⟩ := ih₂ e
    exact ⟨u', v', e', q.trans q'⟩

theorem Perm.cons_inv {a : α} {l₁ l₂ : List α} (p : a :: l₁ ~ a :: l₂) : l₁ ~ l₂ := by
  obtain ⟨u, v, e, q⟩ := Perm.cons_inv_aux (s := []) (t := l₁) p rfl
  have key : ∀ {u v w : List α}, a :: w = u ++ a :: v → w ~ u ++ v := by
    intro u v w h
    cases u with
    | nil => cases h; exact Perm.refl _
    | cons b u =>
      cases h
      exact perm_middle
  exact q.trans (key e).symm

@[simp] theorem perm_cons (a : α) {l₁ l₂ : List α} : a :: l₁ ~ a :: l₂ ↔ l₁ ~ l₂ :=
  ⟨Perm.cons_inv, Perm.cons a⟩

theorem Perm.sum_nat {l₁ l₂ : List Nat} (p : l₁ ~ l₂) : l₁.sum = l₂.sum := by
  induction p with
  | nil => rfl
  | cons x _ ih => simp [ih]
  | swap x y l => simp only [sum_cons]; omega
  | trans _ _ ih₁ ih₂ => exact ih₁.trans ih₂

end List
