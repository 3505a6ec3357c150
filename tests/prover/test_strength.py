"""Prover strength (issue 12): dependency order, library premises, the symbolic layer, holes.

Each part has its own tests, on the real engine where Lean is involved (small files, the
portfolio generator, one worker).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from leanagent.lean.check import check_path
from leanagent.lean.dojo import Dojo, ProofFinished, ProofTarget, TacticState
from leanagent.prover.generators.base import Goal, Premise
from leanagent.prover.generators.portfolio import SYMBOLIC_MOVES, Portfolio, prop_atoms, tauto_script
from leanagent.prover.premises import declarations, library_premises
from leanagent.prover.prove import ProveOptions, collect_targets, prove_path
from leanagent.prover.schedule import Schedule
from leanagent.prover.search import SearchConfig
from leanagent.prover.workers import JobResult
from leanagent.prover.writeback import find_sorries, render_edit

FAST = {"workers": 1, "generator": "portfolio", "premises": False}

REV = """def rev {α : Type} : List α → List α
  | [] => []
  | x :: xs => rev xs ++ [x]

theorem rev_append {α : Type} (xs ys : List α) : rev (xs ++ ys) = rev ys ++ rev xs := by sorry

theorem rev_rev {α : Type} (xs : List α) : rev (rev xs) = xs := by sorry
"""


def statuses(report) -> dict[str, str]:
    return {t.name: t.status for t in report.theorems}


# --------------------------------------------------------------------------- 1. dependency order


def test_a_failure_is_retried_with_the_proof_found_above_it_in_its_context(tmp_path: Path):
    path = tmp_path / "Rev.lean"
    path.write_text(REV)
    (target,) = collect_targets(path)
    first, second = target.sorries
    found: dict = {}
    schedule = Schedule([(target, first), (target, second)], found, SearchConfig(time_limit=10.0))

    def make(target, thm, config):
        text, now = schedule.context_for(target, thm)
        return SimpleNamespace(text=text, theorem=now, config=config)

    jobs = schedule.first_pass(make)
    a, b = next(jobs), next(jobs)  # both start before either ends (two workers)
    assert a.theorem.name == "rev_append" and b.theorem.name == "rev_rev"
    assert "rev (xs ++ ys) = rev ys ++ rev xs := by sorry" in b.text  # nothing proved yet
    failed = JobResult(str(path), "rev_rev", second.line, "timeout", seconds=10.0)
    schedule.done(failed)
    assert schedule.may_retry(failed)  # a theorem above it is still open
    schedule.hold(SimpleNamespace(file=str(path), name="rev_rev"))
    found[(str(path), "rev_append")] = ("induction xs <;> simp_all [rev]",)
    schedule.done(JobResult(str(path), "rev_append", first.line, "proved", seconds=1.0))
    (retry,) = list(schedule.retries(make))
    assert schedule.released() == []
    assert retry.theorem.name == "rev_rev" and retry.config.time_limit == 9.0  # what the run saved
    context = retry.text[: retry.theorem.start]
    assert "rev ys ++ rev xs := by induction xs <;> simp_all [rev]" in context and "sorry" not in context
    assert retry.text[retry.theorem.sorries[0] :].startswith("sorry")
    schedule.retried("rev_rev", str(path))
    again = JobResult(str(path), "rev_rev", second.line, "timeout", seconds=9.0)
    schedule.done(again)
    assert not schedule.may_retry(again)  # once only


def test_a_lemma_proved_in_the_run_is_used_by_the_theorem_below(tmp_path: Path, engine, db: Path):
    path = tmp_path / "Rev.lean"
    path.write_text(REV)
    report = prove_path(path, ProveOptions(**FAST, time_limit=20.0, db=db, write=True))
    assert statuses(report) == {"rev_append": "proved", "rev_rev": "proved"}
    rev_rev = next(t for t in report.theorems if t.name == "rev_rev")
    assert "rev_append" in rev_rev.proof
    assert check_path(path).summary()["ok"] == 2


def test_an_importing_file_waits_for_its_import_and_is_retried_once_it_is_written(tmp_path: Path):
    (tmp_path / "A.lean").write_text(
        "def f (n : Nat) : Nat := n + n\n\ntheorem f_eq (n : Nat) : f n = 2 * n := by sorry\n"
    )
    (tmp_path / "B.lean").write_text("import A\n\ntheorem f_f (n : Nat) : f (f n) = 4 * n := by sorry\n")
    targets = collect_targets(tmp_path)
    b, a = sorted(targets, key=lambda t: t.path.name, reverse=True)
    found: dict = {}
    written: set[str] = set()
    imports = {str(a.path): set(), str(b.path): {str(a.path)}}
    schedule = Schedule(
        [(b, b.sorries[0]), (a, a.sorries[0])], found, SearchConfig(time_limit=10.0), imports, written
    )

    def make(target, thm, config):
        return SimpleNamespace(theorem=schedule.context_for(target, thm)[1], config=config)

    jobs = schedule.first_pass(make)
    assert next(jobs).theorem.name == "f_eq"  # the imported file first, though listed second
    assert next(jobs).theorem.name == "f_f"
    failed = JobResult(str(b.path), "f_f", 3, "failed", seconds=2.0)
    schedule.done(failed)
    assert schedule.may_retry(failed)
    schedule.hold(SimpleNamespace(file=str(b.path), name="f_f"))
    schedule.done(JobResult(str(a.path), "f_eq", 3, "proved", seconds=1.0))
    written.add(str(a.path))  # prove wrote A's proof: B's search now compiles it
    (retry,) = list(schedule.retries(make))
    assert retry.theorem.name == "f_f" and retry.config.time_limit == 10.0


def test_a_project_is_proved_imports_first_and_written(tmp_path: Path, engine, db: Path):
    folder = tmp_path / "Pkg"
    folder.mkdir()
    (folder / "A.lean").write_text(
        "def f : Nat → Nat\n  | 0 => 0\n  | n + 1 => f n + 2\n\ntheorem f_eq (n : Nat) : f n = 2 * n := by sorry\n"
    )
    (folder / "B.lean").write_text(
        "import A\n\ntheorem f_add (m n : Nat) : f (m + n) = f m + f n := by sorry\n"
    )
    report = prove_path(folder, ProveOptions(**{**FAST, "workers": 2}, time_limit=20.0, db=db, write=True))
    assert statuses(report) == {"f_eq": "proved", "f_add": "proved"}
    summary = check_path(folder).summary()
    assert summary["ok"] == 2 and summary["sorry"] == 0


# --------------------------------------------------------------------------- 2. library premises


def test_library_premises_are_indexed_once_and_ranked_for_the_goal(tmp_path: Path):
    library = [
        "namespace Nat\ntheorem dvd_trans' {a b c : Nat} (h₁ : a ∣ b) (h₂ : b ∣ c) : a ∣ c := sorry\n"
        "theorem add_comm' (n m : Nat) : n + m = m + n := sorry\n"
        "private theorem hidden (n : Nat) : n = n := rfl\nend Nat\n",
        "theorem List.length_append' (as bs : List Nat) : (as ++ bs).length = as.length + bs.length := sorry\n",
    ]
    first = library_premises([library], tmp_path)
    assert sorted(p.name for g in first.groups for p in g.premises) == [
        "List.length_append'",
        "Nat.add_comm'",
        "Nat.dvd_trans'",
    ]  # the private one is no premise of another file
    (folder,) = [f for f in (tmp_path / "premises").iterdir() if f.is_dir()]
    stamp = (folder / "index.faiss").stat().st_mtime_ns
    again = library_premises([library], tmp_path)
    assert (folder / "index.faiss").stat().st_mtime_ns == stamp  # loaded, not rebuilt
    best = again.retrieve("a b c : Nat\nh1 : a ∣ b\nh2 : b ∣ c\n⊢ a ∣ c", 1)
    assert [p.name for p in best] == ["Nat.dvd_trans'"]
    assert [
        p.name for p in again.retrieve("xs ys : List Nat\n⊢ (xs ++ ys).length = ys.length + xs.length", 1)
    ] == ["List.length_append'"]


@pytest.mark.slow
def test_prove_uses_a_library_lemma_by_default(tmp_path: Path, engine, db: Path, monkeypatch):
    """No flag: the core library is indexed (cached) and its lemma reaches the portfolio."""
    monkeypatch.delenv("LEANAGENT_PROVER_PREMISES")  # the shipped default
    path = tmp_path / "Dvd.lean"
    path.write_text("theorem dvd_trans_ex (a b c : Nat) (h1 : a ∣ b) (h2 : b ∣ c) : a ∣ c := by sorry\n")
    report = prove_path(path, ProveOptions(workers=1, generator="portfolio", time_limit=40.0, db=db))
    (result,) = report.theorems
    assert result.status == "proved" and "Nat.dvd_trans" in result.proof


# --------------------------------------------------------------------------- 3. the symbolic layer


def tactics(state: str, local: tuple[Premise, ...] = (), moves=SYMBOLIC_MOVES) -> list[str]:
    return [s.tactic for s in Portfolio(moves=moves).suggest(Goal(state, (), local), 400)]


def test_symbolic_moves_fit_the_goal():
    text = 'def Below (a b : Nat) : Prop := ∃ k, a + k = b\n\nlocal infix:50 " ≼ " => Below\n'
    local = tuple(declarations(text))
    assert "unfold Below at *" in tactics("a : Nat\n⊢ a ≼ a", local)
    assert "split" in tactics("a b : Nat\n⊢ a ≤ if a ≤ b then b else a")
    split_all = tactics("α : Type\nA B : α → Prop\nh1 : ∀ (x : α), A x ∨ B x\nx : α\n⊢ B x")
    assert any(t.startswith("rcases h1 x with") for t in split_all)
    assert "refine ⟨k + k1, ?_⟩ <;> omega" in tactics("a c k k1 : Nat\nhk : a + k = c\n⊢ ∃ k, a + k = c")
    assert any(
        t.startswith("obtain ⟨") and t.endswith("⟩ := hpq")
        for t in tactics("p q : Prop\nhpq : p ↔ q\n⊢ q ↔ p")
    )
    assert prop_atoms("¬(p ∧ q) → ¬p ∨ ¬q") == ["p", "q"]
    off = tactics("a : Nat\n⊢ a ≼ a", local, moves=frozenset())
    assert not any(t.startswith(("unfold Below at", "split", "by_cases")) for t in off)


def test_class_fields_are_premises():
    text = "class Strict (α : Type) where\n  lt : α → α → Prop\n  irrefl : ∀ a, ¬ lt a a\n"
    fields = [(p.name, p.kind, p.code) for p in declarations(text) if "field" in p.kind]
    assert fields == [
        ("Strict.lt", "data field", "lt : α → α → Prop"),  # not a lemma: nothing to apply
        ("Strict.irrefl", "field", "irrefl : ∀ a, ¬ lt a a"),
    ]
    state = "α : Type\ninst : Strict α\na : α\nh : Strict.lt a a\n⊢ False"
    assert "apply Strict.irrefl <;> assumption" in tactics(state, tuple(declarations(text)))


def test_the_propositional_procedure_is_real_lean(engine, tmp_path: Path):
    """The tauto script proves classical tautologies (Peirce, De Morgan) on the real engine."""
    for statement, atoms in [
        ("theorem peirce (p q : Prop) : ((p → q) → p) → p", ["p", "q"]),
        ("theorem dm (p q r : Prop) : ¬(p ∧ (q ∨ r)) → ¬p ∨ (¬q ∧ ¬r)", ["p", "q", "r"]),
    ]:
        target = ProofTarget.from_statement(statement, directory=tmp_path)
        with Dojo(target) as (dojo, init):
            names = SimpleNamespace(fresh=iter(["h1", "h2", "h3"]).__next__)
            script = tauto_script(atoms, names)  # type: ignore[arg-type]
            assert isinstance(dojo.run_tac(init, script), ProofFinished), script


SYMBOLIC = """def Below (a b : Nat) : Prop := ∃ k, a + k = b

local infix:50 " ≼ " => Below

theorem below_trans (a b c : Nat) (h1 : a ≼ b) (h2 : b ≼ c) : a ≼ c := by sorry

def max' (a b : Nat) : Nat := if a ≤ b then b else a

theorem le_max'_left (a b : Nat) : a ≤ max' a b := by sorry

def countP {α : Type} (p : α → Bool) : List α → Nat
  | [] => 0
  | x :: xs => if p x then countP p xs + 1 else countP p xs

theorem countP_le_length {α : Type} (p : α → Bool) (xs : List α) : countP p xs ≤ xs.length := by sorry
"""


def test_the_symbolic_layer_proves_what_the_plain_portfolio_missed(tmp_path: Path, engine, db: Path):
    path = tmp_path / "Symbolic.lean"
    path.write_text(SYMBOLIC)
    report = prove_path(path, ProveOptions(**FAST, time_limit=30.0, db=db))
    assert set(statuses(report).values()) == {"proved"}, statuses(report)


STRUCTURE = """def Transitive' {α : Type} (R : α → α → Prop) : Prop := ∀ x y z, R x y → R y z → R x z

def Symmetric' {α : Type} (R : α → α → Prop) : Prop := ∀ x y, R x y → R y x

structure Equivalence' {α : Type} (R : α → α → Prop) : Prop where
  symm : Symmetric' R
  trans : Transitive' R

theorem Equivalence'.euclidean {α : Type} {R : α → α → Prop} (h : Equivalence' R) {x y z : α}
    (hxz : R x z) (hyz : R y z) : R x y := by sorry
"""


def test_a_structure_hypothesis_is_used_through_its_fields(tmp_path: Path, engine, db: Path):
    """The fields' types are definitions (``Transitive' R``): only ``apply h.trans`` sees their ∀s."""
    local = tuple(declarations(STRUCTURE))
    state = "α : Type\nR : α → α → Prop\nh : Equivalence' R\nx y z : α\nhxz : R x z\nhyz : R y z\n⊢ R x y"
    assert {"apply h.trans", "apply h.symm"} <= set(tactics(state, local))
    assert "apply h.trans" not in tactics(state, local, moves=SYMBOLIC_MOVES - {"fields"})
    path = tmp_path / "Structure.lean"
    path.write_text(STRUCTURE)
    report = prove_path(path, ProveOptions(**FAST, time_limit=30.0, db=db))
    (result,) = report.theorems
    assert result.status == "proved" and "h.trans" in result.proof, result


# --------------------------------------------------------------------------- 4. holes in a user's proof

NESTED = """theorem nested_have (a b : Nat) (h : a = b) : b + 0 = a := by
  have h2 : b = a := by sorry
  simp [h2]

theorem nested_case (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ k ih => sorry
"""


def test_a_nested_sorry_is_replaced_alone():
    have, case = find_sorries(NESTED)
    start, end, text = render_edit(NESTED, have, ("subst h", "rfl"))
    assert NESTED[start:end] == "sorry"
    assert text == "subst h\n" + " " * 24 + "rfl"  # aligned under the first tactic
    assert case.hole(NESTED).tactic and have.hole(NESTED).tactic
    (plain,) = find_sorries("theorem t : 1 = 1 := by sorry\n")
    assert plain.hole("theorem t : 1 = 1 := by sorry\n") is None


def test_the_dojo_opens_the_goal_at_the_hole(engine, tmp_path: Path):
    (have, _) = find_sorries(NESTED)
    hole = have.hole(NESTED)
    target = ProofTarget.at_hole(
        "", NESTED[have.start : hole.start], NESTED[hole.end : have.end], True, hole.column, None, tmp_path
    )
    with Dojo(target) as (dojo, init):
        assert init.goals == ("a b : Nat\nh : a = b\n⊢ b = a",)  # the have's goal, not the theorem's
        after = dojo.run_tac(init, "subst h")
        assert isinstance(after, TacticState) and after.goals[0].endswith("⊢ a = a")
        done = dojo.run_tac(after, "rfl")
        assert isinstance(done, ProofFinished) and "simp [h2]" in done.proof


def test_prove_fills_holes_and_keeps_the_skeleton(tmp_path: Path, engine, db: Path):
    path = tmp_path / "Nested.lean"
    path.write_text(NESTED)
    report = prove_path(path, ProveOptions(**FAST, time_limit=20.0, db=db, write=True))
    assert statuses(report) == {"nested_have": "proved", "nested_case": "proved"}
    new = path.read_text()
    assert "  have h2 : b = a := by " in new and "\n  simp [h2]\n" in new
    assert "  | zero => rfl\n  | succ k ih => " in new and "sorry" not in new
    assert check_path(path).summary()["ok"] == 2
