"""The final re-check runs in a spare server document: same verdicts as `check_file`, from scratch."""

from __future__ import annotations

import time
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


def test_nothing_is_reused_between_rechecks(server):
    """A slow context command costs its full time again on the second re-check of the same text."""
    slow = (FIXTURES / "Spin.lean").read_text() + (
        "set_option maxHeartbeats 0 in\ntheorem slow : spin 30000 = 0 := by decide\ntheorem quick : True := trivial\n"
    )
    times = []
    for _ in range(2):
        start = time.monotonic()
        report = recheck(server, FIXTURES, slow, DojoLimits())
        times.append(time.monotonic() - start)
        assert [t.status for t in report.theorems] == ["ok", "ok"]
    assert times[1] > 0.25 * times[0] and times[0] > 0.3  # reuse would make the second one ~free
