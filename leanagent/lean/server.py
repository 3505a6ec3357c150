"""A small client of Lean's language server (`lean --server` or `lake serve`).

Why not leanclient: it hard-codes `lake serve` (the embedded engine has no lake), gives
no hook to start the server in its own session, find and cap its file workers, and its
diagnostics wait is an editor-style loop with inactivity timeouts that reports a dead
server as a `False` return. This client is synchronous per call, thread-safe, and fails
fast: when the server dies every pending call raises `ServerCrashed` at once, and every
wait has a deadline.

`LeanServer` ties together the jobs of the modules beside it: starting (`launch`), the
JSON-RPC channel (`rpc`), the process tree with its memory cap and reaper registration
(`monitor`), and leased, reused documents (`documents`).
"""

from __future__ import annotations

import atexit
import os
import subprocess
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leanagent.lean.documents import Document, Leases, tail_change
from leanagent.lean.launch import ServerSpec, launch
from leanagent.lean.monitor import ProcessTree
from leanagent.lean.rpc import Connection, LspError, ProtocolError, ServerCrashed

_DIAGNOSTICS_GRACE = 1.0
"""Seconds `wait_for_diagnostics` waits for diagnostics that should have come before the answer."""

_LIVE: weakref.WeakSet[LeanServer] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for server in list(_LIVE):
        server.close()


@dataclass
class _DocDiagnostics:
    version: int | None = None
    items: list[dict[str, Any]] = field(default_factory=list)


class LeanServer:
    """One running language server; `restart()` replaces a dead or hung one."""

    def __init__(self, spec: ServerSpec, start_timeout: float = 60.0, poll_interval: float = 0.2) -> None:
        self.spec = spec
        self.start_timeout = start_timeout
        self.poll_interval = poll_interval
        self._lock = threading.Lock()  # guards diagnostics
        self._life = threading.RLock()  # serialises start/kill
        self._conn: Connection | None = None
        self._tree: ProcessTree | None = None  # the server and every worker seen, this generation
        self._diags: dict[str, _DocDiagnostics] = {}
        self._leases = Leases()
        self._generation = 0
        self._closed = False
        self.restarts = 0
        self.peak_rss = 0
        """Largest resident size seen, in bytes, of the server plus its workers together."""
        _LIVE.add(self)
        self.start()

    # ---- process lifecycle

    @property
    def pid(self) -> int | None:
        return self._conn.proc.pid if self._conn else None

    @property
    def generation(self) -> int:
        """Bumped on every (re)start: documents opened in an older generation are gone."""
        return self._generation

    def alive(self) -> bool:
        return self._conn is not None and self._conn.proc.poll() is None

    def processes(self) -> list[int]:
        """Pids of the server and of its live file workers (as of the monitor's last poll)."""
        return self._tree.pids() if self._tree else []

    def start(self) -> None:
        with self._life:
            if self._closed:
                raise ServerCrashed("language server was closed")
            proc = launch(self.spec)
            tree = ProcessTree(proc.pid, self.spec.memory_mb)
            with self._lock:
                self._tree = tree
                self._generation += 1
                self._diags.clear()
                self._conn = conn = Connection(proc, self._notified)
            threading.Thread(
                target=self._monitor, args=(conn, tree), daemon=True, name="lean-lsp-monitor"
            ).start()
        try:
            self.request(
                "initialize",
                {
                    "processId": os.getpid(),
                    "rootUri": self.spec.cwd.resolve().as_uri(),
                    "capabilities": {},
                    "initializationOptions": {"hasWidgets": False},
                },
                timeout=self.start_timeout,
            )
            self.notify("initialized", {})
        except LspError:
            self._kill("language server failed to start")
            raise

    def _monitor(self, conn: Connection, tree: ProcessTree) -> None:
        """Poll the process tree (for the reaper and the hard memory cap) while `conn` is current."""
        while conn is self._conn and conn.proc.poll() is None:
            reason = tree.poll()
            self.peak_rss = max(self.peak_rss, tree.rss)
            if reason is not None:
                self._kill(reason, conn)
                return
            time.sleep(self.poll_interval)

    def _kill(self, reason: str, only: Connection | None = None) -> None:
        """Kill the server and all its workers; pending calls fail with `reason`."""
        with self._life:
            conn, tree = self._conn, self._tree
            if conn is None or tree is None or (only is not None and conn is not only):
                return
            conn.dying(reason)
            tree.kill()
            proc = conn.proc
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            for stream in (proc.stdin, proc.stdout):
                try:
                    if stream:
                        stream.close()
                except OSError:
                    pass
            conn.fail(ServerCrashed(reason))

    def restart(self) -> None:
        """Kill the server and its workers, start a fresh one."""
        self._kill("language server restarted")
        self.restarts += 1
        self.start()

    def close(self) -> None:
        """Stop the server for good (idempotent)."""
        _LIVE.discard(self)
        with self._life:
            self._closed = True
            self._kill("language server closed")
            self._conn = None

    def __enter__(self) -> LeanServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- JSON-RPC

    def _notified(self, conn: Connection, method: str, params: dict[str, Any]) -> None:
        if method == "textDocument/publishDiagnostics":
            with self._lock:
                if conn is self._conn:
                    self._diags[params["uri"]] = _DocDiagnostics(params.get("version"), params["diagnostics"])

    def notify(self, method: str, params: dict[str, Any]) -> None:
        conn = self._conn
        if conn is None:
            raise ServerCrashed("language server is not running")
        conn.notify(method, params)

    def request(self, method: str, params: dict[str, Any], timeout: float) -> Any:
        """Send a request and wait for its answer (raises on error, crash or timeout)."""
        conn = self._conn
        if conn is None:
            raise ServerCrashed("language server is not running")
        return conn.request(method, params, timeout)

    # ---- documents

    def open_document(self, uri: str, text: str, version: int = 1) -> None:
        with self._lock:
            self._diags.pop(uri, None)
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "lean4", "version": version, "text": text}},
        )

    def change_document(self, uri: str, version: int, changes: list[dict[str, Any]]) -> None:
        """Apply LSP content changes (ranged `{range, text}` or whole `{text}`)."""
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes},
        )

    def close_document(self, uri: str) -> None:
        with self._lock:
            self._diags.pop(uri, None)
        if self.alive():
            self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    def lease_document(self, directory: Path, role: str = "") -> Document:
        """An exclusive document in `directory`, reused across leases of the same `role`: its
        Lean worker, the imports it loaded and the commands it elaborated carry over to the
        next user (see `documents.Leases`)."""
        return self._leases.lease(directory, role)

    def release_document(self, doc: Document, directory: Path) -> None:
        self._leases.release(doc, directory)

    def show(self, doc: Document, text: str, from_line: int = 0) -> tuple[int, bool]:
        """Make `doc` hold `text`, sending only the lines from `from_line` on when it is
        open (the caller vouches the earlier lines are unchanged). Returns the version to
        wait for and whether the document had to be opened (first use, or a new server)."""
        doc.version += 1
        opened = doc.generation != self._generation
        if opened:
            doc.generation = self._generation
            self.open_document(doc.uri, text, doc.version)
        else:
            self.change_document(doc.uri, doc.version, [tail_change(doc.text, text, from_line)])
        doc.text = text
        return doc.version, opened

    def wait_for_diagnostics(self, uri: str, version: int, timeout: float) -> list[dict[str, Any]]:
        """Block until `version` of the document is fully elaborated; return its diagnostics.

        Lean publishes the diagnostics of every version it elaborates (an empty list for a
        clean one) before it answers the wait, so the last ones recorded are for `version`.
        Raises `ProtocolError` when they are not: Lean answered for a newer version (the
        document never had `version`, or was changed since), or published none for it.
        """
        self.request("textDocument/waitForDiagnostics", {"uri": uri, "version": version}, timeout)
        deadline = time.monotonic() + min(_DIAGNOSTICS_GRACE, max(timeout, 0.0))
        while True:
            with self._lock:
                diags = self._diags.get(uri)
                if diags is not None and diags.version == version:
                    return list(diags.items)
            got = None if diags is None else diags.version
            if got is not None and got > version:
                break
            if time.monotonic() >= deadline:  # older or none: allow a late notification first
                break
            time.sleep(0.01)
        raise ProtocolError(
            f"waitForDiagnostics for version {version} of {uri} answered, but the diagnostics "
            + (f"Lean published are for version {got}" if got is not None else "Lean published none")
        )

    def plain_goal(self, uri: str, line: int, character: int, timeout: float) -> list[str] | None:
        """Goals at a position (after the tactic ending there); None where there is no tactic."""
        result = self.request(
            "$/lean/plainGoal",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
            timeout,
        )
        return None if result is None else list(result.get("goals", []))
