"""Worked solutions in: JSON, JSONL or plain text, steps given or split from the text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path


class InputError(ValueError):
    """The input is not a solution or a list of solutions (the message says where and why)."""


@dataclass(frozen=True)
class Solution:
    id: str
    problem: str
    steps: tuple[str, ...]
    answer: str | None = None
    """The final answer, when the record gives one (used by best-of-n selection)."""
    labels: tuple[bool, ...] | None = field(default=None, compare=False)
    """Per step, whether it is correct, when the record says (for evaluation only)."""


_STEP_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:step\s*\d+|\d+[.)]\s|[-*•]\s|####))", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z#$(])")


def split_steps(text: str) -> tuple[str, ...]:
    """Steps of a solution text: one per line, or per sentence when it is one paragraph."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) <= 1:
        lines = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    return tuple(lines)


def _record(raw: object, where: str) -> Solution:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: expected an object with `steps` or `solution`, got {type(raw).__name__}")
    if "steps" in raw:
        steps = raw["steps"]
        if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
            raise InputError(f"{where}: `steps` must be a list of strings")
        steps = tuple(s.strip() for s in steps if s.strip())
    elif "solution" in raw:
        if not isinstance(raw["solution"], str):
            raise InputError(f"{where}: `solution` must be a string")
        steps = split_steps(raw["solution"])
    else:
        raise InputError(f"{where}: a record needs `steps` (a list) or `solution` (a text)")
    if not steps:
        raise InputError(f"{where}: the solution has no steps")
    labels = raw.get("labels")
    if labels is not None and (not isinstance(labels, list) or len(labels) != len(steps)):
        raise InputError(f"{where}: `labels` must be a list with one boolean per step")
    answer = raw.get("answer")
    return Solution(
        id=str(raw.get("id", where)),
        problem=str(raw.get("problem", "")),
        steps=steps,
        answer=None if answer is None else str(answer),
        labels=tuple(bool(x) for x in labels) if labels is not None else None,
    )


def parse_solutions(text: str, name: str = "input") -> list[Solution]:
    """Solutions from a JSON object or list, JSON lines, or plain text (one step per line)."""
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{name}: empty input")
    if stripped[0] in "[{":
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, list):
            return [_record(r, f"{name}[{i}]") for i, r in enumerate(data)]
        if isinstance(data, dict):
            return [_record(data, name)]
        if stripped[0] == "{":
            out = []
            for number, line in enumerate(stripped.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    out.append(_record(json.loads(line), f"{name}:{number}"))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{name}:{number}: not JSON: {exc.msg}") from None
            return out
    return [Solution(id=name, problem="", steps=split_steps(stripped))]


def read_solutions(path: Path) -> list[Solution]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    return parse_solutions(text, path.name)
