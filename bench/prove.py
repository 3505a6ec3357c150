"""Proof rate on the bundled sorry theorems: portfolio, trained generator, the full system, and
with retrieval.

Configurations: ``portfolio`` (standard tactics alone), ``generator`` (the trained seq2seq
model alone), ``full`` (what ``--generator auto`` runs: portfolio, proofs by analogy and the
model), ``full_retrieval`` (the same with retrieved premises, once available). Every
configuration searches the same sorry theorems (those of ``lean_projects/``, copied
to a temporary folder) with the same time limit per theorem and the same workers, in one
run, through ``prove_path`` (so a proof counts only after the whole-file re-check). The
generator is the checkpoint given, or else one trained here first on a fresh trace of the
bundled projects (its training time is reported). Retrieval is reported as null until the
``retrieval`` package provides a retriever. Prints one JSON line.

    python bench/prove.py [--time-limit 30] [--workers 2] [--checkpoint PATH] [PROJECT ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.prover.premises import load_retriever
from leanagent.prover.prove import ProveOptions, collect_targets, prove_path
from leanagent.prover.train_generator import TrainConfig, load_pairs, train

ROOT = Path(__file__).resolve().parent.parent


def copy_projects(source: Path, tmp: Path, names: list[str]) -> Path:
    folder = tmp / "projects"
    for project in sorted(source.iterdir()):
        if project.is_dir() and project.name != "core" and (not names or project.name in names):
            shutil.copytree(project, folder / project.name, ignore=shutil.ignore_patterns(".lake", "*.bak*"))
    return folder


def trained_generator(folder: Path, tmp: Path, minutes: float) -> tuple[Path, dict]:
    db = tmp / "corpus.db"
    start = time.perf_counter()
    for project in sorted(folder.iterdir()):
        trace_path(project, db, TraceOptions(build_dir=tmp / f"build-{project.name}"))
    traced = time.perf_counter() - start
    summary = train(load_pairs(db), tmp / "generator", TrainConfig(max_minutes=minutes))
    return tmp / "generator", {
        "trace_s": round(traced, 1),
        "train_s": summary.seconds,
        "pairs": summary.pairs,
    }


def run(folder: Path, generator: str, args: argparse.Namespace, tmp: Path, retrieval: bool = False) -> dict:
    options = ProveOptions(
        time_limit=args.time_limit,
        workers=args.workers,
        generator=generator,
        retrieval=retrieval,
        force=True,
        db=tmp / f"results-{len(list(tmp.glob('results-*')))}.db",
    )
    start = time.perf_counter()
    report = prove_path(folder, options)
    wall = time.perf_counter() - start
    proved = [t for t in report.theorems if t.status == "proved"]
    return {
        "proved": len(proved),
        "rate": round(len(proved) / max(1, len(report.theorems)), 3),
        "wall_s": round(wall, 1),
        "mean_s_proved": round(sum(t.seconds for t in proved) / max(1, len(proved)), 2),
        "errors": sum(t.status == "error" for t in report.theorems),
        "names": sorted(t.name for t in proved),
    }


def main(args: argparse.Namespace, tmp: Path) -> dict:
    folder = copy_projects(Path(args.source), tmp, args.projects)
    theorems = sum(len(t.sorries) for t in collect_targets(folder))
    training = {}
    checkpoint = Path(args.checkpoint) if args.checkpoint else None
    if checkpoint is None:
        checkpoint, training = trained_generator(folder, tmp, args.train_minutes)
    model = f"seq2seq:{checkpoint.resolve()}"
    full = f"portfolio+analogy+{model}"
    configs = {
        "portfolio": run(folder, "portfolio", args, tmp),
        "generator": run(folder, model, args, tmp),
        "full": run(folder, full, args, tmp),
    }
    retriever, why = load_retriever(tmp / "corpus.db", folder)
    configs["full_retrieval"] = run(folder, full, args, tmp, True) if retriever else None
    portfolio, full = set(configs["portfolio"]["names"]), set(configs["full"]["names"])
    return {
        "bench": "prove",
        "theorems": theorems,
        "time_limit_s": args.time_limit,
        "workers": args.workers,
        "training": training,
        "retrieval": None if retriever else why,
        **{f"proved_{k}": (v["proved"] if v else None) for k, v in configs.items()},
        "full_minus_portfolio": len(full) - len(portfolio),
        "only_full": sorted(full - portfolio),
        "only_portfolio": sorted(portfolio - full),
        "configs": {k: ({**v, "names": None} if v else None) for k, v in configs.items()},
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--checkpoint", help="a trained generator (default: train one here first)")
    parser.add_argument("--train-minutes", type=float, default=20.0)
    parser.add_argument("--source", default=str(ROOT / "lean_projects"), help="folder of the projects")
    parser.add_argument("projects", nargs="*", help="bundled project names (default: all)")
    with tempfile.TemporaryDirectory(prefix="leanagent-bench-prove-") as tmp:
        print(json.dumps(main(parser.parse_args(), Path(tmp))))
