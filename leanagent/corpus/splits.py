"""Train/val/test splits of theorems, the two ways LeanDojo Benchmark 4 makes them.

``random``: shuffle, then cut. ``novel_premises``: val and test theorems each use at least
one premise that no training theorem uses, so they test retrieving premises never seen in
training. Deterministic for a given seed and input.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

SEED = 3407
"""LeanDojo's seed for its benchmark splits."""


@dataclass(frozen=True)
class Split(Generic[K]):
    train: list[K]
    val: list[K]
    test: list[K]

    def parts(self) -> dict[str, list[K]]:
        return {"train": self.train, "val": self.val, "test": self.test}


def sizes(total: int, val_fraction: float, test_fraction: float) -> tuple[int, int]:
    """How many theorems go to val and test: the fractions, at least one each once there
    are three theorems (so small corpora still get every split)."""
    if total < 3:
        return 0, 0
    return max(1, round(total * val_fraction)), max(1, round(total * test_fraction))


def split_randomly(keys: Sequence[K], num_val: int, num_test: int, seed: int = SEED) -> Split[K]:
    items = sorted(keys)  # type: ignore[type-var]
    random.Random(seed).shuffle(items)
    num_train = max(0, len(items) - num_val - num_test)
    return Split(items[:num_train], items[num_train : num_train + num_val], items[num_train + num_val :])


def split_by_premise(
    keys: Sequence[K], premises: Mapping[K, set[str]], num_val: int, num_test: int, seed: int = SEED
) -> Split[K]:
    """Rarely used premises first: every theorem using one goes to val/test, until enough."""
    items = sorted(keys)  # type: ignore[type-var]
    users: dict[str, list[K]] = defaultdict(list)
    for key in items:
        for name in sorted(premises.get(key, ())):
            users[name].append(key)
    held: set[K] = set()
    for _, group in sorted(users.items(), key=lambda kv: (len(kv[1]), kv[0])):
        if len(held) >= num_val + num_test:
            break
        held.update(group)
    train = [k for k in items if k not in held]
    rest = sorted(held)  # type: ignore[type-var]
    random.Random(seed).shuffle(rest)
    return Split(train, rest[:num_val], rest[num_val:])
