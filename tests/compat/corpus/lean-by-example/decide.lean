-- Source: lean-ja/lean-by-example, LeanByExample/Tactic/Decide.lean (MIT; Japanese prose comments omitted)
#check (decide : (P : Prop) → [Decidable P] → Bool)

example : 1 + 1 = 2 := by decide

example : 5 * 7 ≤ 21 + 19 := by decide

example : 11 ∣ 121 := by decide

/--
error: Tactic `decide` proved that the proposition
  15 ∣ 21
is false
-/
#guard_msgs in --#
example : 15 ∣ 21 := by decide

def Odd (n : Int) : Prop := ∃ t : Int, n = 2 * t + 1

example : Odd (7 : Int) := by
  fail_if_success decide
  exists 3

instance (n : Int) : Decidable (Odd n) := by
  refine decidable_of_iff (n % 2 = 1) ?_
  dsimp [Odd]
  constructor <;> intro h
  · exists (n / 2)
    omega
  · obtain ⟨t, th⟩ := h
    rw [th]
    omega

theorem odd_seven : Odd (7 : Int) := by
  decide

def String.padWith (s : String) (c : Char) (n : Nat) : String :=
  if n ≤ s.length then
    s
  else
    (c.toString ++ s).padWith c n
termination_by n - s.length

#guard String.padWith "abc" 'x' 5 = "xxabc"

example : String.padWith "abc" 'x' 5 = "xxabc" := by
  fail_if_success decide
  native_decide
