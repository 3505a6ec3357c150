"""The dynamic database of lifelong learning: repositories added one by one, merged data.

A repository is added by tracing it (incremental) and recording its version: the git
commit where there is one, a content hash over its files (which changes with any edit,
committed or not) and the Lean version of the engine that traced it. Re-adding a
repository at a new version replaces its file rows (the tracer's job) while the proofs
the agent found for it stay: they live in ``learned_proofs``, keyed by (repository url,
file, declaration), not by row ids, and re-enter the merged dataset wherever the theorem
they prove still has the statement they were found for.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from leanagent.config import get_settings
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.leandojo_export import ExportSummary, export_leandojo
from leanagent.corpus.models import TraceSummary
from leanagent.corpus.provenance import combine, repo_info
from leanagent.corpus.sources import discover
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.engine import Engine, get_engine

CORE_REPO = "core"
"""The indexed core library: premises only, never a curriculum repository."""


@dataclass(frozen=True)
class RepoVersion:
    name: str
    url: str
    root: str
    commit: str | None
    content_hash: str
    lean_version: str
    added_at: str
    versions: int
    """How many distinct versions of it were added so far."""


def repo_content_hash(db: CorpusDB, repo_id: int) -> str:
    """One hash over the repository's stored files (path and content)."""
    return combine(*(f"{f.path}={f.content_hash}" for f in db.files(repo_id)))


def add_repository(
    db_path: Path, path: Path, options: TraceOptions | None = None, engine: Engine | None = None
) -> tuple[RepoVersion, TraceSummary]:
    """Trace ``path`` into the database and record the version added."""
    engine = engine or get_engine(path)
    summary = trace_path(path, db_path, options, engine)
    with CorpusDB(db_path) as db:
        info = repo_info(path if path.is_dir() else discover(path).root, discover(path).name)
        repo_id = db.repo_ids()[info.url]
        db.record_version(repo_id, repo_content_hash(db, repo_id), engine.version)
        return next(r for r in repositories(db) if r.url == info.url), summary


def repositories(db: CorpusDB) -> list[RepoVersion]:
    """Every added repository, in the order first added (the core library excluded)."""
    rows = db.db.execute(
        "SELECT r.name, r.url, r.root, r.commit_sha, r.content_hash, r.lean_version, r.added_at, "
        "(SELECT count(*) FROM repo_versions v WHERE v.repo_id = r.id) FROM repos r "
        "WHERE r.added_at IS NOT NULL ORDER BY r.added_at, r.id"
    ).fetchall()
    return [RepoVersion(*row[:4], row[4] or "", row[5] or "", row[6], row[7]) for row in rows]


def merged_dataset(
    db: CorpusDB, names: set[str], dst: Path, *, val_fraction: float, test_fraction: float, seed: int
) -> ExportSummary:
    """The LeanDojo-format dataset of everything learned from ``names`` so far: their
    theorems (with the agent's verified proofs in place of sorries), the premises of their
    files and of what they import, each repository split on its own (same test theorems
    whatever else is merged)."""
    return export_leandojo(
        db,
        dst,
        val_fraction=val_fraction,
        test_fraction=test_fraction,
        seed=seed,
        repos=names,
        per_repo_splits=True,
    )


def trace_found_proofs(
    db_path: Path,
    repo_root: Path,
    verified: dict[str, str],
    theorems: dict[str, set[str]],
    *,
    source: str,
    placeholders: dict[tuple[str, str], str] | None = None,
    engine: Engine | None = None,
) -> int:
    """Trace verified proofs and store them as training data of the repository at ``repo_root``.

    ``verified`` maps file paths (relative to the repository's source root) to their text
    with the found proofs in place (already checked whole); ``theorems`` names, per file,
    the theorems proved there. A copy of the repository with those texts is traced (user
    files are never touched), so each proof gets the goals before and after every tactic
    and the premises it uses, like any proof from a file. Returns the proofs stored.
    """
    placeholders = placeholders or {}
    src = discover(repo_root)
    scratch = Path(tempfile.mkdtemp(prefix="learned-", dir=_scratch_dir()))
    try:
        copy = scratch / repo_root.resolve().name
        shutil.copytree(repo_root, copy, ignore=shutil.ignore_patterns(".lake", "*.bak*", ".git"))
        copy_src = copy / src.root.resolve().relative_to(repo_root.resolve())
        for rel, text in verified.items():
            (copy_src / rel).write_bytes(text.encode("utf-8"))
        traced_db = scratch / "trace.db"
        trace_path(copy, traced_db, TraceOptions(jobs=1), engine)
        with CorpusDB(db_path) as db, CorpusDB(traced_db) as traced:
            url = repo_info(repo_root, src.name).url
            rid = traced.repo_ids()[repo_info(copy, src.name).url]
            stored = 0
            for row in traced.files(rid):
                wanted = theorems.get(row.path, set())
                if not wanted:
                    continue
                tf = traced.load_file(row.id)
                for thm in tf.theorems:
                    if thm.full_name in wanted and not thm.has_sorry and thm.tactics:
                        db.add_learned_proof(
                            url,
                            row.path,
                            thm,
                            source,
                            row.content_hash,
                            placeholders.get((row.path, thm.full_name)),
                        )
                        stored += 1
        return stored
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _scratch_dir() -> Path:
    folder = get_settings().cache_dir / "learned"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
