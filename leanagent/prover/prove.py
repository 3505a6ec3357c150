"""``leanagent prove``: find sorry theorems, search for proofs, verify, write back, remember.

A theorem counts as proved only when (1) the search ends in the Dojo's ``ProofFinished``
(its own fresh re-check of the theorem with the axiom audit) and (2) the whole file,
with every found proof in place, passes ``check_file`` with standard axioms only. With
``write`` the verified text then replaces the file atomically, with a backup.

Results are stored per (file content hash, theorem) as each search ends; a rerun reuses
them: a stored proof is verified (and written) again without searching, a stored failure
is skipped unless ``force``. A proof is stored ``found`` until its file's check passes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from leanagent.config import get_dojo_settings, get_prover_settings, get_settings
from leanagent.lean.modules import module_name, module_path, source_files
from leanagent.lean.project import find_project, project_src
from leanagent.lean.scan import header_imports
from leanagent.prover.generators import resolve_spec
from leanagent.prover.premises import load_retriever
from leanagent.prover.results import ResultStore, StoredResult
from leanagent.prover.schedule import Schedule
from leanagent.prover.search import PROVED, SearchConfig
from leanagent.prover.workers import JobResult, ProveJob, make_pool
from leanagent.prover.writeback import (
    SorryTheorem,
    WriteOutcome,
    content_hash,
    find_sorries,
    render_edit,
    verify_and_write,
)

FOUND = "found"
"""The search's Dojo finished a proof; only the whole-file check then makes it ``proved``."""

LIBRARIES = frozenset({"Init", "Std", "Lean", "Lake", "Mathlib", "Batteries", "Aesop", "Qq"})
"""Imports that come with the toolchain or its packages, not from the folder being proved."""


@dataclass(frozen=True)
class ProveOptions:
    theorem: str | None = None
    time_limit: float | None = None
    tactics_per_expansion: int | None = None
    max_expansions: int | None = None
    workers: int | None = None
    generator: str | None = None
    retrieval: bool | None = None
    write: bool = False
    force: bool = False
    """Search again even where a stored result exists."""
    db: Path | None = None
    ray: str | None = None
    """A Ray cluster address (``auto`` or ``host:port``) instead of local processes."""
    premises: bool | None = None
    """Library premises for every goal (default: the ``[prover] premises`` setting)."""
    retriever: Path | None = None
    """The retriever checkpoint for ``retrieval`` (default: the configured one)."""
    skip: frozenset[str] = frozenset()
    """Full names of sorry theorems not to attempt (already proved, say)."""


@dataclass
class FileTarget:
    path: Path
    root: Path | None
    """Where sibling imports resolve (project source folder, or the folder given)."""
    project: Path | None
    """Passed to ``check_file`` for the re-check of a temporary copy."""
    text: str
    hash: str
    sorries: list[SorryTheorem]


@dataclass
class TheoremReport:
    file: str
    name: str
    line: int
    status: str
    """``proved`` (verified by the whole-file check), ``found`` (search done, not yet verified),
    ``failed``, ``timeout`` or ``error``."""
    seconds: float = 0.0
    expansions: int = 0
    tactics_tried: int = 0
    proof: str | None = None
    """The text that replaces the ``sorry``."""
    written: bool = False
    resumed: bool = False
    """Taken from an earlier run's stored result."""
    error: str | None = None
    placeholder: str | None = None
    """Why the verified proof may rest on a placeholder definition (then it is not written)."""
    steps: list[tuple[str, str]] = field(default_factory=list)
    """The found proof, tactic by tactic, with the goals each leaves (not kept across runs)."""


@dataclass
class ProveReport:
    path: str
    generator: str
    write: bool
    theorems: list[TheoremReport] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)
    verified_texts: dict[str, str] = field(default_factory=dict)
    """File -> its text with every verified proof in place (for tracing; not in the JSON)."""

    def summary(self) -> dict[str, int]:
        counts = {"theorems": len(self.theorems), "proved": 0, "failed": 0, "timeout": 0, "error": 0}
        for t in self.theorems:
            counts[t.status] = counts.get(t.status, 0) + 1
        counts["written"] = sum(t.written for t in self.theorems)
        return counts

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "generator": self.generator,
            "write": self.write,
            "theorems": [asdict(t) for t in self.theorems],
            "files": self.files,
            "summary": self.summary(),
        }


def collect_targets(
    path: Path, theorem: str | None = None, skip: frozenset[str] = frozenset()
) -> list[FileTarget]:
    """The files under ``path`` with sorry theorems (only ``theorem`` if given, none in ``skip``)."""
    path = path.resolve()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    files = [path] if path.is_file() else [f for f in source_files(path) if f.name != "lakefile.lean"]
    targets = []
    for file in files:
        text = file.read_bytes().decode("utf-8")
        sorries = [
            s
            for s in find_sorries(text)
            if (theorem is None or _matches(s.name, theorem)) and s.name not in skip
        ]
        if sorries:
            root, project = _module_root(file, path, text)
            targets.append(FileTarget(file, root, project, text, content_hash(text), sorries))
    return targets


def _module_root(file: Path, given: Path, text: str) -> tuple[Path | None, Path | None]:
    """Where the file's own imports resolve: its Lake project's sources, the folder given, or its
    folder (the first under which every imported module of the file's library exists). ``(None,
    None)`` for a file that imports no such module."""
    imports = [i for i in header_imports(text) if i.split(".")[0] not in LIBRARIES]
    if not imports:
        return None, None
    project = find_project(file)
    candidates = [(project_src(project), project)] if project else []
    candidates += [(folder, folder) for folder in (given if given.is_dir() else file.parent, file.parent)]
    for root, owner in candidates:
        if all(module_path(root, name).is_file() for name in imports):
            return root, owner
    return candidates[0]


def _imported_targets(targets: list[FileTarget]) -> dict[str, set[str]]:
    """For each target file, the other target files it imports, directly or not."""
    names = {
        module_name(t.root, t.path): str(t.path)
        for t in targets
        if t.root is not None and t.path.is_relative_to(t.root)
    }
    direct = {str(t.path): {names[i] for i in header_imports(t.text) if i in names} for t in targets}
    closed: dict[str, set[str]] = {}

    def reach(file: str, seen: frozenset[str] = frozenset()) -> set[str]:
        if file not in closed:
            out = set(direct[file])
            for dep in direct[file] - seen - {file}:
                out |= reach(dep, seen | {file})
            closed[file] = out - {file}
        return closed[file]

    return {file: reach(file) for file in direct}


def _import_order(targets: list[FileTarget]) -> list[FileTarget]:
    """The targets with every file after the target files it imports (else as found)."""
    imports = _imported_targets(targets)
    return sorted(targets, key=lambda t: len(imports[str(t.path)]))


def _matches(full: str, wanted: str) -> bool:
    return full == wanted or full.endswith("." + wanted)


def proof_text(text: str, thm: SorryTheorem, tactics: tuple[str, ...]) -> str:
    """What replaces the theorem's ``sorry`` in the file (for reports)."""
    return render_edit(text, thm, tactics)[2]


def prove_path(
    path: Path,
    options: ProveOptions | None = None,
    *,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[TheoremReport], None] | None = None,
) -> ProveReport:
    opts = options or ProveOptions()
    settings = get_prover_settings()
    spec = resolve_spec(opts.generator or settings.generator, settings)
    search = SearchConfig(
        tactics_per_expansion=opts.tactics_per_expansion or settings.tactics_per_expansion,
        time_limit=opts.time_limit or settings.time_limit,
        max_expansions=settings.max_expansions if opts.max_expansions is None else opts.max_expansions,
    )
    retrieval = settings.retrieval if opts.retrieval is None else opts.retrieval
    use_premises = settings.premises if opts.premises is None else opts.premises
    db_path = opts.db or get_settings().corpus_db
    if retrieval:
        retriever, why = load_retriever(db_path, path, opts.retriever)
        if retriever is None:
            raise ValueError(f"--retrieval: {why}")
    report = ProveReport(str(path), spec, opts.write)
    targets = _import_order(collect_targets(path, opts.theorem, opts.skip))
    total = sum(len(t.sorries) for t in targets)
    if on_start:
        on_start(total)
    with ResultStore(db_path) as store:
        found: dict[tuple[str, str], tuple[str, ...]] = {}
        reports: dict[tuple[str, str], TheoremReport] = {}
        remaining = {str(t.path): len(t.sorries) for t in targets}
        by_file = {str(t.path): t for t in targets}
        written: set[str] = set()

        def finish(entry: TheoremReport) -> None:
            reports[(entry.file, entry.name)] = entry
            remaining[entry.file] -= 1
            if on_result and entry.status != FOUND:  # a found proof is reported once verified
                on_result(entry)
            if remaining[entry.file] == 0:
                if _finalize(by_file[entry.file], found, reports, store, opts, report):
                    written.add(entry.file)
                for other in by_file[entry.file].sorries:
                    verified = reports[(entry.file, other.name)]
                    if on_result and (entry.file, other.name) in found:
                        on_result(verified)

        todo: list[tuple[FileTarget, SorryTheorem]] = []
        for target in targets:
            for thm in target.sorries:
                stored = None if opts.force else store.get(target.hash, thm.name)
                if stored is None:
                    todo.append((target, thm))
                    continue
                key = (str(target.path), thm.name)
                status = FOUND if stored.status in (PROVED, FOUND) else stored.status
                if status == FOUND:  # verified again with the file's other proofs
                    found[key] = stored.tactics
                entry = TheoremReport(
                    key[0],
                    thm.name,
                    thm.line,
                    status,
                    stored.seconds,
                    stored.stats.get("expansions", 0),
                    stored.stats.get("tactics_tried", 0),
                    resumed=True,
                    error=stored.error,
                )
                finish(entry)
        if todo:
            schedule = Schedule(todo, found, search, _imported_targets(targets), written)

            def job(target: FileTarget, thm: SorryTheorem, config: SearchConfig) -> ProveJob:
                text, now = schedule.context_for(target, thm)
                return ProveJob(
                    target.path,
                    target.root,
                    text,
                    now,
                    config,
                    spec,
                    retrieval,
                    db_path,
                    get_dojo_settings().tactic_timeout,
                    settings.first_pass,
                    use_premises,
                    opts.retriever,
                )

            def record(result: JobResult) -> None:
                target = by_file[result.file]
                schedule.done(result)
                status = FOUND if result.status == PROVED else result.status
                store.put(
                    StoredResult(
                        result.file,
                        target.hash,
                        result.name,
                        status,
                        result.tactics,
                        result.seconds,
                        result.stats,
                        spec,
                        None,
                        False,
                        result.error,
                    )
                )
                if status == FOUND:
                    found[(result.file, result.name)] = result.tactics
                line = next(t.line for t in target.sorries if t.name == result.name)
                entry = TheoremReport(
                    result.file,
                    result.name,
                    line,
                    status,
                    result.seconds,
                    result.stats.get("expansions", 0),
                    result.stats.get("tactics_tried", 0),
                    error=result.error,
                    steps=[tuple(step) for step in result.steps],
                )
                if schedule.may_retry(result):
                    schedule.hold(entry)
                else:
                    finish(entry)

            workers = opts.workers or settings.workers
            pool = make_pool(workers, opts.ray)
            try:
                for result in pool.map_unordered(schedule.first_pass(job), queued=workers):
                    record(result)
                retries = schedule.retries(job)
                for entry in schedule.released():
                    finish(entry)
                for result in pool.map_unordered(retries, queued=workers):
                    schedule.retried(result.name, result.file)
                    record(result)
            finally:
                pool.close()
    order = {(str(t.path), s.name): i for i, (t, s) in enumerate((t, s) for t in targets for s in t.sorries)}
    report.theorems = sorted(reports.values(), key=lambda r: order[(r.file, r.name)])
    return report


def _finalize(
    target: FileTarget,
    found: dict[tuple[str, str], tuple[str, ...]],
    reports: dict[tuple[str, str], TheoremReport],
    store: ResultStore,
    opts: ProveOptions,
    report: ProveReport,
) -> bool:
    """Verify the file's proofs together by a whole-file re-check; write if asked; record.
    Whether the file was written."""
    file = str(target.path)
    proofs = {thm: found[(file, thm.name)] for thm in target.sorries if (file, thm.name) in found}
    if not proofs:
        return False
    try:
        outcome = verify_and_write(
            target.path,
            target.text,
            proofs,
            write=opts.write,
            project=target.project,
            exercises=get_prover_settings().exercises,
            root=target.root,
        )
    except Exception as exc:  # the re-check itself broke (engine, disk): nothing counts, nothing written
        outcome = WriteOutcome(target.path, dict.fromkeys((t.name for t in proofs), False), error=str(exc))
    for thm, tactics in proofs.items():
        entry = reports[(file, thm.name)]
        ok = outcome.verified.get(thm.name, False)
        stored = store.get(target.hash, thm.name)
        if ok:
            entry.status = PROVED
            entry.proof = proof_text(target.text, thm, tactics)
            entry.written = outcome.written
            entry.placeholder = outcome.placeholders.get(thm.name)
            store.record_proof(target.path, thm.name, f"{thm.statement(target.text)} := {entry.proof}")
        else:
            entry.status, entry.steps = "failed", []
            entry.error = f"whole-file re-check failed: {outcome.reasons.get(thm.name) or outcome.error}"
        if stored is not None:
            stored.verified, stored.written = ok, outcome.written and ok
            stored.error = None if ok else entry.error
            stored.status = PROVED if ok else "failed"
            store.put(stored)
    if outcome.text is not None and any(outcome.verified.values()):
        report.verified_texts[file] = outcome.text
    if outcome.written and outcome.text is not None:
        new_hash = content_hash(outcome.text)
        for thm in target.sorries:  # the rest stay sorry in the new text: remember they were tried
            if thm not in proofs or not outcome.verified.get(thm.name):
                previous = store.get(target.hash, thm.name)
                if previous is not None:
                    previous.content_hash = new_hash
                    store.put(previous)
    report.files.append(
        {
            "path": file,
            "proved": sum(outcome.verified.values()),
            "written": outcome.written,
            "backup": str(outcome.backup) if outcome.backup else None,
            "error": outcome.error,
        }
    )
    return outcome.written
