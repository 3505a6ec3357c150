"""One mutation run over the corpus: probe, build, verify, store, trace, emit.

Per source file of a traced repository: each proved theorem is opened in the Dojo (with
printing options that make goals read back, `goals.PP_OPTIONS`), its candidates (the
filter's, or all) are probed, the hits become mutants, duplicates of the corpus and of
each other are dropped, and the file's mutants are verified together. The survivors go
into a synthetic copy of the repository (`mutants/<repo>_mutants/` beside the database:
the project's own files, which the mutants import, plus `Mutants/<module path>.lean`),
and their provenance and the parents' counts are stored in one transaction. At the end
the mutant files are traced into the corpus like any other theorems.

Resumable: a file whose parents are all marked done is skipped; an unfinished one is
done again from the start (its mutants' names are deterministic, its rows replaced).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from leanagent.config import get_settings
from leanagent.corpus.db import CorpusDB, FileRow
from leanagent.corpus.mutants import (
    MutantRecord,
    ParentStats,
    done_theorems,
    mutant_keys,
    record_file,
    totals,
)
from leanagent.corpus.provenance import repo_info
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.engine import get_engine
from leanagent.lean.dojo import Dojo, DojoError, DojoLimits, ProofTarget, server_spec
from leanagent.lean.project import (
    build_dependencies,
    importable_modules,
    is_project,
    project_src,
)
from leanagent.lean.server import LeanServer
from mutation.discover import probe_theorem
from mutation.goals import PP_OPTIONS, parse_goal, readable, statement_key
from mutation.mutants import Mutant, build
from mutation.probes import PremiseIndex, Probe, Rule
from mutation.shapes import parse_statement
from mutation.verify import trivial, verify

MUTANTS_DIR = "Mutants"
"""The synthetic repository's folder of mutant modules (`Mutants.<original module>`)."""


@dataclass
class MutationOptions:
    """What a run probes and keeps (the `leanagent mutate` flags)."""

    rules: frozenset[Rule] = frozenset({Rule.RW, Rule.APPLY})
    max_per_theorem: int = 20
    """Mutants built per theorem at most (probing stops once it has them)."""
    max_probes: int = 400
    """Probes per theorem at most."""
    workers: int = 2
    """Probes Lean runs at once (the Dojo's documents, one Lean worker each)."""
    use_filter: bool = True
    """Probe only the filter's candidates (False: every accessible theorem, the baseline)."""
    drop_trivial: bool = False
    """Drop mutants that `rfl` or `simp` prove alone."""
    emit: Path | None = None
    """Copy the synthetic repository (the mutant files and the project they import) here."""
    theorems: frozenset[str] | None = None
    """Mutate only these theorems (full names)."""
    on_theorem: Callable[[str, int, int], None] | None = None
    """Progress: ``on_theorem(name, done, total)`` after each theorem."""


@dataclass
class MutationSummary:
    theorems: int = 0
    """Parent theorems mutated (all runs), and the counts over them:"""
    candidates: int = 0
    probed: int = 0
    hits: int = 0
    constructed: int = 0
    verified: int = 0
    stored: int = 0
    """Verified mutants traced into the corpus."""
    corpus_theorems: int = 0
    """Theorems of the original (non-synthetic) repositories."""
    growth_factor: float = 0.0
    """(original + stored) / original."""
    survival_rate: float = 0.0
    """verified / constructed."""
    resumed: int = 0
    """Theorems skipped as done by an earlier run."""
    seconds: float = 0.0
    probe_seconds: float = 0.0
    verify_seconds: float = 0.0
    emitted: list[str] = field(default_factory=list)


def parse_rules(text: str) -> frozenset[Rule]:
    """``rw,apply`` as rules; a clear error for an unknown one."""
    names = [t.strip() for t in text.split(",") if t.strip()]
    known = {r.value: r for r in Rule}
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise ValueError(
            f"unknown rule(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(known)}"
        )
    return frozenset(known[n] for n in names)


def synthetic_root(db_path: Path, repo_name: str) -> Path:
    return db_path.resolve().parent / "mutants" / f"{repo_name}_mutants"


def _copy_project(root: Path, dest: Path) -> None:
    """The repository's Lean sources and Lake files, as the mutants' imports (never the mutants)."""
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if rel.parts[0].startswith(".") or rel.parts[0] == MUTANTS_DIR or not path.is_file():
            continue
        if path.suffix == ".lean" or path.name in ("lakefile.toml", "lean-toolchain", "lake-manifest.json"):
            target = dest / rel
            if not target.is_file() or target.read_bytes() != path.read_bytes():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _corpus_keys(db: CorpusDB, synthetic: set[int]) -> set[str]:
    """Keys of the corpus theorems' initial goals (the first traced tactic's state)."""
    keys = set()
    for state, repo in db.db.execute(
        "SELECT x.state_before, f.repo_id FROM tactics x JOIN theorems t ON t.id = x.theorem_id "
        "JOIN files f ON f.id = t.file_id WHERE x.idx = 0"
    ):
        goal = parse_goal(state) if repo not in synthetic else None
        if goal is not None:
            keys.add(statement_key(goal))
    return keys


class _Repo:
    """One original repository: its engine, server, premise index and synthetic copy."""

    def __init__(self, db: CorpusDB, db_path: Path, repo_id: int, opts: MutationOptions) -> None:
        self.db, self.opts, self.repo_id = db, opts, repo_id
        self.info = db.repo(repo_id)
        self.root = Path(self.info.root)
        self.src = project_src(self.root) if is_project(self.root) else self.root
        base = get_engine(self.root)
        self.engine = base
        if base.lake is None:
            modules = importable_modules(self.src)
            if modules:
                folder = build_dependencies(
                    base, modules, get_settings().cache_dir, get_settings().check_timeout
                )
                self.engine = replace(base, lean_path=(folder, *base.lean_path))
        self.syn_root = synthetic_root(db_path, self.info.name)
        _copy_project(self.root, self.syn_root)
        self.syn_src = self.syn_root / self.src.relative_to(self.root)
        self.server: LeanServer | None = None

    def server_for(self) -> LeanServer:
        if self.server is None or not self.server.alive():
            self.server = LeanServer(server_spec(self.engine, self.src, DojoLimits().memory_mb))
        return self.server

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


def printing_target(path: Path, name: str) -> ProofTarget:
    """The theorem as a Dojo target whose goals print re-parseably (`PP_OPTIONS`)."""
    target = ProofTarget.from_file(path, name)
    pp = "".join(f"set_option {o}\n" for o in PP_OPTIONS)
    context = target.context if target.context.endswith("\n") or not target.context else target.context + "\n"
    return replace(target, context=context + pp)


def _parents(db: CorpusDB, f: FileRow, only: frozenset[str] | None) -> list[tuple[int, str, str]]:
    """(id, full name, statement) of the file's proved theorems."""
    rows = db.db.execute(
        "SELECT id, full_name, statement FROM theorems WHERE file_id = ? AND has_sorry = 0 ORDER BY start_line",
        [f.id],
    ).fetchall()
    return [(i, n, s) for i, n, s in rows if only is None or n in only]


class _Run:
    """One run's shared state: the premise index, the dedup keys, progress."""

    def __init__(self, db: CorpusDB, db_path: Path, opts: MutationOptions) -> None:
        self.db, self.db_path, self.opts = db, db_path, opts
        self.summary = MutationSummary()
        self.index = PremiseIndex(db.premises())
        self.access = db.accessibility()
        self.synthetic = {rid for rid in db.repo_ids().values() if _is_synthetic(db, rid)}
        self.seen = _corpus_keys(db, self.synthetic) | mutant_keys(db)
        self.done_count = 0
        self.total = 0

    def progress(self, name: str) -> None:
        self.done_count += 1
        if self.opts.on_theorem:
            self.opts.on_theorem(name, self.done_count, self.total)

    def theorem(
        self, repo: _Repo, path: Path, tid: int, name: str, statement: str
    ) -> tuple[list[Mutant], ParentStats]:
        """Probe one theorem and build its mutants (new ones only)."""
        opts = self.opts
        target = printing_target(path, name)
        parsed = parse_statement(statement)
        binder_names = parsed.variables if parsed else frozenset()
        started = time.monotonic()
        mutants: list[Mutant] = []
        keys: set[str] = set()
        candidates: list[Probe] = []
        probed = hits_n = 0
        used = 0
        try:
            with Dojo(target, server=repo.server_for(), engine=repo.engine, width=opts.workers) as (
                dojo,
                init,
            ):
                initial = parse_goal(init.goals[0]) if init.num_goals == 1 else None
                if initial is not None and readable(initial):
                    self.seen.add(statement_key(initial))
                    ids = self.db.accessible_premise_ids(tid, self.access)
                    select = self.index.candidates if opts.use_filter else self.index.exhaustive
                    candidates = select(initial, opts.rules, ids, exclude=name)

                    def enough(hits: list) -> bool:
                        nonlocal used
                        for hit in hits[used:]:
                            used += 1
                            if hit.closed or len(mutants) >= opts.max_per_theorem:
                                continue
                            m = build(name, initial, binder_names, hit.probe, hit.goals, used)
                            if m is not None and m.key not in self.seen and m.key not in keys:
                                keys.add(m.key)
                                mutants.append(m)
                        return len(mutants) >= opts.max_per_theorem

                    hits, probed = probe_theorem(
                        dojo,
                        init,
                        candidates[: opts.max_probes],
                        batch=max(8, 4 * opts.workers),
                        enough=enough,
                    )
                    hits_n = len(hits)
        except DojoError:
            pass
        self.summary.probe_seconds += time.monotonic() - started
        return mutants, ParentStats(tid, len(candidates), probed, hits_n, len(mutants), 0)

    def file(self, repo: _Repo, f: FileRow) -> None:
        """Mutate, verify and store one source file's theorems (skipped when done before)."""
        opts = self.opts
        parents = _parents(self.db, f, opts.theorems)
        done = done_theorems(self.db)
        if all(tid in done for tid, _, _ in parents):
            self.summary.resumed += len(parents)
            for _, name, _ in parents:
                self.progress(name)
            return
        path = repo.src / f.path
        mutants: list[Mutant] = []
        stats: list[ParentStats] = []
        for tid, name, statement in parents:
            found, st = self.theorem(repo, path, tid, name, statement)
            mutants += found
            stats.append(st)
            self.progress(name)
        started = time.monotonic()
        kept, text = verify(repo.engine, repo.syn_root, f.module, mutants)
        if kept and opts.drop_trivial:
            easy = trivial(repo.engine, repo.syn_root, f.module, kept)
            if easy:
                kept, text = verify(
                    repo.engine, repo.syn_root, f.module, [m for m in kept if m.name not in easy]
                )
        self.summary.verify_seconds += time.monotonic() - started
        rel = Path(MUTANTS_DIR, *f.module.split(".")).with_suffix(".lean")
        if text is not None:
            _write_atomic(repo.syn_src / rel, text)
        else:
            (repo.syn_src / rel).unlink(missing_ok=True)
        ids = {name: tid for tid, name, _ in parents}
        records = [
            MutantRecord(
                rel.as_posix(),
                m.name,
                ids[m.parent],
                m.parent,
                m.probe.premise,
                m.probe.rule.value,
                m.probe.direction.value,
                m.probe.location,
                m.key,
            )
            for m in kept
        ]
        self.seen.update(m.key for m in kept)
        per_parent: dict[str, int] = {}
        for m in kept:
            per_parent[m.parent] = per_parent.get(m.parent, 0) + 1
        final = [
            replace(st, verified=per_parent.get(name, 0))
            for (_, name, _), st in zip(parents, stats, strict=True)
        ]
        syn_id = self.db.upsert_repo(repo_info(repo.syn_root, repo.syn_root.name))
        record_file(self.db, syn_id, rel.as_posix(), records, final)


def _is_synthetic(db: CorpusDB, repo_id: int) -> bool:
    """A repository written by mutation (its mutant rows, or its folder's name)."""
    info = db.repo(repo_id)
    has_rows = db.db.execute("SELECT 1 FROM mutants WHERE repo_id = ? LIMIT 1", [repo_id]).fetchone()
    return bool(has_rows) or Path(info.root).parent.name == "mutants" and info.name.endswith("_mutants")


def mutate(
    db_path: Path, opts: MutationOptions | None = None, paths: list[Path] | None = None
) -> MutationSummary:
    """Mutate the corpus in ``db_path`` (tracing ``paths`` into it first, if given)."""
    opts = opts or MutationOptions()
    begin = time.monotonic()
    for path in paths or []:
        trace_path(path, db_path)
    with CorpusDB(db_path) as db:
        run = _Run(db, db_path, opts)
        wanted = None if not paths else {f"file://{p.resolve()}" for p in paths}
        repos = [
            rid
            for url, rid in sorted(db.repo_ids().items(), key=lambda kv: kv[1])
            if rid not in run.synthetic
            and (wanted is None or url in wanted)
            and db.repo(rid).root
            and any(f.traced for f in db.files(rid))
        ]
        files = [(rid, f) for rid in repos for f in db.files(rid) if f.traced]
        run.total = sum(len(_parents(db, f, opts.theorems)) for _, f in files)
        syn_roots: list[Path] = []
        for rid in repos:
            repo = _Repo(db, db_path, rid, opts)
            try:
                for file_repo, f in files:
                    if file_repo == rid:
                        run.file(repo, f)
            finally:
                repo.close()
            syn_roots.append(repo.syn_root)
        for root in syn_roots:
            _trace_mutants(db, root)
            if opts.emit is not None:
                dest = opts.emit / root.name
                shutil.copytree(root, dest, dirs_exist_ok=True)
                run.summary.emitted += [str(p) for p in sorted((dest).rglob(f"{MUTANTS_DIR}/**/*.lean"))]
        summary = run.summary
        summary.corpus_theorems = db.db.execute(
            "SELECT count(*) FROM theorems t JOIN files f ON f.id = t.file_id WHERE f.repo_id IN "
            "(SELECT value FROM json_each(?))",
            [json.dumps(repos)],
        ).fetchone()[0]
        counts = totals(db)
    for key in ("theorems", "candidates", "probed", "hits", "constructed", "verified", "stored"):
        setattr(summary, key, counts[key])
    if summary.corpus_theorems:
        summary.growth_factor = round((summary.corpus_theorems + summary.stored) / summary.corpus_theorems, 3)
    if summary.constructed:
        summary.survival_rate = round(summary.verified / summary.constructed, 4)
    summary.seconds = round(time.monotonic() - begin, 3)
    return summary


def _trace_mutants(db: CorpusDB, root: Path) -> None:
    """Trace the synthetic repository's recorded mutant files (not its copy of the project)."""
    src = project_src(root) if is_project(root) else root
    rows = db.db.execute(
        "SELECT DISTINCT m.path FROM mutants m JOIN repos r ON r.id = m.repo_id WHERE r.url = ?",
        [f"file://{root.resolve()}"],
    ).fetchall()
    modules = frozenset(".".join(Path(p).with_suffix("").parts) for (p,) in rows if (src / p).is_file())
    if modules:
        trace_path(root, db.path, TraceOptions(modules=modules))


@dataclass
class FilterComparison:
    """The filter against exhaustive probing, on the same theorems (see `compare_filter`)."""

    theorems: list[str] = field(default_factory=list)
    candidates: int = 0
    """Probes exhaustive probing runs (every accessible theorem, every form)."""
    filtered: int = 0
    """Probes the filter keeps."""
    exhaustive_hits: int = 0
    filtered_hits: int = 0
    exhaustive_useful: int = 0
    """Hits that make a mutant (one readable goal per result; see `mutants.build`)."""
    filtered_useful: int = 0
    exhaustive_seconds: float = 0.0
    filtered_seconds: float = 0.0


def compare_filter(
    db_path: Path, names: list[str], rules: frozenset[Rule], workers: int = 2
) -> FilterComparison:
    """Probe each theorem twice from its initial state: the filter's probes, then every probe."""
    out = FilterComparison()
    with CorpusDB(db_path) as db:
        index = PremiseIndex(db.premises())
        access = db.accessibility()
        rows = db.db.execute(
            "SELECT t.id, t.full_name, f.repo_id, f.path FROM theorems t JOIN files f ON f.id = t.file_id "
            "WHERE t.full_name IN (SELECT value FROM json_each(?))",
            [json.dumps(names)],
        ).fetchall()
        repos: dict[int, _Repo] = {}
        try:
            for tid, name, rid, rel in rows:
                if rid not in repos:
                    repos[rid] = _Repo(db, db_path, rid, MutationOptions(workers=workers))
                repo = repos[rid]
                target = printing_target(repo.src / rel, name)
                with Dojo(target, server=repo.server_for(), engine=repo.engine, width=workers) as (
                    dojo,
                    init,
                ):
                    goal = parse_goal(init.goals[0]) if init.num_goals == 1 else None
                    if goal is None:
                        continue
                    ids = db.accessible_premise_ids(tid, access)
                    kept = index.candidates(goal, rules, ids, exclude=name)
                    every = index.exhaustive(goal, rules, ids, exclude=name)
                    started = time.monotonic()
                    hits, _ = probe_theorem(dojo, init, kept, batch=4 * workers)
                    middle = time.monotonic()
                    all_hits, _ = probe_theorem(dojo, init, every, batch=4 * workers)
                    out.filtered_seconds += middle - started
                    out.exhaustive_seconds += time.monotonic() - middle
                out.theorems.append(name)
                out.candidates += len(every)
                out.filtered += len(kept)
                found = {h.probe for h in hits} & {h.probe for h in all_hits}
                useful = {
                    h.probe
                    for k, h in enumerate(all_hits)
                    if not h.closed and build(name, goal, frozenset(), h.probe, h.goals, k) is not None
                }
                out.filtered_hits += len(found)
                out.exhaustive_hits += len(all_hits)
                out.filtered_useful += len(found & useful)
                out.exhaustive_useful += len(useful)
        finally:
            for repo in repos.values():
                repo.close()
    return out
