"""Recall@k and MRR of a premise ranker over retrieval examples (ReProver's metrics).

Per tactic: Recall@k = |top k ∩ positives| / |positives|, and the reciprocal rank of the
first positive (0 when none is in the ranking); both averaged over tactics. Every ranker
ranks only the premises accessible at the example's theorem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.corpus import PremiseCorpus
from retrieval.dataset import Example
from retrieval.encoders import Encoder
from retrieval.index import PremiseIndex

RANK_DEPTH = 100
"""How deep rankings go (ReProver retrieves 100): MRR counts a positive found by then."""

Ranker = Callable[[list[Example], list[np.ndarray]], list[list[int]]]
"""Examples and their accessibility masks -> premise indices per example, best first."""


@dataclass(frozen=True)
class Metrics:
    recall1: float
    recall10: float
    mrr: float
    examples: int

    def to_json(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def metrics(rankings: Sequence[Sequence[int]], positives: Sequence[Sequence[int]]) -> Metrics:
    r1, r10, rr = [], [], []
    for ranked, pos in zip(rankings, positives, strict=True):
        wanted = set(pos)
        r1.append(len(wanted & set(ranked[:1])) / len(wanted))
        r10.append(len(wanted & set(ranked[:10])) / len(wanted))
        first = next((rank for rank, i in enumerate(ranked, 1) if i in wanted), None)
        rr.append(1.0 / first if first else 0.0)
    n = len(rr)
    mean = (lambda xs: float(np.mean(xs))) if n else (lambda xs: 0.0)
    return Metrics(mean(r1), mean(r10), mean(rr), n)


def masks_for(examples: list[Example], corpus: PremiseCorpus) -> list[np.ndarray]:
    return [corpus.accessible_mask(ex.path, ex.start) for ex in examples]


def evaluate(ranker: Ranker, examples: list[Example], corpus: PremiseCorpus) -> Metrics:
    rankings = ranker(examples, masks_for(examples, corpus))
    return metrics(rankings, [ex.positives for ex in examples])


_EMBEDDED: dict[tuple[str, int], dict[str, np.ndarray]] = {}
"""Premise embeddings per (weights digest, max_seq_len), by text: a model validated at its
last epoch and then tested, or one corpus and a larger one sharing most premises (the
merged dataset and the whole database), never embed a text twice."""


def weights_digest(encoder: Encoder) -> str:
    h = hashlib.sha256()
    for p in encoder.model.parameters():
        h.update(p.detach().cpu().numpy().tobytes())
    return h.hexdigest()


def embed_corpus(encoder: Encoder, corpus: PremiseCorpus) -> np.ndarray:
    key = (weights_digest(encoder), encoder.max_seq_len)
    if key not in _EMBEDDED:
        if len(_EMBEDDED) >= 2:
            _EMBEDDED.pop(next(iter(_EMBEDDED)))
        _EMBEDDED[key] = {}
    known = _EMBEDDED[key]
    texts = corpus.texts
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        known.update(zip(missing, encoder.encode(missing).numpy(), strict=True))
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.stack([known[t] for t in texts])


def dense_ranker(encoder: Encoder, index: PremiseIndex, depth: int = RANK_DEPTH) -> Ranker:
    """Rank by the encoder's cosine similarity through the faiss index."""

    def rank(examples: list[Example], masks: list[np.ndarray]) -> list[list[int]]:
        queries = encoder.encode([ex.state for ex in examples]).numpy()
        return [[i for i, _ in hits] for hits in index.search(queries, depth, masks)]

    return rank
