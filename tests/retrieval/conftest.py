"""A small hand-built corpus database for retrieval tests (no Lean involved).

Core file ``Init/Core.lean`` defines arithmetic and logic lemmas; project files:
``Proj/A.lean`` (imports the core; its theorems use core lemmas and earlier local ones),
``Proj/B.lean`` (imports A) and ``Proj/C.lean`` (imports only the core, so A's and B's
declarations are not accessible there). Shared through fixtures, whatever the import mode.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from leanagent.corpus.db import CorpusDB
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

CORE_DECLS = [
    ("Nat.add_comm", "theorem Nat.add_comm (n m : Nat) : n + m = m + n"),
    ("Nat.mul_comm", "theorem Nat.mul_comm (n m : Nat) : n * m = m * n"),
    ("Nat.add_zero", "theorem Nat.add_zero (n : Nat) : n + 0 = n"),
    ("Nat.le_refl", "theorem Nat.le_refl (n : Nat) : n ≤ n"),
    ("And.intro", "structure And (a b : Prop) : Prop where intro :: left : a right : b"),
    ("Or.inl", "theorem Or.inl {a b : Prop} (h : a) : a ∨ b"),
    ("Or.inr", "theorem Or.inr {a b : Prop} (h : b) : a ∨ b"),
    (
        "List.length_append",
        "theorem List.length_append (as bs : List α) : (as ++ bs).length = as.length + bs.length",
    ),
    ("List.append_nil", "theorem List.append_nil (as : List α) : as ++ [] = as"),
    ("Iff.intro", "structure Iff (a b : Prop) : Prop where intro :: mp : a → b mpr : b → a"),
]


def _decl(name: str, code: str, line: int) -> Declaration:
    return Declaration(name, code.split()[0], Pos(line, 0), Pos(line + 1, 20), code)


def _use(decl: Declaration, path: str, module: str) -> PremiseUse:
    return PremiseUse(
        decl.full_name, module, path, decl.start, decl.end, decl.code, 6, 6 + len(decl.full_name)
    )


def _theorem(name: str, line: int, goal: str, uses: list[PremiseUse]) -> TracedTheorem:
    tactic = TracedTactic(
        index=0,
        text="exact " + " ".join(u.full_name for u in uses) if uses else "rfl",
        start=Pos(line + 1, 2),
        end=Pos(line + 1, 40),
        goals_before=(goal,),
        goals_after=(),
        premises=tuple(uses),
    )
    return TracedTheorem(
        name,
        Pos(line, 0),
        Pos(line + 2, 0),
        f"theorem {name} : {goal}",
        "by\n  ...",
        "tactic",
        False,
        (tactic,),
    )


CORE = [_decl(n, c, 10 * (i + 1)) for i, (n, c) in enumerate(CORE_DECLS)]
BY_NAME = {d.full_name: d for d in CORE}


def core_uses(*names: str) -> list[PremiseUse]:
    return [_use(BY_NAME[n], "Init/Core.lean", "Init.Core") for n in names]


def project_file(name: str, imports: tuple[str, ...], specs: list[tuple[str, str, list[str]]]) -> TracedFile:
    """Theorems ``(short name, goal, used premises)``; a premise ``.x`` is an earlier local one."""
    path, module = f"Proj/{name}.lean", f"Proj.{name}"
    decls: dict[str, Declaration] = {}
    theorems = []
    for i, (short, goal, used) in enumerate(specs):
        line = 10 * (i + 1)
        uses = [
            _use(decls[f"Proj.{name}{u}"], path, module) if u.startswith(".") else core_uses(u)[0]
            for u in used
        ]
        thm = _theorem(f"Proj.{name}.{short}", line, goal, uses)
        theorems.append(thm)
        decls[thm.full_name] = Declaration(thm.full_name, "theorem", thm.start, thm.end, thm.statement)
    return TracedFile(path, module, content_hash(name), imports, tuple(decls.values()), tuple(theorems))


A_SPECS = [
    ("comm", "a b : Nat\n⊢ a + b = b + a", ["Nat.add_comm"]),
    ("mcomm", "a b : Nat\n⊢ a * b = b * a", ["Nat.mul_comm"]),
    ("zero", "a : Nat\n⊢ a + 0 = a", ["Nat.add_zero"]),
    ("comm2", "x y : Nat\n⊢ x + y = y + x", [".comm"]),
    ("len", "xs ys : List Nat\n⊢ (xs ++ ys).length = xs.length + ys.length", ["List.length_append"]),
    ("orl", "p q : Prop\nh : p\n⊢ p ∨ q", ["Or.inl"]),
]
B_SPECS = [
    ("orr", "p q : Prop\nh : q\n⊢ p ∨ q", ["Or.inr"]),
    ("nil", "xs : List Nat\n⊢ xs ++ [] = xs", ["List.append_nil"]),
    ("comm3", "u v : Nat\n⊢ u + v = v + u", ["Nat.add_comm"]),
]
C_SPECS = [
    ("refl", "n : Nat\n⊢ n ≤ n", ["Nat.le_refl"]),
    ("mc", "a b : Nat\n⊢ a * b = b * a", ["Nat.mul_comm"]),
]


def fill(db: CorpusDB, root: Path) -> None:
    core = db.upsert_repo(RepoInfo("core", "file:///x/core", str(root / "core"), None))
    proj = db.upsert_repo(RepoInfo("Proj", "file:///x/Proj", str(root / "Proj"), None))
    db.write_file(
        core,
        TracedFile("Init/Core.lean", "Init.Core", content_hash("core"), (), tuple(CORE), traced=False),
        "k",
    )
    db.write_file(proj, project_file("A", ("Init.Core",), A_SPECS), "a")
    db.write_file(proj, project_file("B", ("Proj.A",), B_SPECS), "b")
    db.write_file(proj, project_file("C", ("Init.Core",), C_SPECS), "c")


@pytest.fixture
def small_db(tmp_path) -> Path:
    path = tmp_path / "corpus.db"
    with CorpusDB(path) as db:
        fill(db, tmp_path)
    return path


@pytest.fixture
def make_file():
    """``project_file`` for tests that grow the corpus."""
    return project_file
