/-! Commands `#check` and `#print axioms`. Each `-- out:` comment gives the exact message the command
on the line above must print (the coverage test compares them), so this file also pins how the core's
notation pretty-prints. -/

#check Nat.add_comm
-- out: Nat.add_comm (n m : Nat) : n + m = m + n
#check @Nat.le_trans
-- out: @Nat.le_trans : ∀ {n m k : Nat}, n ≤ m → m ≤ k → n ≤ k
#check Nat.lt_irrefl
-- out: Nat.lt_irrefl (n : Nat) : ¬n < n
#check and_comm
-- out: and_comm {a b : Prop} : a ∧ b ↔ b ∧ a
#check or_comm
-- out: or_comm {a b : Prop} : a ∨ b ↔ b ∨ a
#check Iff.rfl
-- out: Iff.rfl {a : Prop} : a ↔ a
#check (2 : Nat)
-- out: 2 : Nat
#check fun (x : Nat) => x + 1
-- out: fun x => x + 1 : Nat → Nat
#check ∀ x : Nat, ∃ y, y > x
-- out: ∀ (x : Nat), ∃ y, y > x : Prop
#check [1, 2, 3]
-- out: [1, 2, 3] : List Nat
#check 1 :: [2]
-- out: [1, 2] : List Nat
#check ([1] ++ [2]).length
-- out: ([1] ++ [2]).length : Nat
#check (true && false) || !true
-- out: true && false || !true : Bool
#check ¬ (1 = 2) ↔ 1 ≠ 2
-- out: ¬1 = 2 ↔ 1 ≠ 2 : Prop
#check (3 : Nat) - 2 * 4 / 1 % 2
-- out: 3 - 2 * 4 / 1 % 2 : Nat
#check fun (p q : Prop) => p ∧ q → q ∨ p
-- out: fun p q => p ∧ q → q ∨ p : Prop → Prop → Prop
#check ∃ x : Nat, x ≥ 1 ∧ x ≤ 2
-- out: ∃ x, x ≥ 1 ∧ x ≤ 2 : Prop
#check some 3
-- out: some 3 : Option Nat
#check True ∧ ¬False
-- out: True ∧ ¬False : Prop
#check fun (n : Nat) => Nat.succ n
-- out: fun n => n.succ : Nat → Nat

theorem one_add_one : 1 + 1 = 2 := rfl
#check one_add_one
-- out: one_add_one : 1 + 1 = 2
#print axioms one_add_one
-- out: 'one_add_one' does not depend on any axioms
theorem excluded_middle (p : Prop) : p ∨ ¬p := Classical.em p
#print axioms excluded_middle
-- out: 'excluded_middle' depends on axioms: [propext, Classical.choice, Quot.sound]
#print axioms Nat.add_comm
-- out: 'Nat.add_comm' does not depend on any axioms
#print axioms propext
-- out: 'propext' depends on axioms: [propext]
#eval 2 + 3
-- out: 5
#eval [1, 2, 3].map (· * 2)
-- out: [2, 4, 6]
#eval (1, "a")
-- out: (1, "a")
#reduce 2 + 3
-- out: 5
#guard 1 + 1 == 2
#guard !((2 : Nat) == 3)
#guard decide ("a" ++ "b" = "ab")
#guard !(decide ((3 : Nat) = 4))
#eval decide ((3 : Nat) = 3)
-- out: true
#eval "x" == "y"
-- out: false
