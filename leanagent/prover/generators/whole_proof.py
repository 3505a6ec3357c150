"""Whole proofs from an OpenAI-compatible chat model (DeepSeek-Prover, Kimina-Prover style).

The model sees the end of the file above the theorem, the retrieved premises and the
statement ending in ``:= by``, and answers with the completed theorem in a Lean code
block (as those models do, often after their reasoning, often echoing the imports). A
repair prompt adds its failed proof and Lean's error to the conversation.

Its text is untrusted. `proof_body` keeps only the tactic script of the one theorem in
the reply's last code block: echoed header commands before it (``import``, ``open``,
``set_option``, ...) are dropped, never run; any other command before it, and anything
after it, rejects the reply; the script must pass the Dojo's tactic sanitiser (no
``sorry``, command, meta code or escape from the proof block).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from leanagent.lean.sanitize import UnsafeTactic, sanitize_tactic
from leanagent.prover.generators.base import Premise
from leanagent.prover.generators.openai_api import OpenAIGenerator, reply_text
from leanagent.source.commands import command_spans, scan_commands
from leanagent.source.declarations import assignment
from leanagent.source.tokens import tokenize

SYSTEM = (
    "You are an expert in Lean 4. Complete the theorem you are given with a proof that Lean 4 "
    "accepts. Reply with the whole theorem in one ```lean4 code block; do not use sorry."
)
CONTEXT_CHARS = 3000
"""How much of the file above the theorem the prompt shows (its end)."""
ECHO_WORDS = frozenset({"import", "open", "set_option", "namespace", "section", "end", "universe"})
"""Commands a reply may repeat from the prompt before the theorem (dropped, never run)."""
_FENCE = re.compile(r"```[^\n`]*\n(.*?)(?:```|\Z)", re.DOTALL)


class Rejected(ValueError):
    """The reply holds no acceptable proof (the message says why)."""


@dataclass(frozen=True)
class Sample:
    """One reply: its text, and the proof body taken from it or why there is none."""

    reply: str
    proof: str | None
    rejected: str | None = None


def prompt(context: str, statement: str, premises: tuple[Premise, ...] = ()) -> list[dict]:
    """The first request's messages: file context, premises, the statement to complete."""
    tail = context[-CONTEXT_CHARS:]
    useful = "".join(f"- {p.render()}\n" for p in premises[:10])
    user = (
        "Complete the following Lean 4 code:\n\n```lean4\n"
        + tail
        + ("" if not tail or tail.endswith("\n") else "\n")
        + f"{statement} := by\n```\n"
        + (f"\nUseful lemmas:\n{useful}" if useful else "")
    )
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def repair(messages: list[dict], reply: str, error: str) -> list[dict]:
    """The conversation with a failed reply and Lean's error about it."""
    return [
        *messages,
        {"role": "assistant", "content": reply},
        {
            "role": "user",
            "content": f"Lean 4 rejected this proof:\n{error.strip()}\n\n"
            "Fix it and reply with the whole corrected theorem in one ```lean4 code block.",
        },
    ]


def proof_body(reply: str) -> str:
    """The sanitised tactic script the reply proves the theorem with; `Rejected` otherwise."""
    blocks = _FENCE.findall(reply)
    code = blocks[-1] if blocks else reply
    if not code.strip():
        raise Rejected("empty reply")
    spans = list(command_spans(scan_commands(code), len(code)))
    theorems = [k for k, (cmd, _, _) in enumerate(spans) if cmd.is_theorem]
    if not theorems:  # a bare script (or `by` script)
        script = code.strip()
    else:
        if len(theorems) > 1:
            raise Rejected(f"{len(theorems)} theorems in the reply; expected one")
        k = theorems[0]
        if tokenize(code[: spans[0][1]]):
            raise Rejected("text before the first command")
        for cmd, _, _ in spans[:k]:
            if cmd.keyword not in ECHO_WORDS:
                raise Rejected(f"a `{cmd.keyword}` command before the theorem")
        if k + 1 < len(spans):
            raise Rejected(f"a `{spans[k + 1][0].keyword}` command after the theorem")
        _, start, end = spans[k]
        tokens = tokenize(code[start:end])
        at = assignment(tokens)
        if at is None:
            raise Rejected("the theorem has no `:=` proof")
        script = code[start + tokens[at].offset + 2 : end].strip()
        if not script:
            raise Rejected("the theorem has an empty proof")
    if script.split(None, 1)[0] == "by":
        script = script[2:]
    elif theorems:  # a term proof
        script = "exact " + script
    try:
        return sanitize_tactic(script)
    except UnsafeTactic as exc:
        raise Rejected(f"unsafe proof: {exc}") from None


@dataclass
class WholeProofGenerator:
    """Asks the endpoint for whole proofs through the one OpenAI-compatible client."""

    client: OpenAIGenerator
    temperature: float = 0.7
    max_tokens: int = 1024
    name: str = "whole"

    def sample(self, messages: list[dict], n: int, deadline: float | None = None) -> list[Sample]:
        """Up to ``n`` replies (asked for in one request; again while a server that ignores
        ``n`` gives fewer, at most ``n`` requests in all), each parsed."""
        replies: list[str] = []
        for _ in range(n):
            choices = self.client.chat(
                messages,
                n=n - len(replies),
                temperature=self.temperature,
                max_tokens=self.max_tokens,
                deadline=deadline,
            )
            if not choices:
                break
            replies += [reply_text(c) for c in choices][: n - len(replies)]
            if len(replies) >= n:
                break
        out = []
        for text in replies:
            try:
                out.append(Sample(text, proof_body(text)))
            except Rejected as exc:
                out.append(Sample(text, None, str(exc)))
        return out
