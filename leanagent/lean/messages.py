"""Running ``lean --json`` over one file and reading its structured messages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from leanagent.engine import Engine
from leanagent.lean.spawn import spawn


def uses_sorry(text: str) -> bool:
    """Lean's "declaration uses `sorry`" warning (4.35 quotes with backticks, older Leans with ')."""
    return "declaration uses `sorry`" in text or "declaration uses 'sorry'" in text


@dataclass(frozen=True)
class LeanMessage:
    severity: str
    """``error``, ``warning`` or ``information``."""
    line: int
    """1-based."""
    col: int
    """0-based, in code points."""
    text: str

    @property
    def pos(self) -> tuple[int, int]:
        return (self.line, self.col)


@dataclass(frozen=True)
class LeanRun:
    messages: tuple[LeanMessage, ...]
    returncode: int | None
    """None when the run was stopped by the timeout."""
    other_output: str
    """Output that was not a JSON message (panics, crash reports)."""
    seconds: float

    @property
    def timed_out(self) -> bool:
        return self.returncode is None

    @property
    def crashed(self) -> bool:
        """Died by a signal, or failed without saying why: never to be read as success."""
        if self.returncode is None:
            return False
        if self.returncode < 0:
            return True
        return self.returncode != 0 and not any(m.severity == "error" for m in self.messages)


def run_lean(
    engine: Engine,
    source: Path,
    *,
    timeout: float,
    root: Path | None = None,
    olean: Path | None = None,
    extra_lean_path: tuple[Path, ...] = (),
    lake_project: Path | None = None,
    options: tuple[str, ...] = (),
) -> LeanRun:
    """Elaborate ``source``; optionally write its ``.olean``/``.ilean`` for importers.

    ``root`` fixes the module name (``root/A/B.lean`` is ``A.B``). ``lake_project`` runs
    through ``lake env`` in that folder (a user toolchain's Lake project). ``options`` are
    ``name=value`` pairs given to Lean as ``-D``.
    """
    args = [str(engine.lean), "--json", *(f"-D{option}" for option in options)]
    if root is not None:
        args += ["-R", str(root)]
    if olean is not None:
        olean.parent.mkdir(parents=True, exist_ok=True)
        args += ["-o", str(olean), "-i", str(olean.with_suffix(".ilean"))]
    args.append(str(source))
    cwd = root or source.parent
    if lake_project is not None and engine.lake is not None:
        args = [str(engine.lake), "env", *args]
        cwd = lake_project
    proc = spawn(args, timeout=timeout, cwd=cwd, env=engine.env(extra_lean_path))
    messages, other = parse_messages(proc.stdout)
    if proc.timed_out:
        return LeanRun(messages, None, other, proc.seconds)
    return LeanRun(messages, proc.returncode, (other + "\n" + proc.stderr).strip(), proc.seconds)


def parse_messages(stdout: str) -> tuple[tuple[LeanMessage, ...], str]:
    """Split ``lean --json`` output into messages and any other lines."""
    messages: list[LeanMessage] = []
    other: list[str] = []
    for line in stdout.splitlines():
        try:
            data = json.loads(line)
            pos = data["pos"]
            messages.append(LeanMessage(data["severity"], pos["line"], pos["column"], data["data"]))
        except (ValueError, KeyError, TypeError):
            if line.strip():
                other.append(line)
    return tuple(messages), "\n".join(other)
