/-
leanagent core library: the basic operations on lists and their defining equations.

Written from scratch. Definitions and names follow real Lean 4 (`Init/Data/List/Basic.lean`):
the same recursion, hence the same definitional behaviour, and the same `@[simp]` equations,
so that files written against this core also check with a real toolchain. Proofs are ours.
-/
prelude
import Init.Data.Nat.Basic
import Init.Data.Zero

set_option linter.unusedVariables false

universe u v w

variable {α : Type u} {β : Type v} {γ : Type w}

namespace List

/-! ## Length, `foldl`, `concat`, `set` (defined in the prelude) -/

@[simp] theorem length_nil : length ([] : List α) = 0 := rfl

@[simp] theorem length_singleton {a : α} : length [a] = 1 := rfl

@[simp] theorem length_cons {a : α} {as : List α} : (cons a as).length = as.length + 1 := rfl

@[simp] theorem length_set {as : List α} {i : Nat} {a : α} : (as.set i a).length = as.length := by
  induction as generalizing i with
  | nil => rfl
  | cons x xs ih =>
    cases i with
    | zero => rfl
    | succ i => exact congrArg Nat.succ ih

@[simp] theorem foldl_nil {f : β → α → β} {b : β} : [].foldl f b = b := rfl

@[simp] theorem foldl_cons {a : α} {l : List α} {f : β → α → β} {b : β} :
    (a :: l).foldl f b = l.foldl f (f b a) := rfl

theorem length_concat {as : List α} {a : α} : (concat as a).length = as.length + 1 := by
  induction as with
  | nil => rfl
  | cons _ xs ih => exact congrArg Nat.succ ih

/-! ## Equality -/

/-- Boolean equality of lists, element by element. -/
protected def beq [BEq α] : List α → List α → Bool
  | [],    []    => true
  | a::as, b::bs => a == b && List.beq as bs
  | _,     _     => false

@[simp] theorem beq_nil_nil [BEq α] : List.beq ([] : List α) ([] : List α) = true := rfl
@[simp] theorem beq_cons_nil [BEq α] {a : α} {as : List α} : List.beq (a::as) [] = false := rfl
@[simp] theorem beq_nil_cons [BEq α] {a : α} {as : List α} : List.beq [] (a::as) = false := rfl
theorem beq_cons_cons [BEq α] {a b : α} {as bs : List α} :
    List.beq (a::as) (b::bs) = (a == b && List.beq as bs) := rfl

instance [BEq α] : BEq (List α) := ⟨List.beq⟩

/-! ## Head and tail -/

/-- The first element of a non-empty list. -/
def head : (as : List α) → as ≠ [] → α
  | a::_, _ => a

@[simp] theorem head_cons {a : α} {l : List α} {h} : head (a::l) h = a := rfl

/-- The first element, if any. -/
def head? : List α → Option α
  | []   => none
  | a::_ => some a

@[simp] theorem head?_nil : head? ([] : List α) = none := rfl
@[simp] theorem head?_cons {a : α} {l : List α} : head? (a::l) = some a := rfl

/-- The first element, or `fallback` for the empty list. -/
def headD : (as : List α) → (fallback : α) → α
  | [],   fallback => fallback
  | a::_, _  => a

@[simp] theorem headD_nil {d : α} : headD [] d = d := rfl
@[simp] theorem headD_cons {a : α} {l : List α} {d : α} : headD (a::l) d = a := rfl

/-- All but the first element (`[]` for `[]`). -/
def tail : List α → List α
  | []    => []
  | _::as => as

@[simp] theorem tail_nil : tail ([] : List α) = [] := rfl
@[simp] theorem tail_cons {a : α} {as : List α} : tail (a::as) = as := rfl

/-- All but the first element, or `none` for the empty list. -/
def tail? : List α → Option (List α)
  | []    => none
  | _::as => some as

@[simp] theorem tail?_nil : tail? ([] : List α) = none := rfl
@[simp] theorem tail?_cons {a : α} {l : List α} : tail? (a::l) = some l := rfl

/-- All but the first element, or `fallback` for the empty list. -/
def tailD (l fallback : List α) : List α :=
  match l with
  | [] => fallback
  | _ :: tl => tl

@[simp] theorem tailD_nil {l' : List α} : tailD [] l' = l' := rfl
@[simp] theorem tailD_cons {a : α} {l : List α} {l' : List α} : tailD (a::l) l' = l := rfl

/-- The last element of a non-empty list. -/
def getLast : ∀ (as : List α), as ≠ [] → α
  | [],       h => absurd rfl h
  | [a],      _ => a
  | _::b::as, _ => getLast (b::as) (fun h => List.noConfusion rfl (heq_of_eq h))

/-- The last element, if any. -/
def getLast? : List α → Option α
  | []    => none
  | a::as => some (getLast (a::as) (fun h => List.noConfusion rfl (heq_of_eq h)))

@[simp] theorem getLast?_nil : @getLast? α [] = none := rfl

/-- The last element, or `fallback` for the empty list. -/
def getLastD : (as : List α) → (fallback : α) → α
  | [],   a₀ => a₀
  | a::as, _ => getLast (a::as) (fun h => List.noConfusion rfl (heq_of_eq h))

theorem getLastD_nil {a : α} : getLastD [] a = a := rfl

/-! ## Map, filter, folds -/

@[simp] theorem map_nil {f : α → β} : map f [] = [] := rfl
@[simp] theorem map_cons {f : α → β} {a : α} {l : List α} : map f (a :: l) = f a :: map f l := rfl

/-- The elements on which `p` is `true`, in order. -/
def filter (p : α → Bool) : (l : List α) → List α
  | [] => []
  | a::as => match p a with
    | true => a :: filter p as
    | false => filter p as

@[simp] theorem filter_nil {p : α → Bool} : filter p [] = [] := rfl

/-- Map with a partial function, keeping the defined values. -/
def filterMap (f : α → Option β) : List α → List β
  | []   => []
  | a::as =>
    match f a with
    | none   => filterMap f as
    | some b => b :: filterMap f as

@[simp] theorem filterMap_nil {f : α → Option β} : filterMap f [] = [] := rfl

/-- Fold from the right: `[a, b, c].foldr f init = f a (f b (f c init))`. -/
@[specialize] def foldr (f : α → β → β) (init : β) : (l : List α) → β
  | []     => init
  | a :: l => f a (foldr f init l)

@[simp] theorem foldr_nil {f : α → β → β} {b : β} : [].foldr f b = b := rfl
@[simp] theorem foldr_cons {a : α} {l : List α} {f : α → β → β} {b : β} :
    (a :: l).foldr f b = f a (l.foldr f b) := rfl

/-! ## Reverse and append -/

/-- `reverseAux l r = l.reverse ++ r`, computed directly. -/
def reverseAux : List α → List α → List α
  | [],   r => r
  | a::l, r => reverseAux l (a::r)

@[simp] theorem reverseAux_nil {r : List α} : reverseAux [] r = r := rfl
@[simp] theorem reverseAux_cons {a : α} {l r : List α} : reverseAux (a::l) r = reverseAux l (a::r) := rfl

/-- The list in reverse order. -/
def reverse (as : List α) : List α :=
  reverseAux as []

@[simp] theorem reverse_nil : reverse ([] : List α) = [] := rfl

@[simp] theorem append_eq {as bs : List α} : List.append as bs = as ++ bs := rfl

@[simp] theorem nil_append (as : List α) : [] ++ as = as := rfl

@[simp] theorem cons_append {a : α} {as bs : List α} : (a::as) ++ bs = a::(as ++ bs) := rfl

@[simp] theorem append_nil (as : List α) : as ++ [] = as := by
  induction as with
  | nil => rfl
  | cons a as ih => exact congrArg (cons a) ih

@[simp] theorem length_append {as bs : List α} : (as ++ bs).length = as.length + bs.length := by
  induction as with
  | nil => exact (Nat.zero_add _).symm
  | cons _ as ih =>
    show (as ++ bs).length + 1 = as.length + 1 + bs.length
    rw [ih, Nat.add_right_comm]

@[simp] theorem append_assoc (as bs cs : List α) : (as ++ bs) ++ cs = as ++ (bs ++ cs) := by
  induction as with
  | nil => rfl
  | cons a as ih => exact congrArg (cons a) ih

theorem append_cons (as : List α) (b : α) (bs : List α) : as ++ b :: bs = as ++ [b] ++ bs := by
  rw [append_assoc]; rfl

@[simp] theorem concat_eq_append {as : List α} {a : α} : as.concat a = as ++ [a] := by
  induction as with
  | nil => rfl
  | cons x xs ih => exact congrArg (cons x) ih

theorem reverseAux_eq_append {as bs : List α} : reverseAux as bs = reverseAux as [] ++ bs := by
  induction as generalizing bs with
  | nil => rfl
  | cons a as ih =>
    show reverseAux as (a :: bs) = reverseAux as [a] ++ bs
    rw [ih (bs := a :: bs), ih (bs := [a]), append_assoc]
    rfl

@[simp] theorem reverse_cons {a : α} {as : List α} : reverse (a :: as) = reverse as ++ [a] :=
  show reverseAux as [a] = reverseAux as [] ++ [a] from reverseAux_eq_append

/-! ## Flatten, flatMap, replicate -/

/-- Concatenate a list of lists. -/
def flatten : List (List α) → List α
  | []      => []
  | l :: L => l ++ flatten L

@[simp] theorem flatten_nil : List.flatten ([] : List (List α)) = [] := rfl
@[simp] theorem flatten_cons {l : List α} {L : List (List α)} : (l :: L).flatten = l ++ L.flatten := rfl

/-- The one-element list. -/
@[inline] protected def singleton {α : Type u} (a : α) : List α := [a]

/-- Map each element to a list and concatenate the results. -/
@[inline] def flatMap {α : Type u} {β : Type v} (b : α → List β) (as : List α) : List β :=
  flatten (map b as)

@[simp] theorem flatMap_nil {f : α → List β} : List.flatMap f [] = [] := rfl
@[simp] theorem flatMap_cons {x : α} {xs : List α} {f : α → List β} :
    List.flatMap f (x :: xs) = f x ++ List.flatMap f xs := rfl

/-- `n` copies of `a`. -/
def replicate : (n : Nat) → (a : α) → List α
  | 0,   _ => []
  | n+1, a => a :: replicate n a

@[simp] theorem replicate_zero {a : α} : replicate 0 a = [] := rfl
theorem replicate_succ {a : α} {n : Nat} : replicate (n+1) a = a :: replicate n a := rfl

@[simp] theorem length_replicate {n : Nat} {a : α} : (replicate n a).length = n := by
  induction n with
  | zero => rfl
  | succ n ih => exact congrArg Nat.succ ih

/-! ## Membership -/

/-- `true` for the empty list. -/
def isEmpty : List α → Bool
  | []     => true
  | _ :: _ => false

@[simp] theorem isEmpty_nil : ([] : List α).isEmpty = true := rfl
@[simp] theorem isEmpty_cons {x : α} {xs : List α} : (x :: xs : List α).isEmpty = false := rfl

/-- Boolean membership test with `==`. -/
def elem [BEq α] (a : α) : (l : List α) → Bool
  | []    => false
  | b::bs => match a == b with
    | true  => true
    | false => elem a bs

@[simp] theorem elem_nil [BEq α] {a : α} : ([] : List α).elem a = false := rfl
theorem elem_cons [BEq α] {a b : α} {bs : List α} :
    (b::bs).elem a = match a == b with | true => true | false => bs.elem a := rfl

/-- `elem` with the list first. -/
abbrev contains [BEq α] (as : List α) (a : α) : Bool :=
  elem a as

@[simp] theorem contains_nil [BEq α] {a : α} : ([] : List α).contains a = false := rfl

/-- List membership, written `a ∈ l`. -/
inductive Mem (a : α) : List α → Prop
  /-- The head of a list is a member. -/
  | head (as : List α) : Mem a (a::as)
  /-- A member of the tail is a member. -/
  | tail (b : α) {as : List α} : Mem a as → Mem a (b::as)

instance : Membership α (List α) where
  mem l a := Mem a l

theorem mem_append_left {a : α} {as : List α} (bs : List α) : a ∈ as → a ∈ as ++ bs := by
  intro h
  induction h with
  | head as => exact Mem.head _
  | tail b _ ih => exact Mem.tail b ih

theorem mem_append_right {b : α} (as : List α) {bs : List α} : b ∈ bs → b ∈ as ++ bs := by
  intro h
  induction as with
  | nil => exact h
  | cons a as ih => exact Mem.tail a ih

instance instDecidableMemOfDecidableEq [DecidableEq α] (a : α) : (l : List α) → Decidable (a ∈ l)
  | [] => isFalse (fun h => nomatch h)
  | b :: l =>
    if h : a = b then isTrue (h ▸ Mem.head l) else
      match instDecidableMemOfDecidableEq a l with
      | isTrue h' => isTrue (Mem.tail b h')
      | isFalse h' => isFalse fun hm => by
        cases hm with
        | head => exact h rfl
        | tail _ hm => exact h' hm

instance decidableBEx (p : α → Prop) [DecidablePred p] :
    ∀ l : List α, Decidable (Exists fun x => x ∈ l ∧ p x)
  | [] => isFalse (fun ⟨_, hm, _⟩ => nomatch hm)
  | x :: xs =>
    if h₁ : p x then isTrue ⟨x, Mem.head xs, h₁⟩ else
      match decidableBEx p xs with
      | isTrue h₂ => isTrue (match h₂ with | ⟨y, hm, hp⟩ => ⟨y, Mem.tail x hm, hp⟩)
      | isFalse h₂ => isFalse fun ⟨y, hm, hp⟩ => by
        cases hm with
        | head => exact h₁ hp
        | tail _ h => exact h₂ ⟨y, h, hp⟩

instance decidableBAll (p : α → Prop) [DecidablePred p] :
    ∀ l : List α, Decidable (∀ x, x ∈ l → p x)
  | [] => isTrue (fun _ hm => nomatch hm)
  | x :: xs =>
    if h₁ : p x then
      match decidableBAll p xs with
      | isTrue h₂ => isTrue fun y hm => by
        cases hm with
        | head => exact h₁
        | tail _ h => exact h₂ y h
      | isFalse h₂ => isFalse fun H => h₂ fun y hm => H y (Mem.tail x hm)
    else isFalse fun H => h₁ (H x (Mem.head xs))

/-! ## Sublists: take, drop, takeWhile, dropWhile -/

/-- The first `n` elements. -/
def take : (n : Nat) → (xs : List α) → List α
  | 0,   _     => []
  | _+1, []    => []
  | n+1, a::as => a :: take n as

@[simp] theorem take_nil {i : Nat} : ([] : List α).take i = [] := by cases i <;> rfl
@[simp] theorem take_zero {l : List α} : l.take 0 = [] := rfl
@[simp] theorem take_succ_cons {a : α} {as : List α} {i : Nat} :
    (a::as).take (i+1) = a :: as.take i := rfl

/-- All but the first `n` elements. -/
def drop : (n : Nat) → (xs : List α) → List α
  | 0,   as     => as
  | _+1, []    => []
  | n+1, _::as => drop n as

@[simp] theorem drop_nil {i : Nat} : ([] : List α).drop i = [] := by cases i <;> rfl
@[simp] theorem drop_zero {l : List α} : l.drop 0 = l := rfl
@[simp] theorem drop_succ_cons {a : α} {l : List α} {i : Nat} : (a :: l).drop (i + 1) = l.drop i := rfl

theorem drop_eq_nil_of_le {as : List α} {i : Nat} (h : as.length ≤ i) : as.drop i = [] := by
  induction as generalizing i with
  | nil => exact drop_nil
  | cons a as ih =>
    cases i with
    | zero => exact absurd h (Nat.not_succ_le_zero _)
    | succ i => exact ih (Nat.le_of_succ_le_succ h)

/-- The longest prefix on which `p` is `true`. -/
def takeWhile (p : α → Bool) : (xs : List α) → List α
  | []       => []
  | hd :: tl => match p hd with
   | true  => hd :: takeWhile p tl
   | false => []

@[simp] theorem takeWhile_nil {p : α → Bool} : ([] : List α).takeWhile p = [] := rfl

/-- Drop the longest prefix on which `p` is `true`. -/
def dropWhile (p : α → Bool) : List α → List α
  | []   => []
  | a::l => match p a with
    | true  => dropWhile p l
    | false => a::l

@[simp] theorem dropWhile_nil {p : α → Bool} : ([] : List α).dropWhile p = [] := rfl

/-- All but the last element. -/
def dropLast {α} : List α → List α
  | []    => []
  | [_]   => []
  | a::as => a :: dropLast as

@[simp] theorem dropLast_nil : ([] : List α).dropLast = [] := rfl
@[simp] theorem dropLast_singleton {x : α} : [x].dropLast = [] := rfl
@[simp] theorem dropLast_cons_cons {x y : α} {zs : List α} :
    (x::y::zs).dropLast = x :: (y::zs).dropLast := rfl

/-! ## Subset and sublists -/

/-- Every element of the first list is in the second. -/
protected def Subset (l₁ l₂ : List α) := ∀ ⦃a : α⦄, a ∈ l₁ → a ∈ l₂

/-- The first list is a (not necessarily contiguous) subsequence of the second. -/
inductive Sublist {α} : List α → List α → Prop
  /-- `[]` is a sublist of `[]`. -/
  | slnil : Sublist [] []
  /-- Dropping an element of the bigger list. -/
  | cons a : Sublist l₁ l₂ → Sublist l₁ (a :: l₂)
  /-- Keeping an element in both lists. -/
  | cons_cons a : Sublist l₁ l₂ → Sublist (a :: l₁) (a :: l₂)

@[inherit_doc] scoped infixl:50 " <+ " => Sublist

/-- `l₁` is a prefix of `l₂`. -/
def IsPrefix (l₁ : List α) (l₂ : List α) : Prop := Exists fun t => l₁ ++ t = l₂

@[inherit_doc] infixl:50 " <+: " => IsPrefix

/-- `l₁` is a suffix of `l₂`. -/
def IsSuffix (l₁ : List α) (l₂ : List α) : Prop := Exists fun t => t ++ l₁ = l₂

@[inherit_doc] infixl:50 " <:+ " => IsSuffix

/-- `l₁` is a contiguous sublist of `l₂`. -/
def IsInfix (l₁ : List α) (l₂ : List α) : Prop := Exists fun s => Exists fun t => s ++ l₁ ++ t = l₂

@[inherit_doc] infixl:50 " <:+: " => IsInfix

/-! ## Pairwise relations -/

/-- Every element is related by `R` to every later element. -/
inductive Pairwise (R : α → α → Prop) : List α → Prop
  /-- The empty list is pairwise related. -/
  | nil : Pairwise R []
  /-- `a :: l` is pairwise related when `a` is related to all of `l` and `l` is. -/
  | cons : ∀ {a : α} {l : List α}, (∀ a', a' ∈ l → R a a') → Pairwise R l → Pairwise R (a :: l)

attribute [simp] Pairwise.nil

@[simp] theorem pairwise_cons {R : α → α → Prop} {a : α} {l : List α} :
    Pairwise R (a::l) ↔ (∀ a', a' ∈ l → R a a') ∧ Pairwise R l :=
  ⟨fun h => match h with | .cons h₁ h₂ => ⟨h₁, h₂⟩, fun h => .cons h.1 h.2⟩

instance instDecidablePairwise {R : α → α → Prop} [DecidableRel R] :
    (l : List α) → Decidable (Pairwise R l)
  | [] => isTrue .nil
  | hd :: tl =>
    match instDecidablePairwise tl with
    | isTrue ht =>
      match decidableBAll (R hd) tl with
      | isFalse hf => isFalse fun hf' => hf (pairwise_cons.1 hf').1
      | isTrue ht' => isTrue (pairwise_cons.2 ⟨ht', ht⟩)
    | isFalse hf => isFalse fun h => hf (pairwise_cons.1 h).2

/-- No element occurs twice. -/
def Nodup : List α → Prop := Pairwise (· ≠ ·)

instance nodupDecidable [DecidableEq α] : ∀ l : List α, Decidable (Nodup l) :=
  instDecidablePairwise

/-! ## Manipulating elements -/

/-- Remove the first element equal to `a`. -/
protected def erase {α} [BEq α] : List α → α → List α
  | [],    _ => []
  | a::as, b => match a == b with
    | true  => as
    | false => a :: List.erase as b

@[simp] theorem erase_nil [BEq α] (a : α) : [].erase a = [] := rfl

/-- The first element satisfying `p`, if any. -/
def find? (p : α → Bool) : List α → Option α
  | []    => none
  | a::as => match p a with
    | true  => some a
    | false => find? p as

@[simp] theorem find?_nil {p : α → Bool} : ([] : List α).find? p = none := rfl
theorem find?_cons {a : α} {as : List α} {p : α → Bool} :
    (a::as).find? p = match p a with | true => some a | false => as.find? p := rfl

/-- The number of elements satisfying `p`. -/
@[inline] def countP (p : α → Bool) (l : List α) : Nat := go l 0 where
  /-- `countP.go p l acc = countP p l + acc`. -/
  @[specialize] go : List α → Nat → Nat
  | [], acc => acc
  | x :: xs, acc => bif p x then go xs (acc + 1) else go xs acc

/-- The number of occurrences of `a`. -/
@[inline] def count [BEq α] (a : α) : List α → Nat := countP (· == a)

/-- The value of the first pair whose key is `a`. -/
def lookup [BEq α] : α → List (α × β) → Option β
  | _, []           => none
  | a, (k, b) :: as => match a == k with
    | true  => some b
    | false => lookup a as

@[simp] theorem lookup_nil [BEq α] {a : α} : ([] : List (α × β)).lookup a = none := rfl

/-! ## Logical operations -/

/-- `true` when `p` holds for some element. -/
def any : (l : List α) → (p : α → Bool) → Bool
  | [], _ => false
  | h :: t, p => p h || any t p

@[simp] theorem any_nil {f : α → Bool} : [].any f = false := rfl
@[simp] theorem any_cons {a : α} {l : List α} {f : α → Bool} : (a::l).any f = (f a || l.any f) := rfl

/-- `true` when `p` holds for every element. -/
def all : List α → (α → Bool) → Bool
  | [], _ => true
  | h :: t, p => p h && all t p

@[simp] theorem all_nil {f : α → Bool} : [].all f = true := rfl
@[simp] theorem all_cons {a : α} {l : List α} {f : α → Bool} : (a::l).all f = (f a && l.all f) := rfl

/-- Disjunction of a list of booleans. -/
def or (bs : List Bool) : Bool := bs.any id

@[simp] theorem or_nil : [].or = false := rfl
@[simp] theorem or_cons {a : Bool} {l : List Bool} : (a::l).or = (a || l.or) := rfl

/-- Conjunction of a list of booleans. -/
def and (bs : List Bool) : Bool := bs.all id

@[simp] theorem and_nil : [].and = true := rfl
@[simp] theorem and_cons {a : Bool} {l : List Bool} : (a::l).and = (a && l.and) := rfl

/-! ## Zippers -/

/-- Combine two lists elementwise with `f`, up to the shorter length. -/
@[specialize] def zipWith (f : α → β → γ) : (xs : List α) → (ys : List β) → List γ
  | x::xs, y::ys => f x y :: zipWith f xs ys
  | _,     _     => []

@[simp] theorem zipWith_nil_left {f : α → β → γ} {l : List β} : zipWith f [] l = [] := rfl
@[simp] theorem zipWith_nil_right {f : α → β → γ} {l : List α} : zipWith f l [] = [] := by
  cases l <;> rfl
@[simp] theorem zipWith_cons_cons {f : α → β → γ} {a : α} {as : List α} {b : β} {bs : List β} :
    zipWith f (a :: as) (b :: bs) = f a b :: zipWith f as bs := rfl

/-- Pair up the elements of two lists, up to the shorter length. -/
def zip : List α → List β → List (Prod α β) :=
  zipWith Prod.mk

@[simp] theorem zip_nil_left {l : List β} : zip ([] : List α) l = [] := rfl
@[simp] theorem zip_nil_right {l : List α} : zip l ([] : List β) = [] := by cases l <;> rfl
@[simp] theorem zip_cons_cons {a : α} {as : List α} {b : β} {bs : List β} :
    zip (a :: as) (b :: bs) = (a, b) :: zip as bs := rfl

/-- Split a list of pairs. -/
def unzip : (l : List (α × β)) → List α × List β
  | []          => ([], [])
  | (a, b) :: t => match unzip t with | (as, bs) => (a::as, b::bs)

@[simp] theorem unzip_nil : ([] : List (α × β)).unzip = ([], []) := rfl

/-! ## Sums and ranges -/

/-- The sum of the elements. -/
def sum {α} [Add α] [Zero α] : List α → α :=
  foldr (· + ·) 0

@[simp] theorem sum_nil [Add α] [Zero α] : ([] : List α).sum = 0 := rfl
@[simp] theorem sum_cons [Add α] [Zero α] {a : α} {l : List α} : (a::l).sum = a + l.sum := rfl
theorem sum_eq_foldr [Add α] [Zero α] {l : List α} : l.sum = l.foldr (· + ·) 0 := rfl

/-- `[0, 1, ..., n - 1]`. -/
def range (n : Nat) : List Nat :=
  loop n []
where
  /-- `range.loop n acc = range n ++ acc`. -/
  loop : Nat → List Nat → List Nat
  | 0,   acc => acc
  | n+1, acc => loop n (n::acc)

@[simp] theorem range_zero : range 0 = [] := rfl

/-- `[start, start + step, ..., start + (len - 1) * step]`. -/
def range' : (start len : Nat) → (step : Nat := 1) → List Nat
  | _, 0, _ => []
  | s, n+1, step => s :: range' (s+step) n step

@[simp] theorem range'_zero {s step : Nat} : range' s 0 step = [] := rfl
theorem range'_succ {s n step : Nat} : range' s (n + 1) step = s :: range' (s + step) n step := rfl

end List
