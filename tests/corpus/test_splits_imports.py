"""Theorem splits and the import graph."""

from __future__ import annotations

import pytest

from leanagent.corpus.splits import sizes, split_by_premise, split_randomly
from leanagent.source.imports import ImportCycleError, build_order, dependencies, import_graph


def test_random_split_is_a_deterministic_partition():
    keys = [f"t{i}" for i in range(50)]
    a = split_randomly(keys, 5, 5, seed=1)
    assert sorted(a.train + a.val + a.test) == sorted(keys)
    assert (len(a.val), len(a.test)) == (5, 5)
    assert split_randomly(list(reversed(keys)), 5, 5, seed=1) == a
    assert split_randomly(keys, 5, 5, seed=2) != a


def test_novel_premise_split():
    premises = {f"t{i}": {"common", f"p{i % 10}"} for i in range(40)}
    premises["lonely"] = {"rare"}
    s = split_by_premise(list(premises), premises, 4, 4)
    assert sorted(s.train + s.val + s.test) == sorted(premises)
    train_used = set().union(*(premises[k] for k in s.train))
    assert all(premises[k] - train_used for k in s.val + s.test)
    assert "lonely" in s.val + s.test  # the rarest premise goes first


def test_sizes():
    assert sizes(2, 0.1, 0.1) == (0, 0)
    assert sizes(10, 0.1, 0.1) == (1, 1)
    assert sizes(500, 0.1, 0.2) == (50, 100)


def test_import_graph():
    g = import_graph({"A": ["Init"], "B": ["A"], "C": ["A", "B"], "Init": []})
    assert dependencies(g, "C") == {"A", "B", "Init"}
    order = build_order(g)
    assert order.index("Init") < order.index("A") < order.index("B") < order.index("C")
    with pytest.raises(ImportCycleError, match="cycle"):
        import_graph({"A": ["B"], "B": ["A"]})
