"""The final re-check runs in a spare server document: same verdicts as `check_file`, from scratch."""

from __future__ import annotations

from pathlib import Path

import pytest

from leanagent.lean.check import check_file
from leanagent.lean.dojo import DojoLimits, recheck, server_spec
from leanagent.lean.server import LeanServer

FIXTURES = Path(__file__).parent / "fixtures_dojo"


@pytest.fixture(scope="module")
def server(engine):
    with LeanServer(server_spec(engine, FIXTURES, None)) as srv:
        yield srv


def verdicts(report):
    return [(t.name, t.status, sorted(t.axioms)) for t in report.theorems], report.status


@pytest.mark.parametrize("name", ["Basic.lean", "Cheat.lean", "Context.lean", "Workload.lean"])
def test_same_verdicts_as_check_file(engine, server, name):
    path = FIXTURES / name
    mine = recheck(server, FIXTURES, path.read_text(), DojoLimits())
    theirs = check_file(path, engine)
    assert verdicts(mine) == verdicts(theirs)
    assert mine.theorems  # each fixture has theorems to judge


def test_verdicts_cover_error_sorry_and_foreign_axioms(server):
    text = (
        "axiom magic : 1 = 2\n"
        "theorem ok_one : 1 = 1 := rfl\n"
        "theorem bad_one : 1 = 2 := rfl\n"
        "theorem holey : 1 = 2 := sorry\n"
        "theorem magical : 1 = 2 := magic\n"
        "example : 2 = 2 := by\n  rfl\n"
    )
    report = recheck(server, FIXTURES, text, DojoLimits())
    status = {t.name.split("@")[0]: t.status for t in report.theorems}
    assert status == {
        "ok_one": "ok",
        "bad_one": "error",
        "holey": "sorry",
        "magical": "error",
        "example": "ok",
    }
    assert "magic" in next(t for t in report.theorems if t.name == "magical").axioms


@pytest.fixture
def seen(server, monkeypatch):
    """The messages each re-check on `server` got back from Lean, one list per re-check."""
    got: list[list[str]] = []
    original = server.wait_for_diagnostics

    def wait(uri, version, timeout):
        diagnostics = original(uri, version, timeout)
        got.append([d["message"] for d in diagnostics])
        return diagnostics

    monkeypatch.setattr(server, "wait_for_diagnostics", wait)
    return got


def profiled(name: str, statement: str = "True", proof: str = "trivial") -> str:
    """A theorem whose elaboration Lean reports with its timings (microseconds, never twice alike).

    A re-elaborated theorem reports new timings; a reused snapshot reports its old messages."""
    return (
        "set_option trace.profiler true in\nset_option trace.profiler.threshold 0 in\n"
        f"theorem {name} : {statement} := by\n  {proof}\n"
    )


def timings(messages: list[str], name: str) -> list[str]:
    found = [m for m in messages if m.startswith("[Elab.") and f" {name}" in m]
    assert found, f"no profiler messages for {name}"
    return found


def test_nothing_is_reused_between_rechecks(server, seen):
    """Every theorem is elaborated again on the second re-check of the same text."""
    text = (
        (FIXTURES / "Spin.lean").read_text() + profiled("slow", "spin 300 = 0", "decide") + profiled("quick")
    )
    for _ in range(2):
        report = recheck(server, FIXTURES, text, DojoLimits())
        assert [t.status for t in report.theorems] == ["ok", "ok"] and report.errors == []
    first, second = seen
    for name in ("slow", "quick"):
        assert timings(first, name) != timings(second, name), name  # reused: the same messages


SLOW_CONTEXT = (FIXTURES / "Spin.lean").read_text() + (
    "set_option maxHeartbeats 0 in\ntheorem slow : spin 30000 = 0 := by decide\n"
)


def fresh(server, context: str, theorem: str):
    """A re-check of `theorem` after `context`, the context reused where it can be."""
    return recheck(server, FIXTURES, context + theorem, DojoLimits(), fresh_from=len(context))


def test_a_shared_context_is_elaborated_once(server, seen):
    """Two theorems after the same context: the second re-check does not elaborate it again."""
    context = SLOW_CONTEXT + profiled("in_context")
    for name in ("first", "second"):
        report = fresh(server, context, f"theorem {name} : True := trivial\n")
        assert [(t.name, t.status) for t in report.theorems] == [(name, "ok")]  # context not judged
        assert report.errors == []
    first, second = seen
    assert timings(first, "in_context") == timings(second, "in_context")  # the first one's, reused


def test_the_theorem_after_the_context_is_always_elaborated_anew(server, seen):
    """The same theorem re-checked twice after the same context is elaborated twice."""
    context = (FIXTURES / "Spin.lean").read_text() + profiled("before")
    theorem = profiled("slow_again", "spin 300 = 0", "decide")
    for _ in range(2):
        report = fresh(server, context, theorem)
        assert [t.status for t in report.theorems] == ["ok"] and report.errors == []
    first, second = seen
    assert timings(first, "before") == timings(second, "before")
    assert timings(first, "slow_again") != timings(second, "slow_again")


CONTEXT = (
    "axiom magic : 1 = 2\n"
    "theorem holey : 1 = 2 := sorry\n"
    "theorem broken : 1 = 2 := rfl\n"
    "theorem through_magic : 1 = 2 := magic\n"
    "theorem fine : 1 = 1 := rfl\n"
)


@pytest.mark.parametrize(
    ("proof", "status", "axiom"),
    [
        ("fine", "ok", None),
        ("holey", "sorry", "sorryAx"),
        ("broken", "sorry", "sorryAx"),  # an error leaves the lemma behind with `sorryAx`
        ("magic", "error", "magic"),
        ("through_magic", "error", "magic"),
        ("fine", "ok", None),  # and again, after all those on the same document
    ],
)
def test_context_lemmas_are_judged_through_the_theorem_that_uses_them(server, proof, status, axiom):
    statement = "1 = 1" if proof == "fine" else "1 = 2"
    report = fresh(server, CONTEXT, f"theorem target : {statement} := {proof}\n")
    assert report.errors == []  # failing context theorems are no file errors...
    (result,) = report.theorems  # ...and are not judged themselves
    assert (result.name, result.status) == ("target", status)
    assert axiom is None or axiom in result.axioms


def test_a_changed_context_lemma_is_elaborated_again(server):
    """The lemma proved, then the same text but the lemma `sorry`: no stale reuse."""
    target = "theorem target : 1 = 1 := lemma_one\n"
    proved = fresh(server, "theorem lemma_one : 1 = 1 := rfl\n", target)
    holey = fresh(server, "theorem lemma_one : 1 = 1 := sorry\n", target)
    assert [t.status for t in proved.theorems] == ["ok"]
    assert [t.status for t in holey.theorems] == ["sorry"]


def test_an_error_in_another_context_command_is_a_file_error(server):
    report = fresh(server, 'def oops : Nat := "x"\n', "theorem target : 1 = 1 := rfl\n")
    assert report.errors and report.errors[0].startswith("1:")
    assert [t.status for t in report.theorems] == ["ok"]


def test_messages_keep_their_positions_after_the_fence(server):
    report = fresh(server, "def one : Nat := 1\n\n", "theorem target : one = 2 := by\n  rfl\n")
    (result,) = report.theorems
    assert result.status == "error" and result.line == 3 and result.position == (4, 2)


def test_fresh_from_must_be_a_line_start(server):
    with pytest.raises(ValueError):
        recheck(
            server, FIXTURES, "def one : Nat := 1 theorem t : True := trivial\n", DojoLimits(), fresh_from=19
        )
