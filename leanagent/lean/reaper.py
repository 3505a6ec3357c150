"""The reaper: one helper process per Python process that kills the registered Lean process
groups when that Python process goes away by any means, SIGKILL included.

Run as a script (`python -S reaper.py`, standard library only, so it starts fast and
needs nothing of ours). It reads `+PGID` / `-PGID` lines on stdin; when stdin closes or,
if a forked child of ours still holds that pipe, its parent changes, it sweeps /proc for
children of the registered processes (a worker born since the monitor's last poll) and
SIGKILLs them all. `Reaper` is the parent's side.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import threading


def _children(pids: set[int]) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/" + entry + "/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid in pids:
                found.add(int(entry))
    return found


def main() -> None:
    """The reaper process: collect groups until our parent is gone, then kill them all."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    parent, groups, buf = os.getppid(), set(), b""
    while True:
        if select.select([0], [], [], 0.2)[0]:
            chunk = os.read(0, 4096)
            if not chunk:
                break
            *lines, buf = (buf + chunk).split(b"\n")
            for line in lines:
                (groups.add if line[:1] == b"+" else groups.discard)(int(line[1:]))
        elif os.getppid() != parent:
            break
    for pid in _children(groups) | groups:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


class Reaper:
    """The parent's side: starts the reaper process on first use (again in a forked child)."""

    _lock = threading.Lock()
    _proc: subprocess.Popen[bytes] | None = None
    _owner = 0  # pid that started _proc: a forked child needs a reaper of its own

    @classmethod
    def _send(cls, line: str) -> None:
        with cls._lock:
            if cls._proc is None or cls._owner != os.getpid() or cls._proc.poll() is not None:
                cls._owner = os.getpid()
                cls._proc = subprocess.Popen(
                    [sys.executable, "-S", os.path.abspath(__file__)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            assert cls._proc.stdin is not None
            cls._proc.stdin.write(line.encode() + b"\n")
            cls._proc.stdin.flush()

    @classmethod
    def register(cls, pgid: int) -> None:
        cls._send(f"+{pgid}")

    @classmethod
    def unregister(cls, pgid: int) -> None:
        cls._send(f"-{pgid}")


if __name__ == "__main__":
    main()
