"""On a really traced bundled project: every theorem's retrieval stays within its
accessible premises (the database's own rule), across the whole ranking (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.trace import TraceOptions, trace_path
from retrieval import Retriever
from retrieval.corpus import PremiseCorpus
from retrieval.encoders import BYT5_TINY, load_encoder

PROJECTS = Path(__file__).resolve().parents[2] / "lean_projects"

pytestmark = pytest.mark.slow


def test_no_theorem_of_a_traced_project_sees_an_inaccessible_premise(tmp_path, engine):
    db_path = tmp_path / "corpus.db"
    summary = trace_path(PROJECTS / "Logic", db_path, TraceOptions(build_dir=tmp_path / "build"), engine)
    assert summary.files_failed == 0 and summary.theorems > 100
    with CorpusDB(db_path) as db:
        corpus = PremiseCorpus.from_db(db)
        encoder = load_encoder(BYT5_TINY, max_seq_len=16, threads=1)  # the ranking is not under test
        retriever = Retriever.build(encoder, corpus)
        theorems = db.db.execute("SELECT id, full_name FROM theorems").fetchall()
        access = db.accessibility()
        checked = 0
        for tid, name in theorems:
            allowed = {p.full_name for p in db.accessible_premises(tid, access)}
            hits = retriever.retrieve("⊢ p ∧ q → q ∧ p", k=len(corpus), theorem=name)
            assert {h.full_name for h in hits} == allowed, name
            assert len(hits) == len(allowed) < len(corpus)
            checked += 1
    assert checked == summary.theorems
