"""The process tree of one language server: its file workers, their memory, their end.

Lean starts every file worker in a session of its own, so killing the server's process
group is not enough. `ProcessTree.poll` (run by the server's monitor thread) records the
workers as they appear, registers each with the reaper (`leanagent.lean.reaper`, which
kills them all when this process goes away by any means, SIGKILL included) and checks
the hard memory cap on each one's resident size.
"""

from __future__ import annotations

import os
import signal
import time

import psutil

from leanagent.lean.reaper import Reaper

HARD_CAP_FACTOR = 1.5
"""A process whose resident size passes this many times the cap is killed."""


class ProcessTree:
    """A server process and every descendant seen under it."""

    def __init__(self, pid: int, memory_mb: int | None) -> None:
        self.root = pid
        self.procs = [psutil.Process(pid)]
        self.rss = 0
        """Resident size, in bytes, of the live processes together at the last poll."""
        self._cap = int(memory_mb * HARD_CAP_FACTOR) << 20 if memory_mb else None
        self._memory_mb = memory_mb

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def poll(self) -> str | None:
        """Record new descendants, forget gone ones; the reason to kill the tree, if any."""
        known = set(self.pids())
        for pid in descendants(self.root):
            if pid not in known:
                try:
                    self.procs.append(psutil.Process(pid))
                except psutil.Error:
                    continue
                Reaper.register(pid)
        sizes, alive = [], []
        for p in self.procs:
            try:
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                    sizes.append(p.memory_info().rss)
                    alive.append(p)
                    continue
            except psutil.Error:
                pass
            Reaper.unregister(p.pid)  # gone: its pid may be reused, so the reaper must forget it
        self.procs = alive
        self.rss = sum(sizes)
        if self._cap is not None and max(sizes, default=0) > self._cap:
            return f"memory cap exceeded ({max(sizes) >> 20} MB > {self._memory_mb} MB)"
        return None

    def kill(self) -> None:
        """SIGKILL every process recorded, and any child not yet seen; the reaper forgets them."""
        tree = list(self.procs)
        try:
            tree += [c for c in tree[0].children(recursive=True) if c.pid not in {p.pid for p in tree}]
        except (psutil.Error, IndexError):
            pass
        kill_tree(tree)
        for p in tree:
            Reaper.unregister(p.pid)


def kill_tree(procs: list[psutil.Process]) -> None:
    """SIGKILL each process's group (a worker leads its own) and the process itself."""
    for proc in procs:
        try:
            if proc.is_running():
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    proc.kill()
        except psutil.Error:
            pass
    wait_gone([p.pid for p in procs], timeout=10)


def descendants(pid: int) -> list[int]:
    """Pids of all descendants of `pid`. Reads /proc/PID/task/*/children where the kernel
    has it: psutil would scan every process on the machine, several times a second."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    if not tasks:  # exited but not yet reaped: no threads, no children
        return []
    if not os.path.exists(f"/proc/{pid}/task/{tasks[0]}/children"):
        try:
            return [c.pid for c in psutil.Process(pid).children(recursive=True)]
        except psutil.Error:
            return []
    found: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                found += [int(child) for child in fh.read().split()]
        except OSError:
            pass
    return found + [grandchild for child in found for grandchild in descendants(child)]


def wait_gone(pids: list[int], timeout: float = 5.0) -> list[int]:
    """Pids among `pids` still running (zombies count as gone) after up to `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for pid in pids:
            try:
                if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                    alive.append(pid)
            except psutil.Error:
                pass
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.05)
