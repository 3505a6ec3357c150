"""Training on tiny data with the small byte-level encoder: real steps, resumption, selection."""

from __future__ import annotations

import json
import random

import pytest
import torch

from leanagent.config import RetrievalSettings
from retrieval import train as train_module
from retrieval.corpus import PremiseCorpus
from retrieval.dataset import export_from_db, load_examples, pairs, sample
from retrieval.encoders import BYT5_TINY, load_encoder
from retrieval.train import STATE, TrainConfig, train_retriever, validate


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture
def data(small_db, tmp_path):
    return export_from_db(small_db, tmp_path / "ld")


def _config(data, out, **kw) -> TrainConfig:
    base = dict(encoder=BYT5_TINY, batch_size=2, max_seq_len=64, lr=1e-3, epochs=1, save_every=1, threads=1)
    return TrainConfig(data, out, RetrievalSettings()).override(**(base | kw))


def test_training_steps_lower_the_contrastive_loss(data):
    corpus = PremiseCorpus.from_leandojo(data)
    examples = load_examples(data, "random", "train", corpus)
    rng = random.Random(0)
    batch = [sample(examples[i], p, corpus, rng) for i, p in pairs(examples)[:4]]
    encoder = load_encoder(BYT5_TINY, max_seq_len=64, threads=1)
    optim = torch.optim.AdamW(encoder.parameters(), lr=1e-3)
    losses = []
    for _ in range(12):
        loss = train_module._loss(encoder, batch, corpus.texts, 0.05)
        optim.zero_grad()
        loss.backward()
        optim.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0]


def test_a_killed_run_resumes_where_it_stopped_and_more_epochs_continue(data, tmp_path, monkeypatch):
    out = tmp_path / "ck"
    real_loss = train_module._loss
    calls = {"n": 0}

    def dies_on_third_step(*args):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_loss(*args)

    monkeypatch.setattr(train_module, "_loss", dies_on_third_step)
    with pytest.raises(KeyboardInterrupt):
        train_retriever(_config(data, out))
    progress = json.loads((out / STATE / "progress.json").read_text())
    assert (progress["epoch"], progress["batch"], progress["steps"]) == (0, 2, 2)
    monkeypatch.setattr(train_module, "_loss", real_loss)

    report = train_retriever(_config(data, out))
    batches = -(-len(pairs(load_examples(data, "random", "train", PremiseCorpus.from_leandojo(data)))) // 2)
    assert report.epochs == 1 and report.steps == batches  # no step done twice, none skipped
    assert [h["epoch"] for h in report.history] == [0, 1]

    more = train_retriever(_config(data, out, epochs=2))
    assert more.epochs == 2 and more.steps == 2 * batches and len(more.history) == 3
    assert json.loads((out / "train_report.json").read_text())["steps"] == 2 * batches


def test_the_saved_checkpoint_is_the_best_on_validation(data, tmp_path):
    out = tmp_path / "ck"
    report = train_retriever(_config(data, out, epochs=2, resume=False))
    best = max(report.history, key=lambda h: h["recall10"])
    assert report.best_recall10 == best["recall10"]
    corpus = PremiseCorpus.from_leandojo(data)
    saved = load_encoder(out, threads=1)
    assert saved.max_seq_len == 64
    val = load_examples(data, "random", "val", corpus)
    assert validate(saved, corpus, val).recall10 == pytest.approx(report.best_recall10, abs=1e-4)


def test_a_run_takes_its_defaults_from_the_settings_and_overrides_either(tmp_path, monkeypatch):
    monkeypatch.setenv("LEANAGENT_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_EPOCHS", "7")
    cfg = TrainConfig(tmp_path, tmp_path / "out")
    assert cfg.settings.epochs == 7 and cfg.resume
    tuned = cfg.override(lr=0.5, max_samples=3, resume=False)
    assert (tuned.settings.lr, tuned.settings.epochs, tuned.max_samples, tuned.resume) == (0.5, 7, 3, False)
    assert cfg.settings.lr == RetrievalSettings().lr  # the original is left as it was
    with pytest.raises(TypeError, match="bogus"):
        cfg.override(bogus=1)
