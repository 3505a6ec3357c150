"""LeanDojo's interaction API on leanagent's Dojo: scripts written for ``lean_dojo`` run offline.

Change ``from lean_dojo import *`` to ``from leanagent.compat.lean_dojo import *``; the rest
of a script (``LeanGitRepo``, ``Theorem``, ``with Dojo(theorem) as (dojo, init_state)``,
``dojo.run_tac(state, tactic)`` and the result types) keeps LeanDojo's names and shapes:
``TacticState(pp, id, message)`` with ``num_goals``, ``ProofFinished(tactic_state_id,
message)``, ``LeanError(error)``, ``ProofGivenUp()``, and the exceptions ``DojoInitError``,
``DojoCrashError``, ``DojoTacticTimeoutError``.

Differences, all because nothing is downloaded: a ``LeanGitRepo`` names a local folder (a
path or ``file://`` URL); in a git repository its ``commit`` must exist there, and the
working tree is what is checked. No tracing is needed first. A ``ProofFinished`` has also
passed leanagent's fresh re-check of the theorem (no ``sorry``, standard axioms only).
Objects of the real ``lean_dojo`` package (a ``Theorem``, a ``TacticState``) are accepted
by their attributes, where that package is installed; its ``LeanGitRepo`` reaches the
network when made, so its ``url`` must be a local folder here too.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from leanagent.config import get_settings
from leanagent.engine import get_engine
from leanagent.lean import dojo as ours
from leanagent.lean.project import DependencyError, engine_with_imports, find_project, project_src
from leanagent.source.proofs import says_sorry

__all__ = [
    "Dojo",
    "DojoCrashError",
    "DojoInitError",
    "DojoTacticTimeoutError",
    "LeanError",
    "LeanGitRepo",
    "ProofFinished",
    "ProofGivenUp",
    "TacticResult",
    "TacticState",
    "Theorem",
]


class DojoInitError(Exception):
    """The theorem could not be opened."""


class DojoCrashError(Exception):
    """Lean crashed under the Dojo."""


class DojoTacticTimeoutError(Exception):
    """A tactic ran past its time."""


@dataclass(frozen=True)
class LeanGitRepo:
    url: str
    """A local folder: a path, or a ``file://`` URL."""
    commit: str

    def __post_init__(self) -> None:
        local_folder(self.url)  # fail at once, as LeanDojo does for a repository it cannot reach

    @property
    def name(self) -> str:
        return local_folder(self.url).name


def local_folder(url: str) -> Path:
    """The folder ``url`` names, or ``DojoInitError`` for a remote or missing one."""
    parsed = urlparse(url)
    if parsed.scheme in ("http", "https", "ssh", "git"):
        raise DojoInitError(
            f"{url}: a remote repository is not fetched (offline); clone it and give the local folder"
        )
    folder = Path(unquote(parsed.path) if parsed.scheme == "file" else url).expanduser().resolve()
    if not folder.is_dir():
        raise DojoInitError(f"{url}: no such folder")
    return folder


@dataclass(frozen=True)
class Theorem:
    repo: LeanGitRepo
    file_path: Path
    """Relative to the repository's folder."""
    full_name: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "file_path", Path(self.file_path))

    @property
    def uid(self) -> str:
        return f"{self.repo.url}:{self.repo.commit}:{self.file_path}:{self.full_name}"


@dataclass(frozen=True)
class TacticState:
    pp: str
    id: int = field(compare=False)
    message: str | None = field(default=None, compare=False)

    @property
    def goals(self) -> list[str]:
        return [g for g in self.pp.split("\n\n") if g] if self.pp else []

    @property
    def num_goals(self) -> int:
        return len(self.goals)


@dataclass(frozen=True)
class ProofFinished:
    tactic_state_id: int
    message: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ProofGivenUp:
    pass


@dataclass(frozen=True)
class LeanError:
    error: str


TacticResult = TacticState | ProofFinished | LeanError | ProofGivenUp


def _verify_commit(folder: Path, commit: str) -> None:
    """In a git repository the commit must exist there (the working tree is what is checked)."""
    try:
        inside = subprocess.run(
            ["git", "rev-parse", "--is-inside-work-tree"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return
    if inside.returncode != 0:
        return
    found = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=30,
    )
    if found.returncode != 0:
        raise DojoInitError(f"commit {commit} is not in the repository at {folder}")


class Dojo:
    """``with Dojo(theorem) as (dojo, init_state):``; ``timeout`` bounds the whole session (s)."""

    def __init__(self, entry: Any, timeout: int = 600, additional_imports: list[str] | None = None) -> None:
        if additional_imports:
            raise DojoInitError("additional_imports is not supported: import in the file instead")
        repo, file_path, name = _theorem_parts(entry)
        folder = local_folder(str(repo.url))
        _verify_commit(folder, str(repo.commit))
        self.entry = entry
        self.timeout = timeout
        self._path = folder / file_path
        if not self._path.is_file():
            raise DojoInitError(f"{file_path} is not a file of {folder}")
        self._name = name
        self._dojo: ours.Dojo | None = None
        self._states: list[ours.TacticState] = []
        self._deadline = 0.0

    def __enter__(self) -> tuple[Dojo, TacticState]:
        try:
            target = ours.ProofTarget.from_file(self._path, self._name)
            project = find_project(self._path)
            settings = get_settings()
            engine, _ = engine_with_imports(
                get_engine(self._path.parent),
                project_src(project) if project else self._path.parent,
                self._path,
                self._path.read_text(encoding="utf-8"),
                settings.cache_dir,
                settings.check_timeout,
            )
            self._dojo = ours.Dojo(target, engine=engine)
            initial = self._dojo.start()
        except (ours.DojoError, DependencyError) as exc:
            self.__exit__()
            raise DojoInitError(str(exc)) from None
        except Exception:
            self.__exit__()
            raise
        self._deadline = time.monotonic() + self.timeout
        return self, self._remember(initial)

    def __exit__(self, *exc: object) -> None:
        if self._dojo is not None:
            self._dojo.close()
            self._dojo = None

    def _remember(self, state: ours.TacticState) -> TacticState:
        self._states.append(state)
        return TacticState(state.pp, len(self._states) - 1)

    def run_tac(self, state: Any, tactic: str) -> TacticResult:
        """``state``: a ``TacticState`` this Dojo returned (or the real LeanDojo's, by its ``id``)."""
        if self._dojo is None:
            raise DojoCrashError("the Dojo is not open (use it inside its `with` block)")
        index = getattr(state, "id", None)
        if not isinstance(index, int) or not 0 <= index < len(self._states):
            raise ValueError(f"unknown tactic state {state!r}")
        if says_sorry(tactic):
            return ProofGivenUp()  # as LeanDojo answers a tactic that gives up
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise DojoTacticTimeoutError(f"the Dojo's {self.timeout} s are used up")
        (result,) = self._dojo.run_tacs(self._states[index], [tactic], timeout=left)
        if isinstance(result, ours.Timeout):
            raise DojoTacticTimeoutError(f"{tactic!r} ran past {result.seconds:g} s")
        if isinstance(result, ours.LeanError):
            if result.kind == "crash":
                raise DojoCrashError(result.message)
            return LeanError(result.message)
        if isinstance(result, ours.ProofFinished):
            self._states.append(self._states[index])
            return ProofFinished(len(self._states) - 1, "")
        return self._remember(result)


def _theorem_parts(entry: Any) -> tuple[Any, Path, str]:
    """(repo, file path, full name) of a ``Theorem``, ours or the real LeanDojo's."""
    try:
        return entry.repo, Path(entry.file_path), str(entry.full_name)
    except AttributeError:
        raise DojoInitError(f"not a Theorem: {entry!r}") from None
