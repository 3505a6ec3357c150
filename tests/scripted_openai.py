"""A real OpenAI-compatible HTTP server with canned replies, for deterministic, fast tests.

It speaks ``POST /v1/chat/completions`` (the subset our client uses) on a free local port,
in a thread of the test process; prover workers reach it over HTTP like any endpoint.
Each request takes the next entry of ``script`` (a list of reply texts, one choice each, at
most the request's ``n``; the last entry repeats once the script runs out) and is recorded, body and all, in
``requests``. Use the `scripted_openai` fixture: it yields the `ScriptedOpenAI` and stops
the server afterwards.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class ScriptedOpenAI:
    base_url: str = ""
    """Ends in ``/v1``."""
    model: str = "scripted"
    script: list[list[str]] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, body: dict) -> list[str]:
        with self._lock:
            self.requests.append(body)
            if not self.script:
                return []
            texts = self.script.pop(0) if len(self.script) > 1 else list(self.script[0])
            return texts[: body.get("n", 1)]

    def user_messages(self, k: int) -> list[str]:
        """The user turns of the ``k``-th request."""
        return [m["content"] for m in self.requests[k]["messages"] if m["role"] == "user"]


def _handler(server: ScriptedOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path.rstrip("/") != "/v1/chat/completions":
                self.send_error(404)
                return
            texts = server.answer(body)
            choices = [
                {"index": k, "message": {"role": "assistant", "content": t}, "finish_reason": "stop"}
                for k, t in enumerate(texts)
            ]
            data = json.dumps({"object": "chat.completion", "model": body.get("model"), "choices": choices})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data.encode())))
            self.end_headers()
            self.wfile.write(data.encode())

        def log_message(self, *args) -> None:
            pass

    return Handler


@pytest.fixture
def scripted_openai() -> Iterator[ScriptedOpenAI]:
    server = ScriptedOpenAI()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    server.base_url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
