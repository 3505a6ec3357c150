"""An exact inner-product faiss index over premise embeddings, with accessibility filters.

Embeddings are normalised, so inner product is cosine similarity. The index is exact
(``IndexFlatIP``) and moves to the GPU when faiss was built with GPU support and a GPU is
present. A query carries a boolean mask of the premises it may see: the search widens
until ``k`` allowed premises are found or the corpus is exhausted, so results are exact
and never include a masked premise. On disk an index is two files: ``index.faiss`` and
``index.json`` (what it was built from, to tell when it is stale).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

GPU_MAX_K = 2048
"""faiss GPU indexes return at most this many neighbours per query."""


def gpu_available() -> bool:
    return hasattr(faiss, "StandardGpuResources") and faiss.get_num_gpus() > 0


@dataclass(frozen=True)
class IndexMeta:
    corpus: str
    """``PremiseCorpus.fingerprint()`` of the premises indexed."""
    encoder: str
    """``encoder_fingerprint`` of the model that embedded them."""
    count: int
    dim: int


class PremiseIndex:
    def __init__(self, index: faiss.Index, meta: IndexMeta, use_gpu: bool | None = None) -> None:
        self.cpu = index
        self.meta = meta
        self.gpu = None
        if use_gpu if use_gpu is not None else gpu_available():
            self._resources = faiss.StandardGpuResources()
            self.gpu = faiss.index_cpu_to_gpu(self._resources, 0, index)

    @classmethod
    def build(
        cls, embeddings: np.ndarray, corpus: str, encoder: str, use_gpu: bool | None = None
    ) -> PremiseIndex:
        vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        return cls(index, IndexMeta(corpus, encoder, len(vectors), vectors.shape[1]), use_gpu)

    def __len__(self) -> int:
        return self.cpu.ntotal

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.cpu, str(folder / "index.faiss.tmp"))
        (folder / "index.faiss.tmp").replace(folder / "index.faiss")
        (folder / "index.json").write_text(json.dumps(self.meta.__dict__))

    @classmethod
    def load(cls, folder: Path, use_gpu: bool | None = None) -> PremiseIndex | None:
        """The stored index, or None when there is none (or only part of one)."""
        try:
            meta = IndexMeta(**json.loads((folder / "index.json").read_text()))
            index = faiss.read_index(str(folder / "index.faiss"))
        except (FileNotFoundError, ValueError, TypeError, RuntimeError):
            return None
        return cls(index, meta, use_gpu) if index.ntotal == meta.count else None

    def _search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        index = self.gpu if self.gpu is not None and k <= GPU_MAX_K else self.cpu
        return index.search(queries, k)

    def search(
        self, queries: np.ndarray, k: int, masks: list[np.ndarray | None] | None = None
    ) -> list[list[tuple[int, float]]]:
        """Top ``k`` (premise index, score) per query, best first, only where its mask allows."""
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        masks = masks if masks is not None else [None] * len(queries)
        n = len(self)
        results: list[list[tuple[int, float]] | None] = [None] * len(queries)
        todo = list(range(len(queries)))
        width = min(n, max(4 * k, 64))
        while todo and n:
            scores, ids = self._search(queries[todo], width)
            left = []
            for row, q in enumerate(todo):
                mask = masks[q]
                hits = [
                    (int(i), float(s))
                    for i, s in zip(ids[row], scores[row], strict=True)
                    if i >= 0 and (mask is None or mask[i])
                ]
                if len(hits) >= k or width >= n:
                    results[q] = hits[:k]
                else:
                    left.append(q)
            todo = left
            width = min(n, width * 4)
        return [r or [] for r in results]
