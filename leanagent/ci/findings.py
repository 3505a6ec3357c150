"""What a check report asks a person to look at, each with a place in a file.

Every CI format (annotations, JUnit, the job summary, the baseline) reads the same list, so
they cannot disagree on what failed or where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from leanagent.lean.check import CheckReport, FileReport, TheoremResult
from leanagent.source.commands import command_spans, scan_commands
from leanagent.source.declarations import name_matches

_POSITION = re.compile(r"^(\d+):(\d+): ", re.S)


@dataclass(frozen=True)
class Finding:
    status: str
    """``error`` or ``sorry``."""
    file: str
    line: int
    """1-based."""
    col: int | None
    """0-based, as Lean counts (None: the whole line or declaration)."""
    end_line: int
    theorem: str | None
    """The theorem it is about; None for a problem of the file (outside theorems)."""
    message: str


def theorem_finding(thm: TheoremResult) -> Finding | None:
    """The finding of a theorem that is not ok: at Lean's position if it gave one, else over
    the whole declaration."""
    if thm.ok:
        return None
    message = thm.message or thm.status
    if thm.position is not None:
        return Finding(
            thm.status, thm.file, thm.position[0], thm.position[1], thm.position[0], thm.name, message
        )
    return Finding(
        thm.status, thm.file, thm.line, None, _declaration_end(thm.file, thm.line), thm.name, message
    )


def file_findings(report: FileReport) -> list[Finding]:
    """Errors outside theorems and declarations other than theorems that use ``sorry``."""
    found = []
    for error in report.errors:
        match = _POSITION.match(error)
        if match:
            line, col = int(match.group(1)), int(match.group(2))
            found.append(Finding("error", report.path, line, col, line, None, error[match.end() :]))
        else:
            found.append(Finding("error", report.path, 1, None, 1, None, error))
    for note in report.sorries:
        line = _declaration_line(report.path, note.split(" ", 1)[0])
        found.append(
            Finding("sorry", report.path, line, None, _declaration_end(report.path, line), None, note)
        )
    return found


def findings(report: CheckReport) -> list[Finding]:
    out = []
    for file in report.files:
        out += [f for f in map(theorem_finding, file.theorems) if f is not None]
        out += file_findings(file)
    return out


def _commands(path: str) -> tuple[tuple[int, str | None, int], ...]:
    """(keyword line, name, last line) of each command of the file; empty if unreadable."""
    try:
        stat = Path(path).stat()
    except OSError:
        return ()
    return _scanned(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _scanned(path: str, _mtime: int, _size: int) -> tuple[tuple[int, str | None, int], ...]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    spans = []
    for cmd, _, end in command_spans(scan_commands(text), len(text)):
        spans.append((cmd.keyword_line, cmd.name, text.count("\n", 0, len(text[:end].rstrip())) + 1))
    return tuple(spans)


def _declaration_end(path: str, line: int) -> int:
    return next((last for keyword, _, last in _commands(path) if keyword == line), line)


def _declaration_line(path: str, name: str) -> int:
    """Where the declaration ``name`` (a full name; an instance's generated one) starts, or 1."""
    for line, declared, _ in _commands(path):
        if declared is not None and name_matches(name, declared):
            return line
    return 1
