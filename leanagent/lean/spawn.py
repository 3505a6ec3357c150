"""One spawner for every short-lived Lean or Lake process (``lean FILE``, ``lake build``).

Process hygiene, the same guarantees as the language server's (`leanagent.lean.server`):

* the child leads a process group of its own (``start_new_session``), so a timeout kills
  the whole group: ``lake`` and the ``lean`` it starts, a shell and its background jobs;
* the child dies with us even when we are SIGKILLed: on Linux it gets
  ``PR_SET_PDEATHSIG(SIGKILL)`` (immediate, but only for the direct child), and its group
  is registered with the server module's reaper process (`_Reaper`), which kills the
  whole group, grandchildren included, once this process is gone by any means;
* an address-space cap (``RLIMIT_AS``) is applied before ``exec`` when one is given,
  or set in ``LEANAGENT_LEAN_AS_MB``; off by default (Lean reserves address space
  generously, so a cap is a blunt tool: prefer Lean's own ``-M``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from leanagent.lean.server import _Reaper

try:
    import resource
except ImportError:  # not a Unix
    resource = None  # type: ignore[assignment]

AS_LIMIT_ENV = "LEANAGENT_LEAN_AS_MB"
"""Default address-space cap in MiB for spawned processes (unset or 0: none)."""

_PR_SET_PDEATHSIG = 1
_RLIMIT_AS = resource.RLIMIT_AS if resource is not None else -1
_KILL_GRACE_S = 10.0
"""After killing the group, how long to wait for its pipes to close."""


def _load_prctl() -> Callable[..., int] | None:
    """libc's ``prctl``, resolved here so the forked child only has to call it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return prctl


_PRCTL = _load_prctl()


@dataclass(frozen=True)
class Spawned:
    returncode: int | None
    """None when the run was stopped by the timeout (the whole group was killed)."""
    stdout: str
    """Everything written, up to the kill on a timeout."""
    stderr: str
    seconds: float

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def _address_space_limit(memory_mb: int | None) -> int | None:
    if memory_mb is None:
        try:
            memory_mb = int(os.environ.get(AS_LIMIT_ENV, "") or 0)
        except ValueError:
            memory_mb = 0
    return memory_mb << 20 if memory_mb and memory_mb > 0 else None


def _preexec(limit: int | None, parent: int) -> Callable[[], None]:
    prctl = _PRCTL
    setrlimit = resource.setrlimit if resource is not None and limit is not None else None

    def setup() -> None:  # runs in the forked child: no imports, no locks
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != parent:  # we died before the signal was armed
                os._exit(1)
        if setrlimit is not None:
            setrlimit(_RLIMIT_AS, (limit, limit))

    return setup


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        try:
            proc.kill()
        except OSError:
            pass


def spawn(
    args: Sequence[str | Path],
    *,
    timeout: float,
    cwd: Path | str | None = None,
    env: dict[str, str] | None = None,
    memory_mb: int | None = None,
) -> Spawned:
    """Run ``args`` to completion or until ``timeout`` seconds; return what it said.

    ``env`` is the child's whole environment (None: ours). ``memory_mb`` caps its address
    space (None: `AS_LIMIT_ENV`, else no cap).
    """
    limit = _address_space_limit(memory_mb)
    start = time.monotonic()
    proc = subprocess.Popen(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_preexec(limit, os.getpid()),
    )
    try:
        _Reaper.register(proc.pid)
    except OSError:
        pass  # no reaper (cannot start one): PR_SET_PDEATHSIG still covers the child
    returncode: int | None
    try:
        try:
            out, err = proc.communicate(timeout=timeout)
            returncode = proc.returncode
        except subprocess.TimeoutExpired:
            returncode = None
            _kill_group(proc)
            try:  # the output read so far is kept across the retry
                out, err = proc.communicate(timeout=_KILL_GRACE_S)
            except subprocess.TimeoutExpired:  # a grandchild in a session of its own holds a pipe
                out, err = b"", b""
                for stream in (proc.stdout, proc.stderr):
                    if stream:
                        stream.close()
                proc.wait()
        _kill_group(proc)  # whatever the leader left behind in its group goes too
    except BaseException:  # KeyboardInterrupt, or an error while reading
        _kill_group(proc)
        proc.wait()
        raise
    finally:
        try:
            _Reaper.unregister(proc.pid)
        except OSError:
            pass
    return Spawned(
        returncode,
        out.decode("utf-8", errors="replace"),
        err.decode("utf-8", errors="replace"),
        time.monotonic() - start,
    )
