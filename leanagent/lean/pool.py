"""A pool of language servers for parallel proving: one server per worker at a time.

A checked-out server belongs to one caller until it is returned, so a timeout or crash
that restarts it cannot disturb anyone else's call. Closing the pool stops every server
and its file workers; checking out from a closed pool raises.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from leanagent.engine import Engine, get_engine
from leanagent.lean.dojo import Dojo, DojoLimits, ProofTarget, TacticState, server_spec
from leanagent.lean.server import LeanServer


class PoolClosed(RuntimeError):
    """The pool was closed."""


class ServerPool:
    """`size` servers started from `engine` for theorems under `directory`."""

    def __init__(
        self,
        size: int,
        directory: Path,
        engine: Engine | None = None,
        limits: DojoLimits | None = None,
    ) -> None:
        self.engine = engine or get_engine(directory)
        self.limits = limits or DojoLimits()
        spec = server_spec(self.engine, directory.resolve(), self.limits.memory_mb)
        self._free: queue.Queue[LeanServer] = queue.Queue()
        self._all: list[LeanServer] = []
        self._closed = False
        self._lock = threading.Lock()
        try:
            for _ in range(size):
                server = LeanServer(spec)
                self._all.append(server)
                self._free.put(server)
        except BaseException:
            self.close()
            raise

    @property
    def servers(self) -> list[LeanServer]:
        return list(self._all)

    @contextmanager
    def server(self, timeout: float | None = None) -> Iterator[LeanServer]:
        """Check a server out for the duration of the block (waits for a free one)."""
        if self._closed:
            raise PoolClosed("the server pool is closed")
        try:
            server = self._free.get(timeout=timeout)
        except queue.Empty as exc:
            raise TimeoutError("no free Lean server") from exc
        try:
            if self._closed:
                raise PoolClosed("the server pool is closed")
            yield server
        finally:
            self._free.put(server)

    @contextmanager
    def dojo(
        self, target: ProofTarget, width: int = 1, stub_context_proofs: bool = True
    ) -> Iterator[tuple[Dojo, TacticState]]:
        """A Dojo on a checked-out server: `with pool.dojo(target) as (dojo, state):`."""
        with self.server() as server:
            dojo = Dojo(
                target,
                server=server,
                engine=self.engine,
                limits=self.limits,
                width=width,
                stub_context_proofs=stub_context_proofs,
            )
            with dojo as opened:
                yield opened

    def close(self) -> None:
        """Stop every server and its file workers (idempotent)."""
        with self._lock:
            self._closed = True
            for server in self._all:
                server.close()

    def __enter__(self) -> ServerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
