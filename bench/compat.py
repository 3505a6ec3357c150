"""Compatibility of our core `Init` with real Lean 4.35 on real core-only files written by others.

Workload: every file of tests/compat/corpus/<source>/*.lean (judged by leanagent.lean.compat:
a theorem passes when it checks, or says sorry itself and is reported as sorry; a file when it
has no error at all). Figures: theorems ok / total and files ok / total, overall and by source.
The files expected to fail on real Lean too (written for another Lean version,
tests/compat/expected.json) are left out of the `excluding_other_version` figure. The core checked
is `core_dir` (LEANAGENT_CORE_DIR): run with the main branch's core for the figures before a change.

    python bench/compat.py [--jobs 2] [--verbose]

Prints one JSON line, also stored under bench/results/ (see bench/results.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor

# Run as a script, this file's folder leads sys.path: the repository root instead (bench.results).
_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import load_average, store
from leanagent.config import get_settings
from leanagent.engine import get_engine
from leanagent.lean.compat import CORPUS, corpus_files, judge_file, load_expected, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true", help="print why each failing file fails")
    parser.add_argument("--no-store", action="store_true", help="print only (for quick looks)")
    args = parser.parse_args()
    load_start = load_average()
    engine = get_engine(CORPUS)
    files = corpus_files()
    with ThreadPoolExecutor(args.jobs) as pool:
        verdicts = list(pool.map(lambda p: judge_file(p, engine), files))
    other = load_expected().get("other_version", {})
    record = {
        "bench": "compat",
        "core_dir": str(get_settings().core_dir),
        **summary(verdicts),
        "excluding_other_version": {
            k: v for k, v in summary([v for v in verdicts if v.file not in other]).items() if k != "by_source"
        },
        "failing": sorted(v.file for v in verdicts if not v.ok),
    }
    if args.verbose:
        for v in verdicts:
            for err in v.errors:
                print(f"{v.file}: {err[:300]}", file=sys.stderr)
    print(json.dumps(record))
    if not args.no_store:
        store("compat", record, vars(args), load_start)


if __name__ == "__main__":
    main()
