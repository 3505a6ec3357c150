"""Best-first proof search, as in ReProver, over a ``Dojo``.

The frontier holds proof states; the next expanded is the one the scorer ranks highest
(by default the cumulative log-probability of the tactics leading to it). Expanding a
state asks the generator for up to ``tactics_per_expansion`` tactics and runs them
through ``Dojo.run_tacs``, each call bounded by what is left of the time limit (a batch
in flight is cut at the deadline). A state reached
twice (equal goals) is kept once, with its first path. A proof counts only as the Dojo's
``ProofFinished``, which it returns after a fresh re-check of the theorem with the axiom
audit.

``lazy`` (the default) runs an expanded state's tactics one batch at a time: the state
goes back on the frontier ranked by its score plus the log-prob of its best untried
tactic, so time goes to the most likely (state, tactic) pairs anywhere in the tree
rather than to every tactic of one state first. ``lazy=False`` is ReProver's order.
"""

from __future__ import annotations

import heapq
import itertools
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Protocol

from leanagent.lean.dojo import LeanError, ProofFinished, Result, TacticState, Timeout
from leanagent.prover.generators.base import Goal, Suggestion, TacticGenerator
from leanagent.prover.status import ProofStatus

PROVED, FAILED, TIMEOUT = ProofStatus.PROVED, ProofStatus.FAILED, ProofStatus.TIMEOUT
PORTFOLIO_SHIFT = 1.0
"""How much lower the portfolio's priors are in the second pass of ``search_in_passes``."""

_SEARCH_TACTIC = re.compile(r"[\w']\?(?!_)")
"""``exact?``, ``apply?``, ``simp?``...: they print a suggestion instead of being a proof text."""


class Runner(Protocol):
    """What the search needs from a Dojo."""

    recheck_seconds: float

    def run_tacs(
        self, state: TacticState, tactics: list[str], timeout: float | None = None
    ) -> list[Result]: ...


@dataclass(frozen=True)
class SearchConfig:
    tactics_per_expansion: int = 64
    time_limit: float = 60.0
    """Seconds for the whole search of one theorem."""
    max_expansions: int = 0
    """0: no cap."""
    batch: int = 8
    """Tactics per ``run_tacs`` call; a call gets what is left of the time limit, no more."""
    max_depth: int = 40
    lazy: bool = True


@dataclass
class Node:
    state: TacticState
    logprob: float
    """Sum of the log-probs of the tactics from the initial state."""
    depth: int
    parent: Node | None = None
    tactic: str | None = None


Scorer = Callable[[Node], float]
"""Higher is expanded first."""


def cumulative_logprob(node: Node) -> float:
    return node.logprob


@dataclass
class SearchStats:
    expansions: int = 0
    tactics_tried: int = 0
    states: int = 1
    duplicates: int = 0
    errors: int = 0
    rejected: int = 0
    """Rejected before Lean (unsafe text, search-style tactics)."""
    timeouts: int = 0
    max_depth: int = 0
    seconds: float = 0.0
    model_seconds: float = 0.0
    """In the generator (``suggest``)."""
    lean_seconds: float = 0.0
    """In Lean running tactics (``run_tacs``), re-checks not included."""
    recheck_seconds: float = 0.0
    """In the Dojo's re-checks of finished proofs (a budget of their own)."""


@dataclass
class SearchResult:
    status: ProofStatus
    """``proved``, ``failed`` (frontier exhausted or expansion cap) or ``timeout``."""
    tactics: tuple[str, ...] = ()
    proof: str | None = None
    axioms: tuple[str, ...] = ()
    stats: SearchStats = field(default_factory=SearchStats)
    steps: tuple[tuple[str, str], ...] = ()
    """The proof path: each tactic with the goals it leaves (``no goals`` at the end)."""

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "tactics": list(self.tactics),
            "proof": self.proof,
            "axioms": list(self.axioms),
            "stats": asdict(self.stats),
            "steps": [list(step) for step in self.steps],
        }


@dataclass
class _Entry:
    """A frontier item: a state, and once expanded its untried tactics (best first)."""

    node: Node
    todo: list[Suggestion] | None = None

    def priority(self, scorer: Scorer) -> float:
        return scorer(self.node) + (self.todo[0].logprob if self.todo else 0.0)


def best_first_search(
    dojo: Runner,
    init: TacticState,
    generator: TacticGenerator,
    config: SearchConfig | None = None,
    *,
    goal: Callable[[TacticState], Goal] | None = None,
    scorer: Scorer = cumulative_logprob,
) -> SearchResult:
    """Search for a proof of ``init``; ``goal`` builds the generator's input (premises etc.)."""
    cfg = config or SearchConfig()
    make_goal = goal or (lambda s: Goal(s.pp))
    start = time.monotonic()
    deadline = start + cfg.time_limit
    stats = SearchStats()
    counter = itertools.count()
    seen: set[TacticState] = {init}
    frontier: list[tuple[float, int, _Entry]] = []

    def push(entry: _Entry) -> None:
        heapq.heappush(frontier, (-entry.priority(scorer), next(counter), entry))

    rechecked = dojo.recheck_seconds

    def done(
        status: ProofStatus, proof: ProofFinished | None = None, last: Node | None = None
    ) -> SearchResult:
        stats.seconds = round(time.monotonic() - start, 3)
        stats.recheck_seconds = round(dojo.recheck_seconds - rechecked, 3)
        stats.lean_seconds = round(stats.lean_seconds - stats.recheck_seconds, 3)
        stats.model_seconds = round(stats.model_seconds, 3)
        if proof is None:
            return SearchResult(status, stats=stats)
        steps: list[tuple[str, str]] = []
        while last is not None and last.tactic is not None:
            steps.append((last.tactic, last.state.pp))
            last = last.parent
        steps.reverse()
        steps.append((proof.tactics[-1], "no goals"))
        return SearchResult(status, proof.tactics, proof.proof, proof.axioms, stats, tuple(steps))

    push(_Entry(Node(init, 0.0, 0)))
    while frontier:
        if time.monotonic() >= deadline:
            return done(TIMEOUT)
        _, _, entry = heapq.heappop(frontier)
        node = entry.node
        if entry.todo is None:
            if cfg.max_expansions and stats.expansions >= cfg.max_expansions:
                continue
            stats.expansions += 1
            asked = time.monotonic()
            suggestions = generator.suggest(make_goal(node.state), cfg.tactics_per_expansion)
            stats.model_seconds += time.monotonic() - asked
            entry.todo = _usable(suggestions, cfg, stats)
        take = cfg.batch if cfg.lazy else len(entry.todo)
        chunk, entry.todo = entry.todo[:take], entry.todo[take:]
        if entry.todo:
            push(entry)
        for first in range(0, len(chunk), cfg.batch):
            now = time.monotonic()
            if now >= deadline:
                return done(TIMEOUT)
            part = chunk[first : first + cfg.batch]
            results = dojo.run_tacs(node.state, [s.tactic for s in part], timeout=deadline - now)
            stats.lean_seconds += time.monotonic() - now
            stats.tactics_tried += len(part)
            for s, result in zip(part, results, strict=True):
                if isinstance(result, ProofFinished):
                    return done(PROVED, result, node)
                if isinstance(result, TacticState):
                    if result in seen:
                        stats.duplicates += 1
                        continue
                    seen.add(result)
                    child = Node(result, node.logprob + s.logprob, node.depth + 1, node, s.tactic)
                    stats.states += 1
                    stats.max_depth = max(stats.max_depth, child.depth)
                    if child.depth < cfg.max_depth:
                        push(_Entry(child))
                elif isinstance(result, Timeout):
                    stats.timeouts += 1
                elif isinstance(result, LeanError):
                    if result.kind == "unsafe":
                        stats.rejected += 1
                    else:
                        stats.errors += 1
    return done(TIMEOUT if time.monotonic() >= deadline else FAILED)


def _usable(suggestions: list[Suggestion], cfg: SearchConfig, stats: SearchStats) -> list[Suggestion]:
    """The first ``tactics_per_expansion`` suggestions, best first, without search-style tactics."""
    kept = []
    for s in sorted(suggestions, key=lambda s: -s.logprob)[: cfg.tactics_per_expansion]:
        if _SEARCH_TACTIC.search(s.tactic):
            stats.rejected += 1
        else:
            kept.append(s)
    return kept


def search_in_passes(
    dojo: Runner,
    init: TacticState,
    generator: TacticGenerator,
    config: SearchConfig,
    *,
    first_pass: float = 0.0,
    goal: Callable[[TacticState], Goal] | None = None,
    scorer: Scorer = cumulative_logprob,
) -> SearchResult:
    """The cheap generators (the portfolio, analogy) alone for ``first_pass`` of the time limit,
    then every generator together.

    A cheap first pass keeps what the portfolio proves quickly from paying for model
    inference; the second pass gets the rest of the time (all of it when every generator
    is cheap or none is, or with ``first_pass`` 0). In the second pass the portfolio's priors
    are lowered by ``PORTFOLIO_SHIFT``: the region the portfolio prefers was just
    searched, so the models' suggestions lead, with the portfolio's tactics still tried
    at every state they reach.
    """
    from leanagent.prover.generators.base import Ensemble, Shifted
    from leanagent.prover.generators.portfolio import Portfolio

    members = generator.members if isinstance(generator, Ensemble) else [generator]
    cheap = [m for m in members if m.cheap]
    if first_pass <= 0 or not cheap or len(cheap) == len(members):
        return best_first_search(dojo, init, generator, config, goal=goal, scorer=scorer)
    start = time.monotonic()
    first = best_first_search(
        dojo,
        init,
        cheap[0] if len(cheap) == 1 else Ensemble(cheap),
        replace(config, time_limit=config.time_limit * first_pass),
        goal=goal,
        scorer=scorer,
    )
    if first.status == PROVED:
        return first
    rest = max(0.0, config.time_limit - (time.monotonic() - start))
    shifted = Ensemble([Shifted(m, -PORTFOLIO_SHIFT) if isinstance(m, Portfolio) else m for m in members])
    second = best_first_search(
        dojo, init, shifted, replace(config, time_limit=rest), goal=goal, scorer=scorer
    )
    totals = {k: getattr(first.stats, k) + getattr(second.stats, k) for k in asdict(first.stats)}
    totals["max_depth"] = max(first.stats.max_depth, second.stats.max_depth)
    totals["seconds"] = round(time.monotonic() - start, 3)
    second.stats = SearchStats(**totals)
    return second
