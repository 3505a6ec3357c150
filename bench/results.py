"""Stored benchmark results: each run's JSON line, with where and how it ran.

``store(script, record, config, load_start)`` writes
``bench/results/<script>-<YYYY-MM-DD>[-N].json`` (UTC date; ``-2``, ``-3``... when a file of
that day exists, never overwriting one) holding ``record`` plus ``commit`` (``git rev-parse
HEAD``, ``-dirty`` when the tree has changes outside ``bench/results/``), ``engine`` (kind
and Lean version), ``load_average`` (``os.getloadavg()`` at start and at end), ``config``
(the script's arguments) and ``date``. ``spread(values)`` gives a figure over repeated runs.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages, rounded."""
    return [round(x, 2) for x in os.getloadavg()]


def commit() -> str:
    """HEAD, with ``-dirty`` if tracked or untracked files differ (stored results aside)."""
    try:
        head = _git("rev-parse", "HEAD").strip()
        changes = _git("status", "--porcelain", "--", ".", ":(exclude)bench/results")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("-dirty" if changes.strip() else "")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def engine_info(project: Path | None = None) -> dict[str, str]:
    """Kind and Lean version of the engine the benchmarks use (that of ``project``, default the repo)."""
    from leanagent.engine import EngineError, get_engine

    try:
        engine = get_engine(project or ROOT)
    except EngineError as err:
        return {"error": str(err)}
    return {"kind": engine.kind, "lean_version": engine.version}


def store(
    script: str,
    record: Mapping[str, Any],
    config: Mapping[str, Any],
    load_start: list[float],
    engine: Mapping[str, str] | None = None,
) -> Path:
    """Write ``record`` with its provenance to a new file under bench/results/; its path."""
    now = datetime.datetime.now(datetime.UTC)
    stored = {
        **record,
        "commit": commit(),
        "engine": dict(engine) if engine is not None else engine_info(),
        "load_average": {"start": list(load_start), "end": load_average()},
        "config": dict(config),
        "date": now.isoformat(timespec="seconds"),
    }
    text = json.dumps(stored, indent=2, default=str) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    # date and time: results stored on parallel branches never collide when merged
    stem = f"{script}-{now.strftime('%Y-%m-%dT%H%M%S')}"
    n = 1
    while True:
        path = RESULTS / (f"{stem}.json" if n == 1 else f"{stem}-{n}.json")
        try:
            with path.open("x", encoding="utf-8") as f:  # exclusive: never overwrite
                f.write(text)
        except FileExistsError:
            n += 1
            continue
        print(f"stored {path.relative_to(ROOT)}", file=sys.stderr)
        return path


def spread(values: list[float]) -> dict[str, Any]:
    """A figure over repeated runs: each run's value, their mean, min, max and spread (max - min)."""
    low, high = min(values), max(values)
    return {
        "runs": list(values),
        "mean": round(sum(values) / len(values), 4),
        "min": low,
        "max": high,
        "spread": round(high - low, 4),
    }
