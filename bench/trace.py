"""Tracing speed against plain checking, on the bundled projects, in one run.

For each project under ``lean_projects/`` (the core library excepted): the wall time of
``leanagent check`` (``check_path``), then of a cold ``trace`` of it (every file traced,
fresh build folder) into one corpus database created empty at the start, as
``leanagent trace`` of each project into the default database would (the core library's
declarations are stored once, by the first trace). Prints one JSON line: totals,
tactics traced per second, and ``ratio`` = trace time / check time.

    python bench/trace.py [PROJECT ...]

Also stores the line, with commit, engine, load average and arguments, under
``bench/results/`` (see bench/results.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this file's folder leads sys.path: the repository root instead (bench.results).
_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import engine_info, load_average, store
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.engine import get_engine
from leanagent.lean.check import check_path

ROOT = Path(__file__).resolve().parent.parent


def projects(args: list[str]) -> list[Path]:
    if args:
        return [Path(a).resolve() for a in args]
    return sorted(p for p in (ROOT / "lean_projects").iterdir() if p.is_dir() and p.name != "core")


def main(args: list[str], tmp: Path) -> dict:
    rows = {}
    totals = {"check_s": 0.0, "trace_s": 0.0, "theorems": 0, "tactics": 0, "files": 0, "sorries": 0}
    for project in projects(args):
        engine = get_engine(project)
        start = time.perf_counter()
        report = check_path(project, engine)
        check_s = time.perf_counter() - start
        opts = TraceOptions(force=True, build_dir=tmp / f"build-{project.name}")
        start = time.perf_counter()
        summary = trace_path(project, tmp / "corpus.db", opts, engine)
        trace_s = time.perf_counter() - start
        rows[project.name] = {
            "check_s": round(check_s, 3),
            "trace_s": round(trace_s, 3),
            "ratio": round(trace_s / check_s, 3),
            "files": summary.files,
            "files_failed": summary.files_failed,
            "theorems": summary.theorems,
            "tactics": summary.tactics,
            "check_theorems": len(report.theorems),
        }
        totals["check_s"] += check_s
        totals["trace_s"] += trace_s
        for key in ("theorems", "tactics", "files", "sorries"):
            totals[key] += getattr(summary, key)
    result = {
        "bench": "trace",
        "engine": engine.kind,
        "lean_version": engine.version,
        "projects": len(rows),
        **{k: round(v, 3) if isinstance(v, float) else v for k, v in totals.items()},
        "tactics_per_s": round(totals["tactics"] / totals["trace_s"], 1) if totals["trace_s"] else 0.0,
        "ratio": round(totals["trace_s"] / totals["check_s"], 3) if totals["check_s"] else None,
        "per_project": rows,
    }
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="*", help="project folders (default: the bundled ones)")
    args = parser.parse_args()
    load = load_average()
    with tempfile.TemporaryDirectory(prefix="bench-trace-") as scratch:
        result = main(args.projects, Path(scratch))
    print(json.dumps(result))
    store("trace", result, vars(args), load, engine_info(projects(args.projects)[0]))
