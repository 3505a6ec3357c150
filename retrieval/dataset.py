"""Retrieval examples from a LeanDojo Benchmark 4 split, and ReProver's training samples.

An example is one traced tactic that uses at least one corpus premise: the state before
it (the query), the premises it uses (the positives) and where its theorem sits (for
accessibility). A training sample pairs the state with one positive and ``negatives``
sampled negatives, ``in_file`` of them from the positive's own file, all accessible to
the theorem and none a positive of the tactic (ReProver: 3 negatives, 1 in-file).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from leanagent.corpus.leandojo_format import from_ld
from leanagent.corpus.models import Pos
from retrieval.corpus import PremiseCorpus


@dataclass(frozen=True)
class Example:
    theorem: str
    path: str
    start: Pos
    state: str
    positives: tuple[int, ...]
    """Indices into the corpus of the premises the tactic uses."""


@dataclass(frozen=True)
class Sample:
    state: str
    positive: int
    negatives: tuple[int, ...]
    all_positives: frozenset[int]
    """Every positive of the tactic: never a negative for this state, even in-batch."""


def load_examples(
    data: Path, strategy: str, part: str, corpus: PremiseCorpus, repo: str | None = None
) -> list[Example]:
    """Tactics of ``data/strategy/part.json`` with their positives that are in the corpus
    (only the theorems of the repository with url ``repo`` when given)."""
    with (data / strategy / f"{part}.json").open(encoding="utf-8") as fh:
        theorems = json.load(fh)
    examples = []
    for thm in theorems:
        if repo is not None and thm["url"] != repo:
            continue
        start = from_ld(thm["start"])
        for tac in thm["traced_tactics"]:
            found = (corpus.find(p["def_path"], p["full_name"]) for p in tac["annotated_tactic"][1])
            positives = tuple(dict.fromkeys(i for i in found if i is not None))
            if positives:
                examples.append(
                    Example(thm["full_name"], thm["file_path"], start, tac["state_before"], positives)
                )
    return examples


def sample(
    example: Example,
    positive: int,
    corpus: PremiseCorpus,
    rng: random.Random,
    negatives: int = 3,
    in_file: int = 1,
) -> Sample:
    """One training sample for ``positive``; fewer negatives where too few premises qualify."""
    allowed = corpus.accessible_mask(example.path, example.start)
    allowed[list(example.positives)] = False
    own_file = corpus.in_file(corpus.premises[positive].path)
    local = [int(i) for i in own_file[allowed[own_file]]]
    chosen = rng.sample(local, min(in_file, len(local)))
    allowed[chosen] = False
    pool = np.flatnonzero(allowed)
    want = min(negatives - len(chosen), len(pool))
    if want > 0:
        chosen += [int(pool[j]) for j in rng.sample(range(len(pool)), want)]
    return Sample(example.state, positive, tuple(chosen), frozenset(example.positives))


def pairs(examples: list[Example]) -> list[tuple[int, int]]:
    """(example index, positive) for every positive of every example: one sample each."""
    return [(i, p) for i, ex in enumerate(examples) for p in ex.positives]


def export_from_db(db: Path, dst: Path) -> Path:
    """Write the corpus database as a LeanDojo dataset (both splits) to train and evaluate on."""
    from leanagent.corpus.db import CorpusDB
    from leanagent.corpus.leandojo_export import export_leandojo

    with CorpusDB(db) as corpus:
        export_leandojo(corpus, dst)
    return dst
