"""Running proof searches: one theorem per job, on a local process pool or a Ray cluster.

A job carries everything it needs (the file's text as read, the theorem's offsets, the
search settings and the generator spec), so any worker anywhere can run it. Inside a
worker the engine, the language servers (one per directory and library path, the
``servers_per_worker`` most recently used kept) and the generators are built once and
reused for every job it gets.

A theorem in a project (or a folder of files) may import its siblings: the imported
modules are compiled once per content (``build_dependencies``) and that build folder is
put on the engine's LEAN_PATH, which both the Dojo's server and its final re-check use.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
import traceback
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from leanagent.config import get_prover_settings, get_settings
from leanagent.engine import Engine, get_engine
from leanagent.lean.dojo import Dojo, DojoError, DojoLimits, ProofTarget, TacticState, server_spec
from leanagent.lean.project import engine_with_dependencies, imported_dependencies
from leanagent.lean.server import LeanServer
from leanagent.prover.generators import TacticGenerator, build
from leanagent.prover.generators.base import Goal
from leanagent.prover.generators.openai_api import OpenAIGenerator
from leanagent.prover.generators.whole_proof import WholeProofGenerator, prompt
from leanagent.prover.premises import (
    LibraryPremises,
    library_premises,
    library_sources,
    load_retriever,
    local_premises,
)
from leanagent.prover.search import SearchConfig, search_in_passes
from leanagent.prover.status import ProofStatus
from leanagent.prover.whole import LLMConfig, whole_proof_search
from leanagent.prover.writeback import SorryTheorem
from leanagent.source.header import header_imports
from leanagent.source.modules import Module


@dataclass(frozen=True)
class ProveJob:
    file: Path
    root: Path | None
    """Source root the file's sibling imports resolve against (project src or the folder)."""
    text: str
    theorem: SorryTheorem
    search: SearchConfig
    generator: str
    """A resolved generator spec (see ``generators.build``)."""
    retrieval: bool = False
    db: Path | None = None
    """The corpus database (for retrieval)."""
    tactic_timeout: float = 10.0
    """Seconds per tactic (``prove`` passes the ``[dojo]`` setting)."""
    first_pass: float = 0.0
    """Share of the time the cheap generators search alone first (see ``search_in_passes``)."""
    premises: bool = True
    """Rank library premises for each goal (see ``premises.LibraryPremises``)."""
    retriever: Path | None = None
    """The retriever checkpoint (default: the configured one)."""
    llm: LLMConfig | None = None
    """A language model's endpoint; in ``whole``/``both`` mode it writes whole proofs before
    the search (which gets the rest of the time)."""


@dataclass
class JobResult:
    file: str
    name: str
    line: int
    status: ProofStatus
    """``proved`` (by the Dojo only: the file is not checked yet), ``failed``, ``timeout`` or ``error``."""
    tactics: tuple[str, ...] = ()
    seconds: float = 0.0
    stats: dict = field(default_factory=dict)
    steps: tuple[tuple[str, str], ...] = ()
    error: str | None = None


# --------------------------------------------------------------------------- in the worker

_engines: dict[tuple, tuple[Engine, list[Module]]] = {}
_servers: OrderedDict[tuple, LeanServer] = OrderedDict()
"""Least recently used first; at most ``servers_per_worker`` of them (see ``_server_for``)."""
_generators: dict[str, TacticGenerator] = {}
_libraries: dict[tuple, LibraryPremises] = {}
_whole: dict[LLMConfig, WholeProofGenerator] = {}


def _close_all() -> None:
    for server in _servers.values():
        server.close()
    _servers.clear()
    for generator in _generators.values():
        generator.close()
    _generators.clear()


atexit.register(_close_all)


def _engine_for(job: ProveJob) -> tuple[Engine, list[Module]]:
    """The engine with the file's sibling imports compiled onto its LEAN_PATH, and those modules."""
    base = get_engine(job.file.parent)
    if job.root is None:
        return base, []
    deps = imported_dependencies(job.root, job.file, job.text)
    key = (base, job.root, tuple(sorted((n, m.source) for n, m in deps.items())))
    if key not in _engines:
        settings = get_settings()
        engine = engine_with_dependencies(base, deps, settings.cache_dir, settings.check_timeout)
        _engines[key] = (engine, list(deps.values()))
    return _engines[key]


def _server_for(engine: Engine, directory: Path) -> LeanServer:
    spec = server_spec(engine, directory, DojoLimits().memory_mb)
    key = (spec.argv, str(spec.cwd), spec.env.get("LEAN_PATH"))
    server = _servers.pop(key, None)
    if server is not None and not server.alive():
        server.close()  # reap whatever of it is left
        server = None
    keep = max(1, get_prover_settings().servers_per_worker)
    while len(_servers) >= keep:  # room for this one: close the least recently used
        _, old = _servers.popitem(last=False)
        old.close()
    if server is None:
        server = LeanServer(spec)
    _servers[key] = server  # now the most recently used
    return server


def _library(engine: Engine, deps: list[Module]) -> LibraryPremises:
    """The library premises a file with imports ``deps`` sees (one index per library, cached)."""
    key = (engine.kind, tuple(sorted((m.name, m.source) for m in deps)))
    if key not in _libraries:
        core = get_settings().core_dir if engine.kind == "embedded" else None
        _libraries[key] = library_premises(library_sources(core, deps), get_settings().cache_dir)
    return _libraries[key]


def _generator(spec: str) -> TacticGenerator:
    if spec not in _generators:
        _generators[spec] = build(spec, get_prover_settings())
    return _generators[spec]


def _whole_generator(llm: LLMConfig) -> WholeProofGenerator:
    if llm not in _whole:
        client = OpenAIGenerator(llm.endpoint, llm.model, timeout=llm.timeout, retries=llm.retries)
        _whole[llm] = WholeProofGenerator(client, llm.temperature, llm.max_tokens)
    return _whole[llm]


def run_job(job: ProveJob) -> JobResult:
    """Search one theorem; never raises (an unexpected failure is an ``error`` result)."""
    start = time.monotonic()
    thm = job.theorem
    result = JobResult(str(job.file), thm.name, thm.line, ProofStatus.ERROR)
    try:
        engine, deps = _engine_for(job)
        generator = _generator(job.generator)
        context = thm.context(job.text)
        hole = thm.hole(job.text)
        if hole is None:
            target = ProofTarget.from_statement(
                thm.declaration(job.text), header=context, directory=job.file.parent
            )
        else:  # fill that sorry in place, inside the user's proof
            text = job.text
            target = ProofTarget.at_hole(
                context,
                text[thm.start : hole.start],
                text[hole.end : thm.end],
                hole.tactic,
                hole.column,
                thm.name if not thm.name.startswith("example@") else None,
                job.file.parent,
            )
        local = local_premises(context, thm.namespace, deps)
        mathlib = any(i.split(".")[0] == "Mathlib" for i in header_imports(job.text))
        retrieve = None
        if job.retrieval:
            retrieve, why = load_retriever(job.db or get_settings().corpus_db, job.file, job.retriever)
            if retrieve is None:
                raise RuntimeError(f"--retrieval: {why}")
        elif job.premises:
            retrieve = _library(engine, deps).retrieve
        k = get_prover_settings().premises_per_goal

        def goal(state: TacticState) -> Goal:
            premises = tuple(retrieve(state.goals[0], k)) if retrieve else ()
            return Goal(state.pp, premises, local, mathlib)

        limits = DojoLimits(tactic_timeout=min(job.tactic_timeout, job.search.time_limit))
        server = _server_for(engine, job.file.parent)
        with Dojo(target, server=server, engine=engine, limits=limits) as (dojo, init):
            began = time.monotonic()
            whole = None
            if job.llm is not None and job.llm.whole and hole is None:
                messages = prompt(context, thm.statement(job.text), goal(init).premises)
                whole = whole_proof_search(
                    dojo,
                    init,
                    _whole_generator(job.llm),
                    messages,
                    job.llm.samples,
                    job.llm.repair_rounds,
                    job.search.time_limit,
                )
                result.stats["whole"] = whole.stats_json()
            if whole is not None and whole.status == ProofStatus.PROVED:
                result.status, result.tactics = whole.status, whole.tactics
                result.steps = ((whole.tactics[-1], "no goals"),)
                result.stats["mode"] = "whole"
            else:
                rest = max(0.0, job.search.time_limit - (time.monotonic() - began))
                config = replace(job.search, time_limit=rest)
                found = search_in_passes(dojo, init, generator, config, first_pass=job.first_pass, goal=goal)
                result.status = found.status
                result.tactics = found.tactics
                result.steps = found.steps
                result.stats |= found.to_json()["stats"]
                if found.status == ProofStatus.PROVED:
                    result.stats["mode"] = "search"
    except DojoError as exc:
        result.error = str(exc)
    except Exception as exc:  # report, so one bad theorem cannot stop a whole run
        result.error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}"
    result.seconds = round(time.monotonic() - start, 3)
    return result


# --------------------------------------------------------------------------- pools


def _watch_parent(parent: int) -> None:
    """In a pool worker: exit as soon as the parent is gone (killed run), not after the search.

    The worker's Lean servers go with it (their reaper sees this process end).
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()


def _in_flight(
    jobs: Iterable[ProveJob],
    limit: int,
    submit: Callable[[ProveJob], Hashable],
    collect: Callable[[dict], Iterator[JobResult]],
) -> Iterator[JobResult]:
    """Results as jobs finish, with at most ``limit`` submitted and unfinished at a time
    (``jobs`` is read only as room frees up, so a long list is never queued whole).

    ``submit`` starts a job and returns its handle; ``collect(pending)`` waits for at least
    one of the ``pending`` handles (handle -> job) to finish, removes the ones it settles
    and yields their results.
    """
    pending: dict = {}
    for job in jobs:
        pending[submit(job)] = job
        while len(pending) >= limit:
            yield from collect(pending)
    while pending:
        yield from collect(pending)


class LocalPool:
    """``workers`` processes (spawned, so no Lean server or model is shared by fork).

    A worker that dies (killed, out of memory) breaks the whole executor and every job it
    held. Those jobs are then run again one at a time in a fresh pool, so only the job
    that kills its worker again is reported as an error.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
        )

    def _restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def _alone(self, job: ProveJob) -> JobResult:
        try:
            return self._executor.submit(run_job, job).result()
        except BrokenProcessPool as exc:
            self._restart()
            thm = job.theorem
            return JobResult(
                str(job.file), thm.name, thm.line, ProofStatus.ERROR, error=f"the worker died: {exc}"
            )

    def map_unordered(self, jobs: Iterable[ProveJob], queued: int | None = None) -> Iterator[JobResult]:
        """Results as jobs finish; at most ``queued`` (default ``2 * workers``) jobs are
        submitted and unfinished at a time (fewer: later jobs are built with more results in)."""
        return _in_flight(
            jobs, queued or 2 * self.workers, lambda job: self._executor.submit(run_job, job), self._collect
        )

    def _collect(self, pending: dict[Future[JobResult], ProveJob]) -> Iterator[JobResult]:
        """The finished jobs' results; if the pool broke, every job it held, each run alone."""
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        suspects = []
        for future in finished:
            job = pending.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:
                suspects.append(job)
        if suspects:
            suspects += pending.values()
            pending.clear()
            self._restart()
            for job in suspects:
                yield self._alone(job)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class RayPool:
    """The same jobs as Ray tasks on the cluster at ``address`` (``pip install ray``)."""

    def __init__(self, address: str, workers: int) -> None:
        try:
            import ray
        except ImportError as exc:
            raise RuntimeError("--ray needs the optional extra: pip install 'leanagent[ray]'") from exc
        self._ray = ray
        if not ray.is_initialized():
            ray.init(address=address or None, ignore_reinit_error=True, log_to_driver=False)
        self._task = ray.remote(num_cpus=1)(run_job)
        self.workers = max(1, workers)

    def map_unordered(self, jobs: Iterable[ProveJob], queued: int | None = None) -> Iterator[JobResult]:
        return _in_flight(jobs, queued or 2 * self.workers, self._task.remote, self._collect)

    def _collect(self, pending: dict) -> Iterator[JobResult]:
        finished, _ = self._ray.wait(list(pending), num_returns=1)
        for ref in finished:
            del pending[ref]
            yield self._ray.get(ref)

    def close(self) -> None:
        pass


def make_pool(workers: int, ray_address: str | None = None) -> LocalPool | RayPool:
    return RayPool(ray_address, workers) if ray_address is not None else LocalPool(workers)
