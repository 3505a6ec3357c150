"""The dynamic database on real traces: versions, learned proofs that survive a re-add,
the merged dataset with the agent's proofs in it."""

from __future__ import annotations

import json

import pytest

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.dynamic import add_repository, merged_dataset, repositories, trace_found_proofs

pytestmark = pytest.mark.slow  # each test traces two projects (about 25 s each on 2 shared cores)

SWAP = "theorem swap_sum (a b : Nat) : b + a = a + b := by\n  sorry"
SWAP_PROVED = "theorem swap_sum (a b : Nat) : b + a = a + b := by\n  rw [Nat.add_comm]"


@pytest.fixture
def added(projects, tmp_path, engine):
    db = tmp_path / "c.db"
    add_repository(db, projects / "Alpha")
    add_repository(db, projects / "Beta")
    return db


def test_repositories_are_added_in_order_with_their_version(added, projects):
    with CorpusDB(added) as db:
        repos = repositories(db)
    assert [r.name for r in repos] == ["Alpha", "Beta"]
    assert all(len(r.content_hash) == 64 and r.lean_version == "4.35.0" and r.versions == 1 for r in repos)


def test_found_proofs_are_traced_with_states_and_premises_and_survive_a_new_version(
    added, projects, tmp_path
):
    alpha = projects / "Alpha"
    basic = alpha / "Alpha" / "Basic.lean"
    original = basic.read_text()
    verified = original.replace(SWAP, SWAP_PROVED)
    stored = trace_found_proofs(
        added, alpha, {"Alpha/Basic.lean": verified}, {"Alpha/Basic.lean": {"Alpha.swap_sum"}}, source="test"
    )
    assert stored == 1
    assert basic.read_text() == original  # the user's file is untouched
    with CorpusDB(added) as db:
        (learned,) = db.learned_proofs()
    tactic = learned.theorem.tactics[0]
    assert learned.path == "Alpha/Basic.lean" and learned.theorem.full_name == "Alpha.swap_sum"
    assert tactic.text == "rw [Nat.add_comm]"
    assert "⊢ b + a = a + b" in tactic.state_before and tactic.state_after == "no goals"
    assert [u.full_name for u in tactic.premises] == ["Nat.add_comm"]

    # A new version of the repository: a theorem added, the file's rows replaced.
    basic.write_text(
        original.replace("end Alpha", "theorem extra (a : Nat) : a = a := by\n  rfl\n\nend Alpha")
    )
    version, _ = add_repository(added, alpha)
    assert version.versions == 2
    with CorpusDB(added) as db:
        assert [p.theorem.full_name for p in db.learned_proofs()] == ["Alpha.swap_sum"]
        assert db.theorem_id("Alpha.extra") is not None
        summary = merged_dataset(
            db, {"Alpha"}, tmp_path / "data", val_fraction=0.1, test_fraction=0.2, seed=1
        )
    assert summary.learned == 1
    entries = [
        e
        for part in ("train", "val", "test")
        for e in json.loads((tmp_path / "data" / "random" / f"{part}.json").read_text())
    ]
    swap = next(e for e in entries if e["full_name"] == "Alpha.swap_sum")
    assert swap["proof_source"] == "test" and not swap["has_sorry"]
    assert swap["traced_tactics"][0]["annotated_tactic"][1][0]["full_name"] == "Nat.add_comm"
    assert {e["url"] for e in entries} == {version.url}  # only the repositories asked for


def test_each_repository_keeps_its_test_split_whatever_is_merged(added, tmp_path):
    with CorpusDB(added) as db:
        merged_dataset(db, {"Alpha"}, tmp_path / "one", val_fraction=0.1, test_fraction=0.2, seed=1)
        merged_dataset(db, {"Alpha", "Beta"}, tmp_path / "two", val_fraction=0.1, test_fraction=0.2, seed=1)
        alpha_url = next(r.url for r in repositories(db) if r.name == "Alpha")

    def test_names(folder, url=None):
        data = json.loads((folder / "random" / "test.json").read_text())
        return sorted(e["full_name"] for e in data if url is None or e["url"] == url)

    assert test_names(tmp_path / "one") == test_names(tmp_path / "two", alpha_url)
    assert len(test_names(tmp_path / "two")) > len(test_names(tmp_path / "one"))
