"""Shared fixtures of the prover tests: copies of the Lean fixtures, a throwaway results database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def standalone(tmp_path: Path, engine) -> Path:
    """A folder of standalone files with sorry theorems (a private copy: tests write into it)."""
    return Path(shutil.copytree(FIXTURES / "standalone", tmp_path / "standalone"))


@pytest.fixture
def project(tmp_path: Path, engine) -> Path:
    """A Lake project whose sorry theorems need a definition from a sibling module."""
    return Path(shutil.copytree(FIXTURES / "Proj", tmp_path / "Proj"))


@pytest.fixture(autouse=True)
def no_library_premises(monkeypatch: pytest.MonkeyPatch) -> None:
    """Prover tests run without the library premise index unless they ask for it (each
    ``prove`` starts fresh workers, and loading the encoder in each costs seconds); the
    tests of the index itself (test_strength.py) turn it on."""
    monkeypatch.setenv("LEANAGENT_PROVER_PREMISES", "0")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "results.db"
