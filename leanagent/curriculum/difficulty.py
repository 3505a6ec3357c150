"""How hard a theorem is, and the easy/medium/hard buckets, two ways.

``leanagent`` (LeanAgent's rule, from its code): difficulty ``e^S`` with S the number of
traced tactic steps; a theorem some tactic of which contains ``sorry`` is infinitely hard;
a theorem with no traced tactic (a term-mode proof, ``:= sorry`` included) has no
difficulty and is dealt out evenly over the three buckets, in order (first third easy,
second medium, the rest hard). Cut points: the 33rd and 67th percentiles of every
difficulty in the database, infinities included; easy <= p33 < medium <= p67 < hard.

``ours``: every ``sorry`` counts (a term-mode ``:= sorry`` is a target, not an easy
theorem), term-mode proofs count as one step plus the tactics nested in them, and the
cut points are the percentiles of the finite difficulties only (so the share of open
targets does not move them).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from leanagent.corpus.db import CorpusDB


class Rule(StrEnum):
    LEANAGENT = "leanagent"
    OURS = "ours"


class Bucket(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


@dataclass(frozen=True)
class TheoremStats:
    """What difficulty is computed from: one theorem of a repository."""

    repo: str
    path: str
    full_name: str
    proof_kind: str
    has_sorry: bool
    """Any ``sorry``/``admit`` in the proof (term mode included)."""
    tactics: tuple[str, ...]
    """Texts of its traced tactics (nested ones included, as LeanDojo traces them)."""


@dataclass
class RepoBuckets:
    name: str
    easy: list[str] = field(default_factory=list)
    medium: list[str] = field(default_factory=list)
    hard: list[str] = field(default_factory=list)
    sorries: int = 0
    """Open targets (theorems with a ``sorry``) under the rule's own test."""

    def counts(self) -> dict[str, int]:
        return {"easy": len(self.easy), "medium": len(self.medium), "hard": len(self.hard)}

    def bucket(self, which: Bucket) -> list[str]:
        return getattr(self, which.value)


def theorem_stats(db: CorpusDB, repos: Iterable[str] | None = None) -> list[TheoremStats]:
    """Every traced theorem of the named repositories (all but the core when None)."""
    wanted = None if repos is None else set(repos)
    out = []
    rows = db.db.execute(
        "SELECT r.name, f.path, t.id, t.full_name, t.proof_kind, t.has_sorry FROM theorems t "
        "JOIN files f ON f.id = t.file_id JOIN repos r ON r.id = f.repo_id "
        "WHERE f.traced = 1 ORDER BY r.name, f.path, t.start_line, t.start_col"
    ).fetchall()
    tactics: dict[int, list[str]] = {}
    for tid, text in db.db.execute("SELECT theorem_id, text FROM tactics ORDER BY theorem_id, idx"):
        tactics.setdefault(tid, []).append(text)
    for repo, path, tid, name, kind, sorry in rows:
        if wanted is None or repo in wanted:
            out.append(TheoremStats(repo, path, name, kind, bool(sorry), tuple(tactics.get(tid, ()))))
    return out


def difficulty(thm: TheoremStats, rule: Rule) -> float | None:
    """``e^S``; ``inf`` for an open target; None (LeanAgent: to be distributed) for no tactics."""
    if rule is Rule.LEANAGENT:
        if any("sorry" in t for t in thm.tactics):
            return math.inf
        if not thm.tactics:
            return None
        return _exp(len(thm.tactics))
    if thm.has_sorry:
        return math.inf
    steps = len(thm.tactics) + (1 if thm.proof_kind == "term" else 0)
    return _exp(max(1, steps))


def is_target(thm: TheoremStats, rule: Rule) -> bool:
    """A theorem the prover should attempt under ``rule``."""
    if rule is Rule.LEANAGENT:
        return any("sorry" in t for t in thm.tactics)
    return thm.has_sorry


def _exp(steps: int) -> float:
    return math.exp(steps) if steps < 700 else math.inf


def cut_points(values: list[float], rule: Rule) -> tuple[float, float]:
    """The 33rd and 67th percentiles (LeanAgent: infinities included)."""
    data = values if rule is Rule.LEANAGENT else [v for v in values if math.isfinite(v)]
    if not data:
        return math.inf, math.inf
    with np.errstate(invalid="ignore"):  # interpolating between two infinities gives nan
        p33, p67 = np.percentile(np.array(data, dtype=float), [33, 67])
    return tuple(math.inf if math.isnan(p) else float(p) for p in (p33, p67))  # type: ignore[return-value]


def bucket_repositories(stats: list[TheoremStats], rule: Rule) -> dict[str, RepoBuckets]:
    """Each repository's theorems in the three buckets, cut points over all of ``stats``."""
    scored = [(t, difficulty(t, rule)) for t in stats]
    p33, p67 = cut_points([d for _, d in scored if d is not None], rule)
    out: dict[str, RepoBuckets] = {}
    spread: dict[str, list[str]] = {}
    for thm, d in scored:
        repo = out.setdefault(thm.repo, RepoBuckets(thm.repo))
        repo.sorries += is_target(thm, rule)
        if d is None:
            spread.setdefault(thm.repo, []).append(thm.full_name)
        elif d <= p33:
            repo.easy.append(thm.full_name)
        elif d <= p67:
            repo.medium.append(thm.full_name)
        else:
            repo.hard.append(thm.full_name)
    for name, names in spread.items():
        third = len(names) // 3
        out[name].easy += names[:third]
        out[name].medium += names[third : 2 * third]
        out[name].hard += names[2 * third :]
    return out
