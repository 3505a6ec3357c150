"""The report of a lifelong run: PNG plots (matplotlib) and one HTML page showing them.

Plots: the matrix ``R`` as a heatmap, Recall@10 of each repository over the run, and
the sorries proved so far after each repository. The page shows the same numbers as the
JSON results (the same rounded values), the plots, and the metrics with their meaning.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leanagent.curriculum.learn import LearnResult

PLOTS = {"r_matrix": "r_matrix.png", "recall": "recall_over_time.png", "proofs": "proofs_over_time.png"}
METRIC_NAMES = {
    "plasticity": "mean R[i][i]: the newest repository, just learned",
    "stability": "mean over i of the mean over j < i of R[i][j]: earlier repositories",
    "bwt": "backward transfer (Lopez-Paz & Ranzato): final minus just-learned, mean over earlier repositories",
    "forgetting": "average forgetting (Chaudhry et al.): best minus final, mean over earlier repositories",
    "wf5": "LeanAgent WF5: largest drop within a window of 5, mean over repositories",
    "wp5": "LeanAgent WP5: rise of the average over a window of 5, mean over steps",
    "fm": "LeanAgent FM (paper definition): best minus final, averaged",
    "ebwt": "LeanAgent EBWT: mean of R[i][j] - R[j][j] over all j < i",
    "cfr": "LeanAgent CFR: min(A) / max(A)",
    "ip": "LeanAgent IP: mean increase of validation Recall@10 from one repository to the next",
}


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.4f}"


def _plots(result: LearnResult, folder: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    order, r = result.order, result.r
    n = len(order)
    data = np.full((max(1, len(r)), max(1, n)), np.nan)
    for i, row in enumerate(r):
        for j, v in enumerate(row):
            if v is not None:
                data[i, j] = v
    fig, ax = plt.subplots(figsize=(1.2 * n + 3, 0.9 * max(1, len(r)) + 2))
    im = ax.imshow(data, vmin=0, vmax=1, cmap="viridis")
    ax.set_xticks(range(n), order, rotation=30, ha="right")
    ax.set_yticks(range(len(r)), [f"after {order[i]}" for i in range(len(r))])
    for i in range(len(r)):
        for j in range(n):
            if not np.isnan(data[i, j]):
                ax.text(
                    j,
                    i,
                    f"{data[i, j]:.2f}",
                    ha="center",
                    va="center",
                    color="white" if data[i, j] < 0.6 else "black",
                )
    ax.set_title(f"Recall@10 R[i][j] ({result.setup})")
    fig.colorbar(im, ax=ax)
    fig.tight_layout()
    fig.savefig(folder / PLOTS["r_matrix"], dpi=90)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 4))
    for j, name in enumerate(order):
        xs = [i for i in range(len(r)) if r[i][j] is not None]
        ax.plot(xs, [r[i][j] for i in xs], marker="o", label=name)
    ax.set_xticks(range(len(r)), [order[i] for i in range(len(r))], rotation=30, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("Recall@10")
    ax.set_xlabel("after learning")
    ax.legend(fontsize=8)
    ax.set_title("Recall@10 per repository over the run")
    fig.tight_layout()
    fig.savefig(folder / PLOTS["recall"], dpi=90)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(range(len(result.proofs_over_time)), result.proofs_over_time, marker="o", color="tab:green")
    ax.set_xticks(range(len(r)), [order[i] for i in range(len(r))], rotation=30, ha="right")
    ax.set_ylabel("sorries proved (cumulative)")
    ax.set_xlabel("after learning")
    ax.set_title("Proofs found over the run")
    fig.tight_layout()
    fig.savefig(folder / PLOTS["proofs"], dpi=90)
    plt.close(fig)


def write_report(result: LearnResult, folder: Path) -> dict:
    """Write the plots and ``index.html`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    _plots(result, folder)
    e = html.escape
    order = result.order
    head = "".join(f"<th>{e(n)}</th>" for n in order)
    rows = "".join(
        f"<tr><th>after {e(order[i])}</th>"
        + "".join(f'<td class="r" data-i="{i}" data-j="{j}">{_fmt(v)}</td>' for j, v in enumerate(row))
        + "</tr>"
        for i, row in enumerate(result.r)
    )
    metrics = "".join(
        f'<tr><th>{e(k)}</th><td class="metric" id="metric-{e(k)}">{_fmt(result.metrics.get(k))}</td>'
        f"<td>{e(why)}</td></tr>"
        for k, why in METRIC_NAMES.items()
    )
    steps = "".join(
        f"<tr><td>{st['index'] + 1}</td><td>{e(st['repo'])}</td><td>{st['train_samples']}</td>"
        f'<td>{_fmt(st["val_recall10"])}</td><td class="proved">{st["proved_total"]}</td>'
        f"<td>{e(', '.join(st['proved']) or '–')}</td></tr>"
        for st in result.steps
    )
    images = "".join(
        f'<figure><img id="plot-{k}" src="{v}" alt="{k}"><figcaption>{k}</figcaption></figure>'
        for k, v in PLOTS.items()
    )
    page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>leanagent learn: {e(result.setup)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: right; }}
figure {{ display: inline-block; margin: 0 1em 1em 0; }}
img {{ max-width: 640px; border: 1px solid #ddd; }}
h1 {{ color: #1f4e79; }}
</style></head><body>
<h1>Lifelong learning: {e(result.setup)} (curriculum {e(result.curriculum["curriculum"])}, replay {result.replay}, seed {result.seed})</h1>
<p id="order">Order: {e(" → ".join(order))}</p>
<h2>Recall@10 R[i][j]</h2>
<table id="r-matrix"><tr><th></th>{head}</tr>{rows}</table>
<h2>Metrics</h2>
<table id="metrics">{metrics}</table>
<h2>Per repository</h2>
<table id="steps"><tr><th>#</th><th>repository</th><th>training samples</th><th>val Recall@10</th>
<th>sorries proved so far</th><th>newly proved</th></tr>{steps}</table>
<h2>Plots</h2>
{images}
</body></html>
"""
    (folder / "index.html").write_text(page, encoding="utf-8")
    return {"html": str(folder / "index.html"), **{k: str(folder / v) for k, v in PLOTS.items()}}
