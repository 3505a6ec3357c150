"""Write a corpus database as a LeanDojo Benchmark 4 dataset (see ``leandojo_format``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.leandojo_format import (
    CORPUS,
    METADATA,
    exportable,
    to_ld,
)
from leanagent.corpus.models import RepoInfo, TracedFile, TracedTactic, TracedTheorem
from leanagent.corpus.mutants import synthetic_theorems
from leanagent.corpus.splits import SEED, Split, sizes, split_by_premise, split_randomly
from leanagent.source.imports import build_order, dependencies

ThmKey = tuple[str, str]
"""(file path, full name): identifies a theorem independently of database ids."""


@dataclass
class ExportSummary:
    dst: str
    files: int = 0
    premises: int = 0
    theorems: int = 0
    tactics: int = 0
    learned: int = 0
    """Theorems whose sorry proof was replaced by a verified proof the agent found."""
    splits: dict[str, dict[str, int]] = field(default_factory=dict)


def states_after(tactics: tuple[TracedTactic, ...]) -> list[str]:
    """LeanDojo's ``state_after`` of each tactic: the state once the whole tactic ran.

    The server's goals at the end of a tactic with nested tactics (``have h : P := by
    ...``, a bullet, ``cases ... with | ...``) are those of its last inner tactic; its
    real after-state is the state before its next sibling in the same block. Without a
    next sibling (the block ends there) the two agree: the block must be closed.
    """
    out = []
    for i, tac in enumerate(tactics):
        state = tac.state_after
        if i + 1 < len(tactics) and tactics[i + 1].depth > tac.depth:
            for later in tactics[i + 1 :]:
                if later.depth < tac.depth:
                    break
                if later.depth == tac.depth:
                    state = later.state_before
                    break
        out.append(state)
    return out


def _theorem_entry(repo: RepoInfo, tf: TracedFile, thm: TracedTheorem, synthetic: bool = False) -> dict:
    after = states_after(thm.tactics)
    tactics = [
        {
            "tactic": t.text,
            "annotated_tactic": [
                t.annotated(),
                [
                    {
                        "full_name": u.full_name,
                        "def_path": u.path,
                        "def_pos": to_ld(u.def_start),
                        "def_end_pos": to_ld(u.def_end),
                    }
                    for u in sorted(t.premises, key=lambda u: u.start)
                ],
            ],
            "state_before": t.state_before,
            "state_after": state_after,
            "start": to_ld(t.start),
            "end": to_ld(t.end),
            "depth": t.depth,
        }
        for t, state_after in zip(thm.tactics, after, strict=True)
        if exportable(t)
    ]
    return {
        "url": repo.url,
        "commit": repo.commit or "",
        "file_path": tf.path,
        "full_name": thm.full_name,
        "start": to_ld(thm.start),
        "end": to_ld(thm.end),
        "traced_tactics": tactics,
        "statement": thm.statement,
        "proof": thm.proof,
        "proof_kind": thm.proof_kind,
        "has_sorry": thm.has_sorry,
        "synthetic": synthetic,
    }


def _learned_entries(db: CorpusDB, repos: dict[int, RepoInfo], entries: dict[ThmKey, dict]) -> int:
    """Put the agent's verified proofs in place of the sorry proofs they replace (only
    where the theorem's statement is still the one proved, and none flagged as resting on
    a placeholder definition); return how many."""
    by_url = {r.url: r for r in repos.values()}
    used = 0
    for learned in db.learned_proofs():
        key = (learned.path, learned.theorem.full_name)
        entry = entries.get(key)
        repo = by_url.get(learned.repo_url)
        if entry is None or repo is None or entry["url"] != repo.url or learned.placeholder:
            continue  # a proof resting on a placeholder definition teaches nothing
        if not entry["has_sorry"] or entry["statement"] != learned.theorem.statement:
            continue
        tf = TracedFile(learned.path, "", "", ())
        new = _theorem_entry(repo, tf, learned.theorem)
        new.update(start=entry["start"], end=entry["end"], proof_source=learned.source)
        entries[key] = new
        used += 1
    return used


def export_leandojo(
    db: CorpusDB,
    dst: Path,
    *,
    val_fraction: float = 0.1,
    test_fraction: float = 0.1,
    seed: int = SEED,
    repos: set[str] | None = None,
    per_repo_splits: bool = False,
) -> ExportSummary:
    """Write ``corpus.jsonl`` (every stored file) and the two splits of every theorem of a
    traced (not merely indexed) file. Existing files of the same names are replaced.

    ``repos`` (names) limits the theorems to those repositories and the corpus to their
    files and what they import (the merged dataset of a lifelong run); ``per_repo_splits``
    splits each repository on its own, so a repository's test theorems stay the same
    whatever else is merged. Verified proofs the agent found (``learned_proofs``) replace
    the sorry proofs of the theorems they prove."""
    dst.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary(dst=str(dst))
    rows = {f.module: f for f in db.files()}
    graph = db.import_graph()
    if repos is not None:
        names = {rid: db.repo(rid).name for rid in {f.repo_id for f in rows.values()}}
        chosen = {m for m, f in rows.items() if names[f.repo_id] in repos}
        keep = chosen | {d for m in chosen for d in dependencies(graph, m)}
        rows = {m: f for m, f in rows.items() if m in keep}
        theorem_modules = chosen
    else:
        theorem_modules = set(rows)
    paths = {m: rows[m].path for m in rows}
    repo_rows = {rid: db.repo(rid) for rid in {f.repo_id for f in rows.values()}}
    seen_paths: dict[str, str] = {}
    entries: dict[ThmKey, dict] = {}
    synthetic = synthetic_theorems(db)
    with (dst / CORPUS).open("w", encoding="utf-8") as out:
        for module in build_order(graph):
            if module not in rows:
                continue  # imported but not stored (outside every traced root)
            row = rows[module]
            if row.path in seen_paths:
                raise ValueError(
                    f"two stored files share the path {row.path} ({seen_paths[row.path]}, {module}): "
                    "LeanDojo's corpus keys files by path"
                )
            seen_paths[row.path] = module
            tf = db.load_file(row.id)
            premises = [
                {
                    "full_name": d.full_name,
                    "code": d.code,
                    "start": to_ld(d.start),
                    "end": to_ld(d.end),
                    "kind": d.kind,
                }
                for d in tf.declarations
            ]
            line = {
                "path": row.path,
                "imports": [paths[m] for m in row.imports if m in paths],
                "premises": premises,
                "module": module,
                "repo": repo_rows[row.repo_id].url,
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            summary.files += 1
            summary.premises += len(premises)
            if row.traced and module in theorem_modules:
                for thm in tf.theorems:
                    mutant = (row.repo_id, row.path, thm.full_name) in synthetic
                    entries[(row.path, thm.full_name)] = _theorem_entry(
                        repo_rows[row.repo_id], tf, thm, mutant
                    )
    summary.learned = _learned_entries(db, repo_rows, entries)
    summary.theorems = len(entries)
    summary.tactics = sum(len(e["traced_tactics"]) for e in entries.values())
    used = {
        k: {p["full_name"] for t in e["traced_tactics"] for p in t["annotated_tactic"][1]}
        for k, e in entries.items()
    }
    groups: dict[str, list[ThmKey]] = {}
    for k, e in entries.items():
        groups.setdefault(e["url"] if per_repo_splits else "", []).append(k)
    splits: dict[str, Split[ThmKey]] = {"random": Split([], [], []), "novel_premises": Split([], [], [])}
    for keys in groups.values():
        num_val, num_test = sizes(len(keys), val_fraction, test_fraction)
        for strategy, part in (
            ("random", split_randomly(keys, num_val, num_test, seed)),
            ("novel_premises", split_by_premise(keys, used, num_val, num_test, seed)),
        ):
            whole = splits[strategy]
            splits[strategy] = Split(whole.train + part.train, whole.val + part.val, whole.test + part.test)
    for strategy, split in splits.items():
        (dst / strategy).mkdir(exist_ok=True)
        summary.splits[strategy] = {}
        for part, part_keys in split.parts().items():
            with (dst / strategy / f"{part}.json").open("w", encoding="utf-8") as out:
                json.dump([entries[k] for k in part_keys], out, ensure_ascii=False)
            summary.splits[strategy][part] = len(part_keys)
    traced_repos = sorted({e["url"] for e in entries.values()})
    first = next((r for r in repo_rows.values() if r.url in traced_repos[:1]), None)
    metadata = {
        "creation_time": str(datetime.now(UTC)),
        "from_repo": {"url": first.url, "commit": first.commit or ""} if first else None,
        "repos": [{"url": r.url, "name": r.name, "commit": r.commit or ""} for r in repo_rows.values()],
        "generator": "leanagent",
        "val_fraction": val_fraction,
        "test_fraction": test_fraction,
        "seed": seed,
    }
    (dst / METADATA).write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary
