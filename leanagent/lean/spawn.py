"""One spawner for every short-lived Lean or Lake process (``lean FILE``, ``lake build``).

Process hygiene, the same guarantees as the language server's (`leanagent.lean.server`):

* the child leads a process group of its own (``start_new_session``), so a timeout kills
  the whole group: ``lake`` and the ``lean`` it starts, a shell and its background jobs;
* the child dies with us even when we are SIGKILLed: on Linux it gets
  ``PR_SET_PDEATHSIG(SIGKILL)`` (immediate, but only for the direct child), and its group
  is registered with the reaper process (`leanagent.lean.reaper`), which kills the
  whole group, grandchildren included, once this process is gone by any means;
* every Lean process, these and the language server (`sandbox`, the one place this is
  done), runs sandboxed: an address-space cap (``RLIMIT_AS``, `address_space_mb`, from the
  ``lean_as_mb`` setting), a private temporary folder (``TMPDIR``/``TMP``/``TEMP``, removed
  once the process is gone) and, where the platform allows it, no network (a network
  namespace of its own, holding only a loopback that is down; `network_isolation` says
  whether that works here).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from leanagent.config import get_settings
from leanagent.lean.monitor import HARD_CAP_FACTOR
from leanagent.lean.reaper import Reaper

try:
    import resource
except ImportError:  # not a Unix
    resource = None  # type: ignore[assignment]

_PR_SET_PDEATHSIG = 1
_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000
AUTO_AS_BASE_MB = 8192
AUTO_AS_PER_CPU_MB = 256
AUTO_AS_MIN_MB = 16384
"""The automatic address-space cap, generous because Lean 4.35 reserves far more address
space than it uses (measured on 2 CPUs, one-line file): ``lean FILE`` needs ~5.4 GiB at
-j2, plus ~128 MiB per extra thread (7.1 GiB at -j16, 10.4 GiB at -j64; Lean starts one
per CPU); a language server's file worker peaks at ~11 GiB (8 threads), the server at ~8."""
_RLIMIT_AS = resource.RLIMIT_AS if resource is not None else -1
_KILL_GRACE_S = 10.0
"""After killing the group, how long to wait for its pipes to close."""


def _load_libc(name: str, *argtypes: type) -> Callable[..., int] | None:
    """A libc function, resolved here so the forked child only has to call it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        func = getattr(libc, name)
    except (OSError, AttributeError):
        return None
    func.argtypes = list(argtypes)
    func.restype = ctypes.c_int
    return func


_PRCTL = _load_libc("prctl", ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong)
_UNSHARE = _load_libc("unshare", ctypes.c_int)


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


def address_space_mb(heap_mb: int | None = None) -> int | None:
    """The address-space cap of a Lean process in MiB (None: off), from the ``lean_as_mb``
    setting (``LEANAGENT_LEAN_AS_MB``); unset or 0: off, since Lean maps every imported
    ``.olean`` and a stack per thread into its address space, so a cap that fits one file
    crashes the language server's worker on another (the Dojo's memory cap is Lean's own
    ``-M`` plus the server's RSS monitor); -1: `AUTO_AS_BASE_MB` plus `AUTO_AS_PER_CPU_MB`
    per CPU, at least `AUTO_AS_MIN_MB`. ``heap_mb``, the Lean heap a process may use (the
    Dojo's ``-M``), comes on top, up to where the server's monitor kills it."""
    configured = get_settings().lean_as_mb
    if not configured:
        return None
    if configured < 0:  # "auto"
        configured = max(AUTO_AS_MIN_MB, AUTO_AS_BASE_MB + AUTO_AS_PER_CPU_MB * (os.cpu_count() or 1))
    return configured + (int(heap_mb * HARD_CAP_FACTOR) if heap_mb else 0)


def _isolate_network(unshare: Callable[..., int], maps: tuple[tuple[str, bytes], ...]) -> bool:
    """In a forked child: enter a network namespace of our own (as root, or else inside a
    user namespace of our own that maps our uid and gid to themselves)."""
    if unshare(_CLONE_NEWNET) == 0:
        return True
    if unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        return False
    for path, text in maps:
        try:
            fd = os.open(path, os.O_WRONLY)
            try:
                os.write(fd, text)
            finally:
                os.close(fd)
        except OSError:
            pass  # unmapped, we show as nobody; file access still goes by our real ids
    return True


def _id_maps() -> tuple[tuple[str, bytes], ...]:
    uid, gid = os.getuid(), os.getgid()
    return (
        ("/proc/self/setgroups", b"deny"),
        ("/proc/self/uid_map", f"{uid} {uid} 1".encode()),
        ("/proc/self/gid_map", f"{gid} {gid} 1".encode()),
    )


def _preexec(limit: int | None, parent: int, die_with_parent: bool) -> Callable[[], None]:
    prctl, unshare, maps = _PRCTL if die_with_parent else None, _UNSHARE, _id_maps()
    setrlimit = resource.setrlimit if resource is not None and limit is not None else None

    def setup() -> None:  # runs in the forked child: no imports, no locks
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != parent:  # we died before the signal was armed
                os._exit(1)
        if setrlimit is not None:
            setrlimit(_RLIMIT_AS, (limit, limit))
        if unshare is not None:
            _isolate_network(unshare, maps)  # not possible here: carry on with the network

    return setup


@dataclass(frozen=True)
class Sandbox:
    """What one Lean process is started with (`sandbox`)."""

    env: dict[str, str]
    """The child's whole environment, its temporary folder variables pointing at `tmp`."""
    tmp: Path
    """Its private temporary folder: remove it (`release`) once the process is gone."""
    preexec: Callable[[], None]
    """For ``Popen(preexec_fn=...)``, with ``start_new_session=True``: dies with us (see
    `sandbox`), the address-space cap, the network namespace."""

    def release(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
        _LIVE_TMP.discard(self.tmp)

    def release_when_gone(self, proc: subprocess.Popen[bytes]) -> None:
        """Remove the folder once ``proc`` exits (from a daemon thread)."""

        def wait() -> None:
            proc.wait()
            self.release()

        threading.Thread(target=wait, daemon=True, name="lean-sandbox-tmp").start()


_LIVE_TMP: set[Path] = set()
"""Private folders not yet released: removed at exit too (a server outliving its waiter)."""


@atexit.register
def _release_all() -> None:
    for tmp in list(_LIVE_TMP):
        shutil.rmtree(tmp, ignore_errors=True)
    _LIVE_TMP.clear()


_TMP_PREFIX = "leanagent-lean-"


@functools.cache
def _sweep_stale_tmp() -> None:
    """Once per process: remove the private folders of owners that died (SIGKILL, no atexit)."""
    base = Path(tempfile.gettempdir())
    try:
        entries = list(base.glob(f"{_TMP_PREFIX}*-*"))
    except OSError:
        return
    for entry in entries:
        try:
            owner = int(entry.name[len(_TMP_PREFIX) :].split("-", 1)[0])
            if entry.stat().st_uid != os.getuid():
                continue
            os.kill(owner, 0)  # alive (or a reused pid): keep
        except ProcessLookupError:
            shutil.rmtree(entry, ignore_errors=True)
        except (ValueError, OSError):
            continue


def sandbox(env: Mapping[str, str] | None, memory_mb: int | None, *, die_with_parent: bool = True) -> Sandbox:
    """The one sandbox of every Lean process: ``env`` (None: ours) plus a fresh private
    temporary folder, and an address-space cap of ``memory_mb`` MiB (None or 0: none).

    ``die_with_parent``: arm ``PR_SET_PDEATHSIG``. It fires when the *thread* that started
    the child ends, so a long-lived process started from a short-lived thread (the
    language server) must rely on the reaper alone."""
    _sweep_stale_tmp()
    tmp = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-"))
    _LIVE_TMP.add(tmp)
    child_env = {
        **(os.environ if env is None else env),
        "TMPDIR": str(tmp),
        "TMP": str(tmp),
        "TEMP": str(tmp),
    }
    limit = memory_mb << 20 if memory_mb and memory_mb > 0 else None
    return Sandbox(child_env, tmp, _preexec(limit, os.getpid(), die_with_parent))


@functools.cache
def network_isolation() -> bool:
    """Whether a child can get a network namespace of its own here (probed once, by
    starting a child that must manage it)."""
    if _UNSHARE is None:
        return False
    unshare, maps = _UNSHARE, _id_maps()

    def probe() -> None:
        if not _isolate_network(unshare, maps):
            raise OSError("unshare")

    try:
        subprocess.run(
            [sys.executable, "-c", ""],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=probe,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        try:
            proc.kill()
        except OSError:
            pass


def start_sandboxed(
    args: Sequence[str | Path],
    box: Sandbox,
    *,
    cwd: Path | str | None,
    stdin: int,
    stderr: int,
    reaper_optional: bool = False,
) -> subprocess.Popen:
    """Start ``args`` in ``box``, in a session of its own, registered with the reaper (which
    kills its whole group if we die); stdout is a pipe. The box is released if it fails.
    ``reaper_optional``: the child dies with us anyway (``PR_SET_PDEATHSIG``), so a reaper
    that cannot start is no error."""
    try:
        proc = subprocess.Popen(
            [str(a) for a in args],
            cwd=cwd,
            env=box.env,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
            preexec_fn=box.preexec,
        )
    except BaseException:
        box.release()
        raise
    try:
        Reaper.register(proc.pid)
    except OSError:
        if not reaper_optional:
            _kill_group(proc)
            proc.wait()
            box.release()
            raise
    return proc


def spawn(
    args: Sequence[str | Path],
    *,
    timeout: float,
    cwd: Path | str | None = None,
    env: dict[str, str] | None = None,
    memory_mb: int | None = None,
) -> Spawned:
    """Run ``args`` to completion or until ``timeout`` seconds; return what it said.

    ``env`` is the child's whole environment (None: ours), plus its private temporary
    folder (`sandbox`). ``memory_mb`` caps its address space (None: `address_space_mb`;
    0: no cap).
    """
    box = sandbox(env, address_space_mb() if memory_mb is None else memory_mb)
    start = time.monotonic()
    proc = start_sandboxed(
        args, box, cwd=cwd, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, reaper_optional=True
    )
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
            Reaper.unregister(proc.pid)
        except OSError:
            pass
        box.release()
    return Spawned(
        returncode,
        out.decode("utf-8", errors="replace"),
        err.decode("utf-8", errors="replace"),
        time.monotonic() - start,
    )
