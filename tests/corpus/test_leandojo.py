"""LeanDojo Benchmark 4 export and import: layout, field names, splits, round trip."""

from __future__ import annotations

import json
import re

import networkx as nx

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.leandojo_export import export_leandojo
from leanagent.corpus.leandojo_format import module_of_path
from leanagent.corpus.leandojo_import import import_leandojo


def _corpus(path, r, files: int = 4) -> CorpusDB:
    db = CorpusDB(path)
    core = db.upsert_repo(r.CORE)
    proj = db.upsert_repo(r.PROJ)
    db.write_file(core, r.core_file(), trace_key="k")
    prev = "Init.Core"
    for i in range(files):
        name = f"F{i}"
        db.write_file(proj, r.proj_file(name, imports=(prev,), n=4), trace_key=name)
        prev = f"Proj.{name}"
    return db


def _read(dst, strategy, part):
    return json.loads((dst / strategy / f"{part}.json").read_text())


def _locate(corpus: dict[str, list[dict]], def_path: str, def_pos: list[int]) -> dict | None:
    """ReProver's ``Corpus.locate_premise``: the premise whose span holds ``def_pos``."""
    for p in corpus[def_path]:
        if p["start"] <= def_pos <= p["end"]:
            return p
    return None


def test_export_layout_reads_like_reprover(tmp_path, records):
    dst = tmp_path / "ld"
    with _corpus(tmp_path / "c.db", records) as db:
        summary = export_leandojo(db, dst)
    assert summary.theorems == 16 and summary.files == 5
    # corpus.jsonl: every import refers to an earlier line (ReProver asserts this) and it is a DAG.
    graph, corpus = nx.DiGraph(), {}
    for line in (dst / "corpus.jsonl").read_text().splitlines():
        data = json.loads(line)
        assert set(data) >= {"path", "imports", "premises"}
        assert all(graph.has_node(p) for p in data["imports"])
        graph.add_node(data["path"])
        graph.add_edges_from((data["path"], p) for p in data["imports"])
        for p in data["premises"]:
            assert set(p) >= {"full_name", "code", "start", "end", "kind"} and p["code"]
            assert p["start"] <= p["end"]
        corpus[data["path"]] = data["premises"]
    assert nx.is_directed_acyclic_graph(graph)
    for strategy in ("random", "novel_premises"):
        theorems = [t for part in ("train", "val", "test") for t in _read(dst, strategy, part)]
        assert sorted(t["full_name"] for t in theorems) == sorted(
            f"Proj.F{i}.t{j}" for i in range(4) for j in range(4)
        )
        for thm in theorems:
            assert set(thm) >= {"url", "commit", "file_path", "full_name", "start", "end", "traced_tactics"}
            for tac in thm["traced_tactics"]:
                assert set(tac) >= {"tactic", "annotated_tactic", "state_before", "state_after"}
                assert "⊢" in tac["state_before"] and "sorry" not in tac["tactic"]
                annotated, provs = tac["annotated_tactic"]
                marks = re.findall(r"<a>(.+?)</a>", annotated)
                assert len(marks) == len(provs)
                assert annotated.replace("<a>", "").replace("</a>", "") == tac["tactic"]
                for mark, prov in zip(marks, provs, strict=True):
                    assert set(prov) == {"full_name", "def_path", "def_pos", "def_end_pos"}
                    assert prov["full_name"].endswith(mark)
                    located = _locate(corpus, prov["def_path"], prov["def_pos"])
                    assert located is not None and located["full_name"] == prov["full_name"]
    # Columns count from 1 in the files, from 0 in the database.
    first = next(t for t in _read(dst, "random", "train") + _read(dst, "random", "test"))
    assert first["start"][1] == 1


def test_novel_premises_split_holds_premises_out_of_train(tmp_path, records):
    dst = tmp_path / "ld"
    with _corpus(tmp_path / "c.db", records, files=6) as db:
        export_leandojo(db, dst, val_fraction=0.2, test_fraction=0.2)

    def used(thm):
        return {p["full_name"] for t in thm["traced_tactics"] for p in t["annotated_tactic"][1]}

    train = set().union(*(used(t) for t in _read(dst, "novel_premises", "train")))
    held = _read(dst, "novel_premises", "val") + _read(dst, "novel_premises", "test")
    assert held and all(used(t) - train for t in held)
    assert len(_read(dst, "random", "val")) == round(24 * 0.2)


def test_export_import_round_trip(tmp_path, records):
    first, second = tmp_path / "one", tmp_path / "two"
    with _corpus(tmp_path / "a.db", records) as db:
        export_leandojo(db, first)
        original = {f.path: db.load_file(f.id) for f in db.files()}
    with CorpusDB(tmp_path / "b.db") as db2:
        summary = import_leandojo(db2, first)
        assert summary.files == 5 and summary.theorems == 16
        export_leandojo(db2, second)
        loaded = {f.path: db2.load_file(f.id) for f in db2.files()}
        repos = {db2.repo(f.repo_id).url for f in db2.files()}
    for name in ["corpus.jsonl"] + [
        f"{s}/{p}.json" for s in ("random", "novel_premises") for p in ("train", "val", "test")
    ]:
        assert (first / name).read_text() == (second / name).read_text(), name
    assert repos == {records.CORE.url, records.PROJ.url}
    for path, tf in original.items():
        back = loaded[path]
        assert (back.module, back.imports, back.declarations) == (tf.module, tf.imports, tf.declarations)
        for a, b in zip(tf.theorems, back.theorems, strict=True):
            assert (a.full_name, a.statement, a.proof, a.proof_kind, a.has_sorry, a.start, a.end) == (
                b.full_name,
                b.statement,
                b.proof,
                b.proof_kind,
                b.has_sorry,
                b.start,
                b.end,
            )
            kept = list(a.tactics)
            assert [(t.text, t.goals_before, t.goals_after, t.start, t.end) for t in kept] == [
                (t.text, t.goals_before, t.goals_after, t.start, t.end) for t in b.tactics
            ]
            assert [
                [(u.full_name, u.path, u.module, u.def_start, u.start, u.end) for u in t.premises]
                for t in kept
            ] == [
                [(u.full_name, u.path, u.module, u.def_start, u.start, u.end) for u in t.premises]
                for t in b.tactics
            ]


def test_import_accepts_leandojo_files_without_our_extra_keys(tmp_path):
    src = tmp_path / "ld"
    (src / "random").mkdir(parents=True)
    corpus = [
        {
            "path": ".lake/packages/lean4/src/lean/Init/Core.lean",
            "imports": [],
            "premises": [
                {
                    "full_name": "Nat.add_comm",
                    "code": "theorem Nat.add_comm (n m : Nat) : n + m = m + n",
                    "start": [5, 1],
                    "end": [6, 40],
                    "kind": "commanddeclaration",
                }
            ],
        },
        {
            "path": "Mathlib/Foo.lean",
            "imports": [".lake/packages/lean4/src/lean/Init/Core.lean"],
            "premises": [
                {
                    "full_name": "foo",
                    "code": "theorem foo : 1 + 2 = 2 + 1",
                    "start": [3, 1],
                    "end": [4, 20],
                    "kind": "commanddeclaration",
                }
            ],
        },
    ]
    (src / "corpus.jsonl").write_text("\n".join(json.dumps(c) for c in corpus) + "\n")
    thm = {
        "url": "https://github.com/x/mathlib4",
        "commit": "c" * 40,
        "file_path": "Mathlib/Foo.lean",
        "full_name": "foo",
        "start": [3, 1],
        "end": [4, 20],
        "traced_tactics": [
            {
                "tactic": "rw [Nat.add_comm]",
                "annotated_tactic": [
                    "rw [<a>Nat.add_comm</a>]",
                    [
                        {
                            "full_name": "Nat.add_comm",
                            "def_path": ".lake/packages/lean4/src/lean/Init/Core.lean",
                            "def_pos": [5, 9],
                            "def_end_pos": [5, 21],
                        }
                    ],
                ],
                "state_before": "⊢ 1 + 2 = 2 + 1",
                "state_after": "no goals",
            }
        ],
    }
    (src / "random" / "train.json").write_text(json.dumps([thm]))
    for part in ("val", "test"):
        (src / "random" / f"{part}.json").write_text("[]")
    with CorpusDB(tmp_path / "c.db") as db:
        summary = import_leandojo(db, src)
        assert (summary.files, summary.theorems, summary.tactics) == (2, 1, 1)
        foo = db.file(db.repo_ids()["https://github.com/x/mathlib4"], "Mathlib/Foo.lean")
        tf = db.load_file(foo.id)
        assert tf.imports == ("Init.Core",) and tf.module == "Mathlib.Foo"
        (tac,) = tf.theorems[0].tactics
        (u,) = tac.premises
        assert tac.text[u.start : u.end] == "Nat.add_comm" and u.module == "Init.Core"
        assert tac.goals_after == () and tac.goals_before == ("⊢ 1 + 2 = 2 + 1",)
        assert db.repo(foo.repo_id).commit == "c" * 40


def test_module_of_path():
    assert module_of_path("Init/Data/Nat.lean") == "Init.Data.Nat"
    assert module_of_path(".lake/packages/lean4/src/lean/Init/Core.lean") == "Init.Core"
    assert module_of_path(".lake/packages/batteries/Batteries/Data/List.lean") == "Batteries.Data.List"


def test_state_after_of_a_tactic_with_nested_tactics_is_its_next_siblings_state(records):
    from leanagent.corpus.leandojo_export import states_after
    from leanagent.corpus.models import Pos, TracedTactic

    def tac(text, depth, before, after):
        return TracedTactic(0, text, Pos(1, 0), Pos(1, 1), (before,), (after,) if after else (), depth=depth)

    tactics = (
        tac("have h : p := by\n  exact hp", 0, "⊢ q", None),  # the server shows the inner state
        tac("exact hp", 1, "⊢ p", None),
        tac("exact f h", 0, "h : p\n⊢ q", None),
    )
    assert states_after(tactics) == ["h : p\n⊢ q", "no goals", "no goals"]
