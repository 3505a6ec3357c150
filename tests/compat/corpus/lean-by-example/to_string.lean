-- Source: lean-ja/lean-by-example, LeanByExample/TypeClass/ToString.lean (MIT; Japanese prose comments
-- omitted; its `import Lean --#` line is the book's build support, not used by the code)
inductive MyList (α : Type) where
  | nil : MyList α
  | cons (hd : α) (tl : MyList α) : MyList α

namespace MyList

  variable {α : Type}

  protected def toString [ToString α] : MyList α → String
    | nil => "[]"
    | ls@(cons _hd _tail) =>
      "[" ++ helper ls ++ "]"
  where
    helper : MyList α → String
      | nil => ""
      | cons hd .nil => toString hd
      | cons hd tail => toString hd ++ ", " ++ helper tail

  instance [ToString α] : ToString (MyList α) where
    toString := MyList.toString

  #guard (toString <| MyList.cons 1 (MyList.nil)) = "[1]"
  #guard (toString <| MyList.cons 1 (MyList.cons 2 (MyList.nil))) = "[1, 2]"

end MyList
