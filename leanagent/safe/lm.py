"""The language-model formaliser: each step as one Lean theorem written by a chat model.

The model (any OpenAI-compatible endpoint; the request goes through the prover's client,
`OpenAIGenerator.chat`, with its timeouts and retries) sees instructions, worked
examples, the problem, the steps so far and the step, and answers with exactly one
``theorem ... := by sorry`` (a bare statement on one line is taken as one), or ``NONE``
when the step claims nothing checkable. Its text
is untrusted: only the theorem's signature is kept, it must pass the tactic sanitiser
(no command, no ``sorry``/``native_decide``/meta code, balanced brackets), our own name is
put on it, and Lean must elaborate it (the syntax check). Up to `attempts` answers are
asked for, the failures fed back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leanagent.lean.sanitize import UnsafeTactic, sanitize_tactic
from leanagent.prover.generators.openai_api import OpenAIGenerator, reply_text
from leanagent.safe.formal import FormalisedStep, FormalStep
from leanagent.safe.inputs import Solution
from leanagent.safe.prover import StepProver

SYSTEM = """You translate one step of a math solution into Lean 4 (core Lean only, no Mathlib).
Write exactly one theorem whose hypotheses are the facts from earlier steps that the step uses
and whose conclusion is what the step claims. Use Int for quantities; clear fractions and
decimals by multiplying (2.5 * 4 = 10 becomes 25 * 4 = 10 * 10). End with `:= by sorry`.
Do not prove it. Reply with the theorem only, or with NONE if the step claims nothing checkable."""

FEW_SHOT = (
    (
        "Problem: Natalia sold 48 clips in April and half as many in May.\n"
        "Earlier steps:\n(none)\nStep: She sold 48 / 2 = 24 clips in May.",
        "theorem step (april : Int) (h₀ : april = 48) : april = 24 * 2 := by sorry",
    ),
    (
        "Problem: Natalia sold 48 clips in April and half as many in May.\n"
        "Earlier steps:\nShe sold 48 / 2 = 24 clips in May.\nStep: Altogether she sold 48 + 24 = 72 clips.",
        "theorem step (april may : Int) (h₀ : april = 48) (h₁ : may = 24) : april + may = 72 := by sorry",
    ),
    (
        "Problem: A number increased by 7 is 19.\nEarlier steps:\n(none)\nStep: So the number is 19 - 7 = 12.",
        "theorem step (x : Int) (h₀ : x + 7 = 19) : x = 12 := by sorry",
    ),
    ("Problem: Find the total.\nEarlier steps:\n(none)\nStep: Let's think step by step.", "NONE"),
)

_THEOREM = re.compile(r"\b(?:theorem|lemma)\s+[^\s:(\[{]+(?P<signature>.*?):=\s*(?:by\s+)?sorry\b", re.DOTALL)
_BARE_THEOREM = re.compile(r"\b(?:theorem|lemma)\s+[^\s:(\[{]+(?P<signature>[^\n]*)")
_PROP_SYMBOLS = re.compile(r"=|<|>|≤|≥|≠|∣|∧|∨|¬|→|↔|\bTrue\b|\bFalse\b|∀|∃")
_TACTICS = ("decide", "omega", "simp_all", "simp", "constructor <;> omega")


class Rejected(ValueError):
    """The model's answer is not one acceptable theorem (the message says why)."""


def theorem_signature(reply: str) -> str | None:
    """The sanitised signature (binders `:` goal) of the one theorem in a reply; None for
    NONE; `Rejected` otherwise."""
    text = re.sub(r"```[a-zA-Z0-9]*", "", reply).strip()
    if re.fullmatch(r"(?is)\W*none\W*", text):
        return None
    matches = list(_THEOREM.finditer(text))
    if not matches and ":=" not in text:  # a bare statement: its line, with our `:= by sorry`
        matches = list(_BARE_THEOREM.finditer(text))
    if len(matches) != 1:
        raise Rejected(f"expected exactly one `theorem ... := by sorry`, found {len(matches)}")
    signature = " ".join(matches[0].group("signature").split())
    if not signature.strip():
        raise Rejected("the theorem has no statement")
    try:
        return sanitize_tactic(signature)
    except UnsafeTactic as exc:
        raise Rejected(f"unsafe statement: {exc}") from None


def _groups(signature: str) -> tuple[list[str], str]:
    """The bracketed binder groups and the goal of `(a : T) (h : P) : goal`."""
    pairs = {"(": ")", "{": "}", "[": "]", "⦃": "⦄"}
    groups, i = [], 0
    while True:
        while i < len(signature) and signature[i] == " ":
            i += 1
        if i < len(signature) and signature[i] in pairs:
            close, depth, j = pairs[signature[i]], 0, i
            while j < len(signature):
                depth += signature[j] == signature[i]
                depth -= signature[j] == close
                if depth == 0:
                    break
                j += 1
            groups.append(signature[i + 1 : j])
            i = j + 1
            continue
        break
    rest = signature[i:].strip()
    if not rest.startswith(":"):
        raise Rejected("expected `: goal` after the binders")
    return groups, rest[1:].strip()


def formal_step(signature: str) -> FormalStep:
    """The theorem as variables, hypotheses (binders whose type is a proposition) and goal."""
    groups, goal = _groups(signature)
    variables, hypotheses = [], []
    for group in groups:
        if ":" not in group:
            raise Rejected(f"binder without a type: {group!r}")
        names, typ = group.split(":", 1)
        for name in names.split():
            (hypotheses if _PROP_SYMBOLS.search(typ) else variables).append((name, typ.strip()))
    return FormalStep(tuple(variables), tuple(hypotheses), goal, None, _TACTICS, "lm")


@dataclass
class LMFormaliser:
    base_url: str
    model: str
    prover: StepProver
    attempts: int = 3
    timeout: float = 300.0
    max_tokens: int = 96
    log: list[dict] = field(default_factory=list)
    """Per request: the step, the reply and what became of it (for reports and tests)."""

    def __post_init__(self) -> None:
        self.client = OpenAIGenerator(self.base_url, self.model, timeout=self.timeout, retries=1)

    def __call__(self, solution: Solution) -> list[FormalisedStep]:
        return [self.formalise(solution, k) for k in range(len(solution.steps))]

    def formalise(self, solution: Solution, k: int) -> FormalisedStep:
        earlier = "\n".join(solution.steps[:k]) or "(none)"
        user = f"Problem: {solution.problem}\nEarlier steps:\n{earlier}\nStep: {solution.steps[k]}"
        messages = [{"role": "system", "content": SYSTEM}]
        for question, answer in FEW_SHOT:
            messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
        messages.append({"role": "user", "content": user})
        for _ in range(self.attempts):
            choices = self.client.chat(messages, temperature=0.2, max_tokens=self.max_tokens)
            text = reply_text(choices[0]) if choices else ""
            entry = {"step": k, "reply": text}
            self.log.append(entry)
            problem = self._check(text, entry)
            if problem is None:
                formal = entry.get("formal")
                return FormalisedStep(formal, False, [entry.get("signature", "")])
            messages += [
                {"role": "assistant", "content": text},
                {
                    "role": "user",
                    "content": f"That was not accepted: {problem}. Reply with one theorem only.",
                },
            ]
        return FormalisedStep(None, False, [])

    def _check(self, text: str, entry: dict) -> str | None:
        """None when the reply is acceptable (`entry` then holds the formal step), else why not."""
        if not text.strip():
            entry["outcome"] = "no reply"
            return "the reply was empty"
        try:
            signature = theorem_signature(text)
            if signature is None:
                entry["outcome"] = "none"
                entry["formal"] = None
                return None
            formal = formal_step(signature)
        except Rejected as exc:
            entry["outcome"] = f"rejected: {exc}"
            return str(exc)
        error = self.prover.elaborates(formal.statement("step") + " := by sorry")
        if error is not None:
            entry["outcome"] = f"lean: {error[:200]}"
            return f"Lean rejected it: {error[:300]}"
        entry["outcome"] = "ok"
        entry["formal"] = formal
        entry["signature"] = signature
        return None
