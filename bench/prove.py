"""Proof rate on the bundled sorry theorems: portfolio, trained generator, the full system, and
with retrieval.

Configurations: ``portfolio`` (standard tactics alone), ``generator`` (the trained seq2seq
model alone), ``full`` (what ``--generator auto`` runs: portfolio, proofs by analogy and the
model), ``full_retrieval`` (the same with retrieved premises, once available). Every
configuration searches the same sorry theorems (those of ``lean_projects/``, copied
to a temporary folder) with the same time limit per theorem and the same workers, in one
run, through ``prove_path`` (so a proof counts only after the whole-file re-check). The
generator is the checkpoint given, or else one trained here first on the traced corpus
(its training time is reported); the corpus is ``--db`` or a fresh trace of the copied
projects. Retrieval uses the retriever checkpoint given (``--retriever``), else the
configured one (the trained retriever when there is one, else the untrained encoder); it
ranks premises for the portfolio's rewrite/apply/simp tactics and, for a generator trained
with premises, its input. The corpus is traced and the generator trained once; then every
configuration runs ``--runs`` times (default 3), run by run, and reports its proofs per run
with their mean, min, max and spread (max - min), beside ``theorems``, the number of
targets. ``--configs`` picks configurations (``portfolio`` alone needs no corpus and no
model: nothing is traced or trained). Per configuration also ``s_per_theorem`` (wall time
over targets) and ``busy`` (search seconds over wall time times workers: how much of the
run the workers spent searching rather than waiting, e.g. for a whole-file check).
Prints one JSON line, also stored, with commit, engine, load average, arguments and
``--label``, under bench/results/ (see bench/results.py).

    python bench/prove.py [--time-limit 30] [--workers 2] [--runs 3] [--checkpoint PATH]
                          [--db PATH] [--retriever PATH] [--configs portfolio,full]
                          [--label TEXT] [PROJECT ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this file's folder leads sys.path and bench/retrieval.py would shadow the
# package: the repository root instead, for bench.results (spawned workers inherit the path).
_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import load_average, spread, store
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.prover.premises import load_retriever
from leanagent.prover.prove import ProveOptions, collect_targets, prove_path
from leanagent.prover.train_generator import TrainConfig, load_pairs, train
from retrieval.retriever import default_checkpoint, index_dir

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ("portfolio", "generator", "full", "full_retrieval")


def copy_projects(source: Path, tmp: Path, names: list[str]) -> Path:
    folder = tmp / "projects"
    for project in sorted(source.iterdir()):
        if project.is_dir() and project.name != "core" and (not names or project.name in names):
            shutil.copytree(project, folder / project.name, ignore=shutil.ignore_patterns(".lake", "*.bak*"))
    return folder


def traced_corpus(folder: Path, tmp: Path) -> tuple[Path, float]:
    db = tmp / "corpus.db"
    start = time.perf_counter()
    for project in sorted(folder.iterdir()):
        trace_path(project, db, TraceOptions(build_dir=tmp / f"build-{project.name}"))
    return db, round(time.perf_counter() - start, 1)


def trained_generator(db: Path, tmp: Path, minutes: float) -> tuple[Path, dict]:
    summary = train(load_pairs(db), tmp / "generator", TrainConfig(max_minutes=minutes))
    return tmp / "generator", {"train_s": summary.seconds, "pairs": summary.pairs}


def run(
    folder: Path, generator: str, args: argparse.Namespace, tmp: Path, corpus: Path | None = None
) -> dict:
    """One configuration; with ``corpus``, retrieval over that database."""
    results = tmp / f"results-{len(list(tmp.glob('results-*')))}"
    results.mkdir()
    if corpus is not None:  # the prover's results live in its corpus database: a copy per run
        shutil.copy(corpus, results / "corpus.db")
        index = index_dir(corpus)
        if index.is_dir():
            shutil.copytree(index, index_dir(results / "corpus.db"))
    options = ProveOptions(
        time_limit=args.time_limit,
        workers=args.workers,
        generator=generator,
        retrieval=corpus is not None,
        force=True,
        db=results / "corpus.db",
    )
    start = time.perf_counter()
    report = prove_path(folder, options)
    wall = time.perf_counter() - start
    proved = [t for t in report.theorems if t.status == "proved"]
    searched = sum(t.seconds for t in report.theorems if not t.resumed)
    return {
        "proved": len(proved),
        "rate": round(len(proved) / max(1, len(report.theorems)), 3),
        "wall_s": round(wall, 1),
        "s_per_theorem": round(wall / max(1, len(report.theorems)), 2),
        "busy": round(searched / max(1e-9, wall * args.workers), 3),
        "mean_s_proved": round(sum(t.seconds for t in proved) / max(1, len(proved)), 2),
        "errors": sum(t.status == "error" for t in report.theorems),
        "first_error": next((t.error for t in report.theorems if t.status == "error"), None),
        "names": sorted(t.name for t in proved),
    }


def main(args: argparse.Namespace, tmp: Path) -> dict:
    folder = copy_projects(Path(args.source), tmp, args.projects)
    theorems = sum(len(t.sorries) for t in collect_targets(folder))
    training: dict = {}
    wanted = args.configs.split(",") if args.configs else list(CONFIGS)
    unknown = set(wanted) - set(CONFIGS)
    if unknown:
        raise SystemExit(f"--configs: unknown {sorted(unknown)}; known: {', '.join(CONFIGS)}")
    generators = {"portfolio": "portfolio"}
    retriever, why = None, "not run"
    if set(wanted) - {"portfolio"}:  # the rest need a corpus and a trained model
        db = Path(args.db).resolve() if args.db else None
        if db is None:
            db, training["trace_s"] = traced_corpus(folder, tmp)
        checkpoint = Path(args.checkpoint) if args.checkpoint else None
        if checkpoint is None:
            checkpoint, trained = trained_generator(db, tmp, args.train_minutes)
            training.update(trained)
        if args.retriever:
            os.environ["LEANAGENT_RETRIEVAL_CHECKPOINT"] = str(Path(args.retriever).resolve())
        model = f"seq2seq:{checkpoint.resolve()}"
        full = f"portfolio+analogy+{model}"
        generators |= {"generator": model, "full": full}
        if "full_retrieval" in wanted:
            retriever, why = load_retriever(db, folder)
    generators = {k: v for k, v in generators.items() if k in wanted}
    runs: dict[str, list[dict]] = {k: [] for k in CONFIGS if k in wanted}
    for _ in range(args.runs):  # run by run, so a change of load falls on every configuration
        for name, generator in generators.items():
            runs[name].append(run(folder, generator, args, tmp))
        if retriever:
            runs["full_retrieval"].append(run(folder, full, args, tmp, db))
    configs = {k: summarise(v) if v else None for k, v in runs.items()}
    portfolio = [set(r["names"]) for r in runs.get("portfolio", [])]
    full_names = [set(r["names"]) for r in runs.get("full", [])]
    return {
        "label": args.label,
        "bench": "prove",
        "theorems": theorems,
        "runs": args.runs,
        "time_limit_s": args.time_limit,
        "workers": args.workers,
        "training": training,
        "retriever": default_checkpoint() if retriever else why,
        **{f"proved_{k}": (v["proved"]["mean"] if v else None) for k, v in configs.items()},
        "full_minus_portfolio": [len(f) - len(p) for f, p in zip(full_names, portfolio, strict=False)],
        "only_full": sorted(set().union(*full_names) - set().union(*portfolio)),
        "only_portfolio": sorted(set().union(*portfolio) - set().union(*full_names)),
        "configs": configs,
    }


def summarise(runs: list[dict]) -> dict:
    """One configuration over its runs: proofs, rate and wall time as spreads; errors in all."""
    return {
        "proved": spread([r["proved"] for r in runs]),
        "rate": spread([r["rate"] for r in runs]),
        "wall_s": spread([r["wall_s"] for r in runs]),
        "mean_s_proved": spread([r["mean_s_proved"] for r in runs]),
        "s_per_theorem": spread([r["s_per_theorem"] for r in runs]),
        "busy": spread([r["busy"] for r in runs]),
        "errors": sum(r["errors"] for r in runs),
        "first_error": next((r["first_error"] for r in runs if r["first_error"]), None),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="runs of each configuration")
    parser.add_argument("--checkpoint", help="a trained generator (default: train one here first)")
    parser.add_argument("--train-minutes", type=float, default=20.0)
    parser.add_argument("--db", help="a traced corpus of the projects (default: trace them here)")
    parser.add_argument("--retriever", help="a retriever checkpoint (default: the configured one)")
    parser.add_argument("--source", default=str(ROOT / "lean_projects"), help="folder of the projects")
    parser.add_argument("--configs", help=f"comma-separated, of {','.join(CONFIGS)} (default: all)")
    parser.add_argument("--label", default="", help="a note stored with the result (e.g. before/after)")
    parser.add_argument("projects", nargs="*", help="bundled project names (default: all)")
    args = parser.parse_args()
    load = load_average()
    with tempfile.TemporaryDirectory(prefix="leanagent-bench-prove-") as tmp:
        result = main(args, Path(tmp))
    print(json.dumps(result))
    store("prove", result, vars(args), load)
