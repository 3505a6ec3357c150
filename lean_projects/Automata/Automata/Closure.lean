import Automata.DFA

/-!
# Closure properties

The languages of automata are closed under complement (swap accepting and
rejecting states) and under intersection and union (run two automata side by
side in the product construction).
-/

namespace Automata

open Sets Set

namespace DFA

variable {σ Q P : Type}

/-- Accept exactly the words `M` rejects. -/
def compl (M : DFA σ Q) : DFA σ Q := { M with accept := fun q => !M.accept q }

/-- Run `M` and `N` together; accept according to `f` of their verdicts. -/
def prod (M : DFA σ Q) (N : DFA σ P) (f : Bool → Bool → Bool) : DFA σ (Q × P) where
  start := (M.start, N.start)
  step := fun s a => (M.step s.1 a, N.step s.2 a)
  accept := fun s => f (M.accept s.1) (N.accept s.2)

theorem run_compl (M : DFA σ Q) (q : Q) (w : List σ) : M.compl.run q w = M.run q w := by
  induction w generalizing q with
  | nil => rfl
  | cons a w ih => exact ih _

theorem accepts_compl (M : DFA σ Q) (w : List σ) : M.compl.accepts w = !M.accepts w := by
  show (!M.accept (M.compl.run M.start w)) = _
  rw [run_compl]
  rfl

theorem lang_compl (M : DFA σ Q) : M.compl.lang = Set.compl M.lang := by
  apply ext
  intro w
  simp only [mem_lang, mem_compl, accepts_compl]
  generalize M.accepts w = p
  cases p <;> simp

theorem compl_compl (M : DFA σ Q) : M.compl.compl = M := by sorry

theorem run_prod (M : DFA σ Q) (N : DFA σ P) (f : Bool → Bool → Bool) (q : Q) (p : P) (w : List σ) :
    (M.prod N f).run (q, p) w = (M.run q w, N.run p w) := by
  induction w generalizing q p with
  | nil => rfl
  | cons a w ih => exact ih (M.step q a) (N.step p a)

theorem accepts_prod (M : DFA σ Q) (N : DFA σ P) (f : Bool → Bool → Bool) (w : List σ) :
    (M.prod N f).accepts w = f (M.accepts w) (N.accepts w) := by
  show (M.prod N f).accept ((M.prod N f).run (M.start, N.start) w) = _
  rw [run_prod]
  rfl

theorem lang_inter (M : DFA σ Q) (N : DFA σ P) :
    (M.prod N (· && ·)).lang = M.lang ∩ N.lang := by
  apply ext
  intro w
  simp only [mem_lang, mem_inter, accepts_prod]
  generalize M.accepts w = p
  generalize N.accepts w = q
  cases p <;> cases q <;> simp

theorem lang_union (M : DFA σ Q) (N : DFA σ P) :
    (M.prod N (· || ·)).lang = M.lang ∪ N.lang := by sorry

theorem lang_diff (M : DFA σ Q) (N : DFA σ P) :
    (M.prod N (fun a b => a && !b)).lang = M.lang \ N.lang := by
  apply ext
  intro w
  simp only [mem_lang, mem_sdiff, accepts_prod]
  generalize M.accepts w = p
  generalize N.accepts w = q
  cases p <;> cases q <;> simp

theorem lang_inter_comm (M : DFA σ Q) (N : DFA σ P) :
    (M.prod N (· && ·)).lang = (N.prod M (· && ·)).lang := by
  rw [lang_inter, lang_inter, inter_comm]

theorem lang_prod_subset_left (M : DFA σ Q) (N : DFA σ P) : (M.prod N (· && ·)).lang ⊆ M.lang := by
  rw [lang_inter]
  exact inter_subset_left _ _

theorem lang_subset_union_left (M : DFA σ Q) (N : DFA σ P) : M.lang ⊆ (M.prod N (· || ·)).lang := by sorry

theorem lang_compl_inter_self (M : DFA σ Q) : (M.prod M.compl (· && ·)).lang = ∅ := by
  rw [lang_inter, lang_compl, inter_compl_self]

/-- Two automata are equivalent when they accept the same words. -/
def Equivalent (M : DFA σ Q) (N : DFA σ P) : Prop := ∀ w, M.accepts w = N.accepts w

theorem equivalent_refl (M : DFA σ Q) : Equivalent M M := fun _ => rfl

theorem equivalent_symm {M : DFA σ Q} {N : DFA σ P} (h : Equivalent M N) : Equivalent N M :=
  fun w => (h w).symm

theorem equivalent_lang {M : DFA σ Q} {N : DFA σ P} (h : Equivalent M N) : M.lang = N.lang := by
  apply ext
  intro w
  rw [mem_lang, mem_lang, h w]

theorem equivalent_compl {M : DFA σ Q} {N : DFA σ P} (h : Equivalent M N) :
    Equivalent M.compl N.compl := by
  intro w
  rw [accepts_compl, accepts_compl, h w]

end DFA

end Automata
