"""A small client of Lean's language server (`lean --server` or `lake serve`).

Why not leanclient: it hard-codes `lake serve` (the embedded engine has no lake), gives
no hook to start the server in its own session, find and cap its file workers, and its
diagnostics wait is an editor-style loop with inactivity timeouts that reports a dead
server as a `False` return. This client is synchronous per call, thread-safe, and fails
fast: when the server dies every pending call raises `ServerCrashed` at once, and every
wait has a deadline.

Process hygiene: Lean starts every file worker in a session of its own, so killing the
server's process group is not enough. A monitor thread per server records the workers
as they appear (and enforces the hard memory cap on each one's resident size); every
recorded process group is registered with the reaper (`leanagent.lean.reaper`), a tiny
process that kills them all when this process goes away by any means, SIGKILL included.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from leanagent.lean.reaper import Reaper

_PROGRESS = b'"method":"$/lean/fileProgress"'
_PROGRESS_WITHIN = 64
"""Lean writes an object's keys in order, so a progress notification says so up front."""
_DIAGNOSTICS_GRACE = 1.0
"""Seconds `wait_for_diagnostics` waits for diagnostics that should have come before the answer."""


class LspError(RuntimeError):
    """The server answered a request with an error."""


class ServerCrashed(LspError):
    """The server process died or closed its output."""


class RequestTimeout(LspError):
    """No answer within the deadline; the caller decides whether to restart."""


class ProtocolError(LspError):
    """The server's answers do not fit together (e.g. diagnostics for another version)."""


@dataclass(frozen=True)
class ServerSpec:
    """How to start one language server."""

    argv: tuple[str, ...]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict, hash=False)
    memory_mb: int | None = None
    """Memory cap per Lean process (None: no cap); see `lean_options`."""


HARD_CAP_FACTOR = 1.5
"""A process whose resident size passes this many times the cap is killed."""


def lean_options(memory_mb: int | None) -> tuple[str, ...]:
    """Server options, forwarded by the server to every file worker.

    `server.reportDelayMs=0` turns off the diagnostics debounce (~200 ms per round trip).
    `-M` makes Lean itself stop with "excessive memory consumption" near the cap; the
    monitor kills a process that overshoots it anyway (`HARD_CAP_FACTOR`).
    """
    return ("-Dserver.reportDelayMs=0", *(("-M", str(memory_mb)) if memory_mb else ()))


def lean_server_spec(lean: Path, cwd: Path, env: dict[str, str], memory_mb: int | None) -> ServerSpec:
    """`lean --server` (the embedded engine, or a toolchain outside any Lake project)."""
    return ServerSpec((str(lean), "--server", *lean_options(memory_mb)), cwd, env, memory_mb)


def lake_server_spec(lake: Path, project: Path, env: dict[str, str], memory_mb: int | None) -> ServerSpec:
    """`lake serve` in a user's Lake project (imports resolved by Lake)."""
    return ServerSpec((str(lake), "serve", "--", *lean_options(memory_mb)), project, env, memory_mb)


def _kill_tree(procs: list[psutil.Process]) -> None:
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


_LIVE: weakref.WeakSet[LeanServer] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for server in list(_LIVE):
        server.close()


# --------------------------------------------------------------------------- client


class _Pending:
    __slots__ = ("event", "result", "error")

    def __init__(self) -> None:
        self.event = threading.Event()
        self.result: Any = None
        self.error: Exception | None = None


@dataclass
class _DocDiagnostics:
    version: int | None = None
    items: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Document:
    """A document of one server: what it holds, at which version, in which server life."""

    uri: str
    version: int = 0
    text: str = ""
    generation: int = -1
    """The server generation it was opened in; another one means it must be reopened."""
    role: str = ""
    """Which spare documents it goes back to (see `LeanServer.lease_document`)."""


class LeanServer:
    """One running language server; `restart()` replaces a dead or hung one."""

    def __init__(self, spec: ServerSpec, start_timeout: float = 60.0, poll_interval: float = 0.2) -> None:
        self.spec = spec
        self.start_timeout = start_timeout
        self.poll_interval = poll_interval
        self._lock = threading.Lock()  # guards ids, pending, diagnostics
        self._life = threading.RLock()  # serialises start/kill
        self._write_lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._tree: list[psutil.Process] = []  # the server and every worker seen, this generation
        self._death: str | None = None  # why we killed the current process, if we did
        self._pending: dict[int, _Pending] = {}
        self._diags: dict[str, _DocDiagnostics] = {}
        self._spare: dict[tuple[Path, str], list[Document]] = {}
        self._documents = 0
        self._next_id = 0
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
        return self._proc.pid if self._proc else None

    @property
    def generation(self) -> int:
        """Bumped on every (re)start: documents opened in an older generation are gone."""
        return self._generation

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def processes(self) -> list[int]:
        """Pids of the server and of its live file workers (as of the monitor's last poll)."""
        return [p.pid for p in self._tree]

    def start(self) -> None:
        with self._life:
            if self._closed:
                raise ServerCrashed("language server was closed")
            from leanagent.lean.spawn import address_space_mb, sandbox, start_sandboxed  # spawn imports us

            # the cap, private tmp and network namespace of every Lean process; the file
            # workers inherit them (and get the Dojo's heap cap on top of the cap)
            box = sandbox(
                {**os.environ, **self.spec.env}, address_space_mb(self.spec.memory_mb), die_with_parent=False
            )
            proc = start_sandboxed(
                self.spec.argv, box, cwd=self.spec.cwd, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL
            )
            box.release_when_gone(proc)  # the private tmp lives as long as the server
            with self._lock:
                self._proc = proc
                self._tree = [psutil.Process(proc.pid)]
                self._death = None
                self._generation += 1
                self._diags.clear()
            threading.Thread(
                target=self._read_loop, args=(proc,), daemon=True, name="lean-lsp-reader"
            ).start()
            threading.Thread(target=self._monitor, args=(proc,), daemon=True, name="lean-lsp-monitor").start()
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

    def _monitor(self, proc: subprocess.Popen[bytes]) -> None:
        """Record new file workers (for the reaper) and enforce the hard memory cap."""
        cap = int(self.spec.memory_mb * HARD_CAP_FACTOR) << 20 if self.spec.memory_mb else None
        while proc is self._proc and proc.poll() is None:
            known = {p.pid for p in self._tree}
            for pid in descendants(proc.pid):
                if pid not in known:
                    try:
                        self._tree.append(psutil.Process(pid))
                    except psutil.Error:
                        continue
                    Reaper.register(pid)
            sizes, alive = [], []
            for p in self._tree:
                try:
                    if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                        sizes.append(p.memory_info().rss)
                        alive.append(p)
                        continue
                except psutil.Error:
                    pass
                Reaper.unregister(p.pid)  # gone: its pid may be reused, so the reaper must forget it
            self._tree = alive
            self.peak_rss = max(self.peak_rss, sum(sizes))
            if cap is not None and max(sizes, default=0) > cap:
                self._kill(f"memory cap exceeded ({max(sizes) >> 20} MB > {self.spec.memory_mb} MB)", proc)
                return
            time.sleep(self.poll_interval)

    def _kill(self, reason: str, only: subprocess.Popen[bytes] | None = None) -> None:
        """Kill the server and all its workers; pending calls fail with `reason`."""
        with self._life:
            proc = self._proc
            if proc is None or (only is not None and proc is not only):
                return
            self._death = reason
            tree = list(self._tree)
            try:
                tree += [c for c in tree[0].children(recursive=True) if c.pid not in {p.pid for p in tree}]
            except psutil.Error:
                pass
            _kill_tree(tree)
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
            for p in tree:
                Reaper.unregister(p.pid)
            self._fail_pending(proc, ServerCrashed(reason))

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
            self._proc = None

    def __enter__(self) -> LeanServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- JSON-RPC

    def _read_loop(self, proc: subprocess.Popen[bytes]) -> None:
        stream = proc.stdout
        assert stream is not None
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        raise EOFError
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                if length is None:
                    raise EOFError
                body = stream.read(length)
                if len(body) != length:
                    raise EOFError
                if _PROGRESS not in body[:_PROGRESS_WITHIN]:  # several per edit, of no use here
                    self._dispatch(proc, json.loads(body))
        except (EOFError, OSError, ValueError):
            pass
        self._fail_pending(proc, ServerCrashed(self._death or "language server exited"))

    def _dispatch(self, proc: subprocess.Popen[bytes], msg: dict[str, Any]) -> None:
        method = msg.get("method")
        if method is None:  # a response
            with self._lock:
                pending = self._pending.pop(msg.get("id"), None)  # type: ignore[arg-type]
            if pending is not None:
                if "error" in msg:
                    pending.error = LspError(str(msg["error"].get("message", msg["error"])))
                else:
                    pending.result = msg.get("result")
                pending.event.set()
        elif "id" in msg:  # a request from the server (e.g. registerCapability): acknowledge
            try:
                self._write(proc, {"jsonrpc": "2.0", "id": msg["id"], "result": None})
            except ServerCrashed:
                pass  # it is going away: the reader will see end-of-file next
        elif method == "textDocument/publishDiagnostics":
            params = msg["params"]
            with self._lock:
                if proc is self._proc:
                    self._diags[params["uri"]] = _DocDiagnostics(params.get("version"), params["diagnostics"])

    def _fail_pending(self, proc: subprocess.Popen[bytes], error: Exception) -> None:
        with self._lock:
            if proc is not self._proc:
                return
            pending, self._pending = self._pending, {}
        for p in pending.values():
            p.error = error
            p.event.set()

    def _write(self, proc: subprocess.Popen[bytes], msg: dict[str, Any]) -> None:
        body = json.dumps(msg, ensure_ascii=False).encode()
        data = b"Content-Length: %d\r\n\r\n" % len(body) + body
        with self._write_lock:
            try:
                assert proc.stdin is not None
                proc.stdin.write(data)
                proc.stdin.flush()
            except (OSError, ValueError) as exc:
                raise ServerCrashed(f"cannot write to language server: {exc}") from exc

    def notify(self, method: str, params: dict[str, Any]) -> None:
        proc = self._proc
        if proc is None:
            raise ServerCrashed("language server is not running")
        self._write(proc, {"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict[str, Any], timeout: float) -> Any:
        """Send a request and wait for its answer (raises on error, crash or timeout)."""
        pending = _Pending()
        with self._lock:
            proc = self._proc
            if proc is None or proc.poll() is not None:
                raise ServerCrashed("language server is not running")
            self._next_id += 1
            rid = self._next_id
            self._pending[rid] = pending
        self._write(proc, {"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        if not pending.event.wait(timeout):
            with self._lock:
                self._pending.pop(rid, None)
            raise RequestTimeout(f"{method}: no answer in {timeout:.1f}s")
        if pending.error is not None:
            raise pending.error
        return pending.result

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

    # ---- reusable documents

    def lease_document(self, directory: Path, role: str = "") -> Document:
        """An exclusive document in `directory`, reused across leases of the same `role`: its
        Lean worker, the imports it loaded and the commands it elaborated carry over to the
        next user, whose text Lean elaborates only from the first difference on. Roles keep
        apart documents whose texts must not mix (the Dojo's stubbed contexts, re-checks)."""
        key = (directory.resolve(), role)
        with self._lock:
            spare = self._spare.get(key)
            if spare:
                return spare.pop()
            self._documents += 1
            number = self._documents
        return Document((key[0] / f"_leanagent_doc_{os.getpid()}_{number}.lean").as_uri(), role=role)

    def release_document(self, doc: Document, directory: Path) -> None:
        with self._lock:
            self._spare.setdefault((directory.resolve(), doc.role), []).append(doc)

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
            old = doc.text.split("\n")
            end = {"line": len(old) - 1, "character": utf16_len(old[-1])}
            new = "\n".join(text.split("\n")[from_line:])
            change = {"range": {"start": {"line": from_line, "character": 0}, "end": end}, "text": new}
            self.change_document(doc.uri, doc.version, [change])
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


def same_leading_lines(old: str, new: str) -> int:
    """How many whole lines `old` and `new` share at their start (for `LeanServer.show`)."""
    low, high = 0, min(len(old), len(new))  # low: a length of common prefix; binary search
    while low < high:
        mid = (low + high + 1) // 2
        if old[:mid] == new[:mid]:
            low = mid
        else:
            high = mid - 1
    return old.count("\n", 0, low)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of LSP character positions."""
    return len(text.encode("utf-16-le")) // 2


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
