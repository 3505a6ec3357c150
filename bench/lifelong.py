"""Lifelong learning setups against each other, on one curriculum, with the same seeds.

Runs ``leanagent learn`` (in process) for each setup, ``progressive`` (with replay),
``leanagent`` (no replay), ``static`` and ``merge-all``, for each seed, every run on its
own copy of one traced database (proofs one run finds never teach another), and prints
one JSON line: per setup the mean and the spread (standard deviation over seeds) of BWT,
plasticity, stability, average forgetting and sorries proved over the curriculum.

Cheap by default (CPU, the one-layer ``bert-tiny`` encoder, one epoch per repository,
short proof searches); the figures compare setups with one another, not with a large
pretrained retriever.

    python bench/lifelong.py [--seeds 3] [--repo NAME ...] [--prove-seconds S] [--replay N] [--jobs J]

Also stores the line, with commit, engine, load average and arguments, under
``bench/results/`` (see bench/results.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path

_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import engine_info, load_average, store
from leanagent.config import get_learn_settings, get_retrieval_settings
from leanagent.corpus.schema import open_db
from leanagent.curriculum.difficulty import Rule
from leanagent.curriculum.learn import LearnConfig, learn
from leanagent.curriculum.progressive import Setup
from leanagent.curriculum.projects import prepare_curriculum

SETUPS = {
    "progressive": Setup.PROGRESSIVE,
    "leanagent": Setup.LEANAGENT,
    "static": Setup.STATIC,
    "merge_all": Setup.MERGE_ALL,
}
FIGURES = ("bwt", "plasticity", "stability", "forgetting")


def _summary(values: list[float | None]) -> dict[str, float | None]:
    known = [v for v in values if v is not None]
    if not known:
        return {"mean": None, "spread": None}
    spread = statistics.stdev(known) if len(known) > 1 else 0.0
    return {"mean": round(statistics.fmean(known), 4), "spread": round(spread, 4)}


def _run(cfg: LearnConfig) -> dict:
    result = learn(cfg)
    return {
        **{k: result.metrics[k] for k in FIGURES},
        "sorries_proved": result.proofs_over_time[-1],
        "r": result.r,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--repo", action="append", help="only this bundled project (repeatable)")
    parser.add_argument("--curriculum", default="ours", choices=[r.value for r in Rule])
    parser.add_argument("--replay", type=int, default=64)
    parser.add_argument("--prove-seconds", type=float, default=2.0)
    parser.add_argument("--encoder", default="bert-tiny")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--max-samples", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="runs at once (each proves with one worker)")
    args = parser.parse_args()
    load = load_average()
    begin = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="bench-lifelong-"))
    learn_settings = replace(
        get_learn_settings(),
        curriculum=args.curriculum,
        replay=args.replay,
        prove_seconds=args.prove_seconds,
        max_samples=args.max_samples,
        epochs_per_repo=1,
        out=work / "runs",
    )
    retrieval = replace(
        get_retrieval_settings(), encoder=args.encoder, max_seq_len=64, threads=1, lr=args.lr, batch_size=8
    )
    base = work / "base.db"
    curriculum, _ = prepare_curriculum(
        base, learn_settings.projects, Rule(args.curriculum), tuple(args.repo or ())
    )
    open_db(base).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    jobs = [(seed, name) for seed in range(args.seeds) for name in SETUPS]
    configs = {}
    for seed, name in jobs:
        db = work / f"{name}-{seed}.db"
        shutil.copy(base, db)
        configs[(seed, name)] = LearnConfig(
            replace(
                learn_settings,
                setup=SETUPS[name].value,
                seed=seed,
                replay=args.replay if name == "progressive" else 0,
            ),
            retrieval,
            db,
            tuple(args.repo) if args.repo else None,
            "portfolio+analogy",
        )
    runs: dict[str, list[dict]] = {name: [] for name in SETUPS}
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=get_context("spawn")) as pool:
        for (seed, name), summary in zip(jobs, pool.map(_run, [configs[j] for j in jobs]), strict=True):
            runs[name].append(summary)
            print(f"{name} seed {seed}: {json.dumps(summary)}", file=sys.stderr, flush=True)
    setups = {
        name: {
            **{k: _summary([r[k] for r in rs]) for k in (*FIGURES, "sorries_proved")},
            "runs": rs,
        }
        for name, rs in runs.items()
    }
    record = {
        "benchmark": "lifelong",
        "curriculum": curriculum.to_json(),
        "seeds": args.seeds,
        "setups": setups,
        "baseline": "static",
        "seconds": round(time.monotonic() - begin, 1),
    }
    print(json.dumps(record))
    store("lifelong", record, vars(args), load, engine_info())
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
