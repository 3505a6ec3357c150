/-! Lists of our own. -/

inductive MyList (α : Type) where
  | nil : MyList α
  | cons : α → MyList α → MyList α

namespace MyList

def append {α : Type} : MyList α → MyList α → MyList α
  | nil, ys => ys
  | cons x xs, ys => cons x (append xs ys)

def length {α : Type} : MyList α → Nat
  | nil => 0
  | cons _ xs => length xs + 1

theorem append_nil {α : Type} (xs : MyList α) : append xs nil = xs := by sorry

theorem append_assoc {α : Type} (xs ys zs : MyList α) :
    append (append xs ys) zs = append xs (append ys zs) := by sorry

theorem length_append {α : Type} (xs ys : MyList α) :
    length (append xs ys) = length xs + length ys := by sorry

def map {α β : Type} (f : α → β) : MyList α → MyList β
  | nil => nil
  | cons x xs => cons (f x) (map f xs)

theorem length_map {α β : Type} (f : α → β) (xs : MyList α) : length (map f xs) = length xs := by sorry

theorem map_append {α β : Type} (f : α → β) (xs ys : MyList α) :
    map f (append xs ys) = append (map f xs) (map f ys) := by sorry

end MyList
