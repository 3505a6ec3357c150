"""A goal as Lean prints it (`x y : T` lines, then `⊢ target`), read back into parts.

Mutated statements are built from these parts, so they are Lean's own rendering of the
elaborated terms (with `pp.fullNames`, so they mean the same outside the original's
namespaces), never spliced source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mutation.shapes import pieces

PP_OPTIONS = ("pp.fullNames true", "pp.proofs true", "pp.coercions.types true", "pp.unicode.fun true")
"""Printing options under which a goal reads back as the same term in a fresh file."""

UNPARSEABLE = re.compile(r"✝|\?[A-Za-z_]|⋯|\bsorry\b|_uniq|\[mdata|\bHEq\b|≍")
"""Marks of a rendering that does not read back: inaccessible names (`x✝`), metavariables,
omitted terms, auxiliary names, `HEq` (whose second type prints only as `_`)."""


@dataclass(frozen=True)
class Hypothesis:
    names: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class Goal:
    hypotheses: tuple[Hypothesis, ...]
    target: str

    def hypothesis(self, name: str) -> str | None:
        return next((h.type for h in self.hypotheses if name in h.names), None)

    @property
    def names(self) -> list[str]:
        return [n for h in self.hypotheses for n in h.names]

    def normalized(self) -> str:
        """Whitespace-insensitive identity of the goal (the dedup key)."""
        hyps = "; ".join(f"{' '.join(h.names)} : {_squash(h.type)}" for h in self.hypotheses)
        return f"{hyps} ⊢ {_squash(self.target)}"


def _squash(text: str) -> str:
    return " ".join(text.split())


def parse_goal(text: str) -> Goal | None:
    """One goal's display; None if it is not one goal (no `⊢`) or several."""
    entries: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("case "):
            continue
        if line[0].isspace() and entries:
            entries[-1] += " " + line.strip()
        else:
            entries.append(line)
    if sum(e.startswith("⊢") for e in entries) != 1 or not entries[-1].startswith("⊢"):
        return None
    hyps = []
    for entry in entries[:-1]:
        names, sep, typ = entry.partition(" : ")
        if not sep or not names.strip():
            return None
        hyps.append(Hypothesis(tuple(names.split()), typ.strip()))
    return Goal(tuple(hyps), entries[-1][1:].strip())


_INSTANCE = re.compile(r"^inst✝[⁰-⁹]*$")
"""An anonymous instance binder (`[Monoid M]`) as the goal shows it."""


def is_instance(name: str) -> bool:
    return bool(_INSTANCE.match(name))


def binders(hypotheses: tuple[Hypothesis, ...]) -> str:
    """Hypotheses as binders of a theorem statement (anonymous instances as `[C]`)."""
    out = []
    for h in hypotheses:
        if all(is_instance(n) for n in h.names):
            out += [f"[{h.type}]"] * len(h.names)
        else:
            out.append(f"({' '.join(h.names)} : {h.type})")
    return " ".join(out)


def readable(goal: Goal) -> bool:
    """Whether the goal's text can be written into a statement and mean the same."""
    texts = (goal.target, *(h.type for h in goal.hypotheses))
    names = [n for n in goal.names if not is_instance(n)]
    return not any(UNPARSEABLE.search(t) for t in (*texts, *names))


def statement_key(goal: Goal) -> str:
    """The dedup key: the goal with hypotheses renamed by position and each constant by its
    last name component (`Lists.rev l` printed with full names and `rev l` agree), and
    whitespace ignored."""
    rename = {n: f"#{k}" for k, n in enumerate(goal.names)}
    out = []
    for h in goal.hypotheses:
        out.append(" ".join(rename[n] for n in h.names) + " : " + _key_text(h.type, rename))
    return " ; ".join(out) + " ⊢ " + _key_text(goal.target, rename)


def _key_text(text: str, rename: dict[str, str]) -> str:
    words = []
    for p in pieces(text):
        if p.kind == "ident":
            parts = p.text.split(".")
            words.append(".".join([rename[parts[0]], *parts[1:]]) if parts[0] in rename else parts[-1])
        else:
            words.append(p.text)
    return " ".join(words)
