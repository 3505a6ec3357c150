"""Recall@k / MRR arithmetic and the BM25 baseline."""

from __future__ import annotations

import numpy as np
import pytest

from leanagent.corpus.models import Pos
from retrieval.bm25 import bm25_ranker, tokenize
from retrieval.dataset import Example
from retrieval.evaluate import metrics


def test_recall_and_mrr_by_hand():
    rankings = [[5, 1, 2], [9, 8] + list(range(20, 40)), [3]]
    positives = [[1], [8, 30], [4]]
    m = metrics(rankings, positives)
    assert m.recall1 == pytest.approx(0.0)
    assert m.recall10 == pytest.approx((1 + 0.5 + 0) / 3)
    assert m.mrr == pytest.approx((1 / 2 + 1 / 2 + 0) / 3)
    assert m.examples == 3
    assert metrics([[7]], [[7]]).to_json() == {"recall1": 1.0, "recall10": 1.0, "mrr": 1.0, "examples": 1}


def test_tokenizer_splits_lean_names_and_keeps_symbols():
    tokens = tokenize("Nat.add_comm (n m : Nat) : n + m ≤ m ∨ h'")
    assert {"nat.add_comm", "nat", "add", "comm", "+", "≤", "∨", "h'"} <= set(tokens)


def test_bm25_ranks_the_lexical_match_first_and_respects_the_mask():
    texts = [
        "List.length_append\ntheorem List.length_append : (as ++ bs).length = as.length + bs.length",
        "Nat.add_comm\ntheorem Nat.add_comm (n m : Nat) : n + m = m + n",
        "Or.inl\ntheorem Or.inl (h : a) : a ∨ b",
    ]
    rank = bm25_ranker(texts)
    ex = Example(
        "t", "A.lean", Pos(1, 0), "xs ys : List Nat\n⊢ (xs ++ ys).length = xs.length + ys.length", (0,)
    )
    everything = np.ones(3, dtype=bool)
    assert rank([ex], [everything])[0][0] == 0
    without = np.array([False, True, True])
    assert sorted(rank([ex], [without])[0]) == [1, 2]
