"""The retriever over a corpus database: accessibility, the stored index, encoders."""

from __future__ import annotations

import numpy as np
import pytest

from leanagent.corpus.db import CorpusDB
from retrieval import Retriever, load_retriever
from retrieval.encoders import BYT5_TINY, MINILM, load_encoder
from retrieval.retriever import index_dir

CORE_NAMES = {"Nat.add_comm", "Nat.mul_comm", "Nat.add_zero", "Nat.le_refl", "And.intro", "Or.inl", "Or.inr"}
CORE_NAMES |= {"List.length_append", "List.append_nil", "Iff.intro"}


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    """Never a hub: models load from the installed package or are built from a config."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_CHECKPOINT", str(tmp_path / "no-checkpoint"))
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_THREADS", "1")


def test_no_query_returns_an_inaccessible_premise(small_db):
    retriever = Retriever.load(small_db, BYT5_TINY)
    with CorpusDB(small_db) as db:
        theorems = db.db.execute("SELECT id, full_name FROM theorems").fetchall()
        for tid, name in theorems:
            allowed = {p.full_name for p in db.accessible_premises(tid)}
            for state in ("⊢ a + b = b + a", "p q : Prop\n⊢ p ∨ q", name):
                hits = retriever.retrieve(state, k=len(retriever.corpus), theorem=name)
                assert {h.full_name for h in hits} == allowed, name
                scores = [h.score for h in hits]
                assert scores == sorted(scores, reverse=True)
    narrowed = retriever.retrieve("⊢ p ∨ q", 50, theorem="Proj.B.nil", accessible={"Or.inl", "Proj.B.orr"})
    assert {h.full_name for h in narrowed} == {"Or.inl", "Proj.B.orr"}
    only_core = retriever.retrieve("x", 50, accessible=lambda name: name.startswith("Nat."))
    assert len(only_core) == 4 and all(h.full_name.startswith("Nat.") for h in only_core)
    hit = only_core[0]
    assert hit.code == hit.premise.code and hit.kind == "theorem" and -1.0 <= hit.score <= 1.0


def test_index_is_stored_beside_the_database_and_rebuilt_when_stale(small_db, tmp_path, make_file):
    folder = index_dir(small_db)
    assert folder == tmp_path / "corpus.retrieval"
    first = Retriever.load(small_db, BYT5_TINY)
    assert (folder / "index.faiss").is_file() and len(first.index) == 21
    stamp = (folder / "index.faiss").stat().st_mtime_ns
    Retriever.load(small_db, BYT5_TINY)
    assert (folder / "index.faiss").stat().st_mtime_ns == stamp  # current: reused
    with CorpusDB(small_db) as db:
        proj = db.repo_ids()["file:///x/Proj"]
        db.write_file(proj, make_file("D", ("Proj.B",), [("t", "⊢ True", [])]), "d")
    grown = Retriever.load(small_db, BYT5_TINY)
    assert len(grown.index) == 22 and (folder / "index.faiss").stat().st_mtime_ns != stamp
    hits = grown.retrieve("⊢ True", 30, theorem="Proj.D.t")
    assert "Proj.B.orr" in {h.full_name for h in hits} and "Proj.C.refl" not in {h.full_name for h in hits}


def test_load_retriever_is_cached_and_follows_the_prover_interface(small_db, tmp_path):
    a = load_retriever(small_db, BYT5_TINY)
    assert load_retriever(str(small_db), BYT5_TINY) is a
    hits = a.retrieve("xs : List Nat\n⊢ xs ++ [] = xs", 3, file=str(tmp_path / "Proj" / "Proj" / "C.lean"))
    assert len(hits) == 3 and all(h.premise.path == "Init/Core.lean" for h in hits)


def test_byt5_encoder_embeddings_are_unit_mean_pooled():
    encoder = load_encoder(BYT5_TINY, max_seq_len=32)
    vectors = encoder.encode(["short", "a much longer text " * 10, "short"])
    assert vectors.shape == (3, 256)
    assert np.allclose(vectors.norm(dim=1).numpy(), 1.0, atol=1e-5)
    assert np.allclose(vectors[0].numpy(), vectors[2].numpy(), atol=1e-5)
    padded = encoder.encode(["short", "a much longer text " * 10], batch_size=2)[0]
    alone = encoder.encode(["short"], batch_size=1)[0]
    assert np.allclose(padded.numpy(), alone.numpy(), atol=1e-4)  # padding is masked out of the mean


def test_bundled_minilm_loads_offline_and_ranks_by_meaning(tmp_path):
    encoder = load_encoder(MINILM)
    assert encoder.dim == 384
    state, good, bad = encoder.encode(
        [
            "a b : Nat\n⊢ a + b = b + a",
            "Nat.add_comm\ntheorem Nat.add_comm (n m : Nat) : n + m = m + n",
            "List.append_nil\ntheorem List.append_nil (as : List α) : as ++ [] = as",
        ]
    )
    assert float(state @ good) > float(state @ bad)
    encoder.save(tmp_path / "ck")
    again = load_encoder(tmp_path / "ck")
    assert torch_allclose(again.encode(["x"]), encoder.encode(["x"]))


def torch_allclose(a, b) -> bool:
    return bool(np.allclose(a.numpy(), b.numpy(), atol=1e-5))


def test_the_prover_adapter_gets_accessible_premises(small_db, tmp_path, monkeypatch):
    from leanagent.prover.premises import load_retriever as prover_load

    monkeypatch.setenv("LEANAGENT_RETRIEVAL_ENCODER", BYT5_TINY)
    retrieve, why = prover_load(small_db, tmp_path / "Proj" / "Proj" / "C.lean")
    assert retrieve is not None, why
    premises = retrieve("n : Nat\n⊢ n ≤ n", 4)
    assert len(premises) == 4 and all(p.name in CORE_NAMES for p in premises)
    assert all(p.code for p in premises)
