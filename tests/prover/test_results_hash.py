"""Prove results stay found across the change to one ``content_hash`` (the full sha256)."""

from __future__ import annotations

from pathlib import Path

from leanagent.corpus.prove_results import LEGACY_HASH_CHARS, StoredResult
from leanagent.prover.results import ResultStore
from leanagent.source.hashing import content_hash


def _result(digest: str, status: str) -> StoredResult:
    return StoredResult("A.lean", digest, "t", status, ("simp",), 1.0, {}, "g", None, False, None)


def test_a_result_stored_under_the_old_short_hash_is_found_and_rekeyed(tmp_path: Path):
    digest = content_hash("theorem t : True := sorry\n")
    with ResultStore(tmp_path / "c.db") as store:
        store.put(_result(digest[:LEGACY_HASH_CHARS], "failed"))
        old = store.get(digest, "t")
        assert old is not None and old.status == "failed" and old.content_hash == digest
        assert store.get(content_hash("another text"), "t") is None
        old.status = "proved"
        store.put(old)  # now under the full hash, which wins over the short one
        again = store.get(digest, "t")
        assert again is not None and again.status == "proved"
        rows = store.db.execute(
            "SELECT content_hash FROM prove_results ORDER BY length(content_hash)"
        ).fetchall()
        assert [len(r[0]) for r in rows] == [LEGACY_HASH_CHARS, 64]
