"""Differential check of our core's statements against real Lean 4's (tests/compat/statements.txt).

One generated file holds `#check @name` for every listed declaration; a single Lean run prints our
statements, which must equal real Lean's (universe names compared as `_`, whitespace normalised),
except the differences recorded in tests/compat/statements_diff.txt with their reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from leanagent.lean.messages import run_lean

HERE = Path(__file__).resolve().parent
_UNIVERSE = re.compile(r"\b(Sort|Type) (u|v|w|u_\d+|u₁|u₂)\b")


def read_pairs(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, rest = line.partition(" :: ")
            pairs[name.strip()] = rest.strip()
    return pairs


def normal(statement: str) -> str:
    return " ".join(_UNIVERSE.sub(r"\1 _", statement).split())


def test_statement_lists_are_consistent():
    expected = read_pairs(HERE / "statements.txt")
    known = read_pairs(HERE / "statements_diff.txt")
    assert len(expected) >= 40
    assert set(known) <= set(expected), "a recorded difference for a name that is not listed"
    assert all(reason for reason in known.values())


def test_statements_match_real_lean(engine, tmp_path):
    expected = read_pairs(HERE / "statements.txt")
    known = read_pairs(HERE / "statements_diff.txt")
    names = list(expected)
    source = tmp_path / "Statements.lean"
    source.write_text("".join(f"#check @{name}\n" for name in names), encoding="utf-8")
    run = run_lean(engine, source, timeout=120)
    assert not run.timed_out and not run.crashed, run.other_output
    ours: dict[str, str] = {}
    for msg in run.messages:
        name = names[msg.line - 1]
        text = msg.text.removeprefix("@")
        prefix = f"{name} : "
        ours[name] = (
            text[len(prefix) :] if msg.severity != "error" and text.startswith(prefix) else f"<{msg.text}>"
        )
    differing = {
        name: (ours.get(name), statement)
        for name, statement in expected.items()
        if normal(ours.get(name, "<no answer>")) != normal(statement) and name not in known
    }
    assert differing == {}
    fixed = [name for name in known if normal(ours.get(name, "")) == normal(expected[name])]
    assert fixed == [], "recorded differences that no longer differ: remove them from statements_diff.txt"
