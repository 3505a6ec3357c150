"""Tactics from an OpenAI-compatible chat endpoint (a vLLM server, a hosted model, ...).

One request per expansion asks for ``n`` completions (servers that ignore ``n`` give
fewer suggestions). Each completion's first tactic line is a suggestion; its log-prob comes from the returned
token log-probs when the server gives them, otherwise from its rank. Timeouts and
connection errors are retried with backoff; after the last retry the expansion simply
gets no suggestions from this generator (the search goes on).
"""

from __future__ import annotations

import json
import math
import os
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from leanagent.prover.generators.base import Goal, Suggestion, TacticGenerator, dedupe

SYSTEM = (
    "You are a Lean 4 expert. Given a proof state, reply with exactly one Lean 4 tactic that makes "
    "progress, on one line, without explanation or code fences."
)


@dataclass
class OpenAIGenerator(TacticGenerator):
    base_url: str
    model: str
    api_key: str | None = None
    """Defaults to ``$OPENAI_API_KEY`` (many local servers need none)."""
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    temperature: float = 0.8
    max_tokens: int = 128
    name: str = field(default="openai", init=False)
    failures: int = field(default=0, init=False)
    """Requests that failed after every retry."""

    def __post_init__(self) -> None:
        self.name = f"openai:{self.model}"
        self.api_key = self.api_key or os.environ.get("OPENAI_API_KEY")

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        premises = "".join(f"- {p.render()}\n" for p in goal.premises[:10])
        user = (
            f"Useful premises:\n{premises}\n" if premises else ""
        ) + f"Proof state:\n{goal.state}\n\nTactic:"
        messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
        out = []
        for rank, choice in enumerate(self.chat(messages, n=n, logprobs=True)):
            tactic = _first_tactic(reply_text(choice))
            if tactic:
                out.append(Suggestion(tactic, _logprob(choice, rank), self.name))
        return dedupe(out)[:n]

    def chat(
        self,
        messages: list[dict],
        *,
        n: int = 1,
        temperature: float | None = None,
        max_tokens: int | None = None,
        logprobs: bool = False,
        deadline: float | None = None,
    ) -> list[dict]:
        """The choices of one chat-completions request (empty after the last failed retry).

        The one client of OpenAI-compatible endpoints (the tactic generator, whole proofs,
        the step formaliser). ``deadline`` (``time.monotonic()``) caps each attempt's
        timeout, and no retry starts past it.
        """
        body: dict = {
            "model": self.model,
            "messages": messages,
            "n": n,
            "temperature": self.temperature if temperature is None else temperature,
            "max_tokens": max_tokens or self.max_tokens,
        }
        if logprobs:
            body["logprobs"] = True
        reply = self._post("/chat/completions", body, deadline)
        return list((reply or {}).get("choices") or [])

    def _post(self, path: str, body: dict, deadline: float | None = None) -> dict | None:
        url = self.base_url.rstrip("/") + path
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body).encode()
        for attempt in range(self.retries + 1):
            timeout = self.timeout if deadline is None else min(self.timeout, deadline - time.monotonic())
            if timeout <= 0:
                break
            request = urllib.request.Request(url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    return json.loads(response.read().decode())
            except urllib.error.HTTPError as exc:
                if exc.code < 500 and exc.code != 429:
                    break  # a request error: retrying cannot help
            except (urllib.error.URLError, TimeoutError, ConnectionError, json.JSONDecodeError):
                pass
            if attempt < self.retries:
                time.sleep(self.backoff * 2**attempt)
        self.failures += 1
        return None


def reply_text(choice: dict) -> str:
    """A choice's text (chat ``message.content``, or a completion's ``text``)."""
    return (choice.get("message") or {}).get("content") or choice.get("text") or ""


def _first_tactic(text: str) -> str:
    """The tactic in a reply: code fences and a leading ``by`` removed, first non-empty line."""
    text = re.sub(r"```[a-zA-Z0-9]*", "", text)
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("by "):
            line = line[3:].strip()
        if line:
            return line
    return ""


def _logprob(choice: dict, rank: int) -> float:
    tokens = ((choice.get("logprobs") or {}).get("content")) or []
    values = [t.get("logprob") for t in tokens if isinstance(t.get("logprob"), (int, float))]
    return float(sum(values)) if values else -math.log(rank + 2)
