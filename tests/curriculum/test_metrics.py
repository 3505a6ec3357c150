"""Lifelong metrics on hand-computed matrices."""

from __future__ import annotations

import pytest

from leanagent.curriculum.metrics import lifelong_metrics

R = [
    [0.5, None, None],
    [0.4, 0.6, None],
    [0.3, 0.7, 0.8],
]


def test_textbook_metrics():
    m = lifelong_metrics(R, [0.5, 0.6, 0.9])
    assert m.plasticity == pytest.approx((0.5 + 0.6 + 0.8) / 3)
    assert m.stability == pytest.approx((0.4 + (0.3 + 0.7) / 2) / 2)
    # BWT: final minus just-learned, for the repositories before the last.
    assert m.bwt == pytest.approx(((0.3 - 0.5) + (0.7 - 0.6)) / 2)
    # Forgetting: best before the end minus final (repository 1 improved: no forgetting).
    assert m.forgetting == pytest.approx(((0.5 - 0.3) + max(0.6 - 0.7, 0.6 - 0.7)) / 2)
    assert m.average == pytest.approx([0.5, 0.5, 0.6])
    assert m.ebwt == pytest.approx(((0.4 - 0.5) + (0.3 - 0.5) + (0.7 - 0.6)) / 3)
    assert m.cfr == pytest.approx(0.5 / 0.6)
    assert m.ip == pytest.approx(0.2)
    assert m.wf5 == pytest.approx((0.2 + 0.0) / 2)


def test_one_repository_has_no_forgetting_yet():
    m = lifelong_metrics([[0.7]])
    assert m.plasticity == 0.7 and m.bwt is None and m.forgetting is None and m.stability is None
