"""`leanagent curriculum --json` on real traces of the fixture projects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "learn" / "fixtures" / "projects"


@pytest.mark.slow
@pytest.mark.parametrize("rule", ["ours", "leanagent"])
def test_curriculum_json_lists_repositories_in_order_with_bucket_counts(tmp_path, engine, rule):
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from leanagent.cli import app; app()",
            "curriculum",
            "--curriculum",
            rule,
            "--projects",
            str(FIXTURES),
            "--db",
            str(tmp_path / "c.db"),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    listed = json.loads(run.stdout)
    assert listed["curriculum"] == rule
    repos = listed["repositories"]
    assert sorted(r["name"] for r in repos) == ["Alpha", "Beta"]
    for r in repos:
        # Alpha: 11 theorems, Beta: 10, two sorries each (hard under both rules).
        assert r["easy"] + r["medium"] + r["hard"] == {"Alpha": 11, "Beta": 10}[r["name"]]
        assert r["sorries"] == 2 and r["hard"] >= 2
    if rule == "leanagent":
        assert repos[0]["easy"] >= repos[1]["easy"]
