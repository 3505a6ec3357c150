"""The LeanDojo Benchmark 4 file layout, shared by export and import.

    DST/corpus.jsonl              one line per file, imports before importers:
                                  {"path", "imports": [paths], "premises": [{"full_name",
                                  "code", "start", "end", "kind"}]}
    DST/<strategy>/<part>.json    strategy in random, novel_premises; part in train, val,
                                  test: a list of {"url", "commit", "file_path", "full_name",
                                  "start", "end", "traced_tactics": [{"tactic",
                                  "annotated_tactic": [text, [{"full_name", "def_path",
                                  "def_pos", "def_end_pos"}]], "state_before", "state_after"}]}
    DST/metadata.json             {"from_repo": {"url", "commit"}, "creation_time", ...}

Positions are ``[line, column]`` with both counted from 1 (our records count columns from
0). Extra keys we add so a dataset round-trips losslessly (LeanDojo's readers ignore
them): per corpus line ``module`` and ``repo``; per theorem ``statement``, ``proof``,
``proof_kind``, ``has_sorry``; per tactic ``start``, ``end`` and ``depth``.
"""

from __future__ import annotations

from leanagent.corpus.models import NO_GOALS, Pos, TracedTactic
from leanagent.source.proofs import says_sorry

CORPUS = "corpus.jsonl"
METADATA = "metadata.json"
STRATEGIES = ("random", "novel_premises")
PARTS = ("train", "val", "test")
DEFAULT_KIND = "commanddeclaration"


def to_ld(pos: Pos) -> list[int]:
    return [pos.line, pos.column + 1]


def from_ld(pos: list[int]) -> Pos:
    return Pos(int(pos[0]), int(pos[1]) - 1)


def exportable(tactic: TracedTactic) -> bool:
    """No finished states (LeanDojo's filter) and no ``sorry``/``admit``, which must never
    become a training target. Unlike LeanDojo's benchmark script we keep ``·`` bullets:
    they are ordinary Lean 4 tactics, and dropping them would lose which tactics are
    siblings, which ``state_after`` of nested tactics depends on."""
    return tactic.state_before != NO_GOALS and not says_sorry(tactic.text)


def module_of_path(path: str) -> str:
    """``Init/Data/Nat.lean`` -> ``Init.Data.Nat`` (also for LeanDojo's package paths)."""
    for marker in ("/src/lean/", ".lake/packages/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker == ".lake/packages/":
                path = path.split("/", 1)[1] if "/" in path else path
    return path.removesuffix(".lean").replace("/", ".")
