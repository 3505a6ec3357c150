-- Source: lean-ja/lean-by-example, LeanByExample/Tactic/Calc.lean (MIT), the part from section
-- "カスタマイズ" (customisation) on, which needs no Mathlib; Japanese prose comments omitted.
def same_abs (x y : Int) : Prop := x = y ∨ x = - y

infix:50 " ≡ " => same_abs

@[refl] theorem same_abs_refl (x : Int) : x ≡ x := by
  simp [same_abs]

set_option pp.mvars false

example (x : Int) : x ≡ x := calc
  _ ≡ x := by rfl

/--
error: invalid 'calc' step, failed to synthesize `Trans` instance
  Trans same_abs same_abs ?_

Hint: Additional diagnostic information may be available using the `set_option diagnostics true` command.
-/
#guard_msgs in --#
example {x y z : Int} (hxy : x ≡ y) (h : y = z) : x ≡ z := calc
  x ≡ y := hxy
  _ ≡ z := by rw [h]

def same_abs_trans {x y z : Int} (hxy : x ≡ y) (hyz : y ≡ z) : x ≡ z := by
  dsimp [same_abs]

  rcases hxy with hxy | hxy <;> rcases hyz with hyz | hyz

  all_goals omega

instance : Trans same_abs same_abs same_abs where
  trans := same_abs_trans

example {x y z : Int}(hxy : x ≡ y)(h : y = z) : x ≡ z := calc
  x ≡ y := hxy
  _ ≡ z := by rw [h]

example {x y z : Int} (hxy : x = y) (h : y = z) : x = z := by
  have : x = z := calc
    x = y := ?lem
    _ = z := by rw [h]
  assumption

  case lem =>
    rw [hxy]
