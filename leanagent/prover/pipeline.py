"""The stages of a ``prove`` run, running together: collect, search, verify, persist.

Collected targets (``targets``) feed the search pool (``workers``) in the order of
``schedule``. One thread, this one, owns the store and the reports: it records each
search's result as it arrives (``persist``) and, when a file's last search is done,
hands the file to the verifier (``verify``), whose whole-file checks run on threads of
their own while the pool keeps searching; finished checks are recorded whenever this
thread wakes (after each search result) and at the end. A proof is ``proved`` only once
its file's check has passed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from leanagent.prover.persist import store_search, store_verification
from leanagent.prover.reports import ProveReport, TheoremReport, from_search, from_stored, settle
from leanagent.prover.results import ResultStore
from leanagent.prover.schedule import Schedule
from leanagent.prover.search import SearchConfig
from leanagent.prover.status import ProofStatus
from leanagent.prover.targets import FileTarget, imported_targets
from leanagent.prover.verify import Verification, Verifier
from leanagent.prover.whole import LLMConfig
from leanagent.prover.workers import JobResult, ProveJob, make_pool
from leanagent.prover.writeback import SorryTheorem

Key = tuple[str, str]


@dataclass(frozen=True)
class RunPlan:
    """Everything a run needs, resolved from the options and the settings once."""

    generator: str
    """A resolved generator spec."""
    search: SearchConfig
    retrieval: bool
    premises: bool
    db: Path
    retriever: Path | None
    workers: int
    ray: str | None
    write: bool
    force: bool
    tactic_timeout: float
    first_pass: float
    exercises: str
    verify_jobs: int
    """Whole-file checks at once."""
    llm: LLMConfig | None = None
    """A language model's endpoint and mode (whole proofs before each search)."""


class Pipeline:
    def __init__(
        self,
        targets: list[FileTarget],
        plan: RunPlan,
        store: ResultStore,
        report: ProveReport,
        on_result: Callable[[TheoremReport], None] | None = None,
    ) -> None:
        self.targets, self.plan, self.store, self.report = targets, plan, store, report
        self.on_result = on_result
        self.by_file = {str(t.path): t for t in targets}
        self.remaining = {str(t.path): len(t.sorries) for t in targets}
        self.found: dict[Key, tuple[str, ...]] = {}
        """(file, theorem) -> the tactics of every proof found (searched or stored)."""
        self.entries: dict[Key, TheoremReport] = {}
        self.written: set[str] = set()
        self.checking: set[str] = set()
        """Files sent to the check, not yet recorded (with ``write``: their text may change)."""
        self.imports = imported_targets(targets)
        self.verifier = Verifier(plan.verify_jobs, write=plan.write, exercises=plan.exercises)

    # ------------------------------------------------------------------ persist and verify

    def finish(self, entry: TheoremReport) -> None:
        """A theorem's entry is final but for the check; its file's last one sends the file to it."""
        self.entries[(entry.file, entry.name)] = entry
        self.remaining[entry.file] -= 1
        if self.on_result and entry.status != ProofStatus.FOUND:  # a found proof is reported once verified
            self.on_result(entry)
        if self.remaining[entry.file] == 0:
            target = self.by_file[entry.file]
            proofs = {
                t: self.found[(entry.file, t.name)]
                for t in target.sorries
                if (entry.file, t.name) in self.found
            }
            if proofs:
                if self.plan.write:
                    self.checking.add(entry.file)
                self.verifier.submit(target, proofs)

    def settle(self, block: bool = False) -> None:
        """Record the whole-file checks finished by now (with ``block``: all of them)."""
        for done in self.verifier.finished(block):
            self._record_check(done)

    def _record_check(self, done: Verification) -> None:
        target, file = done.target, str(done.target.path)
        entries = {thm: self.entries[(file, thm.name)] for thm in done.proofs}
        settle(self.report, entries, target, done.proofs, done.outcome)
        store_verification(self.store, done, {thm.name: e.error for thm, e in entries.items()})
        self.checking.discard(file)
        if done.outcome.written:
            self.written.add(file)
        if self.on_result:
            for entry in entries.values():
                self.on_result(entry)

    def record(self, result: JobResult, schedule: Schedule) -> None:
        target = self.by_file[result.file]
        schedule.done(result)
        store_search(self.store, target, result, self.plan.generator)
        entry = from_search(target, result)
        if entry.status == ProofStatus.FOUND:
            self.found[(result.file, result.name)] = result.tactics
        if schedule.may_retry(result):
            schedule.hold(entry)
        else:
            self.finish(entry)
        self.settle()

    # ------------------------------------------------------------------ search

    def resume(self) -> list[tuple[FileTarget, SorryTheorem]]:
        """Take earlier runs' results from the store; the theorems left to search."""
        todo = []
        for target in self.targets:
            for thm in target.sorries:
                stored = None if self.plan.force else self.store.get(target.hash, thm.name)
                if stored is None:
                    todo.append((target, thm))
                    continue
                entry = from_stored(str(target.path), thm, stored)
                if entry.status == ProofStatus.FOUND:  # verified again with the file's other proofs
                    self.found[(entry.file, thm.name)] = stored.tactics
                self.finish(entry)
        return todo

    def run(self) -> ProveReport:
        try:
            todo = self.resume()
            if todo:
                self._search(todo)
            self.settle(block=True)
        finally:
            self.verifier.close()
        order = {
            (str(t.path), s.name): i
            for i, (t, s) in enumerate((t, s) for t in self.targets for s in t.sorries)
        }
        files = {str(t.path): i for i, t in enumerate(self.targets)}
        self.report.theorems = sorted(self.entries.values(), key=lambda r: order[(r.file, r.name)])
        self.report.files.sort(key=lambda f: files[f["path"]])
        return self.report

    def _search(self, todo: list[tuple[FileTarget, SorryTheorem]]) -> None:
        plan = self.plan
        schedule = Schedule(todo, self.found, plan.search, self.imports, self.written, self.checking)

        def job(target: FileTarget, thm: SorryTheorem, config: SearchConfig) -> ProveJob:
            text, now = schedule.context_for(target, thm)
            return ProveJob(
                target.path,
                target.root,
                text,
                now,
                config,
                plan.generator,
                plan.retrieval,
                plan.db,
                plan.tactic_timeout,
                plan.first_pass,
                plan.premises,
                plan.retriever,
                plan.llm,
            )

        pool = make_pool(plan.workers, plan.ray)
        try:
            for result in pool.map_unordered(schedule.first_pass(job), queued=plan.workers):
                self.record(result, schedule)
            if schedule.held and plan.write:  # a retry may use a file written meanwhile
                self.settle(block=True)
            retries = schedule.retries(job)
            for entry in schedule.released():
                self.finish(entry)
            for result in pool.map_unordered(retries, queued=plan.workers):
                schedule.retried(result.name, result.file)
                self.record(result, schedule)
        finally:
            pool.close()
