"""One step prover (one Lean language server) for the safe tests of a module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from leanagent.safe.prover import StepProver

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def prover(engine) -> Iterator[StepProver]:
    with StepProver(engine) as p:
        yield p
