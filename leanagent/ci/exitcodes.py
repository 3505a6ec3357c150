"""The exit codes of ``leanagent check``: stable, documented in the README, for CI scripts."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """Everything checked is ok (with ``--allow-sorry``: only ``sorry`` left; with ``--baseline``:
    nothing new beyond the baseline)."""
    FAILED = 1
    """Some theorem or file is not ok (with ``--baseline``: something new is)."""
    UNUSABLE = 2
    """Nothing could be judged: bad arguments, a missing path, no Lean engine, a git error."""
    REPLAY_UNAVAILABLE = 3
    """``--replay`` was asked for but the toolchain has no replay checker (the check itself passed)."""
