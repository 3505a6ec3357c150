"""The one interface every tactic generator implements: a goal in, ranked tactics out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Premise:
    """A lemma or definition the generator may use: its name and its statement or code."""

    name: str
    code: str = ""
    kind: str = "theorem"
    """The declaring keyword (``theorem``, ``def``, ``inductive``, ...)."""
    proof: str = ""
    """For a theorem of the file or project: its tactic proof (``analogy`` reuses it)."""

    def render(self) -> str:
        return self.code or self.name


@dataclass(frozen=True)
class Goal:
    """What a generator sees: the proof state, plus premises from retrieval or the file."""

    state: str
    """The pretty-printed goals, separated by blank lines (LeanDojo's ``state``)."""
    premises: tuple[Premise, ...] = ()
    """Retrieved premises, best first (empty without retrieval)."""
    local: tuple[Premise, ...] = field(default=(), compare=False)
    """Declarations earlier in the theorem's file and its project imports."""
    mathlib: bool = False
    """The file imports Mathlib (its tactics are available)."""


@dataclass(frozen=True)
class Suggestion:
    tactic: str
    logprob: float
    """Log-probability (or a prior on the same scale: 0 is certain)."""
    source: str = ""


class TacticGenerator(ABC):
    """Suggests up to ``n`` tactics for a goal, most promising first."""

    name: str = "generator"
    cheap: bool = False
    """Costs next to nothing per call (no model): searches may run it from the start."""

    @abstractmethod
    def suggest(self, goal: Goal, n: int) -> list[Suggestion]: ...

    def close(self) -> None:  # noqa: B027 (optional hook, not abstract)
        """Release models, connections or processes (default: nothing to release)."""


def dedupe(suggestions: list[Suggestion]) -> list[Suggestion]:
    """One suggestion per tactic text (the most likely), best first."""
    best: dict[str, Suggestion] = {}
    for s in suggestions:
        key = s.tactic.strip()
        if key and (key not in best or s.logprob > best[key].logprob):
            best[key] = s
    return sorted(best.values(), key=lambda s: -s.logprob)


class Ensemble(TacticGenerator):
    """Several generators at once, taking turns by rank so each gets a share of the ``n`` slots.

    A suggestion keeps its own generator's log-prob; a tactic that several suggest keeps
    the highest.
    """

    def __init__(self, members: list[TacticGenerator]) -> None:
        self.members = members
        self.name = "+".join(m.name for m in members)

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        lists = [m.suggest(goal, n) for m in self.members]
        chosen: dict[str, Suggestion] = {}
        for rank in range(max((len(x) for x in lists), default=0)):
            for ranked in lists:
                if rank < len(ranked):
                    s = ranked[rank]
                    key = s.tactic.strip()
                    if key in chosen:
                        if s.logprob > chosen[key].logprob:
                            chosen[key] = s
                    elif len(chosen) < n and key:
                        chosen[key] = s
        return sorted(chosen.values(), key=lambda s: -s.logprob)

    def close(self) -> None:
        for member in self.members:
            member.close()


class Shifted(TacticGenerator):
    """Another generator's suggestions with every log-prob moved by ``delta`` (ranking within
    it unchanged; its standing against other generators changes)."""

    def __init__(self, inner: TacticGenerator, delta: float) -> None:
        self.inner, self.delta, self.name = inner, delta, inner.name

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        return [replace(s, logprob=s.logprob + self.delta) for s in self.inner.suggest(goal, n)]
