"""``leanagent train-retriever`` and ``leanagent retrieve`` on the small corpus."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_train_retriever_passes_every_flag_on(tmp_path, monkeypatch):
    seen = []

    def fake_train_command(db, data, out, console, **overrides):
        seen.append((db, data, out, overrides))
        raise ValueError("stop here")

    monkeypatch.setattr("retrieval.commands.train_command", fake_train_command)
    flags = ["--db", str(tmp_path / "c.db"), "--data", "d", "--out", "o", "--strategy", "novel_premises"]
    flags += ["--encoder", "e", "--epochs", "3", "--batch-size", "4", "--lr", "0.5", "--train-layers", "2"]
    flags += ["--max-samples", "9", "--device", "cpu", "--fresh"]
    result = runner.invoke(app, ["train-retriever", *flags])
    assert result.exit_code == 2 and "stop here" in result.output
    tuned = dict(strategy="novel_premises", encoder="e", epochs=3, batch_size=4, lr=0.5, train_layers=2)
    assert seen == [
        (tmp_path / "c.db", Path("d"), Path("o"), tuned | dict(max_samples=9, device="cpu", resume=False))
    ]
