"""The ratchet: a baseline of what is already wrong, so CI fails only on what is new.

A baseline file (JSON) holds, per file (relative to the repository root), each theorem's
status and axioms and the file's problems outside theorems. Compared with a new run, a
theorem that turned ``error``, a new ``sorry``, a new axiom dependency of a known theorem
and a new problem of a file are new; what was not ok and now is (or is gone) is fixed.
Only files checked in this run are compared, so ``--changed-since`` works with a full
baseline.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from leanagent.lean.check import CheckReport

VERSION = 1
_POSITION = re.compile(r"^\d+:\d+: ")


class BaselineError(ValueError):
    """The baseline file is unreadable or not a leanagent baseline."""


@dataclass
class Ratchet:
    new: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)


def _relative(path: str, root: Path) -> str:
    p = Path(path)
    return (p.relative_to(root) if p.is_absolute() and p.is_relative_to(root) else p).as_posix()


def _problem_key(text: str) -> str:
    """A file problem without its position (lines move) and with whitespace collapsed."""
    return " ".join(_POSITION.sub("", text, count=1).split())


def snapshot(report: CheckReport, root: Path) -> dict[str, dict]:
    """``{file: {"theorems": {name: {status, axioms}}, "problems": [...]}}`` for the run."""
    files: dict[str, dict] = {}
    for f in report.files:
        entry = files.setdefault(_relative(f.path, root), {"theorems": {}, "problems": []})
        for thm in f.theorems:
            entry["theorems"][thm.name] = {"status": thm.status, "axioms": sorted(thm.axioms)}
        entry["problems"] = sorted({_problem_key(p) for p in [*f.errors, *f.sorries]})
    return files


def load_baseline(path: Path) -> dict[str, dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BaselineError(f"cannot read the baseline {path}: {exc}") from None
    if (
        not isinstance(data, dict)
        or data.get("version") != VERSION
        or not isinstance(data.get("files"), dict)
    ):
        raise BaselineError(f"{path} is not a leanagent baseline (version {VERSION})")
    return data["files"]


def save_baseline(path: Path, files: dict[str, dict], *, keep: dict[str, dict] | None = None) -> None:
    """Write atomically; ``keep``: entries of files not checked this run (an update after
    ``--changed-since`` leaves the others as they were)."""
    merged = {**(keep or {}), **files}
    text = json.dumps({"version": VERSION, "files": dict(sorted(merged.items()))}, indent=1, sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    os.replace(tmp, path)


def compare(baseline: dict[str, dict], current: dict[str, dict]) -> Ratchet:
    """New and fixed items of the files in ``current`` against ``baseline``."""
    ratchet = Ratchet()
    for file, now in sorted(current.items()):
        before = baseline.get(file, {"theorems": {}, "problems": []})
        old_theorems = before.get("theorems", {})
        for name, thm in sorted(now["theorems"].items()):
            old = old_theorems.get(name)
            status, old_status = thm["status"], (old or {}).get("status")
            where = f"{file}: {name}"
            if status == "error" and old_status != "error":
                ratchet.new.append(f"new error: {where}")
            elif status == "sorry" and old_status in (None, "ok"):
                ratchet.new.append(f"new sorry: {where}")
            elif status == "ok" and old_status in ("error", "sorry"):
                ratchet.fixed.append(f"fixed ({old_status} -> ok): {where}")
            elif status == "sorry" and old_status == "error":
                ratchet.fixed.append(f"fixed (error -> sorry): {where}")
            if old is not None:
                added = sorted(set(thm["axioms"]) - set(old.get("axioms", [])))
                if added:
                    ratchet.new.append(f"new axiom dependency: {where} uses {', '.join(added)}")
        for name, old in sorted(old_theorems.items()):
            if name not in now["theorems"] and old.get("status") != "ok":
                ratchet.fixed.append(f"gone (was {old.get('status')}): {file}: {name}")
        old_problems = set(before.get("problems", []))
        for problem in now["problems"]:
            if problem not in old_problems:
                ratchet.new.append(f"new problem: {file}: {problem.splitlines()[0][:300]}")
        for problem in sorted(old_problems - set(now["problems"])):
            ratchet.fixed.append(f"fixed: {file}: {problem.splitlines()[0][:300]}")
    return ratchet
