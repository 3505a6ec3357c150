"""The ``[retrieval]`` section of the one config: file, environment, unknown keys refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from leanagent.config import get_prover_settings, get_retrieval_settings, get_settings


def test_file_then_environment_and_unknown_keys(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text(
        '[retrieval]\nlr = 0.001\nencoder = "byt5-tiny"\ncheckpoint = "ck"\n[prover]\nworkers = 3\n'
    )
    monkeypatch.setenv("LEANAGENT_CONFIG", str(config))
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_EPOCHS", "5")
    settings = get_retrieval_settings()
    assert (settings.lr, settings.encoder, settings.checkpoint, settings.epochs) == (
        1e-3,
        "byt5-tiny",
        Path("ck"),
        5,
    )
    assert settings.negatives == 3 and settings.in_file_negatives == 1  # ReProver's recipe by default
    assert get_prover_settings().workers == 3 and get_settings().corpus_db  # the other sections still read
    config.write_text("[retrieval]\nbogus = 1\n")
    with pytest.raises(ValueError, match="bogus"):
        get_retrieval_settings()
