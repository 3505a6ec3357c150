"""A step as a Lean theorem: variables, the hypotheses it relies on, one goal.

Both formalisers produce a `FormalStep`; the prover (`leanagent.safe.prover`) only ever
sees these, and renders from them the claim, its negation, and the side theorems of the
vacuity checks (are the hypotheses satisfiable, are they contradictory).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leanagent.source.tokens import outside_brackets


@dataclass(frozen=True)
class FormalStep:
    variables: tuple[tuple[str, str], ...]
    """(name, type) of each variable, in binder order."""
    hypotheses: tuple[tuple[str, str], ...]
    """(name, proposition): the earlier facts the step relies on."""
    goal: str
    witness: tuple[str, ...] | None = None
    """Values of the variables that satisfy every hypothesis (Lean terms), when known."""
    tactics: tuple[str, ...] = ("decide", "omega", "simp")
    """Proofs to try, for the claim and for its negation alike."""
    source: str = "offline"
    """``offline`` or ``lm``: which formaliser wrote it."""

    def binders(self) -> str:
        parts = [f"({n} : {t})" for n, t in self.variables] + [f"({n} : {p})" for n, p in self.hypotheses]
        return " ".join(parts)

    def _theorem(self, name: str, goal: str) -> str:
        binders = self.binders()
        return f"theorem {name}{' ' + binders if binders else ''} : {goal}"

    def statement(self, name: str) -> str:
        return self._theorem(name, self.goal)

    def negation(self, name: str) -> str:
        return self._theorem(name, f"¬ ({self.goal})")

    def contradiction(self, name: str) -> str | None:
        """The hypotheses imply `False` (None when there are none)."""
        return self._theorem(name, "False") if self.hypotheses else None

    def satisfiability(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(statement, proofs to try) that some values satisfy every hypothesis; None when
        there is nothing to show or no witness is known."""
        if not self.hypotheses or self.witness is None:
            return None
        props = " ∧ ".join(f"({p})" for _, p in self.hypotheses)
        binders = " ".join(f"({n} : {t})" for n, t in self.variables)
        statement = f"theorem {name} : ∃ {binders}, {props}" if binders else f"theorem {name} : {props}"
        proof = f"exact ⟨{', '.join(self.witness)}, by decide⟩" if binders else "decide"
        return statement, (proof,)


_SPACE = re.compile(r"\s+")


_ASCRIPTION = re.compile(r"\(([^()]*?) : (?:Int|Nat|ℤ|ℕ)\)")


def _strip(text: str) -> str:
    """The text without layout, outer parentheses or number type ascriptions (``(7 : Int)``)."""
    text = _SPACE.sub(" ", text).strip()
    while _ASCRIPTION.search(text):
        text = _ASCRIPTION.sub(r"\1", text)
    while text.startswith("(") and _balanced(text[1:-1]) and text.endswith(")"):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _top_level_split(text: str, symbol: str) -> list[str] | None:
    parts, last = [], 0
    for i in outside_brackets(text):
        if i >= last and text.startswith(symbol, i):
            parts.append(text[last:i])
            last = i + len(symbol)
    if not parts:
        return None
    return [*parts, text[last:]]


def trivial_goal(goal: str) -> str | None:
    """Why the goal says nothing (``True``, ``a = a``, ``p → p``, ``p ∨ ¬p``), or None."""
    goal = _strip(goal)
    if goal in ("True", "true = true", "¬False", "¬ False"):
        return "the goal is True"
    for symbol in (" ↔ ", " = ", " ≤ ", " ≥ ", " → "):
        sides = _top_level_split(goal, symbol)
        if sides and len(sides) == 2 and _strip(sides[0]) == _strip(sides[1]):
            return f"both sides of {symbol.strip()} are the same"
    conj = _top_level_split(goal, " ∧ ")
    if conj and all(trivial_goal(part) for part in conj):
        return "every conjunct is trivial"
    disj = _top_level_split(goal, " ∨ ")
    if disj and len(disj) == 2:
        a, b = _strip(disj[0]), _strip(disj[1])
        if b in (f"¬{a}", f"¬ {a}", f"¬({a})", f"¬ ({a})") or a in (f"¬{b}", f"¬ {b}", f"¬({b})", f"¬ ({b})"):
            return "excluded middle"
    return None


@dataclass
class FormalisedStep:
    """What a formaliser made of one step."""

    formal: FormalStep | None
    """None: nothing in the step could be formalised."""
    incomplete: bool = False
    """Some of the step's text went unread or unexplained: it may be refuted, never verified."""
    claims: list = field(default_factory=list)
    """The claims read (offline) or the model's theorem text (lm)."""
