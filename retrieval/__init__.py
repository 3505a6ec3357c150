"""Premise retrieval: a dual encoder (ReProver's recipe) over a faiss index of the corpus.

Public surface:

- ``Retriever.load(db, checkpoint=None)``: the retriever over a corpus database (the
  trained checkpoint when one exists, else the bundled MiniLM); its
  ``retrieve(state, k, *, theorem=, file=, line=, accessible=)`` returns ``Retrieved``
  records (``full_name``, ``code``, ``kind``, ``score``, ``premise``), best first, only
  among premises accessible where asked.
- ``load_retriever(db)``: the same, cached per process (what the prover calls).
- ``train.train_retriever`` / ``evaluate.evaluate``: training and Recall@k / MRR.

Layer: above the corpus; may import ``leanagent``'s ``config``, ``source``, ``engine``,
``lean`` and ``corpus``, never the prover or anything above.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.retriever import Retrieved, Retriever


@lru_cache(maxsize=4)
def _cached(db: str, checkpoint: str | None) -> Retriever:
    return Retriever.load(Path(db), checkpoint)


def load_retriever(db: Path | str, checkpoint: str | Path | None = None) -> Retriever:
    """One retriever per (database, checkpoint) per process: loading a model takes seconds."""
    return _cached(str(Path(db).resolve()), str(checkpoint) if checkpoint else None)


__all__ = ["Retrieved", "Retriever", "load_retriever"]
