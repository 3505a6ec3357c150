"""Tracing through the real language server, on the small ``fixtures/Demo`` project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from goal_replay import normalise, top_level

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.leandojo_export import export_leandojo
from leanagent.corpus.leandojo_import import import_leandojo
from leanagent.corpus.outline import outline
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.lean.dojo import Dojo, ProofFinished, ProofTarget, TacticState

FIXTURE = Path(__file__).parent / "fixtures" / "Demo"


@pytest.fixture(scope="module")
def traced(tmp_path_factory, engine):
    """The Demo project copied, traced once into a fresh database."""
    root = tmp_path_factory.mktemp("trace")
    project = root / "Demo"
    shutil.copytree(FIXTURE, project)
    opts = TraceOptions(build_dir=root / "build")
    summary = trace_path(project, root / "corpus.db", opts, engine)
    return project, root / "corpus.db", summary, opts


def _theorems(db: CorpusDB) -> dict[str, object]:
    return {t.full_name: t for f in db.files() if f.traced for t in db.load_file(f.id).theorems}


def test_summary_counts(traced):
    _, _, summary, _ = traced
    assert summary.errors == {} and summary.files_failed == 0
    assert (summary.files, summary.files_traced) == (3, 3)
    assert summary.theorems == 10 and summary.sorries == 2
    assert summary.tactic_proofs == 9
    assert summary.tactics >= 20 and summary.premise_uses >= 6


def test_theorem_records(traced):
    _, db_path, _, _ = traced
    with CorpusDB(db_path) as db:
        thms = _theorems(db)
        swap = thms["Demo.and_swap"]
        assert swap.statement == "theorem and_swap (p q : Prop) (h : p ∧ q) : q ∧ p"
        assert swap.proof_kind == "tactic" and not swap.has_sorry
        assert [t.text for t in swap.tactics] == [
            "constructor",
            "· exact h.2",
            "exact h.2",
            "· exact h.1",
            "exact h.1",
        ]
        first = swap.tactics[0]
        assert first.goals_before == ("p q : Prop\nh : p ∧ q\n⊢ q ∧ p",)
        assert len(first.goals_after) == 2 and first.goals_after[0].endswith("⊢ q")
        assert swap.tactics[-1].goals_after == ()
        assert thms["Demo.add_zero'"].proof_kind == "term" and thms["Demo.add_zero'"].tactics == ()
        assert thms["Demo.open_question"].has_sorry
        nested = [t.text for t in thms["Demo.later"].tactics]
        assert "exact And.intro hp hp" in nested


# What Lean shows before and after some of Demo/Basic.lean's tactics, written by hand
# (not read back from the tracer): (theorem, tactic text) -> (goals before, goals after).
_LEFT = "case left\np q : Prop\nh : p ∧ q\n⊢ q"
_RIGHT = "case right\np q : Prop\nh : p ∧ q\n⊢ p"
EXPECTED_GOALS = {
    ("Demo.and_swap", "constructor"): (("p q : Prop\nh : p ∧ q\n⊢ q ∧ p",), (_LEFT, _RIGHT)),
    # A bullet focuses the main goal; after it the other goal is left.
    ("Demo.and_swap", "· exact h.2"): ((_LEFT, _RIGHT), (_RIGHT,)),
    ("Demo.and_swap", "exact h.2"): ((_LEFT,), ()),
    ("Demo.and_swap", "· exact h.1"): ((_RIGHT,), ()),
    ("Demo.or_swap", "exact Or.inr hp"): (("case inl\np q : Prop\nhp : p\n⊢ q ∨ p",), ()),
    ("Demo.or_swap", "exact Or.inl hq"): (("case inr\np q : Prop\nhq : q\n⊢ q ∨ p",), ()),
    ("Demo.zero_add'", "rfl"): (("case zero\n⊢ 0 + 0 = 0",), ()),
    ("Demo.zero_add'", "rw [Nat.add_succ, ih]"): (
        ("case succ\nn : Nat\nih : 0 + n = n\n⊢ 0 + (n + 1) = n + 1",),
        (),
    ),
    # `have` adds the hypothesis and leaves the goal.
    ("Demo.later", "have h : p ∧ p := by\n    exact And.intro hp hp"): (
        ("p : Prop\nhp : p\n⊢ p ∧ p",),
        ("p : Prop\nhp : p\nh : p ∧ p\n⊢ p ∧ p",),
    ),
    ("Demo.later", "exact And.intro hp hp"): (("p : Prop\nhp : p\n⊢ p ∧ p",), ()),
    ("Demo.later", "exact h"): (("p : Prop\nhp : p\nh : p ∧ p\n⊢ p ∧ p",), ()),
    ("Demo.add_comm'", "rw [Nat.add_comm]"): (("a b : Nat\n⊢ a + b = b + a",), ()),
}


def test_goals_equal_a_direct_server_query(traced):
    """The acceptance check: stored goals are the ones Lean shows, written down by hand."""
    _, db_path, _, _ = traced
    with CorpusDB(db_path) as db:
        thms = _theorems(db)
    got = {
        (name, t.text): (normalise(t.goals_before), normalise(t.goals_after))
        for name, thm in thms.items()
        for t in thm.tactics
    }
    wrong = {key: (got.get(key), want) for key, want in EXPECTED_GOALS.items() if got.get(key) != want}
    assert wrong == {}, "(traced, expected) goals differ"


@pytest.mark.parametrize("name", ["and_swap", "or_swap", "zero_add'", "later", "add_comm'"])
def test_traced_goals_replay_through_the_dojo(traced, engine, name):
    """Replaying a traced proof's tactics in the Dojo gives, after each, the traced goals."""
    project, db_path, _, _ = traced
    with CorpusDB(db_path) as db:
        thm = _theorems(db)[f"Demo.{name}"]
    top = top_level(thm.tactics)
    assert top and top[0] is thm.tactics[0]
    target = ProofTarget.from_file(project / "Demo" / "Basic.lean", name)
    with Dojo(target, engine=engine) as (dojo, init):
        assert normalise(init.goals) == normalise(top[0].goals_before)
        state = init
        for t in top:
            assert isinstance(state, TacticState), (t.text, state)
            assert normalise(state.goals) == normalise(t.goals_before), ("before", t.text)
            text = "\n".join(
                line[t.start.column :] if k else line for k, line in enumerate(t.text.split("\n"))
            )
            state = dojo.run_tac(state, text)
            assert isinstance(state, (TacticState, ProofFinished)), (t.text, state)
            dojo_after = state.goals if isinstance(state, TacticState) else ()
            assert normalise(dojo_after) == normalise(t.goals_after), ("after", t.text)
        assert isinstance(state, ProofFinished)


def test_premises_point_to_their_definitions(traced, engine):
    project, db_path, _, _ = traced
    core = engine.kind == "embedded"
    with CorpusDB(db_path) as db:
        uses = [
            (thm.full_name, t, u)
            for f in db.files()
            if f.traced
            for thm in db.load_file(f.id).theorems
            for t in thm.tactics
            for u in t.premises
        ]
        names = {u.full_name for _, _, u in uses}
        assert {
            "Nat.add_comm",
            "Nat.add_succ",
            "Or.inr",
            "And.intro",
            "Demo.and_swap",
            "Demo.zero_add'",
        } <= names
        for _, tac, use in uses:
            assert tac.text[use.start : use.end].split(".")[-1] == use.full_name.split(".")[-1]
            row = next(f for f in db.files() if f.path == use.path and f.module == use.module)
            repo = db.repo(row.repo_id)
            if repo.name == "core" and not core:
                continue  # a user toolchain's Init: its sources may differ from ours
            source = Path(repo.root) / use.path
            decls = outline(source.read_text()).declarations
            owner = [d for d in decls if d.start <= use.def_start <= d.end]
            assert owner, use
            # The definition is the constant itself or, for a constructor, its type.
            assert any(
                use.full_name == d.full_name or use.full_name.startswith(d.full_name + ".") for d in owner
            )
        add_comm = next(u for *_, u in uses if u.full_name == "Nat.add_comm")
        assert add_comm.module.startswith("Init") and "n + m = m + n" in add_comm.statement


def test_accessible_premises(traced):
    _, db_path, _, _ = traced
    with CorpusDB(db_path) as db:
        tid = db.theorem_id("Demo.comm_zero")
        names = {p.full_name for p in db.accessible_premises(tid)}
        assert {"Demo.zero_add'", "Demo.swap_twice", "Nat.add_comm"} <= names
        assert "Demo.still_open" not in names
        first = db.theorem_id("Demo.and_swap")
        local = {p.full_name for p in db.accessible_premises(first) if p.module.startswith("Demo")}
        assert local == set()


def test_retrace_skips_unchanged_and_follows_edits(tmp_path, engine):
    work = tmp_path / "Demo"
    shutil.copytree(FIXTURE, work)
    db_path = tmp_path / "c.db"
    opts = TraceOptions(build_dir=tmp_path / "build")
    first = trace_path(work, db_path, opts, engine)
    assert first.files_traced == 3
    again = trace_path(work, db_path, opts, engine)
    assert again.files_skipped == 3 and again.files_traced == 0
    assert (again.theorems, again.tactics) == (first.theorems, first.tactics)
    # An edit re-traces the file and its importers (their goals may change), nothing else.
    uses = work / "Demo" / "Uses.lean"
    uses.write_text(uses.read_text().replace("end Demo", "theorem extra : True := True.intro\n\nend Demo"))
    edited = trace_path(work, db_path, opts, engine)
    assert (edited.files_traced, edited.files_skipped) == (2, 1)  # Uses and the root
    assert edited.theorems == first.theorems + 1 and edited.tactics == first.tactics
    basic = work / "Demo" / "Basic.lean"
    basic.write_text(basic.read_text().replace("theorem add_comm'", "theorem add_comm''"))
    renamed = trace_path(work, db_path, opts, engine)
    assert renamed.files_traced == 3 and renamed.theorems == edited.theorems
    with CorpusDB(db_path) as db:
        names = set(_theorems(db))
        assert "Demo.add_comm''" in names and "Demo.add_comm'" not in names


def test_killed_trace_resumes_without_duplicates(tmp_path, engine):
    project = tmp_path / "Demo"
    shutil.copytree(FIXTURE, project)
    db_path = tmp_path / "c.db"

    class Killed(Exception):
        pass

    def kill_after_first(path: str, done: int, total: int) -> None:
        raise Killed(path)

    with pytest.raises(Killed):
        trace_path(project, db_path, TraceOptions(build_dir=tmp_path / "b", on_file=kill_after_first), engine)
    with CorpusDB(db_path) as db:
        partial = sum(1 for f in db.files() if f.trace_key and f.module.startswith("Demo"))
    assert partial == 1
    resumed = trace_path(project, db_path, TraceOptions(build_dir=tmp_path / "b"), engine)
    assert resumed.files_skipped == 1 and resumed.files_traced == 2
    assert resumed.theorems == 10
    with CorpusDB(db_path) as db:
        dup = db.db.execute(
            "SELECT count(*) FROM (SELECT theorem_id, idx FROM tactics GROUP BY theorem_id, idx HAVING count(*) > 1)"
        ).fetchone()[0]
        assert dup == 0


def test_export_of_a_trace_round_trips(traced, tmp_path):
    _, db_path, _, _ = traced
    with CorpusDB(db_path) as db:
        export_leandojo(db, tmp_path / "one")
    with CorpusDB(tmp_path / "b.db") as db2:
        summary = import_leandojo(db2, tmp_path / "one")
        assert summary.theorems == 10
        export_leandojo(db2, tmp_path / "two")
    for name in ["corpus.jsonl"] + [
        f"{s}/{p}.json" for s in ("random", "novel_premises") for p in ("train", "val", "test")
    ]:
        assert (tmp_path / "one" / name).read_text() == (tmp_path / "two" / name).read_text()
