"""The retriever the prover and the CLI use: encoder + premise corpus + faiss index.

The index lives beside the corpus database (``corpus.db`` -> ``corpus.retrieval/``) and
is rebuilt when the premises or the encoder changed since it was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from leanagent.config import get_retrieval_settings
from leanagent.corpus.db import CorpusDB, PremiseRow
from retrieval.corpus import PremiseCorpus
from retrieval.encoders import META, Encoder, load_encoder
from retrieval.index import PremiseIndex

Accessible = set[str] | frozenset[str] | Callable[[str], bool]


@dataclass(frozen=True)
class Retrieved:
    """A premise with its cosine similarity to the query."""

    premise: PremiseRow
    score: float

    @property
    def full_name(self) -> str:
        return self.premise.full_name

    @property
    def code(self) -> str:
        return self.premise.code

    @property
    def kind(self) -> str:
        return self.premise.kind


def index_dir(db: Path) -> Path:
    """Where the index of a corpus database is kept: beside it."""
    return db.parent / f"{db.stem}.retrieval"


def default_checkpoint() -> str:
    """The trained checkpoint when there is one, else the configured starting encoder."""
    settings = get_retrieval_settings()
    if (settings.checkpoint / META).is_file():
        return str(settings.checkpoint)
    return settings.encoder


def encoder_fingerprint(spec: str) -> str:
    """Identifies the weights: a folder by its files' sizes and times, else the name."""
    folder = Path(spec)
    if not folder.is_dir():
        return spec
    h = hashlib.sha256(str(folder.resolve()).encode())
    for f in sorted(folder.iterdir()):
        if f.is_file():
            st = f.stat()
            h.update(f"{f.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


class Retriever:
    def __init__(self, encoder: Encoder, corpus: PremiseCorpus, index: PremiseIndex) -> None:
        self.encoder = encoder
        self.corpus = corpus
        self.index = index

    @classmethod
    def build(
        cls, encoder: Encoder, corpus: PremiseCorpus, fingerprint: str = "", progress=None
    ) -> Retriever:
        """Embed every premise of ``corpus`` and index them (in memory)."""
        vectors = encoder.encode(corpus.texts, progress=progress).numpy()
        return cls(encoder, corpus, PremiseIndex.build(vectors, corpus.fingerprint(), fingerprint))

    @classmethod
    def load(
        cls,
        db: Path,
        checkpoint: str | Path | None = None,
        *,
        device: str | None = None,
        progress=None,
    ) -> Retriever:
        """The retriever over database ``db``; its stored index is reused when current."""
        spec = str(checkpoint or default_checkpoint())
        settings = get_retrieval_settings()
        encoder = load_encoder(spec, device=device or settings.device, threads=settings.threads)
        with CorpusDB(db) as corpus_db:
            corpus = PremiseCorpus.from_db(corpus_db)
        if not len(corpus):
            raise ValueError(f"{db} holds no premises: trace a project first")
        folder = index_dir(Path(db))
        fingerprint = encoder_fingerprint(spec)
        index = PremiseIndex.load(folder)
        if index is not None and (index.meta.corpus, index.meta.encoder) == (
            corpus.fingerprint(),
            fingerprint,
        ):
            return cls(encoder, corpus, index)
        retriever = cls.build(encoder, corpus, fingerprint, progress)
        retriever.index.save(folder)
        return retriever

    def mask(
        self,
        *,
        theorem: str | None = None,
        file: str | Path | None = None,
        line: int | None = None,
        accessible: Accessible | None = None,
    ) -> np.ndarray | None:
        """Premises a query may return: accessible at ``theorem`` (by name), or in ``file``
        (before ``line`` when given), and allowed by ``accessible``; None: all."""
        masks = []
        if theorem is not None:
            masks.append(self.corpus.theorem_mask(theorem))
        elif file is not None:
            masks.append(self.corpus.file_mask(file, line))
        if accessible is not None:
            masks.append(self.corpus.name_mask(accessible))
        return np.logical_and.reduce(masks) if masks else None

    def retrieve(
        self,
        state: str,
        k: int = 10,
        *,
        theorem: str | None = None,
        file: str | Path | None = None,
        line: int | None = None,
        accessible: Accessible | None = None,
    ) -> list[Retrieved]:
        """The ``k`` premises closest to ``state``, best first, among those allowed."""
        mask = self.mask(theorem=theorem, file=file, line=line, accessible=accessible)
        return self.retrieve_many([state], k, [mask])[0]

    def retrieve_many(
        self, states: list[str], k: int, masks: list[np.ndarray | None] | None = None
    ) -> list[list[Retrieved]]:
        queries = self.encoder.encode(states).numpy()
        return [
            [Retrieved(self.corpus.premises[i], score) for i, score in hits]
            for hits in self.index.search(queries, k, masks)
        ]
