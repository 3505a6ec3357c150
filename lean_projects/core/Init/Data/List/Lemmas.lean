/-
leanagent core library: lemmas about lists (length, append, map, filter, reverse, folds,
membership, take/drop, any/all, replicate, sum).

Written from scratch. Names, statements, argument binders and `@[simp]` tags follow real
Lean 4 (`Init/Data/List/Lemmas.lean` and friends); the proofs are ours.
-/
prelude
import Init.Data.List.Basic
import Init.Data.Nat.Lemmas

set_option linter.unusedVariables false

universe u v w

variable {α : Type u} {β : Type v} {γ : Type w}

namespace List

open Nat

/-- Local copy of `cons_inj_aux` (the public one is generated in `Init.Core`). -/
private theorem cons_inj_aux {a b : α} {as bs : List α} (h : a :: as = b :: bs) : a = b ∧ as = bs := by
  injection h with h₁ h₂; exact ⟨h₁, h₂⟩

/-! ## Nil and cons -/

@[simp] theorem nil_eq {xs : List α} : [] = xs ↔ xs = [] :=
  ⟨fun h => h.symm, fun h => h.symm⟩

theorem cons_ne_nil (a : α) (l : List α) : a :: l ≠ [] := fun h => List.noConfusion rfl (heq_of_eq h)

theorem cons_inj_right (a : α) {l l' : List α} : a :: l = a :: l' ↔ l = l' :=
  ⟨fun h => cons_inj_aux h |>.2, fun h => h ▸ rfl⟩

theorem cons_eq_cons {a b : α} {l l' : List α} : a :: l = b :: l' ↔ a = b ∧ l = l' :=
  ⟨fun h => cons_inj_aux h, fun h => h.1 ▸ h.2 ▸ rfl⟩

theorem head_eq_of_cons_eq {h₁ h₂ : α} {t₁ t₂ : List α} (H : h₁ :: t₁ = h₂ :: t₂) : h₁ = h₂ :=
  (cons_inj_aux H).1

theorem tail_eq_of_cons_eq {h₁ h₂ : α} {t₁ t₂ : List α} (H : h₁ :: t₁ = h₂ :: t₂) : t₁ = t₂ :=
  (cons_inj_aux H).2

theorem exists_cons_of_ne_nil : ∀ {l : List α}, l ≠ [] → ∃ b l', l = b :: l'
  | [], h => absurd rfl h
  | c :: l', _ => ⟨c, l', rfl⟩

/-! ## Length -/

theorem eq_nil_of_length_eq_zero {l : List α} (h : length l = 0) : l = [] :=
  match l with
  | [] => rfl
  | _ :: _ => Nat.noConfusion h

theorem ne_nil_of_length_pos {l : List α} (h : 0 < length l) : l ≠ [] :=
  fun e => by rw [e] at h; exact Nat.lt_irrefl 0 h

@[simp] theorem length_eq_zero_iff {l : List α} : length l = 0 ↔ l = [] :=
  ⟨eq_nil_of_length_eq_zero, fun h => h ▸ rfl⟩

theorem length_eq_zero {l : List α} : length l = 0 ↔ l = [] := length_eq_zero_iff

theorem length_pos_iff {l : List α} : 0 < length l ↔ l ≠ [] :=
  ⟨ne_nil_of_length_pos, fun h => Nat.pos_of_ne_zero fun e => h (eq_nil_of_length_eq_zero e)⟩

theorem length_pos {l : List α} : 0 < length l ↔ l ≠ [] := length_pos_iff

theorem length_pos_of_ne_nil {l : List α} (h : l ≠ []) : 0 < length l := length_pos_iff.2 h

theorem length_pos_of_mem {a : α} : ∀ {l : List α}, a ∈ l → 0 < length l
  | _ :: _, _ => Nat.zero_lt_succ _

theorem exists_mem_of_length_pos : ∀ {l : List α}, 0 < length l → ∃ a, a ∈ l
  | _ :: _, _ => ⟨_, Mem.head _⟩

theorem length_eq_one_iff {l : List α} : length l = 1 ↔ ∃ a, l = [a] := by
  constructor
  · intro h
    match l, h with
    | [a], _ => exact ⟨a, rfl⟩
  · intro ⟨a, h⟩
    rw [h]; rfl

/-! ## Membership -/

@[simp] theorem not_mem_nil {a : α} : ¬ a ∈ [] := fun h => nomatch h

@[simp] theorem mem_cons {a b : α} {l : List α} : a ∈ b :: l ↔ a = b ∨ a ∈ l :=
  ⟨fun h => by
    cases h with
    | head => exact Or.inl rfl
    | tail _ h => exact Or.inr h,
   fun h => by
    cases h with
    | inl h => rw [h]; exact Mem.head l
    | inr h => exact Mem.tail b h⟩

theorem mem_cons_self {a : α} {l : List α} : a ∈ a :: l := Mem.head l

theorem mem_cons_of_mem (y : α) {a : α} {l : List α} : a ∈ l → a ∈ y :: l := Mem.tail y

theorem eq_of_mem_singleton {a b : α} : a ∈ [b] → a = b := fun h => by
  cases h with
  | head => rfl
  | tail _ h => exact nomatch h

@[simp] theorem mem_singleton {a b : α} : a ∈ [b] ↔ a = b :=
  ⟨eq_of_mem_singleton, fun h => h ▸ Mem.head []⟩

theorem mem_singleton_self (a : α) : a ∈ [a] := Mem.head []

theorem forall_mem_cons {p : α → Prop} {a : α} {l : List α} :
    (∀ x, x ∈ a :: l → p x) ↔ p a ∧ ∀ x, x ∈ l → p x :=
  ⟨fun H => ⟨H a (Mem.head l), fun x h => H x (Mem.tail a h)⟩,
   fun H x h => by
    cases h with
    | head => exact H.1
    | tail _ h => exact H.2 x h⟩

theorem ne_nil_of_mem {a : α} {l : List α} (h : a ∈ l) : l ≠ [] := by
  intro e; rw [e] at h; exact nomatch h

theorem mem_of_ne_of_mem {a y : α} {l : List α} (h₁ : a ≠ y) (h₂ : a ∈ y :: l) : a ∈ l :=
  (mem_cons.1 h₂).resolve_left h₁

theorem ne_of_not_mem_cons {a b : α} {l : List α} : a ∉ b :: l → a ≠ b :=
  fun h e => h (e ▸ Mem.head l)

theorem not_mem_of_not_mem_cons {a b : α} {l : List α} : a ∉ b :: l → a ∉ l :=
  fun h h' => h (Mem.tail b h')

theorem not_mem_cons_of_ne_of_not_mem {a y : α} {l : List α} : a ≠ y → a ∉ l → a ∉ y :: l :=
  fun h₁ h₂ h => h₂ (mem_of_ne_of_mem h₁ h)

@[simp] theorem mem_append {a : α} {s t : List α} : a ∈ s ++ t ↔ a ∈ s ∨ a ∈ t := by
  induction s with
  | nil => exact ⟨Or.inr, fun h => h.elim (fun h => nomatch h) id⟩
  | cons b s ih =>
    show a ∈ b :: (s ++ t) ↔ a ∈ b :: s ∨ a ∈ t
    rw [mem_cons, mem_cons, ih, or_assoc]

theorem not_mem_append {a : α} {s t : List α} (h₁ : a ∉ s) (h₂ : a ∉ t) : a ∉ s ++ t :=
  fun h => (mem_append.1 h).elim h₁ h₂

theorem mem_append_of_mem_left {a : α} {as : List α} (bs : List α) : a ∈ as → a ∈ as ++ bs :=
  mem_append_left bs

theorem mem_append_of_mem_right {b : α} {bs : List α} (as : List α) : b ∈ bs → b ∈ as ++ bs :=
  mem_append_right as

theorem mem_iff_append {a : α} {l : List α} : a ∈ l ↔ ∃ s t : List α, l = s ++ a :: t := by
  constructor
  · intro h
    induction l with
    | nil => exact nomatch h
    | cons b l ih =>
      cases h with
      | head => exact ⟨[], l, rfl⟩
      | tail _ h =>
        match ih h with
        | ⟨s, t, e⟩ => exact ⟨b :: s, t, by rw [e]; rfl⟩
  · intro ⟨s, t, e⟩
    rw [e]
    exact mem_append_right s (Mem.head t)

/-! ## Append -/

@[simp] theorem append_eq_nil_iff {p q : List α} : (p ++ q) = [] ↔ p = [] ∧ q = [] := by
  cases p with
  | nil => exact ⟨fun h => ⟨rfl, h⟩, fun h => h.2⟩
  | cons a p => exact ⟨fun h => (cons_ne_nil _ _ h).elim, fun h => (cons_ne_nil _ _ h.1).elim⟩

theorem append_ne_nil_of_left_ne_nil {s : List α} (h : s ≠ []) (t : List α) : s ++ t ≠ [] :=
  fun e => h (append_eq_nil_iff.1 e).1

theorem append_ne_nil_of_right_ne_nil (s : List α) {t : List α} (h : t ≠ []) : s ++ t ≠ [] :=
  fun e => h (append_eq_nil_iff.1 e).2

@[simp] theorem append_cancel_left_eq (as bs cs : List α) : (as ++ bs = as ++ cs) = (bs = cs) := by
  apply propext
  induction as with
  | nil => exact Iff.rfl
  | cons a as ih =>
    constructor
    · intro h; exact ih.1 (cons_inj_aux h).2
    · intro h; rw [h]

theorem append_cancel_left {as bs cs : List α} (h : as ++ bs = as ++ cs) : bs = cs := by
  rw [append_cancel_left_eq] at h; exact h

private theorem length_eq_of_append_eq {s₁ s₂ t₁ t₂ : List α} (h : s₁ ++ t₁ = s₂ ++ t₂)
    (hl : t₁.length = t₂.length) : s₁.length = s₂.length := by
  have := congrArg length h
  rw [length_append, length_append, hl] at this
  exact Nat.add_right_cancel this

theorem append_inj_left' {s₁ s₂ t₁ t₂ : List α} (h : s₁ ++ t₁ = s₂ ++ t₂) (hl : length t₁ = length t₂) :
    s₁ = s₂ := by
  induction s₁ generalizing s₂ with
  | nil =>
    cases s₂ with
    | nil => rfl
    | cons b s₂ => exact absurd (length_eq_of_append_eq h hl) (fun e => Nat.noConfusion e)
  | cons a s₁ ih =>
    cases s₂ with
    | nil => exact absurd (length_eq_of_append_eq h hl) (fun e => Nat.noConfusion e)
    | cons b s₂ =>
      have e := cons_inj_aux h
      rw [e.1, ih e.2]

theorem append_cancel_right {as bs cs : List α} (h : as ++ bs = cs ++ bs) : as = cs :=
  append_inj_left' h rfl

@[simp] theorem append_cancel_right_eq (as bs cs : List α) : (as ++ bs = cs ++ bs) = (as = cs) :=
  propext ⟨append_cancel_right, fun h => h ▸ rfl⟩

theorem append_left_cons {a : α} {l₁ l₂ : List α} : l₁ ++ a :: l₂ = (l₁ ++ [a]) ++ l₂ := by
  rw [append_assoc]; rfl

@[simp] theorem singleton_append {x : α} {l : List α} : [x] ++ l = x :: l := rfl

theorem append_of_mem {a : α} {l : List α} : a ∈ l → ∃ s t : List α, l = s ++ a :: t :=
  mem_iff_append.1

/-! ## Map -/

@[simp] theorem length_map {as : List α} (f : α → β) : (as.map f).length = as.length := by
  induction as with
  | nil => rfl
  | cons _ as ih => exact congrArg Nat.succ ih

@[simp] theorem map_id_fun : map (id : α → α) = id := by
  apply funext; intro l
  induction l with
  | nil => rfl
  | cons a l ih => exact congrArg (cons a) ih

@[simp] theorem map_id_fun' : map (fun (a : α) => a) = id := map_id_fun

theorem map_id (l : List α) : map (id : α → α) l = l := by
  rw [map_id_fun]; rfl

theorem map_id' (l : List α) : map (fun (a : α) => a) l = l := map_id l

theorem map_id'' {f : α → α} (h : ∀ x, f x = x) (l : List α) : map f l = l := by
  induction l with
  | nil => rfl
  | cons a l ih => rw [map_cons, h a, ih]

theorem map_singleton {f : α → β} {a : α} : map f [a] = [f a] := rfl

@[simp] theorem map_append {f : α → β} {l₁ l₂ : List α} : map f (l₁ ++ l₂) = map f l₁ ++ map f l₂ := by
  induction l₁ with
  | nil => rfl
  | cons a l₁ ih => exact congrArg (cons (f a)) ih

@[simp] theorem map_map {g : β → γ} {f : α → β} {l : List α} :
    map g (map f l) = map (g ∘ f) l := by
  induction l with
  | nil => rfl
  | cons a l ih => exact congrArg (cons (g (f a))) ih

@[simp] theorem mem_map {f : α → β} {b : β} : ∀ {l : List α}, b ∈ l.map f ↔ ∃ a, a ∈ l ∧ f a = b
  | [] => ⟨fun h => (nomatch h), fun ⟨_, h, _⟩ => (nomatch h)⟩
  | a :: l => by
    rw [map_cons, mem_cons, mem_map]
    constructor
    · intro h
      cases h with
      | inl h => exact ⟨a, Mem.head l, h.symm⟩
      | inr h => match h with | ⟨c, hc, e⟩ => exact ⟨c, Mem.tail a hc, e⟩
    · intro ⟨c, hc, e⟩
      cases hc with
      | head => exact Or.inl e.symm
      | tail _ hc => exact Or.inr ⟨c, hc, e⟩

theorem exists_of_mem_map {f : α → β} {b : β} {l : List α} (h : b ∈ map f l) :
    ∃ a, a ∈ l ∧ f a = b := mem_map.1 h

theorem mem_map_of_mem {f : α → β} {a : α} {l : List α} (h : a ∈ l) : f a ∈ map f l :=
  mem_map.2 ⟨a, h, rfl⟩

@[simp] theorem map_eq_nil_iff {f : α → β} {l : List α} : map f l = [] ↔ l = [] := by
  cases l with
  | nil => exact ⟨fun _ => rfl, fun _ => rfl⟩
  | cons a l => exact ⟨fun h => (cons_ne_nil _ _ h).elim, fun h => (cons_ne_nil _ _ h).elim⟩

theorem eq_nil_of_map_eq_nil {f : α → β} {l : List α} (h : map f l = []) : l = [] :=
  map_eq_nil_iff.1 h

theorem map_congr_left {f g : α → β} {l : List α} (h : ∀ a, a ∈ l → f a = g a) : map f l = map g l := by
  induction l with
  | nil => rfl
  | cons a l ih =>
    rw [map_cons, map_cons, h a (Mem.head l), ih (fun x hx => h x (Mem.tail a hx))]

theorem map_eq_foldr {f : α → β} {l : List α} : map f l = foldr (fun a bs => f a :: bs) [] l := by
  induction l with
  | nil => rfl
  | cons a l ih => exact congrArg (cons (f a)) ih

@[simp] theorem head?_map {f : α → β} {l : List α} : (map f l).head? = l.head?.map f := by
  cases l <;> rfl

@[simp] theorem map_tail {f : α → β} {l : List α} : map f l.tail = (map f l).tail := by
  cases l <;> rfl

/-! ## Filter -/

@[simp] theorem filter_cons_of_pos {p : α → Bool} {a : α} {l : List α} (pa : p a) :
    filter p (a :: l) = a :: filter p l := by
  show (match p a with | true => a :: filter p l | false => filter p l) = _
  rw [pa]

@[simp] theorem filter_cons_of_neg {p : α → Bool} {a : α} {l : List α} (pa : ¬ p a) :
    filter p (a :: l) = filter p l := by
  show (match p a with | true => a :: filter p l | false => filter p l) = _
  rw [Bool.eq_false_of_ne_true pa]

theorem filter_cons {x : α} {xs : List α} {p : α → Bool} :
    (x :: xs : List α).filter p = if p x then x :: (xs.filter p) else xs.filter p := by
  cases h : p x with
  | true => rw [filter_cons_of_pos h, if_pos rfl]
  | false =>
    rw [filter_cons_of_neg (fun h' => Bool.noConfusion (h.symm.trans h')), if_neg (fun h' => Bool.noConfusion h')]

theorem length_filter_le (p : α → Bool) (l : List α) : (l.filter p).length ≤ l.length := by
  induction l with
  | nil => exact Nat.le_refl 0
  | cons a l ih =>
    cases h : p a with
    | true => rw [filter_cons_of_pos h]; exact Nat.succ_le_succ ih
    | false =>
      rw [filter_cons_of_neg (fun h' => Bool.noConfusion (h.symm.trans h'))]
      exact Nat.le_succ_of_le ih

@[simp] theorem mem_filter {x : α} {p : α → Bool} {as : List α} : x ∈ filter p as ↔ x ∈ as ∧ p x := by
  induction as with
  | nil => exact ⟨fun h => (nomatch h), fun h => (nomatch h.1)⟩
  | cons a as ih =>
    cases h : p a with
    | true =>
      rw [filter_cons_of_pos h, mem_cons, mem_cons, ih]
      constructor
      · intro h'
        cases h' with
        | inl e => exact ⟨Or.inl e, e ▸ h⟩
        | inr h' => exact ⟨Or.inr h'.1, h'.2⟩
      · intro ⟨h₁, h₂⟩
        cases h₁ with
        | inl e => exact Or.inl e
        | inr h₁ => exact Or.inr ⟨h₁, h₂⟩
    | false =>
      rw [filter_cons_of_neg (fun h' => Bool.noConfusion (h.symm.trans h')), mem_cons, ih]
      constructor
      · intro h'; exact ⟨Or.inr h'.1, h'.2⟩
      · intro ⟨h₁, h₂⟩
        cases h₁ with
        | inl e => rw [e, h] at h₂; exact Bool.noConfusion h₂
        | inr h₁ => exact ⟨h₁, h₂⟩

@[simp] theorem filter_append {p : α → Bool} :
    ∀ (l₁ l₂ : List α), filter p (l₁ ++ l₂) = filter p l₁ ++ filter p l₂
  | [], _ => rfl
  | a :: l₁, l₂ => by
    rw [cons_append]
    cases h : p a with
    | true =>
      rw [filter_cons_of_pos h, filter_cons_of_pos h, filter_append l₁ l₂]; rfl
    | false =>
      have h' : ¬ p a = true := fun h' => Bool.noConfusion (h.symm.trans h')
      rw [filter_cons_of_neg h', filter_cons_of_neg h', filter_append l₁ l₂]

theorem filter_filter {p q : α → Bool} : ∀ {l : List α},
    filter p (filter q l) = filter (fun a => p a && q a) l
  | [] => rfl
  | a :: l => by
    cases hq : q a with
    | false =>
      have hq' : ¬ q a = true := fun h' => Bool.noConfusion (hq.symm.trans h')
      rw [filter_cons_of_neg hq', filter_cons_of_neg (p := fun a => p a && q a), filter_filter]
      show ¬ (p a && q a) = true
      rw [hq]; cases p a <;> exact fun h => Bool.noConfusion h
    | true =>
      rw [filter_cons_of_pos hq]
      cases hp : p a with
      | false =>
        have hp' : ¬ p a = true := fun h' => Bool.noConfusion (hp.symm.trans h')
        rw [filter_cons_of_neg hp', filter_cons_of_neg (p := fun a => p a && q a), filter_filter]
        show ¬ (p a && q a) = true
        rw [hp]; exact fun h => Bool.noConfusion h
      | true =>
        rw [filter_cons_of_pos hp, filter_cons_of_pos (p := fun a => p a && q a), filter_filter]
        show (p a && q a) = true
        rw [hp, hq]; rfl

theorem filter_map {f : β → α} {p : α → Bool} {l : List β} :
    filter p (map f l) = map f (filter (p ∘ f) l) := by
  induction l with
  | nil => rfl
  | cons a l ih =>
    rw [map_cons]
    cases h : p (f a) with
    | true =>
      rw [filter_cons_of_pos h, filter_cons_of_pos (p := p ∘ f) h, ih]; rfl
    | false =>
      have h' : ¬ p (f a) = true := fun h' => Bool.noConfusion (h.symm.trans h')
      rw [filter_cons_of_neg h', filter_cons_of_neg (p := p ∘ f) h', ih]

@[simp] theorem filter_eq_nil_iff {p : α → Bool} {l : List α} : filter p l = [] ↔ ∀ a, a ∈ l → ¬p a := by
  induction l with
  | nil => exact ⟨fun _ _ h => (nomatch h), fun _ => rfl⟩
  | cons a l ih =>
    cases h : p a with
    | true =>
      rw [filter_cons_of_pos h]
      exact ⟨fun e => (cons_ne_nil _ _ e).elim, fun H => absurd h (H a (Mem.head l))⟩
    | false =>
      have h' : ¬ p a = true := fun h' => Bool.noConfusion (h.symm.trans h')
      rw [filter_cons_of_neg h', ih]
      constructor
      · intro H x hx
        cases hx with
        | head => exact h'
        | tail _ hx => exact H x hx
      · intro H x hx; exact H x (Mem.tail a hx)

theorem filter_eq_self {p : α → Bool} {l : List α} : filter p l = l ↔ ∀ a, a ∈ l → p a := by
  induction l with
  | nil => exact ⟨fun _ _ h => (nomatch h), fun _ => rfl⟩
  | cons a l ih =>
    cases h : p a with
    | true =>
      rw [filter_cons_of_pos h, cons_inj_right, ih]
      constructor
      · intro H x hx
        cases hx with
        | head => exact h
        | tail _ hx => exact H x hx
      · intro H x hx; exact H x (Mem.tail a hx)
    | false =>
      have h' : ¬ p a = true := fun h' => Bool.noConfusion (h.symm.trans h')
      rw [filter_cons_of_neg h']
      constructor
      · intro e
        have := length_filter_le p l
        rw [e, length_cons] at this
        exact absurd this (Nat.not_succ_le_self _)
      · intro H; exact absurd (H a (Mem.head l)) h'

/-! ## Folds -/

@[simp] theorem foldl_append {f : β → α → β} {b : β} {l l' : List α} :
    (l ++ l').foldl f b = l'.foldl f (l.foldl f b) := by
  induction l generalizing b with
  | nil => rfl
  | cons a l ih => exact ih

@[simp] theorem foldr_append {f : α → β → β} {b : β} {l l' : List α} :
    (l ++ l').foldr f b = l.foldr f (l'.foldr f b) := by
  induction l with
  | nil => rfl
  | cons a l ih => exact congrArg (f a) ih

theorem foldl_map {f : β₁ → β₂} {g : α → β₂ → α} {l : List β₁} {init : α} :
    (l.map f).foldl g init = l.foldl (fun x y => g x (f y)) init := by
  induction l generalizing init with
  | nil => rfl
  | cons b l ih => exact ih

theorem foldr_map {f : α₁ → α₂} {g : α₂ → β → β} {l : List α₁} {init : β} :
    (l.map f).foldr g init = l.foldr (fun x y => g (f x) y) init := by
  induction l with
  | nil => rfl
  | cons a l ih => exact congrArg (g (f a)) ih

/-! ## Reverse -/

@[simp] theorem length_reverse {as : List α} : (as.reverse).length = as.length := by
  induction as with
  | nil => rfl
  | cons a as ih => rw [reverse_cons, length_append, ih]; rfl

@[simp] theorem reverse_append {as bs : List α} : (as ++ bs).reverse = bs.reverse ++ as.reverse := by
  induction as with
  | nil => rw [nil_append, reverse_nil, append_nil]
  | cons a as ih => rw [cons_append, reverse_cons, reverse_cons, ih, append_assoc]

@[simp] theorem reverse_reverse (as : List α) : as.reverse.reverse = as := by
  induction as with
  | nil => rfl
  | cons a as ih => rw [reverse_cons, reverse_append, ih]; rfl

theorem reverse_concat {l : List α} {a : α} : (l ++ [a]).reverse = a :: l.reverse := by
  rw [reverse_append]; rfl

@[simp] theorem mem_reverse {x : α} {as : List α} : x ∈ reverse as ↔ x ∈ as := by
  induction as with
  | nil => exact Iff.rfl
  | cons a as ih =>
    rw [reverse_cons, mem_append, ih, mem_singleton, mem_cons, or_comm]

@[simp] theorem reverse_eq_nil_iff {xs : List α} : xs.reverse = [] ↔ xs = [] := by
  constructor
  · intro h
    have := congrArg length h
    rw [length_reverse] at this
    exact eq_nil_of_length_eq_zero this
  · intro h; rw [h]; rfl

@[simp] theorem map_reverse {f : α → β} {l : List α} : l.reverse.map f = (l.map f).reverse := by
  induction l with
  | nil => rfl
  | cons a l ih => rw [reverse_cons, map_append, ih, map_singleton, map_cons, reverse_cons]

theorem reverse_map {f : α → β} {l : List α} : (l.map f).reverse = l.reverse.map f :=
  map_reverse.symm

@[simp] theorem reverse_inj {xs ys : List α} : xs.reverse = ys.reverse ↔ xs = ys :=
  ⟨fun h => by rw [← reverse_reverse xs, h, reverse_reverse], fun h => h ▸ rfl⟩

@[simp] theorem foldl_reverse {l : List α} {f : β → α → β} {b : β} :
    l.reverse.foldl f b = l.foldr (fun x y => f y x) b := by
  induction l generalizing b with
  | nil => rfl
  | cons a l ih => rw [reverse_cons, foldl_append, ih]; rfl

@[simp] theorem foldr_reverse {l : List α} {f : α → β → β} {b : β} :
    l.reverse.foldr f b = l.foldl (fun x y => f y x) b := by
  rw [← foldl_reverse, reverse_reverse]

/-! ## Head and tail -/

@[simp] theorem head?_eq_none_iff {l : List α} : l.head? = none ↔ l = [] := by
  cases l with
  | nil => exact ⟨fun _ => rfl, fun _ => rfl⟩
  | cons a l => exact ⟨fun h => Option.noConfusion rfl (heq_of_eq h), fun h => (cons_ne_nil _ _ h).elim⟩

theorem head?_eq_head : ∀ {l : List α} (h : l ≠ []), l.head? = some (head l h)
  | _ :: _, _ => rfl

@[simp] theorem head_mem : ∀ {l : List α} (h : l ≠ []), head l h ∈ l
  | [], h => absurd rfl h
  | _ :: l, _ => Mem.head l

@[simp] theorem length_tail {l : List α} : l.tail.length = l.length - 1 := by cases l <;> rfl

theorem mem_of_mem_tail {a : α} {l : List α} (h : a ∈ tail l) : a ∈ l := by
  cases l with
  | nil => exact h
  | cons b l => exact Mem.tail b h

@[simp] theorem getLast_singleton {a : α} (h) : @getLast α [a] h = a := rfl

@[simp] theorem getLast?_singleton {a : α} : getLast? [a] = some a := rfl

theorem getLast?_eq_getLast : ∀ {l : List α} (h : l ≠ []), l.getLast? = some (l.getLast h)
  | [], h => absurd rfl h
  | _ :: _, _ => rfl

/-! ## Replicate -/

@[simp] theorem mem_replicate {a b : α} : ∀ {n : Nat}, b ∈ replicate n a ↔ n ≠ 0 ∧ b = a
  | 0 => ⟨fun h => (nomatch h), fun h => absurd rfl h.1⟩
  | n + 1 => by
    rw [replicate_succ, mem_cons, mem_replicate]
    constructor
    · intro h
      cases h with
      | inl h => exact ⟨Nat.succ_ne_zero n, h⟩
      | inr h => exact ⟨Nat.succ_ne_zero n, h.2⟩
    · intro h; exact Or.inl h.2

theorem eq_of_mem_replicate {a b : α} {n : Nat} (h : b ∈ replicate n a) : b = a :=
  (mem_replicate.1 h).2

@[simp] theorem replicate_eq_nil_iff {n : Nat} {a : α} : replicate n a = [] ↔ n = 0 := by
  cases n with
  | zero => exact ⟨fun _ => rfl, fun _ => rfl⟩
  | succ n => exact ⟨fun h => (cons_ne_nil _ _ h).elim, fun h => Nat.noConfusion h⟩

@[simp] theorem map_replicate {f : α → β} {n : Nat} {a : α} :
    (replicate n a).map f = replicate n (f a) := by
  induction n with
  | zero => rfl
  | succ n ih => exact congrArg (cons (f a)) ih

theorem replicate_add {n m : Nat} {a : α} : replicate (n + m) a = replicate n a ++ replicate m a := by
  induction n with
  | zero => rw [Nat.zero_add]; rfl
  | succ n ih => rw [Nat.succ_add, replicate_succ, ih]; rfl

theorem append_replicate_replicate {n m : Nat} {a : α} :
    replicate n a ++ replicate m a = replicate (n + m) a := replicate_add.symm

/-! ## Take and drop -/

@[simp] theorem length_take {i : Nat} {l : List α} : (take i l).length = min i l.length := by
  induction l generalizing i with
  | nil => rw [take_nil, length_nil, Nat.min_zero]
  | cons a l ih =>
    cases i with
    | zero => rw [take_zero, length_nil, Nat.zero_min]
    | succ i => rw [take_succ_cons, length_cons, length_cons, ih, Nat.succ_min_succ]

@[simp] theorem length_drop {i : Nat} {l : List α} : (drop i l).length = l.length - i := by
  induction l generalizing i with
  | nil => rw [drop_nil, length_nil, Nat.zero_sub]
  | cons a l ih =>
    cases i with
    | zero => rfl
    | succ i => rw [drop_succ_cons, ih, length_cons, Nat.add_sub_add_right]

@[simp] theorem take_append_drop : ∀ (i : Nat) (l : List α), take i l ++ drop i l = l
  | 0, _ => rfl
  | _ + 1, [] => rfl
  | i + 1, a :: l => congrArg (cons a) (take_append_drop i l)

theorem take_of_length_le {l : List α} {i : Nat} (h : l.length ≤ i) : take i l = l := by
  induction l generalizing i with
  | nil => exact take_nil
  | cons a l ih =>
    cases i with
    | zero => exact absurd h (Nat.not_succ_le_zero _)
    | succ i => rw [take_succ_cons, ih (Nat.le_of_succ_le_succ h)]

theorem take_length {l : List α} : take l.length l = l := take_of_length_le (Nat.le_refl _)

@[simp] theorem drop_length {l : List α} : drop l.length l = [] := drop_eq_nil_of_le (Nat.le_refl _)

@[simp] theorem map_take {f : α → β} {l : List α} {i : Nat} : (l.take i).map f = (l.map f).take i := by
  induction l generalizing i with
  | nil => rw [take_nil, map_nil, take_nil]
  | cons a l ih =>
    cases i with
    | zero => rfl
    | succ i => rw [take_succ_cons, map_cons, map_cons, take_succ_cons, ih]

@[simp] theorem map_drop {f : α → β} {l : List α} {i : Nat} : (l.drop i).map f = (l.map f).drop i := by
  induction l generalizing i with
  | nil => rw [drop_nil, map_nil, drop_nil]
  | cons a l ih =>
    cases i with
    | zero => rfl
    | succ i => rw [drop_succ_cons, map_cons, drop_succ_cons, ih]

theorem mem_of_mem_take {a : α} {l : List α} {i : Nat} (h : a ∈ l.take i) : a ∈ l := by
  rw [← take_append_drop i l]; exact mem_append_left _ h

theorem mem_of_mem_drop {a : α} {l : List α} {i : Nat} (h : a ∈ l.drop i) : a ∈ l := by
  rw [← take_append_drop i l]; exact mem_append_right _ h

/-! ## Any and all -/

@[simp] theorem any_eq_true {p : α → Bool} {l : List α} : l.any p = true ↔ ∃ x, x ∈ l ∧ p x := by
  induction l with
  | nil => exact ⟨fun h => Bool.noConfusion h, fun ⟨_, h, _⟩ => (nomatch h)⟩
  | cons a l ih =>
    rw [any_cons]
    cases h : p a with
    | true => exact ⟨fun _ => ⟨a, Mem.head l, h⟩, fun _ => rfl⟩
    | false =>
      show l.any p = true ↔ _
      rw [ih]
      constructor
      · intro ⟨x, hx, hp⟩; exact ⟨x, Mem.tail a hx, hp⟩
      · intro ⟨x, hx, hp⟩
        cases hx with
        | head => rw [h] at hp; exact Bool.noConfusion hp
        | tail _ hx => exact ⟨x, hx, hp⟩

@[simp] theorem all_eq_true {p : α → Bool} {l : List α} : l.all p = true ↔ ∀ x, x ∈ l → p x := by
  induction l with
  | nil => exact ⟨fun _ _ h => (nomatch h), fun _ => rfl⟩
  | cons a l ih =>
    rw [all_cons]
    cases h : p a with
    | false =>
      exact ⟨fun e => Bool.noConfusion e, fun H => by
        have := H a (Mem.head l); rw [h] at this; exact Bool.noConfusion this⟩
    | true =>
      show l.all p = true ↔ _
      rw [ih]
      constructor
      · intro H x hx
        cases hx with
        | head => exact h
        | tail _ hx => exact H x hx
      · intro H x hx; exact H x (Mem.tail a hx)

/-! ## Sum -/

/-- Real Lean 4 states this for any additive monoid-like `α`; our core has no such classes yet,
so it is stated for `Nat`. -/
@[simp] theorem sum_append {l₁ l₂ : List Nat} : (l₁ ++ l₂).sum = l₁.sum + l₂.sum := by
  induction l₁ with
  | nil => exact (Nat.zero_add _).symm
  | cons a l ih => rw [cons_append, sum_cons, sum_cons, ih, Nat.add_assoc]

theorem sum_append_nat {l₁ l₂ : List Nat} : (l₁ ++ l₂).sum = l₁.sum + l₂.sum := by
  induction l₁ with
  | nil => exact (Nat.zero_add _).symm
  | cons a l ih => rw [cons_append, sum_cons, sum_cons, ih, Nat.add_assoc]

@[simp] theorem sum_replicate_nat {n : Nat} {a : Nat} : (replicate n a).sum = n * a := by
  induction n with
  | zero => exact (Nat.zero_mul a).symm
  | succ n ih => rw [replicate_succ, sum_cons, ih, Nat.succ_mul, Nat.add_comm]

theorem sum_reverse_nat (xs : List Nat) : xs.reverse.sum = xs.sum := by
  induction xs with
  | nil => rfl
  | cons a l ih =>
    rw [reverse_cons, sum_append_nat, ih, sum_cons, sum_cons, sum_nil]; exact Nat.add_comm _ _

/-! ## Flatten -/

@[simp] theorem length_flatten {L : List (List α)} : L.flatten.length = (L.map length).sum := by
  induction L with
  | nil => rfl
  | cons l L ih => rw [flatten_cons, length_append, ih]; rfl

@[simp] theorem flatten_append {L₁ L₂ : List (List α)} : flatten (L₁ ++ L₂) = flatten L₁ ++ flatten L₂ := by
  induction L₁ with
  | nil => rfl
  | cons l L ih => rw [cons_append, flatten_cons, flatten_cons, ih, append_assoc]

/-! ## Singleton, concat -/

@[simp] theorem reverse_singleton (a : α) : [a].reverse = [a] := rfl

@[simp] theorem length_concat' {l : List α} {a : α} : (l ++ [a]).length = l.length + 1 := by
  rw [length_append]; rfl

theorem exists_mem_of_ne_nil (l : List α) (h : l ≠ []) : ∃ x, x ∈ l :=
  exists_mem_of_length_pos (length_pos_iff.2 h)

theorem eq_nil_iff_forall_not_mem {l : List α} : l = [] ↔ ∀ a, a ∉ l := by
  cases l with
  | nil => exact ⟨fun _ _ h => (nomatch h), fun _ => rfl⟩
  | cons b l => exact ⟨fun h => (cons_ne_nil _ _ h).elim, fun h => absurd (Mem.head l) (h b)⟩

/-! ## Range -/

private theorem range'_one_concat : ∀ (s k : Nat), range' s (k + 1) = range' s k ++ [s + k]
  | s, 0 => rfl
  | s, k + 1 => by
    show s :: range' (s + 1) (k + 1) = s :: (range' (s + 1) k ++ [s + (k + 1)])
    rw [range'_one_concat (s + 1) k, Nat.add_right_comm, Nat.add_assoc]

private theorem range_loop_eq : ∀ (s : Nat) (acc : List Nat), range.loop s acc = range' 0 s ++ acc
  | 0, _ => rfl
  | s + 1, acc => by
    show range.loop s (s :: acc) = _
    rw [range_loop_eq s (s :: acc), range'_one_concat 0 s, Nat.zero_add, append_assoc]
    rfl

theorem range_eq_range' {n : Nat} : range n = range' 0 n :=
  (range_loop_eq n []).trans (append_nil _)

@[simp] theorem length_range' {s n step : Nat} : (range' s n step).length = n := by
  induction n generalizing s with
  | zero => rfl
  | succ n ih => exact congrArg Nat.succ ih

@[simp] theorem length_range {n : Nat} : (range n).length = n := by
  rw [range_eq_range']; exact length_range'

theorem mem_range'_1 {m s n : Nat} : m ∈ range' s n ↔ s ≤ m ∧ m < s + n := by
  induction n generalizing s with
  | zero =>
    rw [Nat.add_zero]
    exact ⟨fun h => (nomatch h), fun h => absurd (Nat.lt_of_le_of_lt h.1 h.2) (Nat.lt_irrefl s)⟩
  | succ n ih =>
    show m ∈ s :: range' (s + 1) n ↔ _
    rw [mem_cons, ih]
    constructor
    · intro h
      cases h with
      | inl e => rw [e]; exact ⟨Nat.le_refl s, Nat.lt_add_of_pos_right (Nat.zero_lt_succ n)⟩
      | inr h =>
        exact ⟨Nat.le_of_succ_le h.1, by rw [Nat.add_right_comm, Nat.add_assoc] at h; exact h.2⟩
    · intro ⟨h₁, h₂⟩
      cases Nat.eq_or_lt_of_le h₁ with
      | inl e => exact Or.inl e.symm
      | inr h => exact Or.inr ⟨h, by rw [Nat.add_right_comm, Nat.add_assoc]; exact h₂⟩

@[simp] theorem mem_range {m n : Nat} : m ∈ range n ↔ m < n := by
  rw [range_eq_range', mem_range'_1, Nat.zero_add]
  exact ⟨fun h => h.2, fun h => ⟨Nat.zero_le m, h⟩⟩

theorem range_succ {n : Nat} : range (n + 1) = range n ++ [n] := by
  rw [range_eq_range', range_eq_range', range'_one_concat, Nat.zero_add]

/-! ## Zip -/

@[simp] theorem length_zipWith {f : α → β → γ} {l₁ : List α} {l₂ : List β} :
    (zipWith f l₁ l₂).length = min l₁.length l₂.length := by
  induction l₁ generalizing l₂ with
  | nil => rw [zipWith_nil_left, length_nil, length_nil, Nat.zero_min]
  | cons a l₁ ih =>
    cases l₂ with
    | nil => rw [zipWith_nil_right, length_nil, length_nil, Nat.min_zero]
    | cons b l₂ => rw [zipWith_cons_cons, length_cons, ih, length_cons, length_cons, Nat.succ_min_succ]

@[simp] theorem length_zip {l₁ : List α} {l₂ : List β} :
    (zip l₁ l₂).length = min l₁.length l₂.length := length_zipWith

/-! ## Count -/

theorem countP_go_eq_add {p : α → Bool} {l : List α} {n : Nat} :
    countP.go p l n = n + countP.go p l 0 := by
  induction l generalizing n with
  | nil => rfl
  | cons a l ih =>
    show (bif p a then countP.go p l (n + 1) else countP.go p l n) =
      n + (bif p a then countP.go p l (0 + 1) else countP.go p l 0)
    cases p a with
    | true => rw [ih (n := n + 1), ih (n := 0 + 1), Nat.zero_add, Nat.add_assoc]; rfl
    | false => rw [ih (n := n)]; rfl

@[simp] theorem countP_nil {p : α → Bool} : countP p [] = 0 := rfl

theorem countP_cons {p : α → Bool} {a : α} {l : List α} :
    countP p (a :: l) = countP p l + if p a then 1 else 0 := by
  show countP.go p (a :: l) 0 = countP.go p l 0 + _
  show (bif p a then countP.go p l (0 + 1) else countP.go p l 0) = _
  cases h : p a with
  | true => rw [countP_go_eq_add, if_pos rfl, Nat.add_comm]; rfl
  | false => rw [if_neg (fun h' => Bool.noConfusion h')]; rfl

@[simp] theorem countP_cons_of_pos {p : α → Bool} {a : α} {l : List α} (pa : p a) :
    countP p (a :: l) = countP p l + 1 := by
  rw [countP_cons, if_pos pa]

@[simp] theorem countP_cons_of_neg {p : α → Bool} {a : α} {l : List α} (pa : ¬ p a) :
    countP p (a :: l) = countP p l := by
  rw [countP_cons, if_neg pa]; rfl

theorem length_eq_countP_add_countP (p : α → Bool) {l : List α} :
    length l = countP p l + countP (fun a => !p a) l := by
  induction l with
  | nil => rfl
  | cons a l ih =>
    cases h : p a with
    | true =>
      have hn : ¬ (fun a => !p a) a = true := by
        show ¬ (!p a) = true; rw [h]; exact fun h' => Bool.noConfusion h'
      rw [countP_cons_of_pos h, countP_cons_of_neg (p := fun a => !p a) hn, length_cons, ih, Nat.add_right_comm]
    | false =>
      have hp : ¬ p a = true := fun h' => Bool.noConfusion (h.symm.trans h')
      have hn : (fun a => !p a) a = true := by show (!p a) = true; rw [h]; rfl
      rw [countP_cons_of_neg hp, countP_cons_of_pos (p := fun a => !p a) hn, length_cons, ih, Nat.add_assoc]

theorem countP_le_length {p : α → Bool} {l : List α} : countP p l ≤ l.length := by
  rw [length_eq_countP_add_countP p (l := l)]
  exact Nat.le_add_right _ _

@[simp] theorem count_nil [BEq α] {a : α} : count a [] = 0 := rfl

theorem count_cons [BEq α] {a b : α} {l : List α} :
    count a (b :: l) = count a l + if b == a then 1 else 0 := countP_cons

/-! ## Sublists, pairwise, nodup -/

@[simp] theorem nil_sublist : ∀ (l : List α), [] <+ l
  | [] => Sublist.slnil
  | a :: l => Sublist.cons a (nil_sublist l)

@[simp] theorem Sublist.refl : ∀ (l : List α), l <+ l
  | [] => Sublist.slnil
  | a :: l => Sublist.cons_cons a (Sublist.refl l)

theorem Sublist.trans {l₁ l₂ l₃ : List α} (h₁ : l₁ <+ l₂) (h₂ : l₂ <+ l₃) : l₁ <+ l₃ := by
  induction h₂ generalizing l₁ with
  | slnil => exact h₁
  | cons a _ ih => exact Sublist.cons a (ih h₁)
  | cons_cons a _ ih =>
    cases h₁ with
    | cons _ h => exact Sublist.cons a (ih h)
    | cons_cons _ h => exact Sublist.cons_cons a (ih h)

@[simp] theorem sublist_cons_self (a : α) (l : List α) : l <+ a :: l :=
  Sublist.cons a (Sublist.refl l)

theorem Sublist.length_le {l₁ l₂ : List α} (h : l₁ <+ l₂) : length l₁ ≤ length l₂ := by
  induction h with
  | slnil => exact Nat.le_refl 0
  | cons _ _ ih => exact Nat.le_succ_of_le ih
  | cons_cons _ _ ih => exact Nat.succ_le_succ ih

theorem Sublist.subset {l₁ l₂ : List α} (h : l₁ <+ l₂) : ∀ ⦃a : α⦄, a ∈ l₁ → a ∈ l₂ := by
  induction h with
  | slnil => exact fun _ h => h
  | cons b _ ih => exact fun a h => Mem.tail b (ih h)
  | cons_cons b _ ih =>
    intro a h
    cases h with
    | head => exact Mem.head _
    | tail _ h => exact Mem.tail b (ih h)

@[simp] theorem filter_sublist {p : α → Bool} : ∀ {l : List α}, filter p l <+ l
  | [] => Sublist.slnil
  | a :: l => by
    cases h : p a with
    | true => rw [filter_cons_of_pos h]; exact Sublist.cons_cons a filter_sublist
    | false =>
      rw [filter_cons_of_neg (fun h' => Bool.noConfusion (h.symm.trans h'))]
      exact Sublist.cons a filter_sublist

theorem pairwise_append {R : α → α → Prop} {l₁ l₂ : List α} :
    Pairwise R (l₁ ++ l₂) ↔ Pairwise R l₁ ∧ Pairwise R l₂ ∧ ∀ a, a ∈ l₁ → ∀ b, b ∈ l₂ → R a b := by
  induction l₁ with
  | nil =>
    exact ⟨fun h => ⟨Pairwise.nil, h, fun _ h => nomatch h⟩, fun h => h.2.1⟩
  | cons a l₁ ih =>
    rw [cons_append, pairwise_cons, ih, pairwise_cons]
    constructor
    · intro ⟨h₁, h₂, h₃, h₄⟩
      refine ⟨⟨fun x hx => h₁ x (mem_append_left _ hx), h₂⟩, h₃, ?_⟩
      intro x hx y hy
      cases hx with
      | head => exact h₁ y (mem_append_right _ hy)
      | tail _ hx => exact h₄ x hx y hy
    · intro ⟨⟨h₁, h₂⟩, h₃, h₄⟩
      refine ⟨?_, h₂, h₃, fun x hx y hy => h₄ x (Mem.tail a hx) y hy⟩
      intro x hx
      cases mem_append.1 hx with
      | inl h => exact h₁ x h
      | inr h => exact h₄ a (Mem.head _) x h

@[simp] theorem nodup_nil : @Nodup α [] := Pairwise.nil

@[simp] theorem nodup_cons {a : α} {l : List α} : Nodup (a :: l) ↔ a ∉ l ∧ Nodup l := by
  show Pairwise _ _ ↔ _
  rw [pairwise_cons]
  exact ⟨fun h => ⟨fun hm => h.1 a hm rfl, h.2⟩,
    fun h => ⟨fun b hb e => h.1 (e ▸ hb), h.2⟩⟩

end List
