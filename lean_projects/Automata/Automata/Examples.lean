import Automata.Closure

/-!
# Example automata

Concrete automata and what they recognise: words over `Bool` with an even
number of `true`s, words whose length is a multiple of three, and words
containing a `true`.
-/

namespace Automata

open Sets Set DFA

/-- How many letters of `w` are `true`. -/
def countTrue : List Bool → Nat
  | [] => 0
  | a :: w => (if a then 1 else 0) + countTrue w

/-- Whether `w` has an odd number of `true`s. -/
def oddTrue : List Bool → Bool
  | [] => false
  | a :: w => a ^^ oddTrue w

/-- The state records the parity of the `true`s read so far. -/
def parity : DFA Bool Bool := ⟨false, fun q a => q ^^ a, fun q => !q⟩

theorem countTrue_nil : countTrue [] = 0 := rfl

theorem countTrue_cons_true (w : List Bool) : countTrue (true :: w) = countTrue w + 1 := by
  simp [countTrue]
  omega

theorem countTrue_cons_false (w : List Bool) : countTrue (false :: w) = countTrue w := by
  simp [countTrue]

theorem countTrue_append (u v : List Bool) : countTrue (u ++ v) = countTrue u + countTrue v := by
  induction u with
  | nil => simp [countTrue]
  | cons a u ih =>
    rw [List.cons_append, countTrue, countTrue, ih]
    omega

theorem countTrue_le_length (w : List Bool) : countTrue w ≤ w.length := by sorry

theorem xor_assoc' (a b c : Bool) : (a ^^ b ^^ c) = (a ^^ (b ^^ c)) := by
  cases a <;> cases b <;> cases c <;> rfl

theorem parity_run (q : Bool) (w : List Bool) : parity.run q w = (q ^^ oddTrue w) := by
  induction w generalizing q with
  | nil => cases q <;> rfl
  | cons a w ih =>
    rw [run_cons, ih]
    show (q ^^ a ^^ oddTrue w) = (q ^^ (a ^^ oddTrue w))
    rw [xor_assoc']

theorem oddTrue_iff (w : List Bool) : oddTrue w = true ↔ countTrue w % 2 = 1 := by
  induction w with
  | nil => simp [oddTrue, countTrue]
  | cons a w ih =>
    cases a
    · rw [countTrue_cons_false, ← ih]
      simp [oddTrue]
    · rw [countTrue_cons_true]
      cases h : oddTrue w
      · rw [h] at ih
        simp at ih
        simp [oddTrue, h]
        omega
      · rw [h] at ih
        simp at ih
        simp [oddTrue, h]
        omega

theorem parity_accepts (w : List Bool) : parity.accepts w = !oddTrue w := by
  show (!parity.run false w) = !oddTrue w
  rw [parity_run]
  cases oddTrue w <;> rfl

theorem parity_lang (w : List Bool) : w ∈ parity.lang ↔ countTrue w % 2 = 0 := by
  rw [mem_lang, parity_accepts]
  have := oddTrue_iff w
  cases h : oddTrue w
  · rw [h] at this
    simp at this
    simp
    omega
  · rw [h] at this
    simp at this
    simp
    omega

theorem parity_example : parity.accepts [true, false, true] = true := by sorry

/-- Counts the letters mod 3. -/
def mod3 (σ : Type) : DFA σ Nat := ⟨0, fun q _ => (q + 1) % 3, fun q => q == 0⟩

theorem mod3_run (σ : Type) (q : Nat) (h : q < 3) (w : List σ) :
    (mod3 σ).run q w = (q + w.length) % 3 := by
  induction w generalizing q with
  | nil =>
    simp [run_nil]
    omega
  | cons a w ih =>
    show (mod3 σ).run ((q + 1) % 3) w = _
    rw [ih _ (Nat.mod_lt _ (by omega)), List.length_cons]
    omega

theorem mod3_lang (σ : Type) (w : List σ) : w ∈ (mod3 σ).lang ↔ w.length % 3 = 0 := by
  rw [mem_lang]
  show ((mod3 σ).run 0 w == 0) = true ↔ _
  rw [mod3_run σ 0 (by omega), Nat.zero_add]
  simp

theorem mod3_append_three (σ : Type) (w : List σ) (a b c : σ) :
    w ++ [a, b, c] ∈ (mod3 σ).lang ↔ w ∈ (mod3 σ).lang := by sorry

/-- Remembers whether a `true` was read. -/
def seenTrue : DFA Bool Bool := ⟨false, fun q a => q || a, fun q => q⟩

theorem seenTrue_run_true (w : List Bool) : seenTrue.run true w = true :=
  run_const seenTrue (fun _ => rfl) w

theorem seenTrue_lang (w : List Bool) : w ∈ seenTrue.lang ↔ true ∈ w := by
  rw [mem_lang]
  show seenTrue.run false w = true ↔ true ∈ w
  induction w with
  | nil => simp [run_nil]
  | cons a w ih =>
    cases a
    · rw [run_cons]
      show seenTrue.run false w = true ↔ _
      rw [ih]
      simp
    · rw [run_cons]
      show seenTrue.run true w = true ↔ _
      rw [seenTrue_run_true]
      simp

theorem seenTrue_append_mem (u v : List Bool) (h : u ∈ seenTrue.lang) : u ++ v ∈ seenTrue.lang := by sorry

theorem parity_and_seen_example : (parity.prod seenTrue (· && ·)).accepts [true, true] = true := by
  rfl

end Automata
