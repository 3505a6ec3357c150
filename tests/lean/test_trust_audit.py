"""The axiom audit reads the compiled module: a checked file cannot silence or forge it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.config import ALLOWED_AXIOMS
from leanagent.lean.check import check_file

FIXTURES = Path(__file__).parent / "fixtures_trust"


def verdicts(path: Path, **kwargs) -> dict[str, tuple[str, tuple[str, ...]]]:
    report = check_file(path, **kwargs)
    return {t.name: (t.status, tuple(sorted(t.axioms))) for t in report.theorems}


def test_forged_audit_output_and_silenced_sorry_change_nothing(engine):
    """`warn.sorry false` plus a macro that rewrites every `#print axioms` into a clean reply."""
    got = verdicts(FIXTURES / "Forged.lean", engine=engine)
    assert got == {
        "t": ("sorry", ("sorryAx",)),
        "u": ("error", ("magic",)),
        "honest": ("ok", ()),
    }


CLASSICAL = ("Classical.choice", "Quot.sound", "propext")


def test_open_classical_anywhere_checks_ok(engine):
    report = check_file(FIXTURES / "Classical.lean", engine)
    assert report.status == "ok", report.theorems
    assert {t.name: tuple(sorted(t.axioms)) for t in report.theorems} == {
        "em_top": CLASSICAL,
        "peirce": CLASSICAL,
        "dne": CLASSICAL,
        "N.em_ns": CLASSICAL,
    }


def test_a_user_axiom_marks_only_the_theorems_that_use_it(engine):
    path = FIXTURES / "Axioms.lean"
    got = verdicts(path, engine=engine)
    assert got["free"] == ("ok", ()) and got["hidden"] == ("ok", ())
    assert got["Nat.«exists»"] == ("ok", ()) and got["«quoted name»"] == ("ok", ())  # «» quoting
    assert got["uses"] == ("error", ("choiceless",))
    assert got["example@5"] == ("error", ("choiceless",))
    allowed = verdicts(path, engine=engine, allowed_axioms=ALLOWED_AXIOMS | {"choiceless"})
    assert {name: status for name, (status, _) in allowed.items()} == dict.fromkeys(got, "ok")


def test_cli_allow_axiom_is_repeatable(engine):
    path = str(FIXTURES / "Axioms.lean")
    assert CliRunner().invoke(app, ["check", path]).exit_code == 1
    result = CliRunner().invoke(
        app, ["check", path, "--json", "--allow-axiom", "choiceless", "--allow-axiom", "Other.ax"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"]["ok"] == 6


def test_examples_keep_their_messages(engine):
    """`#guard_msgs` around examples still matches: the audit changes no message of theirs."""
    report = check_file(FIXTURES / "Guarded.lean", engine)
    assert report.errors == []
    assert [(t.name, t.status) for t in report.theorems] == [("example@8", "sorry"), ("example@11", "ok")]


@pytest.mark.parametrize(
    "text",
    [
        "theorem t : 1 = 2 := by\n  exact?\n",  # a failing tactic: Lean adds t with sorryAx
        "#exit\ntheorem t : 1 = 2 := rfl\n",  # never elaborated: not in the compiled module
        "set_option debug.skipKernelTC true\ntheorem t : 2 = 2 := rfl\n",  # the kernel was told to look away
    ],
)
def test_theorems_lean_did_not_prove_are_never_ok(engine, tmp_path, text):
    path = tmp_path / "T.lean"
    path.write_text(text)
    (result,) = check_file(path, engine).theorems
    assert result.status != "ok"
