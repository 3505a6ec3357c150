"""Typed records of a traced corpus: what crosses the boundary of ``leanagent.corpus``.

Positions follow Lean's messages: line 1-based, column 0-based, counted in Unicode code
points. (LeanDojo's files count columns from 1; the export/import converts.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Pos(NamedTuple):
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


NO_GOALS = "no goals"


def render_goals(goals: list[str] | tuple[str, ...]) -> str:
    """One proof state as text, the way LeanDojo stores ``state_before``/``state_after``."""
    return "\n\n".join(goals) if goals else NO_GOALS


@dataclass(frozen=True)
class Declaration:
    """A declaration a file defines: a candidate premise for later theorems."""

    full_name: str
    kind: str
    """The declaring keyword: ``theorem``, ``def``, ``inductive``, ``structure``, ..."""
    start: Pos
    end: Pos
    code: str
    """Source text; for theorems only the statement (up to ``:=``)."""


@dataclass(frozen=True)
class PremiseUse:
    """An identifier in a tactic that names a constant, with where that constant is defined."""

    full_name: str
    module: str
    """The defining module, e.g. ``Init.Nat`` (``""`` when the server knew no location)."""
    path: str
    """The defining file, relative to its repository root (LeanDojo's ``def_path``)."""
    def_start: Pos
    def_end: Pos
    statement: str
    """The constant's signature as the server prints it, e.g. ``Nat.add_comm (n m : Nat) : ...``."""
    start: int
    end: int
    """Where the identifier sits in the tactic text (code-point offsets)."""


@dataclass(frozen=True)
class TracedTactic:
    """One tactic of a proof with the goals the server shows at its start and its end."""

    index: int
    text: str
    start: Pos
    end: Pos
    goals_before: tuple[str, ...]
    goals_after: tuple[str, ...]
    """At the tactic's end, as the server shows it: for a tactic with nested tactics
    (``have ... := by``, ``·``, ``case``, ``| alt =>``) the state of its last inner tactic."""
    premises: tuple[PremiseUse, ...] = ()
    depth: int = 0
    """Nesting: 0 for the proof's own block, +1 inside each bullet, arm or nested ``by``."""

    @property
    def state_before(self) -> str:
        return render_goals(self.goals_before)

    @property
    def state_after(self) -> str:
        return render_goals(self.goals_after)

    def annotated(self) -> str:
        """The tactic with each premise marked ``<a>name</a>``, as in LeanDojo."""
        out, cur = [], 0
        for use in sorted(self.premises, key=lambda u: u.start):
            if use.start < cur:
                continue
            out += [self.text[cur : use.start], "<a>", self.text[use.start : use.end], "</a>"]
            cur = use.end
        out.append(self.text[cur:])
        return "".join(out)


@dataclass(frozen=True)
class TracedTheorem:
    full_name: str
    start: Pos
    end: Pos
    statement: str
    """From the keyword to the ``:=`` (exclusive), e.g. ``theorem foo (n : Nat) : n = n``."""
    proof: str
    """Everything after ``:=`` (or the ``|`` equations)."""
    proof_kind: str
    """``tactic`` (a ``by`` block) or ``term``."""
    has_sorry: bool
    tactics: tuple[TracedTactic, ...] = ()


@dataclass(frozen=True)
class TracedFile:
    """Everything traced from one source file."""

    path: str
    """Relative to the repository root, ``/``-separated."""
    module: str
    content_hash: str
    imports: tuple[str, ...]
    """Imported module names, in header order (the core ``Init`` is implicit unless ``prelude``)."""
    declarations: tuple[Declaration, ...] = ()
    theorems: tuple[TracedTheorem, ...] = ()
    traced: bool = True
    """False for library files only indexed (declarations, no tactics), like the core ``Init``."""
    error: str | None = None


@dataclass(frozen=True)
class RepoInfo:
    """Where a traced corpus comes from: its provenance."""

    name: str
    url: str
    """Stable identity: the git remote, or ``file://`` + the absolute root."""
    root: str
    commit: str | None
    """The git commit when the root is inside a git work tree; None otherwise."""


@dataclass
class TraceSummary:
    """What one ``trace`` run found and did (the ``--json`` output)."""

    repo: str
    files: int = 0
    files_traced: int = 0
    files_skipped: int = 0
    files_failed: int = 0
    theorems: int = 0
    tactic_proofs: int = 0
    tactics: int = 0
    premises: int = 0
    """Declarations (candidate premises) in the traced files."""
    premise_uses: int = 0
    sorries: int = 0
    imports: int = 0
    """Edges of the import graph among the traced files and the libraries they import."""
    seconds: float = 0.0
    errors: dict[str, str] = field(default_factory=dict)
