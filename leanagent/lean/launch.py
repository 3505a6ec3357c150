"""How a language server is started: its command line, options and sandbox.

`lean --server` serves the embedded engine (or a toolchain outside any Lake project),
`lake serve` a user's Lake project. Both start through `leanagent.lean.spawn`: the memory
cap, a private tmp and no network, inherited by every file worker.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from leanagent.lean.spawn import address_space_mb, sandbox, start_sandboxed


@dataclass(frozen=True)
class ServerSpec:
    """How to start one language server."""

    argv: tuple[str, ...]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict, hash=False)
    memory_mb: int | None = None
    """Memory cap per Lean process (None: no cap); see `lean_options`."""


def lean_options(memory_mb: int | None) -> tuple[str, ...]:
    """Server options, forwarded by the server to every file worker.

    `server.reportDelayMs=0` turns off the diagnostics debounce (~200 ms per round trip).
    `-M` makes Lean itself stop with "excessive memory consumption" near the cap; the
    monitor kills a process that overshoots it anyway (`monitor.HARD_CAP_FACTOR`).
    """
    return ("-Dserver.reportDelayMs=0", *(("-M", str(memory_mb)) if memory_mb else ()))


def lean_server_spec(lean: Path, cwd: Path, env: dict[str, str], memory_mb: int | None) -> ServerSpec:
    """`lean --server` (the embedded engine, or a toolchain outside any Lake project)."""
    return ServerSpec((str(lean), "--server", *lean_options(memory_mb)), cwd, env, memory_mb)


def lake_server_spec(lake: Path, project: Path, env: dict[str, str], memory_mb: int | None) -> ServerSpec:
    """`lake serve` in a user's Lake project (imports resolved by Lake)."""
    return ServerSpec((str(lake), "serve", "--", *lean_options(memory_mb)), project, env, memory_mb)


def launch(spec: ServerSpec) -> subprocess.Popen[bytes]:
    """Start the server sandboxed, pipes on stdin/stdout; the private tmp lives as long as it."""
    # the file workers inherit the cap, tmp and network namespace (and get the Dojo's heap cap on top)
    box = sandbox({**os.environ, **spec.env}, address_space_mb(spec.memory_mb), die_with_parent=False)
    proc = start_sandboxed(spec.argv, box, cwd=spec.cwd, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL)
    box.release_when_gone(proc)
    return proc
