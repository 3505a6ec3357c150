"""Mutation on the bundled corpus: the filter's speed-up and hit retention, survival,
growth, verified mutants per second, and whether mutants help the retriever learn.

1. Filter: on a sample of theorems, probe each twice from its initial state through the
   Dojo, once with the filter's probes and once with every probe (every accessible
   theorem, every form: the baseline); speed-up = exhaustive seconds / filtered seconds,
   hit retention = hits found with the filter / hits found exhaustively.
2. Mutation: `mutate` over the whole corpus (or, with ``--mutated DB``, the counts of a
   finished run read from its database, and the throughput of a fresh run on one project):
   constructed, verified, stored, survival (verified / constructed), growth factor
   ((original + stored) / original), verified mutants per second.
3. Learning: the retriever trained with and without mutants, same budget, same seeds, on
   the same `novel_premises` split of the original theorems (val/test never hold mutants;
   only mutants of training theorems are added); Recall@1/@10 on test per seed.

    python bench/mutation.py [--db TRACED] [--mutated DB] [--sample N] [--seeds N] ...

Prints one JSON line, stored under bench/results/ (see bench/results.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import load_average, store  # noqa: E402
from leanagent.config import get_retrieval_settings  # noqa: E402
from leanagent.corpus.db import CorpusDB  # noqa: E402
from leanagent.corpus.leandojo_export import export_leandojo  # noqa: E402
from leanagent.corpus.splits import SEED, sizes, split_by_premise  # noqa: E402
from mutation.probes import Rule  # noqa: E402
from mutation.run import MutationOptions, compare_filter, mutate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STRATEGY = "novel_premises"


def trace_bundled(db: Path) -> None:
    from leanagent.corpus.trace import trace_path

    for project in sorted(p for p in (ROOT / "lean_projects").iterdir() if p.is_dir() and p.name != "core"):
        trace_path(project, db)


def _proved(db_path: Path, repo_name: str | None = None) -> list[str]:
    with CorpusDB(db_path) as db:
        sql = (
            "SELECT t.full_name FROM theorems t JOIN files f ON f.id = t.file_id JOIN repos r ON r.id = f.repo_id "
            "WHERE t.has_sorry = 0 AND r.name NOT LIKE '%_mutants' AND f.traced = 1"
        )
        args: list[object] = []
        if repo_name:
            sql += " AND r.name = ?"
            args.append(repo_name)
        return sorted(r[0] for r in db.db.execute(sql + " ORDER BY t.id", args))


def filter_phase(traced: Path, sample: int, workers: int, tmp: Path) -> dict:
    copy = tmp / "filter" / "corpus.db"
    copy.parent.mkdir(parents=True)
    shutil.copy(traced, copy)
    names = random.Random(0).sample(_proved(copy), sample)
    cmp = compare_filter(copy, names, frozenset({Rule.RW, Rule.APPLY}), workers)
    return {
        "filter_theorems": cmp.theorems,
        "filter_candidates": cmp.candidates,
        "filter_kept": cmp.filtered,
        "filter_cut": round(1 - cmp.filtered / cmp.candidates, 4) if cmp.candidates else 0.0,
        "exhaustive_hits": cmp.exhaustive_hits,
        "filtered_hits": cmp.filtered_hits,
        "hit_retention": round(cmp.filtered_hits / cmp.exhaustive_hits, 4) if cmp.exhaustive_hits else 0.0,
        "exhaustive_useful_hits": cmp.exhaustive_useful,
        "filtered_useful_hits": cmp.filtered_useful,
        "useful_hit_retention": round(cmp.filtered_useful / cmp.exhaustive_useful, 4)
        if cmp.exhaustive_useful
        else 0.0,
        "exhaustive_seconds": round(cmp.exhaustive_seconds, 2),
        "filtered_seconds": round(cmp.filtered_seconds, 2),
        "filter_speedup": round(cmp.exhaustive_seconds / cmp.filtered_seconds, 2)
        if cmp.filtered_seconds
        else 0.0,
        "candidates_per_s_exhaustive": round(cmp.candidates / cmp.exhaustive_seconds, 1)
        if cmp.exhaustive_seconds
        else 0.0,
        "candidates_per_s_filtered": round(cmp.candidates / cmp.filtered_seconds, 1)
        if cmp.filtered_seconds
        else 0.0,
        "probes_per_s_exhaustive": round(cmp.candidates / cmp.exhaustive_seconds, 1)
        if cmp.exhaustive_seconds
        else 0.0,
        "probes_per_s_filtered": round(cmp.filtered / cmp.filtered_seconds, 1)
        if cmp.filtered_seconds
        else 0.0,
    }


def mutation_phase(
    traced: Path,
    mutated: Path | None,
    project: str,
    options: dict,
    tmp: Path,
    projects: list[str] | None = None,
    throughput_theorems: int | None = None,
) -> tuple[dict, Path]:
    """Counts of the full run (run here, or read from ``mutated``) and its throughput.

    With ``projects``, the counts cover those repositories only (a run of ``mutated``
    resumed over their theorems, which also traces their recorded mutants)."""
    row: dict = {}
    if mutated is not None and projects:
        names = frozenset(n for p in projects for n in _proved(mutated, p))
        mutate(mutated, MutationOptions(**options, theorems=names))
    if mutated is None:
        mutated = tmp / "mutated" / "corpus.db"
        mutated.parent.mkdir(parents=True)
        shutil.copy(traced, mutated)
        summary = mutate(mutated, MutationOptions(**options))
        row["throughput_scope"] = "all"
        row["verified_per_s"] = round(summary.verified / summary.seconds, 3) if summary.seconds else 0.0
        row["mutation_seconds"] = summary.seconds
    else:
        fresh = tmp / "throughput" / "corpus.db"
        fresh.parent.mkdir(parents=True)
        shutil.copy(traced, fresh)
        names = frozenset(_proved(fresh, project)[:throughput_theorems])
        started = time.monotonic()
        summary = mutate(fresh, MutationOptions(**options, theorems=names))
        seconds = time.monotonic() - started
        row["throughput_scope"] = project
        row["throughput_theorems"] = summary.theorems
        row["verified_per_s"] = round(summary.verified / seconds, 3) if seconds else 0.0
        row["throughput_survival"] = summary.survival_rate
        row["mutation_seconds"] = round(seconds, 1)
    with CorpusDB(mutated) as db:
        scope = projects or [
            r for (r,) in db.db.execute("SELECT name FROM repos WHERE name NOT LIKE '%_mutants'")
        ]
        counts = _scoped_totals(db, scope)
        original = db.db.execute(
            "SELECT count(*) FROM theorems t JOIN files f ON f.id = t.file_id JOIN repos r ON r.id = f.repo_id "
            "WHERE f.traced = 1 AND r.name IN (SELECT value FROM json_each(?))",
            [json.dumps(scope)],
        ).fetchone()[0]
        row["scope"] = scope
    row.update(
        parents=counts["theorems"],
        candidates=counts["candidates"],
        probed=counts["probed"],
        hits=counts["hits"],
        constructed=counts["constructed"],
        verified=counts["verified"],
        stored=counts["stored"],
        original_theorems=original,
        survival_rate=round(counts["verified"] / counts["constructed"], 4) if counts["constructed"] else 0.0,
        growth_factor=round((original + counts["stored"]) / original, 3) if original else 0.0,
    )
    return row, mutated


def _scoped_totals(db: CorpusDB, scope: list[str]) -> dict[str, int]:
    """`totals` over the parents of the repositories in ``scope``."""
    where = (
        "JOIN theorems p ON p.id = {col} JOIN files pf ON pf.id = p.file_id JOIN repos pr ON pr.id = pf.repo_id "
        "WHERE pr.name IN (SELECT value FROM json_each(?))"
    )
    row = db.db.execute(
        "SELECT count(*), coalesce(sum(d.candidates), 0), coalesce(sum(d.probed), 0), coalesce(sum(d.hits), 0), "
        "coalesce(sum(d.constructed), 0), coalesce(sum(d.verified), 0) FROM mutation_done d "
        + where.format(col="d.theorem_id"),
        [json.dumps(scope)],
    ).fetchone()
    stored = db.db.execute(
        "SELECT count(*) FROM mutants m JOIN files f ON f.repo_id = m.repo_id AND f.path = m.path "
        "JOIN theorems t ON t.file_id = f.id AND t.full_name = m.full_name "
        + where.format(col="m.parent_id"),
        [json.dumps(scope)],
    ).fetchone()[0]
    keys = ("theorems", "candidates", "probed", "hits", "constructed", "verified")
    return dict(zip(keys, row, strict=True)) | {"stored": stored}


def _parent(name: str) -> str:
    return name.rsplit(".mut_", 1)[0]


def datasets(mutated: Path, tmp: Path) -> tuple[Path, Path, dict]:
    """Two LeanDojo folders with the same premises and the same val/test (original theorems,
    split by premise as the export splits): train without mutants, and with the mutants of
    the training theorems."""
    full = tmp / "export"
    with CorpusDB(mutated) as db:
        export_leandojo(db, full)
    entries = [
        e
        for part in ("train", "val", "test")
        for e in json.loads((full / "random" / f"{part}.json").read_text())
    ]
    original = {(e["file_path"], e["full_name"]): e for e in entries if not e["synthetic"]}
    synthetic = [e for e in entries if e["synthetic"]]
    keys = sorted(original)
    used = {
        k: {p["full_name"] for t in e["traced_tactics"] for p in t["annotated_tactic"][1]}
        for k, e in original.items()
    }
    num_val, num_test = sizes(len(keys), 0.1, 0.1)
    split = split_by_premise(keys, used, num_val, num_test, SEED).parts()
    train_names = {k[1] for k in split["train"]}
    added = [e for e in synthetic if _parent(e["full_name"]) in train_names]
    folders = []
    for name, extra in (("without", []), ("with", added)):
        folder = tmp / name
        (folder / STRATEGY).mkdir(parents=True)
        lines = []
        for line in (full / "corpus.jsonl").read_text().splitlines():
            entry = json.loads(line)
            if entry["path"].startswith("Mutants/"):
                entry["premises"] = []  # same premise pool for both: mutants are never retrieved
            lines.append(json.dumps(entry, ensure_ascii=False))
        (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n")
        parts = {p: [original[k] for k in ks] for p, ks in split.items()}
        parts["train"] = parts["train"] + extra
        for part, rows in parts.items():
            (folder / STRATEGY / f"{part}.json").write_text(json.dumps(rows, ensure_ascii=False))
        folders.append(folder)
    test_positives = {
        p["full_name"]
        for k in split["test"]
        for t in original[k]["traced_tactics"]
        for p in t["annotated_tactic"][1]
    }
    mutant_positives = {
        p["full_name"] for e in added for t in e["traced_tactics"] for p in t["annotated_tactic"][1]
    }
    train_positives = {
        p["full_name"]
        for k in split["train"]
        for t in original[k]["traced_tactics"]
        for p in t["annotated_tactic"][1]
    }
    info = {
        "train_theorems": len(split["train"]),
        "mutants_added": len(added),
        "train_tactics_without": sum(len(original[k]["traced_tactics"]) for k in split["train"]),
        "train_tactics_with": sum(len(original[k]["traced_tactics"]) for k in split["train"])
        + sum(len(e["traced_tactics"]) for e in added),
        "test_theorems": len(split["test"]),
        "novel_test_premises_seen_in_mutants": len((test_positives - train_positives) & mutant_positives),
    }
    return folders[0], folders[1], info


def learning_phase(
    mutated: Path, seeds: int, max_samples: int, epochs: int, train_layers: int, tmp: Path
) -> dict:
    from retrieval.corpus import PremiseCorpus
    from retrieval.dataset import load_examples
    from retrieval.encoders import load_encoder
    from retrieval.evaluate import dense_ranker, embed_corpus, evaluate
    from retrieval.index import PremiseIndex
    from retrieval.train import TrainConfig, train_retriever

    settings = get_retrieval_settings()
    without, with_, info = datasets(mutated, tmp)
    results: dict[str, list[dict]] = {"without": [], "with": []}
    for seed in range(seeds):
        for name, data in (("without", without), ("with", with_)):
            out = tmp / "ckpt" / f"{name}-{seed}"
            cfg = TrainConfig(data, out, settings).override(
                strategy=STRATEGY,
                epochs=epochs,
                train_layers=train_layers,
                max_samples=max_samples,
                seed=seed,
                resume=False,
            )
            report = train_retriever(cfg)
            corpus = PremiseCorpus.from_leandojo(data)
            encoder = load_encoder(out, device=settings.device, threads=settings.threads)
            index = PremiseIndex.build(embed_corpus(encoder, corpus), corpus.fingerprint(), encoder.name)
            test = load_examples(data, STRATEGY, "test", corpus)
            m = evaluate(dense_ranker(encoder, index), test, corpus).to_json()
            results[name].append(
                m | {"seed": seed, "best_epoch": report.best_epoch, "train_seconds": report.seconds}
            )

    def mean(name: str, key: str) -> float:
        return round(statistics.mean(r[key] for r in results[name]), 4)

    def spread(name: str, key: str) -> float:
        values = [r[key] for r in results[name]]
        return round(max(values) - min(values), 4)

    return info | {
        "recall1_with": mean("with", "recall1"),
        "recall1_without": mean("without", "recall1"),
        "recall10_with": mean("with", "recall10"),
        "recall10_without": mean("without", "recall10"),
        "recall10_spread": max(spread("with", "recall10"), spread("without", "recall10")),
        "learning_runs": results,
        "learning_budget": {
            "seeds": seeds,
            "max_samples": max_samples,
            "epochs": epochs,
            "train_layers": train_layers,
        },
    }


def main(argv: list[str] | None = None, save: bool = False) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="a traced corpus of the bundled projects (default: trace them)")
    ap.add_argument(
        "--mutated", type=Path, help="a corpus already mutated by `leanagent mutate` (counts read from it)"
    )
    ap.add_argument(
        "--throughput-project", default="Structures", help="with --mutated: where verified/s is measured"
    )
    ap.add_argument(
        "--sample", type=int, default=4, help="theorems probed exhaustively for the filter comparison"
    )
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-per-theorem", type=int, default=25)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--max-samples", type=int, default=400, help="retriever training samples per epoch")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--train-layers", type=int, default=2)
    ap.add_argument("--skip-learning", action="store_true")
    ap.add_argument("--only-filter", action="store_true", help="measure the filter alone (no mutation run)")
    ap.add_argument("--projects", help="with --mutated: comma-separated repositories the counts cover")
    ap.add_argument(
        "--throughput-theorems", type=int, help="with --mutated: theorems of the fresh throughput run"
    )
    ap.add_argument(
        "--workdir", type=Path, help="keep the mutated corpus and datasets here (default: a temp folder)"
    )
    args = ap.parse_args(argv)
    load_start = load_average()
    started = time.perf_counter()
    result: dict = {"bench": "mutation"}
    with tempfile.TemporaryDirectory(prefix="bench-mutation-") as name:
        tmp = args.workdir or Path(name)
        tmp.mkdir(parents=True, exist_ok=True)
        traced = args.db
        if traced is None:
            traced = tmp / "traced.db"
            trace_bundled(traced)
        if args.sample:
            result |= filter_phase(traced, args.sample, args.workers, tmp)
        print(json.dumps(result), file=sys.stderr, flush=True)
        if not args.only_filter:
            options = {"max_per_theorem": args.max_per_theorem, "workers": args.workers}
            projects = args.projects.split(",") if args.projects else None
            row, mutated = mutation_phase(
                traced,
                args.mutated,
                args.throughput_project,
                options,
                tmp,
                projects,
                args.throughput_theorems,
            )
            result |= row
            print(json.dumps(result), file=sys.stderr, flush=True)
            if not args.skip_learning:
                result |= learning_phase(
                    mutated, args.seeds, args.max_samples, args.epochs, args.train_layers, tmp
                )
            result |= {
                "proved_with": None,
                "proved_without": None,
                "proved_spread": None,
                "proved_note": "generator proof rate not measured in this run (retriever only)",
            }
        result["seconds"] = round(time.perf_counter() - started, 1)
    if save:
        store("mutation", result, vars(args), load_start)
    return result


if __name__ == "__main__":
    print(json.dumps(main(save=True)))
