"""Proofs by analogy: the tactic proof of the most similar theorem proved nearby, reused.

Files of lemmas are written in families (``map_takeN`` next to ``map_dropN``, ``minN_assoc``
next to ``maxN_assoc``). For a goal, the theorems above it in its file and its project
imports are ranked by how many symbols their statements share with the goal. For each of
the best few it suggests, as one tactic each:

- the neighbour's whole proof, with its binder names renamed to the goal's hypotheses of
  the same type (and swapped names, such as ``dropN`` for ``takeN``, where the two
  statements differ in one name);
- its skeleton: the neighbour's ``induction``/``cases`` steps (renamed the same way) chained
  by ``<;>``, each case then closed by ``simp_all`` with the lemmas the neighbour's proof
  rewrites with and the definitions the goal mentions (alone, then followed by ``omega``).
  A sibling's proof rarely fits word for word; its case split and lemma set often do.

No model, no training: it costs a string comparison per premise.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from leanagent.prover.generators.base import Goal, Premise, Suggestion, TacticGenerator, dedupe
from leanagent.prover.generators.portfolio import (
    CORE_NAME,
    ParsedGoal,
    binders,
    parse_state,
    relevance,
    words,
)


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
        scored = sorted(((relevance(p, seen), p) for p in candidates), key=lambda sp: -sp[0])
        ranked = [p for score, p in scored[: self.neighbours] if score > 0]
        known = {p.name for p in goal.local}
        defs = [p.name for p in goal.local if p.kind in _UNFOLDABLE and p.name.split(".")[-1] in seen]
        out = []
        for rank, premise in enumerate(ranked):
            mapping = _mapping(premise, first)
            prior = -0.9 - 0.3 * rank
            variants = [premise.proof] + [
                re.sub(rf"(?<![A-Za-z0-9]){re.escape(old)}(?![A-Za-z0-9])", new, premise.proof)
                for old, new in _swaps(premise, seen)
            ]
            for k, proof in enumerate(variants):
                out.append(Suggestion(rename(proof, mapping), prior - 0.2 * bool(k), self.name))
            for k, proof in enumerate(variants[:2]):
                for j, tactic in enumerate(_skeleton_closers(rename(proof, mapping), known, defs)):
                    out.append(Suggestion(tactic, prior - 0.4 - 0.2 * k - 0.1 * j, self.name))
        return dedupe(out)[:n]


_UNFOLDABLE = frozenset({"def", "abbrev"})
_SPLIT = re.compile(r"^\s*(?:[·.]\s*)?((?:induction|cases)\s[^\n]*?)(?:\s+with)?\s*$", re.M)
_LEMMA_LIST = re.compile(r"\[([^\[\]]*)\]")


def _skeleton_closers(proof: str, known: set[str], defs: list[str]) -> list[str]:
    """The proof's case splits chained by ``<;>``, closed by ``simp_all`` with its lemmas."""
    steps = list(dict.fromkeys(m.group(1).strip() for m in _SPLIT.finditer(proof)))
    lemmas = []
    for group in _LEMMA_LIST.findall(proof):
        for item in group.split(","):
            name = item.strip().removeprefix("←").strip()
            if name in known or CORE_NAME.fullmatch(name):
                lemmas.append(name)
    names = ", ".join(dict.fromkeys([*lemmas, *defs]))
    if not steps and not names:
        return []
    closer = f"simp_all [{names}]" if names else "simp_all"
    prefix = "".join(f"{step} <;> " for step in steps)
    return [f"{prefix}{closer}", f"{prefix}{closer} <;> omega"]


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
