"""Proofs by analogy: the whole tactic proof of the most similar theorem proved nearby.

Files of lemmas are written in families (``map_takeN`` next to ``map_dropN``, ``minN_assoc``
next to ``maxN_assoc``). For a goal, the theorems above it in its file and its project
imports are ranked by how many symbols their statements share with the goal; the proofs
of the best few are suggested as one multi-line tactic each, with the neighbour's binder
names renamed to the goal's hypotheses of the same type (and swapped lemma names, such
as ``dropN`` for ``takeN``, where the two statements differ in one name). No model, no
training: it costs a string comparison per premise.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from leanagent.prover.generators.base import Goal, Premise, Suggestion, TacticGenerator, dedupe
from leanagent.prover.generators.portfolio import ParsedGoal, parse_state, relevance, words


def binders(statement: str) -> list[tuple[str, str]]:
    """``(name, type)`` of each binder before the statement's top-level colon, in order."""
    out: list[tuple[str, str]] = []
    depth, start = 0, -1
    for i, ch in enumerate(statement):
        if ch in "({⦃[":
            depth += 1
            if depth == 1:
                start = i + 1
        elif ch in ")}⦄]":
            depth -= 1
            if depth == 0 and start >= 0:
                names, sep, typ = statement[start:i].partition(" : ")
                if sep:
                    out += [(n, " ".join(typ.split())) for n in names.split()]
                start = -1
        elif ch == ":" and depth == 0:
            break
    return out


def rename(proof: str, mapping: dict[str, str]) -> str:
    """Replace whole identifiers (not parts of longer names or of dotted names)."""
    if not mapping:
        return proof
    pattern = re.compile(r"(?<![\w.'])(" + "|".join(map(re.escape, mapping)) + r")(?![\w'])")
    return pattern.sub(lambda m: mapping[m.group(1)], proof)


def _mapping(premise: Premise, goal: ParsedGoal) -> dict[str, str]:
    free = [h for h in goal.hyps if h.accessible]
    mapping = {}
    for name, typ in binders(premise.code):
        match = next((h for h in free if " ".join(h.type.split()) == typ), None)
        if match is not None:
            free.remove(match)
            if match.name != name:
                mapping[name] = match.name
    return mapping


@dataclass
class Analogy(TacticGenerator):
    """Whole proofs of similar nearby theorems, renamed to fit (see the module docstring)."""

    neighbours: int = 4
    name: str = field(default="analogy", init=False)
    cheap: bool = field(default=True, init=False)

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        goals = parse_state(goal.state)
        candidates = [p for p in goal.local if p.proof]
        if len(goals) != 1 or not candidates:
            return []
        first = goals[0]
        seen = words(first.target) | {w for h in first.hyps for w in words(h.type)}
        ranked = sorted(candidates, key=lambda p: -relevance(p, seen))[: self.neighbours]
        out = []
        for rank, premise in enumerate(ranked):
            score = relevance(premise, seen)
            if score <= 0:
                continue
            mapping = _mapping(premise, first)
            prior = -0.9 - 0.3 * rank
            out.append(Suggestion(rename(premise.proof, mapping), prior, self.name))
            for old, new in _swaps(premise, seen):
                swapped = re.sub(rf"(?<![A-Za-z0-9]){re.escape(old)}(?![A-Za-z0-9])", new, premise.proof)
                out.append(Suggestion(rename(swapped, mapping), prior - 0.2, self.name))
        return dedupe(out)[:n]


def _swaps(premise: Premise, seen: set[str]) -> list[tuple[str, str]]:
    """Pairs (a name of the neighbour's statement the goal lacks, a name of the goal it lacks)
    that look like siblings, e.g. ``dropN`` / ``takeN``, ``maxN`` / ``minN``."""
    binder_names = {name for name, _ in binders(premise.code)}
    mine = (
        {w for w in words(premise.code) if _IDENT.fullmatch(w)}
        - binder_names
        - {"theorem", "lemma", premise.name}
    )
    theirs = {w for w in seen if _IDENT.fullmatch(w)}
    out = []
    for old in sorted(mine - theirs):
        for new in sorted(theirs - mine):
            if _siblings(old, new):
                out.append((old, new))
    return out[:3]


_IDENT = re.compile(r"[A-Za-z_][\w']{2,}")


def _siblings(a: str, b: str) -> bool:
    """Same ending in a non-lowercase character (``takeN``/``dropN``), or mostly the same letters."""
    if a[-1] == b[-1] and not a[-1].islower():
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.6
