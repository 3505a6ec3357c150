import Sets.Image

/-!
# Deterministic finite automata

An automaton has a start state, a transition function and a set of accepting
states. Running it on a word folds the transition over the letters; the word
is accepted when the run ends in an accepting state.
-/

namespace Automata

open Sets Set

/-- A deterministic automaton with letters `σ` and states `Q`. -/
structure DFA (σ Q : Type) where
  start : Q
  step : Q → σ → Q
  accept : Q → Bool

namespace DFA

variable {σ Q : Type} (M : DFA σ Q)

/-- The state reached from `q` after reading `w`. -/
def run (q : Q) : List σ → Q
  | [] => q
  | a :: w => run (M.step q a) w

/-- Whether `M` accepts `w`. -/
def accepts (w : List σ) : Bool := M.accept (M.run M.start w)

/-- The words `M` accepts. -/
def lang : Set (List σ) := setOf fun w => M.accepts w = true

theorem run_nil (q : Q) : M.run q [] = q := rfl

theorem run_cons (q : Q) (a : σ) (w : List σ) : M.run q (a :: w) = M.run (M.step q a) w := rfl

theorem run_singleton (q : Q) (a : σ) : M.run q [a] = M.step q a := rfl

theorem run_append (q : Q) (u v : List σ) : M.run q (u ++ v) = M.run (M.run q u) v := by
  induction u generalizing q with
  | nil => rfl
  | cons a u ih => exact ih (M.step q a)

theorem run_append_singleton (q : Q) (w : List σ) (a : σ) :
    M.run q (w ++ [a]) = M.step (M.run q w) a := by sorry

theorem accepts_def (w : List σ) : M.accepts w = M.accept (M.run M.start w) := rfl

theorem mem_lang (w : List σ) : w ∈ M.lang ↔ M.accepts w = true := Iff.rfl

theorem nil_mem_lang_iff : [] ∈ M.lang ↔ M.accept M.start = true := Iff.rfl

theorem accepts_append (u v : List σ) : M.accepts (u ++ v) = M.accept (M.run (M.run M.start u) v) := by
  rw [accepts_def, run_append]

/-- The same automaton, started in `q`. -/
def startAt (q : Q) : DFA σ Q := { M with start := q }

theorem startAt_run (q p : Q) (w : List σ) : (M.startAt q).run p w = M.run p w := by
  induction w generalizing p with
  | nil => rfl
  | cons a w ih => exact ih _

theorem accepts_startAt (q : Q) (w : List σ) : (M.startAt q).accepts w = M.accept (M.run q w) := by
  show M.accept ((M.startAt q).run q w) = _
  rw [startAt_run]

theorem mem_lang_append (u v : List σ) : u ++ v ∈ M.lang ↔ v ∈ (M.startAt (M.run M.start u)).lang := by sorry

/-- A state is reachable when some word leads to it from the start. -/
def Reachable (q : Q) : Prop := ∃ w, M.run M.start w = q

theorem start_reachable : M.Reachable M.start := ⟨[], rfl⟩

theorem reachable_step {q : Q} (h : M.Reachable q) (a : σ) : M.Reachable (M.step q a) := by
  obtain ⟨w, hw⟩ := h
  refine ⟨w ++ [a], ?_⟩
  rw [run_append, hw, run_singleton]

theorem reachable_run {q : Q} (h : M.Reachable q) (w : List σ) : M.Reachable (M.run q w) := by sorry

theorem run_const {q : Q} (h : ∀ a, M.step q a = q) (w : List σ) : M.run q w = q := by
  induction w with
  | nil => rfl
  | cons a w ih => rw [run_cons, h a, ih]

theorem lang_eq_of_accept_eq {N : DFA σ Q} (hs : M.start = N.start) (ht : M.step = N.step)
    (ha : M.accept = N.accept) : M.lang = N.lang := by
  cases M
  cases N
  simp only at hs ht ha
  rw [hs, ht, ha]

/-- The automaton accepting every word. -/
def all (σ : Type) : DFA σ Unit := ⟨(), fun _ _ => (), fun _ => true⟩

/-- The automaton accepting no word. -/
def none (σ : Type) : DFA σ Unit := ⟨(), fun _ _ => (), fun _ => false⟩

theorem lang_all : (all σ).lang = univ := by
  apply ext
  intro w
  simp only [mem_univ, iff_true]
  rfl

theorem lang_none : (none σ).lang = ∅ := by
  apply ext
  intro w
  simp only [mem_empty, iff_false]
  intro h
  cases h

end DFA

end Automata
