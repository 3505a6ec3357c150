/-! Lists: `[a, b]`, `::`, `++`, dot notation (`xs.length`), `∈`, and the List lemmas under their real
names. Lemmas whose argument explicitness changed across Lean versions are used through `rw`/`simp only`
or `..`, which work whatever the binder kinds are. -/

theorem lit_length : [1, 2, 3].length = 3 := rfl
theorem lit_append : [1, 2] ++ [3] = [1, 2, 3] := rfl
theorem lit_cons : 1 :: [2, 3] = [1, 2, 3] := rfl
theorem lit_reverse : [1, 2, 3].reverse = [3, 2, 1] := rfl
theorem lit_map : [1, 2, 3].map (· + 1) = [2, 3, 4] := rfl
theorem lit_map_decide : [1, 2, 3].map (fun x => x * 2) = [2, 4, 6] := by decide
theorem lit_head? : [1, 2, 3].head? = some 1 := rfl
theorem lit_sum : [1, 2, 3].sum = 6 := rfl
theorem lit_filter : [1, 2, 3].filter (· > 1) = [2, 3] := by decide
theorem lit_contains : [1, 2, 3].contains 2 = true := rfl
theorem lit_mem_decide : 2 ∈ [1, 2, 3] := by decide
theorem lit_mem_simp : 2 ∈ [1, 2, 3] := by simp
theorem lit_ne_nil : [1, 2, 3] ≠ [] := by simp
theorem lit_nil_length : ([] : List Nat).length = 0 := rfl
theorem lit_range : List.range 3 = [0, 1, 2] := rfl
theorem lit_foldl : [1, 2, 3].foldl (· + ·) 0 = 6 := rfl
theorem lit_all : [1, 2, 3].all (· > 0) = true := rfl
theorem lit_any : [1, 2, 3].any (· > 2) = true := rfl
theorem lit_flatten : [[1], [2, 3]].flatten = [1, 2, 3] := rfl
theorem lit_getLast? : [1, 2, 3].getLast? = some 3 := rfl
theorem lit_isEmpty : [1, 2, 3].isEmpty = false := rfl
theorem singleton_append' {α : Type} (x : α) (xs : List α) : [x] ++ xs = x :: xs := rfl

section
variable {α β γ : Type}

theorem use_append_nil (xs : List α) : xs ++ [] = xs := List.append_nil xs
theorem use_nil_append (xs : List α) : [] ++ xs = xs := List.nil_append xs
theorem use_append_assoc (xs ys zs : List α) : xs ++ ys ++ zs = xs ++ (ys ++ zs) :=
  List.append_assoc xs ys zs
theorem use_map_id (xs : List α) : xs.map id = xs := List.map_id xs
theorem use_reverse_reverse (xs : List α) : xs.reverse.reverse = xs := List.reverse_reverse xs
theorem use_length_append (xs ys : List α) : (xs ++ ys).length = xs.length + ys.length :=
  List.length_append ..
theorem rw_length_append (xs ys : List α) : (xs ++ ys).length = xs.length + ys.length := by
  rw [List.length_append]
theorem simp_only_length_append (xs ys : List α) : (xs ++ ys).length = ys.length + xs.length := by
  simp only [List.length_append, Nat.add_comm]
theorem rw_length_cons (a : α) (xs : List α) : (a :: xs).length = xs.length + 1 := by
  rw [List.length_cons]
theorem length_cons_rfl (a : α) (xs : List α) : (a :: xs).length = xs.length + 1 := rfl
theorem rw_cons_append (a : α) (xs ys : List α) : (a :: xs) ++ ys = a :: (xs ++ ys) := by
  rw [List.cons_append]
theorem rw_length_map (f : α → β) (xs : List α) : (xs.map f).length = xs.length := by
  rw [List.length_map]
theorem rw_map_append (f : α → β) (xs ys : List α) : (xs ++ ys).map f = xs.map f ++ ys.map f := by
  rw [List.map_append]
theorem rw_map_map (f : α → β) (g : β → γ) (xs : List α) : (xs.map f).map g = xs.map (g ∘ f) := by
  rw [List.map_map]
theorem rw_reverse_append (xs ys : List α) : (xs ++ ys).reverse = ys.reverse ++ xs.reverse := by
  rw [List.reverse_append]
theorem rw_length_reverse (xs : List α) : xs.reverse.length = xs.length := by
  rw [List.length_reverse]
theorem rw_mem_cons (a b : α) (xs : List α) : a ∈ b :: xs ↔ a = b ∨ a ∈ xs := by
  rw [List.mem_cons]
theorem rw_mem_append (a : α) (xs ys : List α) : a ∈ xs ++ ys ↔ a ∈ xs ∨ a ∈ ys := by
  rw [List.mem_append]
theorem mem_cons_self' (a : α) (xs : List α) : a ∈ a :: xs := by simp
theorem mem_cons_of_mem' (a b : α) (xs : List α) (h : a ∈ xs) : a ∈ b :: xs := by simp [h]
theorem not_mem_nil' (a : α) : ¬a ∈ ([] : List α) := by simp
theorem use_length_filter_le (p : α → Bool) (xs : List α) : (xs.filter p).length ≤ xs.length :=
  List.length_filter_le p xs
theorem length_eq_zero' (xs : List α) : xs.length = 0 ↔ xs = [] := by simp
theorem length_pos_of_ne_nil' (xs : List α) (h : xs ≠ []) : 0 < xs.length := List.length_pos_iff.mpr h

theorem length_append_simp (xs ys : List α) : (xs ++ ys).length = xs.length + ys.length := by simp
theorem append_nil_simp (xs : List α) : (xs ++ []).length = xs.length := by simp
theorem length_map_simp (f : α → β) (xs : List α) : (xs.map f).length = xs.length := by simp
theorem map_id_simp (xs : List α) : xs.map id = xs := by simp
theorem map_id_fun_simp (xs : List α) : xs.map (fun x => x) = xs := by simp
theorem reverse_reverse_simp (xs : List α) : xs.reverse.reverse = xs := by simp
theorem take_drop_simp (n : Nat) (xs : List α) : xs.take n ++ xs.drop n = xs := by simp
theorem length_replicate_simp (n : Nat) (a : α) : (List.replicate n a).length = n := by simp
end

theorem mem_lit_iff (x : Nat) : x ∈ [1, 2, 3] ↔ x = 1 ∨ x = 2 ∨ x = 3 := by simp
theorem sum_append' (xs ys : List Nat) : (xs ++ ys).sum = xs.sum + ys.sum := by simp
theorem sum_map_zero (xs : List Nat) : (xs.map (fun _ => 0)).sum = 0 := by
  induction xs with
  | nil => rfl
  | cons x xs ih => simp [ih]

/-! Constructor reasoning on lists. -/
theorem cons_ne_nil_cases (x : Nat) (xs : List Nat) (h : x :: xs = []) : False := by cases h
theorem cons_ne_nil_simp (x : Nat) (xs : List Nat) (h : x :: xs = []) : False := by simp at h
theorem cons_ne_nil_nomatch (x : Nat) (xs : List Nat) (h : x :: xs = []) : False := nomatch h
theorem cons_ne_nil_contra (x : Nat) (xs : List Nat) (h : x :: xs = []) : False := by contradiction
theorem cons_inj_injection (a b : Nat) (xs ys : List Nat) (h : a :: xs = b :: ys) : a = b := by
  injection h
theorem cons_inj_term (a b : Nat) (xs ys : List Nat) (h : a :: xs = b :: ys) : a = b := (List.cons.inj h).1
theorem cons_inj_simp (a b : Nat) (xs ys : List Nat) (h : a :: xs = b :: ys) : a = b := by
  simp at h
  exact h.1

/-! User-defined list functions and proofs by induction (Software Foundations "Lists"). -/
def mylen {α : Type} : List α → Nat
  | [] => 0
  | _ :: xs => mylen xs + 1

theorem mylen_append {α : Type} (xs ys : List α) : mylen (xs ++ ys) = mylen xs + mylen ys := by
  induction xs with
  | nil => simp [mylen]
  | cons x xs ih => simp [mylen, ih]; omega

def rev {α : Type} : List α → List α
  | [] => []
  | x :: xs => rev xs ++ [x]

theorem rev_append {α : Type} (xs ys : List α) : rev (xs ++ ys) = rev ys ++ rev xs := by
  induction xs with
  | nil => simp [rev]
  | cons x xs ih => simp [rev, ih, List.append_assoc]

theorem rev_rev {α : Type} (xs : List α) : rev (rev xs) = xs := by
  induction xs with
  | nil => rfl
  | cons x xs ih => simp [rev, rev_append, ih]

theorem rev_eq_reverse {α : Type} (xs : List α) : rev xs = xs.reverse := by
  induction xs with
  | nil => rfl
  | cons x xs ih => simp [rev, ih]

def sumList : List Nat → Nat
  | [] => 0
  | x :: xs => x + sumList xs

theorem sumList_lit : sumList [1, 2, 3] = 6 := rfl
theorem sumList_lit_decide : sumList [1, 2, 3] = 6 := by decide
theorem sumList_lit_simp : sumList [1, 2, 3] = 6 := by simp [sumList]
theorem sumList_append (xs ys : List Nat) : sumList (xs ++ ys) = sumList xs + sumList ys := by
  induction xs with
  | nil => simp [sumList]
  | cons x xs ih => simp [sumList, ih, Nat.add_assoc]

theorem length_append_manual {α : Type} (xs ys : List α) :
    (xs ++ ys).length = xs.length + ys.length := by
  induction xs with
  | nil => simp
  | cons x xs ih => simp [ih, Nat.succ_add]

theorem mem_map_of_mem' (f : Nat → Nat) (xs : List Nat) (x : Nat) (h : x ∈ xs) : f x ∈ xs.map f := by
  simp
  exact ⟨x, h, rfl⟩

theorem le_sum_of_mem (xs : List Nat) (x : Nat) (h : x ∈ xs) : x ≤ xs.sum := by
  induction xs with
  | nil => simp at h
  | cons y ys ih =>
    simp at h
    rcases h with h | h
    · subst h; simp
    · have := ih h; simp; omega
