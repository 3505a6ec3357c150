"""JSON-RPC 2.0 over one language-server process's pipes (LSP's Content-Length framing).

One `Connection` per process life: it fails fast (when the process dies or its output
closes, every pending call raises `ServerCrashed` at once) and every wait has a deadline.
Notifications and the server's own requests are handed to a callback.
"""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Callable
from typing import Any

_PROGRESS = b'"method":"$/lean/fileProgress"'
_PROGRESS_WITHIN = 64
"""Lean writes an object's keys in order, so a progress notification says so up front."""


class LspError(RuntimeError):
    """The server answered a request with an error."""


class ServerCrashed(LspError):
    """The server process died or closed its output."""


class RequestTimeout(LspError):
    """No answer within the deadline; the caller decides whether to restart."""


class ProtocolError(LspError):
    """The server's answers do not fit together (e.g. diagnostics for another version)."""


class _Pending:
    __slots__ = ("event", "result", "error")

    def __init__(self) -> None:
        self.event = threading.Event()
        self.result: Any = None
        self.error: Exception | None = None


Notification = Callable[["Connection", str, dict[str, Any]], None]
"""Called on the reader thread with (connection, method, params) of each notification."""


class Connection:
    """The JSON-RPC channel to one running process; thread-safe."""

    def __init__(self, proc: subprocess.Popen[bytes], on_notification: Notification) -> None:
        self.proc = proc
        self._on_notification = on_notification
        self._lock = threading.Lock()  # guards ids, pending, failure
        self._write_lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}
        self._next_id = 0
        self._failed: Exception | None = None
        self._reason: str | None = None
        threading.Thread(target=self._read_loop, daemon=True, name="lean-lsp-reader").start()

    def dying(self, reason: str) -> None:
        """Record why the process is being killed: what pending and later calls will raise."""
        self._reason = reason

    def fail(self, error: Exception | None = None) -> None:
        """Fail every pending call (and every later one) with `error`."""
        error = error or ServerCrashed(self._reason or "language server exited")
        with self._lock:
            if self._failed is None:
                self._failed = error
            pending, self._pending = self._pending, {}
        for p in pending.values():
            p.error = error
            p.event.set()

    def _read_loop(self) -> None:
        stream = self.proc.stdout
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
                    self._dispatch(json.loads(body))
        except (EOFError, OSError, ValueError):
            pass
        self.fail()

    def _dispatch(self, msg: dict[str, Any]) -> None:
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
                self._write({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            except ServerCrashed:
                pass  # it is going away: the reader will see end-of-file next
        else:
            self._on_notification(self, method, msg.get("params") or {})

    def _write(self, msg: dict[str, Any]) -> None:
        body = json.dumps(msg, ensure_ascii=False).encode()
        data = b"Content-Length: %d\r\n\r\n" % len(body) + body
        with self._write_lock:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write(data)
                self.proc.stdin.flush()
            except (OSError, ValueError) as exc:
                raise ServerCrashed(f"cannot write to language server: {exc}") from exc

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._write({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict[str, Any], timeout: float) -> Any:
        """Send a request and wait for its answer (raises on error, crash or timeout)."""
        pending = _Pending()
        with self._lock:
            if self._failed is not None or self.proc.poll() is not None:
                raise ServerCrashed("language server is not running")
            self._next_id += 1
            rid = self._next_id
            self._pending[rid] = pending
        self._write({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        if not pending.event.wait(timeout):
            with self._lock:
                self._pending.pop(rid, None)
            raise RequestTimeout(f"{method}: no answer in {timeout:.1f}s")
        if pending.error is not None:
            raise pending.error
        return pending.result
