"""Difficulty, buckets and repository order: LeanAgent's rules and ours (no Lean needed)."""

from __future__ import annotations

import math

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.models import Pos, RepoInfo, TracedFile, TracedTactic, TracedTheorem
from leanagent.curriculum.difficulty import Rule, TheoremStats, bucket_repositories, cut_points, difficulty
from leanagent.curriculum.order import build_curriculum


def _thm(repo: str, name: str, steps: int, kind: str = "tactic", sorry: bool = False) -> TheoremStats:
    tactics = tuple("sorry" if sorry and i == steps - 1 else "simp" for i in range(steps))
    return TheoremStats(repo, "F.lean", name, kind, sorry, tactics)


def test_leanagent_difficulty_is_e_to_the_steps_sorry_infinite_term_mode_none():
    assert difficulty(_thm("R", "a", 3), Rule.LEANAGENT) == math.exp(3)
    assert difficulty(_thm("R", "s", 2, sorry=True), Rule.LEANAGENT) == math.inf
    assert difficulty(_thm("R", "t", 0, kind="term"), Rule.LEANAGENT) is None
    # LeanAgent misses a term-mode `:= sorry` (no tactic holds the word); ours does not.
    term_sorry = TheoremStats("R", "F.lean", "ts", "term", True, ())
    assert difficulty(term_sorry, Rule.LEANAGENT) is None
    assert difficulty(term_sorry, Rule.OURS) == math.inf


def test_buckets_cut_at_the_33rd_and_67th_percentiles_and_term_proofs_are_dealt_out_evenly():
    stats = [_thm("R", f"t{s}", s) for s in range(1, 10)]
    stats += [_thm("R", f"term{k}", 0, kind="term") for k in range(6)]
    p33, p67 = cut_points([difficulty(t, Rule.LEANAGENT) for t in stats[:9]], Rule.LEANAGENT)
    buckets = bucket_repositories(stats, Rule.LEANAGENT)["R"]
    assert all(difficulty(t, Rule.LEANAGENT) <= p33 for t in stats if t.full_name in buckets.easy[:3])
    assert buckets.easy == ["t1", "t2", "t3", "term0", "term1"]
    assert buckets.medium == ["t4", "t5", "t6", "term2", "term3"]
    assert buckets.hard == ["t7", "t8", "t9", "term4", "term5"]
    assert p33 < p67


def test_leanagent_cut_points_count_infinities_ours_do_not():
    values = [math.exp(1), math.exp(2), math.exp(3), math.inf, math.inf, math.inf]
    la, ours = cut_points(values, Rule.LEANAGENT), cut_points(values, Rule.OURS)
    assert la[1] == math.inf  # half the values are open targets: the hard cut moves to infinity
    assert ours[1] < math.exp(3)


def _repo(db: CorpusDB, name: str, files: list[tuple[str, tuple[str, ...], list[int]]]) -> None:
    rid = db.upsert_repo(RepoInfo(name, f"file:///x/{name}", f"/x/{name}", None))
    for module, imports, steps in files:
        theorems = tuple(
            TracedTheorem(
                f"{module}.t{k}",
                Pos(10 * k + 1, 0),
                Pos(10 * k + 5, 0),
                f"theorem t{k} : True",
                "by trivial",
                "tactic",
                False,
                tuple(
                    TracedTactic(i, "trivial", Pos(10 * k + 2, 2), Pos(10 * k + 2, 9), ("⊢ True",), ())
                    for i in range(n)
                ),
            )
            for k, n in enumerate(steps)
        )
        db.write_file(
            rid, TracedFile(module.replace(".", "/") + ".lean", module, module, imports, (), theorems), "k"
        )


def test_leanagent_orders_by_easy_count_ours_puts_imports_first_then_the_easiest(tmp_path):
    with CorpusDB(tmp_path / "c.db") as db:
        # Big: many theorems, mostly long proofs (many easy ones in absolute terms).
        _repo(db, "Big", [("Big.A", ("Init",), [1] * 6 + [9] * 20)])
        # Small: few theorems, all one step: the easiest by share, but it imports Mid.
        _repo(db, "Small", [("Small.A", ("Mid.A",), [1, 1, 1])])
        _repo(db, "Mid", [("Mid.A", ("Init",), [1, 1, 5, 5])])
        la = build_curriculum(db, Rule.LEANAGENT)
        ours = build_curriculum(db, Rule.OURS)
    assert la.names[0] == "Big"
    assert ours.depends_on["Small"] == ["Mid"]
    assert ours.names.index("Mid") < ours.names.index("Small")
    assert ours.names[-1] == "Big"
    listed = ours.to_json()["repositories"]
    assert [r["name"] for r in listed] == ours.names
    assert all({"easy", "medium", "hard"} <= set(r) for r in listed)
