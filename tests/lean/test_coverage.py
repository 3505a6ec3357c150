"""The coverage suite: ordinary Lean files for every supported notation, tactic and lemma group.

``tests/lean_coverage/pos/<topic>.lean``: every theorem must check, with no axiom beyond propext,
Quot.sound and Classical.choice, and the file must have no error outside its theorems.
``tests/lean_coverage/neg/<topic>.lean``: every theorem is a wrong proof and must be rejected; the
line right above it, ``-- expect: TEXT``, gives a substring of its first error (``-- expect: sorry``:
it must be reported as ``sorry``). In ``#check``/``#print axioms`` files, ``-- out: TEXT`` under a
command is the exact message it must print.

All files are checked in one parallel ``check_path`` run; each topic is its own test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leanagent.config import ALLOWED_AXIOMS
from leanagent.lean.check import FileReport, check_path
from leanagent.lean.messages import run_lean
from leanagent.source.commands import scan_commands

COVERAGE = Path(__file__).resolve().parent.parent / "lean_coverage"
POSITIVE = sorted((COVERAGE / "pos").glob("*.lean"))
NEGATIVE = sorted((COVERAGE / "neg").glob("*.lean"))
EXPECT = re.compile(r"^\s*-- expect:\s*(.+?)\s*$")
OUT = re.compile(r"^\s*-- out:\s*(.+?)\s*$")

# Each supported item of the list and a pattern that finds a use of it in pos/ files.
REQUIRED = {
    **{f"notation {s}": re.escape(s) for s in "∀ ∃ → ↔ ∧ ∨ ¬ = ≠ < ≤ > ≥ + - * / % :: ++ && || ⟨".split()},
    "notation !": r"\(!\w",
    "numerals": r"\b\d{3,}\b",
    "fun": r"\bfun\b",
    "projection .1": r"\w\.1\b",
    "projection .2": r"\w\.2\b",
    "dot notation": r"\bxs\.length\b",
    "list literal": r"\[\d+, \d+\]",
    "type ascription": r"\(\d+ : Nat\)",
    **{
        f"type {t}": rf"\b{t}\b"
        for t in "True False And Or Not Iff Exists Eq Ne Nat Bool List Option Prod".split()
    },
    "Decidable instances": r"Decidable \(",
    **{
        f"tactic {t}": rf"(^|[\s(;]){re.escape(t)}(\s|$)"
        for t in (
            "intro intros exact apply refine constructor rcases obtain rw rewrite rfl assumption "
            "contradiction exfalso left right exists have show calc try first repeat all_goals "
            "trivial decide simp omega"
        ).split()
    },
    "tactic cases ... with |": r"cases \w+ with\n\s+\| ",
    "tactic induction ... with |": r"induction \w+ with\n\s+\| ",
    "tactic rw ←": r"rw \[← ",
    "tactic rw at h": r"rw \[[^]]*\] at \w",
    "tactic ·": r"^\s+· ",
    "tactic <;>": r"<;>",
    "tactic simp only [..]": r"simp only \[",
    "tactic simp [..] at h": r"simp \[[^]]*\] at \w",
    "command #check": r"^#check ",
    "command #print axioms": r"^#print axioms ",
    **{
        f"lemma {name}": rf"\b{re.escape(name)}\b"
        for name in (
            "Nat.add_comm Nat.add_assoc Nat.add_succ Nat.succ_add Nat.zero_add Nat.mul_comm Nat.mul_one "
            "Nat.two_mul Nat.le_refl Nat.le_trans Nat.succ_ne_zero Nat.lt_irrefl Nat.succ_le_of_lt "
            "List.length_append List.append_nil List.append_assoc List.map_id Iff.rfl and_comm or_comm "
            "absurd Or.elim Exists.intro congrArg"
        ).split()
    },
}


def topic(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.fixture(scope="module")
def reports(engine) -> dict[str, FileReport]:
    """One check of every coverage file (independent files run in parallel)."""
    report = check_path(COVERAGE, engine)
    return {topic(Path(f.path)): f for f in report.files}


def expectations(path: Path) -> dict[int, str]:
    """Keyword line of each theorem -> the last ``-- expect:`` text between it and the command before."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = {}
    previous = 0
    for cmd in scan_commands("\n".join(lines)):
        matches = [m.group(1) for line in lines[previous : cmd.keyword_line - 1] if (m := EXPECT.match(line))]
        if cmd.is_theorem and matches:
            found[cmd.keyword_line] = matches[-1]
        previous = cmd.keyword_line
    return found


@pytest.mark.parametrize("path", POSITIVE, ids=topic)
def test_positive(reports, path):
    report = reports[topic(path)]
    assert report.errors == []
    assert report.theorems, "a coverage file without theorems"
    failed = {t.name: f"{t.status}: {t.message}" for t in report.theorems if t.status != "ok"}
    assert failed == {}
    extra = {t.name: t.axioms for t in report.theorems if not set(t.axioms) <= ALLOWED_AXIOMS}
    assert extra == {}


@pytest.mark.parametrize("path", NEGATIVE, ids=topic)
def test_negative(reports, path):
    report = reports[topic(path)]
    expected = expectations(path)
    assert report.theorems and len(expected) == len(report.theorems), "every theorem needs `-- expect:`"
    wrong = {}
    for thm in report.theorems:
        want = expected[thm.line]
        if want == "sorry":
            good = thm.status == "sorry"
        else:
            good = thm.status == "error" and want in (thm.message or "")
        if not good:
            wrong[thm.name] = f"want {want!r}, got {thm.status}: {thm.message}"
    assert wrong == {}


def test_expect_lines_all_used():
    """A `-- expect:` that no theorem follows is a typo, not a test."""
    for path in NEGATIVE:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert sum(bool(EXPECT.match(line)) for line in lines) == len(expectations(path)), topic(path)


def test_command_output(engine):
    """`#check` and `#print axioms` print exactly what each `-- out:` line says."""
    path = COVERAGE / "pos" / "commands.lean"
    lines = path.read_text(encoding="utf-8").splitlines()
    wanted = {n: m.group(1) for n, line in enumerate(lines) if (m := OUT.match(line))}
    assert len(wanted) >= 20
    run = run_lean(engine, path, timeout=120)
    printed = {m.line: m.text.strip() for m in run.messages if m.severity == "information"}
    got = {line: printed.get(line) for line in wanted}  # the command sits on the line above
    assert got == wanted


def test_every_supported_item_is_covered():
    text = "\n".join(p.read_text(encoding="utf-8") for p in POSITIVE)
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    missing = [item for item, pattern in REQUIRED.items() if not re.search(pattern, code, re.M)]
    assert missing == []
    assert "sorry" in "\n".join(p.read_text(encoding="utf-8") for p in NEGATIVE)
