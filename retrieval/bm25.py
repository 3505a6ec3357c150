"""The lexical baseline: BM25 (the ``bm25s`` library) over premise texts.

Lean text is tokenised for it as identifiers (whole, and split at ``.`` and ``_``) and
single symbols (``∧``, ``+``, ``≤``, ...), lower-cased.
"""

from __future__ import annotations

import re

import bm25s
import numpy as np

from retrieval.dataset import Example
from retrieval.evaluate import RANK_DEPTH, Ranker

_TOKEN = re.compile(r"[^\W_][\w.'!?]*|[^\w\s()\[\]{},:]")


def tokenize(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text.lower()):
        out.append(tok)
        parts = [p for p in re.split(r"[._']", tok) if p]
        if len(parts) > 1:
            out += parts
    return out


def bm25_ranker(texts: list[str], depth: int = RANK_DEPTH) -> Ranker:
    """Rank premises by BM25 score of the state against their text."""
    model = bm25s.BM25()
    model.index([tokenize(t) for t in texts], show_progress=False)
    vocab = model.vocab_dict

    def rank(examples: list[Example], masks: list[np.ndarray]) -> list[list[int]]:
        out = []
        for ex, mask in zip(examples, masks, strict=True):
            query = [t for t in tokenize(ex.state) if t in vocab]
            scores = model.get_scores(query) if query else np.zeros(len(texts), dtype=np.float32)
            scores = np.where(mask, scores, -np.inf)
            allowed = int(mask.sum())
            top = np.argsort(-scores, kind="stable")[: min(depth, allowed)]
            out.append([int(i) for i in top])
        return out

    return rank
