"""Lifelong-learning metrics from the matrix ``R[i][j]`` (Recall@10 on repository j after
learning repository i; only ``j <= i`` is measured), with their textbook definitions.

T repositories, indices from 0. Every value is a fraction in [0, 1] (LeanAgent prints
percentages), None where the run is too short for it (one repository: no forgetting yet).

- plasticity: mean over i of ``R[i][i]`` (how well the newest repository is learned).
- stability: mean over i >= 1 of the mean over j < i of ``R[i][j]`` (how well the earlier
  ones are still retrieved).
- BWT (Lopez-Paz & Ranzato 2017): ``1/(T-1) * sum_{j<T-1} (R[T-1][j] - R[j][j])``;
  negative means forgetting.
- forgetting (Chaudhry et al. 2018): ``1/(T-1) * sum_{j<T-1} max_{l in j..T-2} R[l][j] - R[T-1][j]``.

LeanAgent's paper metrics, with ``A[i]`` = mean over j <= i of ``R[i][j]`` and ``V[i]`` the
validation Recall@10 on repository i right after learning it:
- WF5 (windowed forgetting, window 5): per repository j, the largest drop of ``R[.][j]``
  below its maximum over the previous 5 evaluations; averaged over repositories.
- WP5 (windowed plasticity): per i, ``A[i]`` minus the minimum of ``A`` over the previous
  5 steps (0 if negative); averaged over i >= 1.
- FM (forgetting measure): per repository its maximum over time minus its final value,
  averaged (the paper's definition; LeanAgent's code computes something else).
- EBWT (expanded backward transfer): mean over all pairs j < i of ``R[i][j] - R[j][j]``.
- CFR (catastrophic forgetting resilience): ``min(A) / max(A)``.
- IP (incremental plasticity): mean of ``V[i+1] - V[i]``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

WINDOW = 5

Matrix = list[list[float | None]]


@dataclass(frozen=True)
class LifelongMetrics:
    plasticity: float | None
    stability: float | None
    bwt: float | None
    forgetting: float | None
    average: list[float]
    """``A[i]``: mean Recall@10 over the repositories learned so far, after each."""
    wf5: float | None
    wp5: float | None
    fm: float | None
    ebwt: float | None
    cfr: float | None
    ip: float | None

    def to_json(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()} | {
            "average": [round(a, 4) for a in self.average]
        }


def _mean(xs: list[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def _column(r: Matrix, j: int) -> list[float]:
    return [row[j] for row in r[j:] if row[j] is not None]  # type: ignore[misc]


def lifelong_metrics(r: Matrix, v: list[float] | None = None) -> LifelongMetrics:
    """The metrics of a (partial) run: ``r`` has one row per repository learned so far."""
    t = len(r)
    diag = [r[i][i] for i in range(t) if r[i][i] is not None]
    average = [
        a
        for a in (_mean([x for x in row[: i + 1] if x is not None]) for i, row in enumerate(r))
        if a is not None
    ]
    earlier = [_mean([x for x in r[i][:i] if x is not None]) for i in range(1, t)]
    last = t - 1
    bwt = _mean([r[last][j] - r[j][j] for j in range(last) if r[last][j] is not None and r[j][j] is not None])
    forgetting = _mean([max(_column(r, j)[:-1]) - r[last][j] for j in range(last) if len(_column(r, j)) >= 2])
    wf = []
    for j in range(last):
        col = _column(r, j)
        drops = [max(col[max(0, k - WINDOW) : k]) - col[k] for k in range(1, len(col))]
        if drops:
            wf.append(max(0.0, max(drops)))
    wp = [max(0.0, average[i] - min(average[max(0, i - WINDOW) : i])) for i in range(1, len(average))]
    ebwt = _mean(
        [r[i][j] - r[j][j] for i in range(t) for j in range(i) if r[i][j] is not None and r[j][j] is not None]
    )
    v = v or []
    return LifelongMetrics(
        plasticity=_mean(diag),
        stability=_mean([e for e in earlier if e is not None]),
        bwt=bwt,
        forgetting=forgetting,
        average=average,
        wf5=_mean(wf),
        wp5=_mean(wp),
        fm=forgetting,
        ebwt=ebwt,
        cfr=(min(average) / max(average)) if average and max(average) > 0 else None,
        ip=_mean([v[i + 1] - v[i] for i in range(len(v) - 1)]),
    )
