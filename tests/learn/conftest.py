"""Tiny curriculum projects (tests/learn/fixtures/projects: Alpha, Beta), copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "projects"


@pytest.fixture
def projects(tmp_path: Path) -> Path:
    """A fresh copy of the fixture projects folder (tests may edit it)."""
    dst = tmp_path / "projects"
    shutil.copytree(FIXTURES, dst)
    return dst
