"""Proof rate on the hand-written sorry sets of ``bench/prove_sets/`` (``dev``, tuned on, and
``fresh``, never tuned on): ``leanagent prove`` as it ships against the same run without
library premises and without the portfolio's symbolic layer, in one run.

Configurations: ``default`` (what ``leanagent prove`` does with no flag: ``auto`` generators,
library premises, the symbolic moves) and ``plain`` (``auto`` with ``--no-premises`` and
``[prover] symbolic = none``). Dependency order and filling holes in place belong to
``prove`` itself and run in both. Each configuration proves a fresh copy of the set with its
own results database (nothing resumed), ``runs`` times; a proof counts only after the
whole-file check. Prints one JSON line, also stored under bench/results/.

    python bench/prove_sets.py [--set fresh] [--time-limit 60] [--workers 2] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import load_average, store
from leanagent.prover.prove import ProveOptions, prove_path

SETS = Path(__file__).resolve().parent / "prove_sets"
CONFIGS = {"default": {}, "plain": {"LEANAGENT_PROVER_SYMBOLIC": "none", "LEANAGENT_PROVER_PREMISES": "0"}}


def run_once(name: str, env: dict[str, str], args: argparse.Namespace, tmp: Path, k: int) -> dict:
    folder = tmp / f"{name}-{k}"
    shutil.copytree(SETS / args.set, folder)
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)  # read by the settings here and in the spawned workers
    try:
        report = prove_path(
            folder,
            ProveOptions(time_limit=args.time_limit, workers=args.workers, db=tmp / f"{name}-{k}.db"),
        )
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    summary = report.summary()
    missed = sorted(t.name for t in report.theorems if t.status != "proved")
    return {"proved": summary["proved"], "theorems": summary["theorems"], "missed": missed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--set", default="fresh", choices=sorted(p.name for p in SETS.iterdir() if p.is_dir())
    )
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    load_start = load_average()
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="prove-sets-") as tmp:
        for name, env in CONFIGS.items():
            results[name] = [run_once(name, env, args, Path(tmp), k) for k in range(args.runs)]
    record = {
        "set": args.set,
        "theorems": results["default"][0]["theorems"],
        **{
            name: {
                "proved": [r["proved"] for r in runs],
                "rate": [round(r["proved"] / r["theorems"], 3) for r in runs],
                "missed": runs[-1]["missed"],
            }
            for name, runs in results.items()
        },
    }
    store("prove_sets", record, vars(args), load_start)
    print(json.dumps(record))


if __name__ == "__main__":
    main()
