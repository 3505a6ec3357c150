"""Judging the compatibility corpus: real core-only Lean 4 files written by others, checked as
real Lean 4.35 would see them.

A theorem passes when it checks, or when it is reported as ``sorry`` and either its own text
says ``sorry``/``admit`` (real Lean accepts it with the same warning) or it is wrapped in
``#guard_msgs in`` (its error is the expected message; a mismatch is an error of its own). Axioms the file itself
declares are allowed (real Lean's audit would list them too). A file passes when it has no
error outside its theorems and every theorem passes.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from leanagent.config import ALLOWED_AXIOMS
from leanagent.engine import Engine
from leanagent.lean.check import FileReport, TheoremResult, check_file
from leanagent.source.commands import scan_commands

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "compat" / "corpus"
EXPECTED = CORPUS.parent / "expected.json"
_AXIOM = re.compile(r"^\s*axiom\s+([^\s:({\[]+)", re.MULTILINE)
_GUARD = re.compile(r"#guard_msgs\b.*\bin\b")
_SORRY = re.compile(r"\b(sorry|admit)\b")


@dataclass
class FileVerdict:
    file: str
    """Path relative to the corpus, e.g. ``lean4-tests/1016.lean``."""
    theorems: int
    theorems_ok: int
    errors: list[str] = field(default_factory=list)
    """Why the file does not pass (file-level errors and failing theorems)."""

    @property
    def source(self) -> str:
        return self.file.split("/", 1)[0]

    @property
    def ok(self) -> bool:
        return not self.errors


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted(corpus.glob("*/*.lean"))


def judge_file(
    path: Path, engine: Engine, corpus: Path = CORPUS, timeout: float | None = None
) -> FileVerdict:
    text = path.read_text(encoding="utf-8")
    allowed = ALLOWED_AXIOMS | frozenset(_AXIOM.findall(text))
    report = check_file(path, engine, timeout, allowed_axioms=allowed)
    return verdict(path.relative_to(corpus).as_posix(), text, report)


def verdict(name: str, text: str, report: FileReport) -> FileVerdict:
    says_sorry = _sorry_theorems(text)
    passed = [t for t in report.theorems if _passes(t, says_sorry)]
    errors = list(report.errors)
    errors += [
        f"{t.name} (line {t.line}): {t.status}: {t.message}" for t in report.theorems if t not in passed
    ]
    return FileVerdict(name, len(report.theorems), len(passed), errors)


def _sorry_theorems(text: str) -> set[int]:
    """Keyword lines of the theorems that may be reported as sorry (see the module docstring)."""
    lines = text.splitlines()
    commands = scan_commands(text)
    found = set()
    for cmd, nxt in zip(commands, [*commands[1:], None], strict=True):
        if not cmd.is_theorem:
            continue
        end = nxt.keyword_line - 1 if nxt else len(lines)
        body = "\n".join(lines[cmd.keyword_line - 1 : end])
        guarded = any(_GUARD.search(line) for line in lines[max(0, cmd.keyword_line - 2) : cmd.keyword_line])
        if _SORRY.search(body) or guarded:
            found.add(cmd.keyword_line)
    return found


def _passes(thm: TheoremResult, says_sorry: set[int]) -> bool:
    return thm.status == "ok" or (thm.status == "sorry" and thm.line in says_sorry)


def summary(verdicts: list[FileVerdict]) -> dict:
    """Theorems ok / total and files ok / total, overall and by source."""
    by_source: dict[str, list[FileVerdict]] = defaultdict(list)
    for v in verdicts:
        by_source[v.source].append(v)

    def figures(vs: list[FileVerdict]) -> dict:
        thms = sum(v.theorems for v in vs)
        ok = sum(v.theorems_ok for v in vs)
        files_ok = sum(v.ok for v in vs)
        return {
            "theorems": thms,
            "theorems_ok": ok,
            "theorem_rate": round(ok / thms, 4) if thms else None,
            "files": len(vs),
            "files_ok": files_ok,
            "file_rate": round(files_ok / len(vs), 4) if vs else None,
        }

    return {**figures(verdicts), "by_source": {s: figures(vs) for s, vs in sorted(by_source.items())}}


def load_expected(path: Path = EXPECTED) -> dict:
    """``passing``: files that pass and must keep passing; ``other_version``: file -> why it
    fails on real Lean 4.35 too (written for another Lean version)."""
    return json.loads(path.read_text(encoding="utf-8"))
