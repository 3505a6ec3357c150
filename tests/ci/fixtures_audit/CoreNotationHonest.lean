-- Same shape: a new operator and a macro_rules over the file's own notation.
def twice (n : Nat) : Nat := n + n
infixl:65 " +' " => fun (a b : Nat) => a + b
syntax "dbl " term:max : term
macro_rules | `(dbl $n) => `(twice $n)
theorem weird : 1 +' 1 = 2 := rfl
theorem one_is_two : dbl 1 = 2 := rfl
