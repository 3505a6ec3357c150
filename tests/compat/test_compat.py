"""The compatibility corpus: real core-only Lean 4 written by others (tests/compat/corpus/<source>/).

A file listed as passing in tests/compat/expected.json must keep passing (judged by
leanagent.lean.compat as real Lean 4.35 would see it); files that fail on real Lean too, because they
were written for another Lean version, are listed with the reason and must not be counted as passing.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from leanagent.lean.compat import CORPUS, corpus_files, judge_file, load_expected, summary

FILES = corpus_files()


def rel(path) -> str:
    return path.relative_to(CORPUS).as_posix()


def test_every_corpus_file_names_its_source():
    missing = [rel(p) for p in FILES if "Source:" not in p.read_text(encoding="utf-8").splitlines()[0]]
    assert missing == [], "the first line of each corpus file names where it comes from"


def test_expected_lists_name_corpus_files():
    expected = load_expected()
    names = {rel(p) for p in FILES}
    assert len(names) >= 40
    assert set(expected["passing"]) <= names
    assert set(expected["other_version"]) <= names
    assert not set(expected["passing"]) & set(expected["other_version"])
    assert all(reason.strip() for reason in expected["other_version"].values())
    assert set(expected["policy"]) <= names and not set(expected["policy"]) & set(expected["passing"])
    assert all(reason.strip() for reason in expected["policy"].values())


@pytest.mark.slow
def test_passing_files_still_pass(engine):
    """Every file recorded as passing still passes; the figures are those of bench/compat.py."""
    expected = load_expected()
    wanted = [p for p in FILES if rel(p) in set(expected["passing"])]
    with ThreadPoolExecutor(2) as pool:
        verdicts = list(pool.map(lambda p: judge_file(p, engine), wanted))
    broken = {v.file: v.errors[:3] for v in verdicts if not v.ok}
    assert broken == {}
    assert summary(verdicts)["theorem_rate"] == 1.0
