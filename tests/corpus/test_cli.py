"""The corpus commands of the ``leanagent`` CLI: trace, export, import-dataset."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.corpus.db import CorpusDB

FIXTURE = Path(__file__).parent / "fixtures" / "Demo"
runner = CliRunner()


def test_trace_json_then_export_and_import(tmp_path, engine):
    project = tmp_path / "Demo"
    shutil.copytree(FIXTURE, project)
    db = tmp_path / "corpus.db"
    result = runner.invoke(app, ["trace", str(project), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert {"theorems", "tactics", "premises", "sorries"} <= set(summary)
    assert (summary["theorems"], summary["sorries"], summary["files_failed"]) == (10, 2, 0)
    again = json.loads(runner.invoke(app, ["trace", str(project), "--db", str(db), "--json"]).stdout)
    assert again["files_skipped"] == 3

    out = tmp_path / "ld"
    result = runner.invoke(app, ["export", str(out), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["theorems"] == 10
    assert {p.name for p in out.iterdir()} >= {"corpus.jsonl", "random", "novel_premises", "metadata.json"}
    result = runner.invoke(app, ["import-dataset", str(out), "--db", str(tmp_path / "back.db"), "--json"])
    assert result.exit_code == 0, result.output
    with CorpusDB(tmp_path / "back.db") as back:
        assert back.counts()["theorems"] == 10


def test_trace_of_a_missing_path_fails_cleanly(tmp_path):
    result = runner.invoke(app, ["trace", str(tmp_path / "nowhere"), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
