"""What the retriever trains on at each repository of the curriculum, per setup.

- ``progressive``: the new repository's training samples plus ``replay`` samples drawn
  from the earlier repositories, continuing from the last checkpoint (optimizer state
  kept); ``replay = 0`` is LeanAgent's own loop.
- ``leanagent``: the same with no replay.
- ``static``: trained on the first repository, never again (the baseline of doing nothing).
- ``merge-all``: retrained from the starting encoder, with a fresh optimizer, on every
  repository so far (LeanAgent's "Merge All").
"""

from __future__ import annotations

import random
from enum import StrEnum

from retrieval.dataset import Example


class Setup(StrEnum):
    PROGRESSIVE = "progressive"
    LEANAGENT = "leanagent"
    STATIC = "static"
    MERGE_ALL = "merge-all"


Pair = tuple[Example, int]
"""A training sample before negatives are drawn: an example and one of its positives."""


def _pairs(examples: list[Example]) -> list[Pair]:
    return [(ex, p) for ex in examples for p in ex.positives]


def training_pairs(setup: Setup, step: int, train: list[list[Example]], replay: int, seed: int) -> list[Pair]:
    """The samples of repository ``step`` (``train[j]``: repository j's training examples)."""
    if setup is Setup.STATIC:
        return _pairs(train[0]) if step == 0 else []
    if setup is Setup.MERGE_ALL:
        return [p for j in range(step + 1) for p in _pairs(train[j])]
    new = _pairs(train[step])
    if setup is Setup.LEANAGENT or replay <= 0 or step == 0:
        return new
    earlier = [p for j in range(step) for p in _pairs(train[j])]
    rng = random.Random(f"replay-{seed}-{step}")
    return new + rng.sample(earlier, min(replay, len(earlier)))


def starts_fresh(setup: Setup, step: int) -> bool:
    """Whether training at ``step`` starts from the starting encoder and a new optimizer."""
    return step == 0 or setup is Setup.MERGE_ALL
