"""Hand-built corpus records for tests of the database layer (no Lean involved).

Shared through the ``records`` fixture, which works whatever the test import mode."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from leanagent.corpus.models import (
    Declaration,
    Pos,
    PremiseUse,
    RepoInfo,
    TracedFile,
    TracedTactic,
    TracedTheorem,
)
from leanagent.source.hashing import content_hash

CORE = RepoInfo(name="core", url="file:///x/core", root="/x/core", commit=None)
PROJ = RepoInfo(name="Proj", url="file:///x/Proj", root="/x/Proj", commit="a" * 40)

ADD_COMM = Declaration(
    "Nat.add_comm", "theorem", Pos(3, 0), Pos(4, 30), "theorem Nat.add_comm (n m : Nat) : n + m = m + n"
)
AND_INTRO_HOST = Declaration(
    "And", "structure", Pos(6, 0), Pos(8, 20), "structure And (a b : Prop) : Prop where"
)


def core_file() -> TracedFile:
    return TracedFile(
        path="Init/Core.lean",
        module="Init.Core",
        content_hash=content_hash("core"),
        imports=(),
        declarations=(ADD_COMM, AND_INTRO_HOST),
        traced=False,
    )


def use(name: str, decl: Declaration, path: str, module: str, start: int) -> PremiseUse:
    return PremiseUse(
        full_name=name,
        module=module,
        path=path,
        def_start=decl.start,
        def_end=decl.end,
        statement=decl.code,
        start=start,
        end=start + len(name),
    )


def tactic(index: int, text: str, before: list[str], after: list[str], *uses: PremiseUse) -> TracedTactic:
    return TracedTactic(
        index=index,
        text=text,
        start=Pos(10 + index, 2),
        end=Pos(10 + index, 2 + len(text)),
        goals_before=tuple(before),
        goals_after=tuple(after),
        premises=uses,
    )


def theorem(
    name: str, line: int, tactics: tuple[TracedTactic, ...] = (), sorry: bool = False
) -> TracedTheorem:
    return TracedTheorem(
        full_name=name,
        start=Pos(line, 0),
        end=Pos(line + 2, 10),
        statement=f"theorem {name} (a b : Nat) : a + b = b + a",
        proof="by sorry" if sorry else "by\n  " + "\n  ".join(t.text for t in tactics),
        proof_kind="tactic",
        has_sorry=sorry,
        tactics=tactics,
    )


def proj_file(
    name: str = "A", imports: tuple[str, ...] = ("Init.Core",), n: int = 3, salt: str = ""
) -> TracedFile:
    """A project file with ``n`` theorems using ``Nat.add_comm`` and earlier local lemmas."""
    decls, thms = [], []
    for i in range(n):
        full = f"Proj.{name}.t{i}"
        line = 10 * (i + 1)
        goal = "a b : Nat\n⊢ a + b = b + a"
        text = "exact Nat.add_comm a b" + (f" ▸ {decls[-1].full_name}" if i > 0 else "")
        uses = [use("Nat.add_comm", ADD_COMM, "Init/Core.lean", "Init.Core", text.index("Nat."))]
        if i > 0:
            prev = decls[-1]
            uses.append(use(prev.full_name, prev, f"Proj/{name}.lean", f"Proj.{name}", text.index("Proj.")))
        tacs = (
            tactic(0, "intro a", [goal], [goal]),
            tactic(1, text, [goal], [], *uses),
            tactic(2, "· rfl", [goal], []),
        )
        thm = theorem(full, line, tacs, sorry=(i == n - 1))
        thms.append(thm)
        decls.append(Declaration(full, "theorem", thm.start, thm.end, thm.statement))
    return TracedFile(
        path=f"Proj/{name}.lean",
        module=f"Proj.{name}",
        content_hash=content_hash(name + salt),
        imports=imports,
        declarations=tuple(decls),
        theorems=tuple(thms),
    )


@pytest.fixture
def records() -> SimpleNamespace:
    return SimpleNamespace(
        CORE=CORE, PROJ=PROJ, ADD_COMM=ADD_COMM, core_file=core_file, proj_file=proj_file, theorem=theorem
    )
