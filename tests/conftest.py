"""Test session set-up: a private leanagent cache and one real engine build for all tests.

Every test run gets its own ``LEANAGENT_CACHE`` (so the user's cache is never written)
and, on first use of the ``engine`` fixture, an embedded engine for the real core library
(lean_projects/core, or ``LEANAGENT_CORE_DIR`` if the caller set it). The core is
snapshotted at session start, so edits made while the tests run cannot mix versions. If
the user's cache already holds a current build of exactly that core (``make test`` runs
``leanagent setup`` first), it is copied in instead of being rebuilt; fresh builds are
tested with a tiny core in tests/engine.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def leanagent_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh per-session cache and core snapshot, exported through the environment."""
    cache = tmp_path_factory.mktemp("leanagent-cache")
    core = tmp_path_factory.mktemp("core-snapshot") / "core"
    shutil.copytree(os.environ.get("LEANAGENT_CORE_DIR") or REPO / "lean_projects" / "core", core)
    saved = {k: os.environ.get(k) for k in ("LEANAGENT_CACHE", "LEANAGENT_LEAN", "LEANAGENT_CORE_DIR")}
    os.environ["LEANAGENT_CORE_DIR"] = str(core)
    _seed_from_user_cache(cache)
    os.environ["LEANAGENT_CACHE"] = str(cache)
    os.environ["LEANAGENT_LEAN"] = "embedded"  # tests exercise the engine we ship
    yield cache
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _seed_from_user_cache(cache: Path) -> None:
    """Copy the user's current build of the snapshot core, if there is one (read only)."""
    from leanagent.config import get_settings
    from leanagent.engine import EngineError, embedded

    try:
        plan = embedded.plan_build(get_settings())  # the build key depends on content only
    except EngineError:
        return
    if not embedded.problems(plan):
        shutil.copytree(plan.target, cache / "engine" / plan.target.name, symlinks=True)


@pytest.fixture(scope="session")
def setup_report(leanagent_cache: Path):
    """The first ``leanagent setup`` of this session (a no-op if the build was seeded)."""
    from leanagent.engine.report import run_setup

    return run_setup(REPO)


@pytest.fixture(scope="session")
def engine(setup_report):
    """The embedded engine, built once for the session."""
    from leanagent.engine import get_engine

    return get_engine(REPO)
