/-
More `List` operations and lemmas under their real Lean 4 names: `head!`, `getD`, `insert`,
`partition`, `span`, `max?`, `min?`, `isPrefixOf`, `isSuffixOf`, `intersperse`, `intercalate`,
`eraseIdx`, `nil_eq_append_iff`, `append_inj`, `elem_iff`, ...
-/
prelude
import Init.GetElem
import Init.LogicExtra

set_option linter.unusedVariables false

universe u v

namespace List

variable {α : Type u} {β : Type v}

/-- The first element; `default` for `[]` (where Lean reports a panic at run time). -/
def head! [Inhabited α] : List α → α
  | [] => default
  | a :: _ => a

/-- The element at `i`, or `fallback` when `i` is out of bounds. -/
def getD (as : List α) (i : Nat) (fallback : α) : α :=
  match as[i]? with
  | some a => a
  | none => fallback

/-- `a :: l` unless `a` is already in `l`. -/
@[inline] protected def insert [BEq α] (a : α) (l : List α) : List α :=
  if l.elem a then l else a :: l

/-- The elements satisfying `p`, and the others. -/
def partition (p : α → Bool) (as : List α) : List α × List α :=
  (as.filter p, as.filter (fun a => !p a))

/-- The longest prefix whose elements satisfy `p`, and the rest. -/
def span (p : α → Bool) (as : List α) : List α × List α :=
  (as.takeWhile p, as.dropWhile p)

/-- The largest element (`none` for `[]`). -/
def max? [Max α] : List α → Option α
  | [] => none
  | a :: as => some (as.foldl max a)

/-- The smallest element (`none` for `[]`). -/
def min? [Min α] : List α → Option α
  | [] => none
  | a :: as => some (as.foldl min a)

/-- Whether the first list is a prefix of the second. -/
def isPrefixOf [BEq α] : List α → List α → Bool
  | [], _ => true
  | _, [] => false
  | a :: as, b :: bs => a == b && isPrefixOf as bs

/-- Whether the first list is a suffix of the second. -/
def isSuffixOf [BEq α] (l₁ l₂ : List α) : Bool :=
  isPrefixOf l₁.reverse l₂.reverse

/-- `sep` between any two consecutive elements. -/
def intersperse (sep : α) : List α → List α
  | [] => []
  | [x] => [x]
  | x :: xs => x :: sep :: intersperse sep xs

/-- The lists joined with `sep` between them. -/
def intercalate (sep : List α) (xs : List (List α)) : List α :=
  (intersperse sep xs).flatten

/-- The list without its element at index `i`. -/
def eraseIdx : List α → Nat → List α
  | [], _ => []
  | _ :: as, 0 => as
  | a :: as, n + 1 => a :: eraseIdx as n

@[simp] theorem head!_cons [Inhabited α] (a : α) (l : List α) : (a :: l).head! = a := rfl

@[simp] theorem partition_eq_filter_filter (p : α → Bool) (l : List α) :
    partition p l = (filter p l, filter (fun a => !p a) l) := rfl

@[simp] theorem intersperse_nil (sep : α) : ([] : List α).intersperse sep = [] := rfl
@[simp] theorem intersperse_single (sep x : α) : [x].intersperse sep = [x] := rfl
@[simp] theorem intersperse_cons₂ (sep x y : α) (zs : List α) :
    (x :: y :: zs).intersperse sep = x :: sep :: (y :: zs).intersperse sep := rfl

@[simp] theorem eraseIdx_nil {i : Nat} : ([] : List α).eraseIdx i = [] := rfl
@[simp] theorem eraseIdx_cons_zero {a : α} {as : List α} : (a :: as).eraseIdx 0 = as := rfl
@[simp] theorem eraseIdx_cons_succ {a : α} {as : List α} {i : Nat} :
    (a :: as).eraseIdx (i + 1) = a :: as.eraseIdx i := rfl

theorem length_eraseIdx : ∀ {l : List α} {i : Nat}, i < l.length → (l.eraseIdx i).length = l.length - 1
  | [], _, h => absurd h (Nat.not_lt_zero _)
  | _ :: _, 0, _ => by simp
  | _ :: l, i + 1, h => by
    have := length_eraseIdx (l := l) (i := i) (Nat.lt_of_succ_lt_succ h)
    simp only [eraseIdx_cons_succ, length_cons, this]
    have : 0 < l.length := Nat.lt_of_le_of_lt (Nat.zero_le i) (Nat.lt_of_succ_lt_succ h)
    omega

@[simp] theorem max?_nil [Max α] : ([] : List α).max? = none := rfl
@[simp] theorem min?_nil [Min α] : ([] : List α).min? = none := rfl
theorem max?_cons [Max α] {a : α} {l : List α} : (a :: l).max? = some (l.foldl max a) := rfl
theorem min?_cons [Min α] {a : α} {l : List α} : (a :: l).min? = some (l.foldl min a) := rfl

@[simp] theorem nil_eq_append_iff {a b : List α} : [] = a ++ b ↔ a = [] ∧ b = [] := by
  rw [eq_comm, append_eq_nil_iff]

theorem append_inj : ∀ {s₁ s₂ t₁ t₂ : List α}, s₁ ++ t₁ = s₂ ++ t₂ → s₁.length = s₂.length →
    s₁ = s₂ ∧ t₁ = t₂
  | [], [], _, _, h, _ => ⟨rfl, h⟩
  | _ :: _, [], _, _, _, hl => nomatch hl
  | [], _ :: _, _, _, _, hl => nomatch hl
  | a :: s₁, b :: s₂, t₁, t₂, h, hl => by
    simp only [cons_append, cons.injEq] at h
    have ih := append_inj h.2 (Nat.succ.inj hl)
    exact ⟨by rw [h.1, ih.1], ih.2⟩

theorem elem_iff [BEq α] [LawfulBEq α] {a : α} {as : List α} : elem a as = true ↔ a ∈ as := by
  induction as with
  | nil => simp
  | cons b bs ih =>
    simp only [elem_cons, mem_cons]
    by_cases h : a = b
    · subst h; simp
    · have : (a == b) = false := by
        cases hb : (a == b)
        · rfl
        · exact absurd (eq_of_beq hb) h
      simp [this, ih, h]

theorem mem_of_elem_eq_true [BEq α] [LawfulBEq α] {a : α} {as : List α} :
    elem a as = true → a ∈ as := elem_iff.1

theorem elem_eq_true_of_mem [BEq α] [LawfulBEq α] {a : α} {as : List α} (h : a ∈ as) :
    elem a as = true := elem_iff.2 h

@[simp] theorem take_take : ∀ {i j : Nat} {l : List α}, take i (take j l) = take (min i j) l
  | 0, j, l => by simp [Nat.zero_min]
  | i + 1, 0, l => by simp [Nat.min_zero]
  | i + 1, j + 1, [] => by simp
  | i + 1, j + 1, a :: l => by
    simp only [take, take_take (i := i) (j := j) (l := l)]
    rw [show min (i + 1) (j + 1) = min i j + 1 by omega]
    rfl

@[simp] theorem drop_drop {i : Nat} : ∀ {j : Nat} {l : List α}, drop i (drop j l) = drop (j + i) l
  | 0, l => by simp
  | j + 1, [] => by simp
  | j + 1, a :: l => by
    simp only [drop, drop_drop (i := i) (j := j) (l := l)]
    rw [show j + 1 + i = (j + i) + 1 by omega]
    rfl

end List
