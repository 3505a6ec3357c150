"""``leanagent train-retriever`` and ``leanagent retrieve`` on the small corpus."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from leanagent.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def settings(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_ENCODER", "byt5-tiny")
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_MAX_SEQ_LEN", "64")
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_THREADS", "1")
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_CHECKPOINT", str(tmp_path / "ck"))


def test_train_then_retrieve_for_a_theorem(small_db, tmp_path):
    trained = runner.invoke(
        app, ["train-retriever", "--db", str(small_db), "--epochs", "1", "--batch-size", "4", "--json"]
    )
    assert trained.exit_code == 0, trained.output
    report = json.loads(trained.stdout)
    assert report["steps"] == 3 and report["out"] == str(tmp_path / "ck")
    assert (tmp_path / "ck" / "retriever.json").is_file()

    result = runner.invoke(
        app, ["retrieve", "--theorem", "Proj.C.refl", "-k", "5", "--db", str(small_db), "--json"]
    )
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["state"] == "n : Nat\n⊢ n ≤ n"
    assert len(answer["premises"]) == 5
    assert all(p["path"] == "Init/Core.lean" for p in answer["premises"])  # A and B are not imported by C

    table = runner.invoke(app, ["retrieve", "--state", "⊢ p ∨ q", "-k", "3", "--db", str(small_db)])
    assert table.exit_code == 0 and "premise" in table.stdout


def test_retrieve_needs_a_query_and_a_database(small_db, tmp_path):
    assert runner.invoke(app, ["retrieve", "--db", str(small_db)]).exit_code == 2
    missing = runner.invoke(app, ["retrieve", "--state", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "trace" in missing.output
    unknown = runner.invoke(app, ["retrieve", "--theorem", "No.such", "--db", str(small_db)])
    assert unknown.exit_code == 2 and "No.such" in unknown.output
