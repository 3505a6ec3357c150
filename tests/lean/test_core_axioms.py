"""The axiom audit of the core library: no theorem of lean_projects/core rests on anything beyond
propext, Quot.sound and Classical.choice.

One generated file (which imports nothing: the core's ``Init`` is implicit) holds a
``#print axioms`` for every theorem the declaration scanner finds in the core sources; a single
Lean run answers them all.
"""

from __future__ import annotations

from pathlib import Path

from leanagent.config import ALLOWED_AXIOMS, get_settings
from leanagent.lean.axioms import parse_axioms
from leanagent.lean.messages import run_lean
from leanagent.source.commands import scan_commands
from leanagent.source.modules import module_name, reachable_modules, source_files


def core_theorems(core: Path) -> list[str]:
    """Every named, non-private theorem of the core (private names cannot be referred to)."""
    names = []
    for path in source_files(core):
        for cmd in scan_commands(path.read_text(encoding="utf-8")):
            if cmd.is_theorem and cmd.name and "private" not in cmd.modifiers:
                names.append(cmd.name)
    return names


def test_every_core_file_is_part_of_init():
    """Otherwise its theorems would be neither built nor audited."""
    core = get_settings().core_dir
    reachable = set(reachable_modules(core, "Init"))
    assert {module_name(core, p) for p in source_files(core)} - reachable == set()


def test_core_theorems_use_only_standard_axioms(engine, tmp_path):
    names = core_theorems(get_settings().core_dir)
    assert len(names) > 500, "the scanner found suspiciously few core theorems"
    audit = tmp_path / "CoreAxioms.lean"
    audit.write_text("".join(f"#print axioms {name}\n" for name in names), encoding="utf-8")
    run = run_lean(engine, audit, timeout=300)
    assert not run.timed_out and not run.crashed, run.other_output
    errors = [f"{names[m.line - 1]}: {m.text}" for m in run.messages if m.severity == "error"]
    assert errors == [], "theorems the audit could not find"
    answers = {m.line: parse_axioms(m.text) for m in run.messages if m.severity != "error"}
    unanswered = [name for line, name in enumerate(names, 1) if answers.get(line) is None]
    assert unanswered == []
    beyond = {
        name: sorted(set(answers[line]) - ALLOWED_AXIOMS)
        for line, name in enumerate(names, 1)
        if set(answers[line]) - ALLOWED_AXIOMS
    }
    assert beyond == {}
