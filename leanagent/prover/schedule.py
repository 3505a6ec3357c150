"""The order of a ``prove`` run's searches: proofs found early become context for later ones.

A theorem is searched with the proofs already found for the theorems above it in its file
put in place of their ``sorry`` (the Dojo, its re-check and the local premises then see a
real proof, so the earlier lemma is usable and its proof can be reused by analogy).
Searches start in file order (files after the files they import), preferring a file with
no search running whose imported files are done, so a file's theorems mostly run after
those above them. Across files of a project, a proof is usable once its file is written
(``--write``): the searches of an importing file then compile the new text. A theorem that
failed while a theorem above it (or a file it imports) was still open, where that one was
then proved (or written), is searched once more at the end, with the time the run saved:
the whole run never spends more than ``time_limit`` per theorem on average (``budget``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from leanagent.prover.search import SearchConfig
from leanagent.prover.status import ProofStatus
from leanagent.prover.writeback import SorryTheorem, apply_proofs, find_sorries

if TYPE_CHECKING:
    from leanagent.prover.reports import TheoremReport
    from leanagent.prover.targets import FileTarget
    from leanagent.prover.workers import JobResult, ProveJob

MIN_RETRY = 5.0
"""Seconds below which a retry is not worth starting."""

Key = tuple[str, str]
MakeJob = Callable[["FileTarget", SorryTheorem, SearchConfig], "ProveJob"]


class Schedule:
    def __init__(
        self,
        todo: list[tuple[FileTarget, SorryTheorem]],
        found: dict[Key, tuple[str, ...]],
        search: SearchConfig,
        imports: dict[str, set[str]] | None = None,
        written: set[str] | None = None,
        checking: set[str] | None = None,
    ) -> None:
        self.todo = list(todo)
        self.found = found
        """Shared with the caller: (file, theorem) -> tactics of every proof found so far."""
        self.search = search
        self.budget = search.time_limit * len(todo)
        self.spent = 0.0
        self.running: Counter[str] = Counter()
        self.targets = {(str(t.path), thm.name): (t, thm) for t, thm in todo}
        self.known_above: dict[Key, int] = {}
        """How many proofs above the theorem its last search had in its context."""
        self.held: dict[Key, TheoremReport] = {}
        self.retrying: set[Key] = set()
        self.imports = imports or {}
        """File -> the other target files it imports (directly or not)."""
        self.written = written if written is not None else set()
        """Shared with the caller: files whose proofs were written (their importers' searches
        compile the new text)."""
        self.checking = checking if checking is not None else set()
        """Shared with the caller: files whose whole-file check (and write) is running; their
        importers wait for it when there is other work."""

    def _above(self, target: FileTarget, thm: SorryTheorem) -> dict[SorryTheorem, tuple[str, ...]]:
        file = str(target.path)
        return {
            t: self.found[(file, t.name)]
            for t in target.sorries
            if t.index < thm.index and (file, t.name) in self.found
        }

    def _known(self, target: FileTarget, thm: SorryTheorem) -> int:
        """How many proofs a search of ``thm`` would have in its context now."""
        return len(self._above(target, thm)) + len(self.imports.get(str(target.path), set()) & self.written)

    def context_for(self, target: FileTarget, thm: SorryTheorem) -> tuple[str, SorryTheorem]:
        """The file's text with the proofs found above ``thm`` in place, and ``thm`` in it."""
        above = self._above(target, thm)
        self.known_above[(str(target.path), thm.name)] = self._known(target, thm)
        if not above:
            return target.text, thm
        text = apply_proofs(target.text, above)
        now = next(s for s in find_sorries(text) if s.index == thm.index)
        return text, now

    def first_pass(self, job: MakeJob) -> Iterator[ProveJob]:
        """Every theorem once, each built when it is submitted (with the proofs found by then)."""
        while self.todo:
            free = [i for i, (t, _) in enumerate(self.todo) if not self.running[str(t.path)]]
            ready = [i for i in free if not self.imports.get(str(self.todo[i][0].path), set()) & self._open()]
            pick = (ready or free or [0])[0]
            target, thm = self.todo.pop(pick)
            self.running[str(target.path)] += 1
            yield job(target, thm, self.search)

    def _open(self) -> set[str]:
        """Files with a search still to start or running, or their check running."""
        running = {f for f, n in self.running.items() if n}
        return {str(t.path) for t, _ in self.todo} | running | self.checking

    def done(self, result: JobResult) -> None:
        self.running[result.file] -= 1
        self.spent += result.seconds

    def may_retry(self, result: JobResult) -> bool:
        """Whether to keep the failure open until the first pass ends (a retry may follow)."""
        key = (result.file, result.name)
        if result.status not in (ProofStatus.FAILED, ProofStatus.TIMEOUT) or key in self.retrying:
            return False
        target, thm = self.targets[key]
        return any(t.index < thm.index for t in target.sorries) or bool(self.imports.get(result.file))

    def hold(self, entry: TheoremReport) -> None:
        self.held[(entry.file, entry.name)] = entry

    def retries(self, job: MakeJob) -> Iterator[ProveJob]:
        """Jobs for the held failures that have more proofs above them now, within the budget."""
        left = self.budget - self.spent
        chosen: list[tuple[FileTarget, SorryTheorem, float]] = []
        for key in list(self.held):
            target, thm = self.targets[key]
            limit = min(self.search.time_limit, left)
            if self._known(target, thm) > self.known_above[key] and limit >= MIN_RETRY:
                chosen.append((target, thm, limit))
                self.retrying.add(key)
                left -= limit

        def jobs() -> Iterator[ProveJob]:
            for target, thm, limit in chosen:
                self.running[str(target.path)] += 1
                yield job(target, thm, replace(self.search, time_limit=limit))

        return jobs()

    def released(self) -> list[TheoremReport]:
        """The held failures that get no retry: final as they are."""
        return [entry for key, entry in self.held.items() if key not in self.retrying]

    def retried(self, name: str, file: str) -> None:
        """A retry came back (its result replaces the held failure)."""
        self.held.pop((file, name), None)
