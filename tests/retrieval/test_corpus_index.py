"""Accessibility and the faiss index, without a model: random unit vectors stand in."""

from __future__ import annotations

import random

import numpy as np
import pytest

from leanagent.corpus.db import CorpusDB
from retrieval.corpus import PremiseCorpus
from retrieval.dataset import export_from_db, load_examples, pairs, sample
from retrieval.index import PremiseIndex


def _names(corpus: PremiseCorpus, mask: np.ndarray) -> set[str]:
    return {corpus.premises[i].full_name for i in np.flatnonzero(mask)}


def test_accessibility_agrees_with_the_database_for_every_theorem(small_db):
    with CorpusDB(small_db) as db:
        corpus = PremiseCorpus.from_db(db)
        theorems = db.db.execute("SELECT id, full_name FROM theorems").fetchall()
        assert len(theorems) == 11
        for tid, name in theorems:
            expected = {p.full_name for p in db.accessible_premises(tid)}
            assert _names(corpus, corpus.theorem_mask(name)) == expected, name
    c_mask = corpus.theorem_mask("Proj.C.refl")
    assert not _names(corpus, c_mask) & {"Proj.A.comm", "Proj.B.orr"}
    assert "Proj.A.comm" in _names(corpus, corpus.theorem_mask("Proj.A.comm2"))
    assert "Proj.A.comm2" not in _names(corpus, corpus.theorem_mask("Proj.A.comm2"))


def test_leandojo_export_gives_the_same_accessibility(small_db, tmp_path):
    data = export_from_db(small_db, tmp_path / "ld")
    with CorpusDB(small_db) as db:
        from_db = PremiseCorpus.from_db(db)
    from_ld = PremiseCorpus.from_leandojo(data)
    assert len(from_ld) == len(from_db) == 10 + 6 + 3 + 2
    for name, where in from_db.theorems.items():
        assert _names(from_ld, from_ld.accessible_mask(where.path, where.start)) == _names(
            from_db, from_db.theorem_mask(name)
        )


def test_file_mask_by_absolute_path_and_by_header(small_db, tmp_path):
    with CorpusDB(small_db) as db:
        corpus = PremiseCorpus.from_db(db)
    by_abs = corpus.file_mask(tmp_path / "Proj" / "Proj" / "B.lean")
    assert _names(corpus, by_abs) >= {"Proj.A.comm", "Nat.add_comm"}
    assert not _names(corpus, by_abs) & {"Proj.B.orr", "Proj.C.refl"}
    assert _names(corpus, corpus.file_mask("Proj/B.lean", line=15)) - _names(corpus, by_abs) == {"Proj.B.orr"}
    new = tmp_path / "New.lean"
    new.write_text("import Proj.A\n\ntheorem x : True := trivial\n")
    assert _names(corpus, corpus.file_mask(new)) == _names(corpus, by_abs)
    with pytest.raises(FileNotFoundError):
        corpus.file_mask(tmp_path / "missing.lean")


def test_examples_and_negatives_respect_accessibility(small_db, tmp_path):
    data = export_from_db(small_db, tmp_path / "ld")
    corpus = PremiseCorpus.from_leandojo(data)
    examples = [ex for part in ("train", "val", "test") for ex in load_examples(data, "random", part, corpus)]
    assert len(examples) == 11
    rng = random.Random(0)
    for i, p in pairs(examples):
        ex = examples[i]
        s = sample(ex, p, corpus, rng, negatives=3, in_file=1)
        allowed = corpus.accessible_mask(ex.path, ex.start)
        assert allowed[p] and all(allowed[n] for n in s.negatives)
        assert len(s.negatives) == 3 and p not in s.negatives
        if len(corpus.in_file(corpus.premises[p].path)) > 1:
            assert corpus.premises[s.negatives[0]].path == corpus.premises[p].path


def test_filtered_search_is_exact_and_never_returns_a_masked_premise(tmp_path):
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(500, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    queries = vectors[:20] + 0.1 * rng.normal(size=(20, 16)).astype(np.float32)
    masks = [rng.random(500) < frac for frac in np.linspace(0.01, 1.0, 20)]
    index = PremiseIndex.build(vectors, "c", "e", use_gpu=False)
    for q, mask, hits in zip(queries, masks, index.search(queries, 10, masks), strict=True):
        scores = np.where(mask, vectors @ q, -np.inf)
        expected = [int(i) for i in np.argsort(-scores)[: min(10, mask.sum())]]
        assert [i for i, _ in hits] == expected
        assert all(mask[i] for i, _ in hits)
    empty = index.search(queries[:1], 5, [np.zeros(500, dtype=bool)])
    assert empty == [[]]
    index.save(tmp_path / "ix")
    again = PremiseIndex.load(tmp_path / "ix", use_gpu=False)
    assert again is not None and again.meta == index.meta and len(again) == 500
    assert again.search(queries, 10, masks) == index.search(queries, 10, masks)
    assert PremiseIndex.load(tmp_path / "nothing") is None
