"""A one-page HTML summary of a ``prove`` run: every theorem's result and, for each proof, its
path through the search (each tactic with the goals it leaves)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from leanagent.prover.reports import ProveReport

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; }
.proved { color: #186a1e; } .failed, .error { color: #a31515; } .timeout { color: #8a6d00; }
pre { margin: 0; white-space: pre-wrap; } details { margin: 0.5em 0 1em 1em; }
ol.steps > li { margin-bottom: 0.6em; } .goals { color: #555; font-size: 90%; }
"""


def render(report: ProveReport) -> str:
    summary = ", ".join(f"{k} {v}" for k, v in report.summary().items())
    rows = []
    for t in report.theorems:
        detail = (
            f"<pre>{escape(t.proof or '')}</pre>" if t.status == "proved" else escape((t.error or "")[:300])
        )
        rows.append(
            f"<tr><td>{escape(t.name)}</td><td>{escape(Path(t.file).name)}:{t.line}</td>"
            f'<td class="{t.status}">{t.status}{" (earlier run)" if t.resumed else ""}</td>'
            f"<td>{t.seconds:.1f}</td><td>{t.expansions}</td><td>{detail}</td></tr>"
        )
    trees = []
    for t in report.theorems:
        if t.status == "proved" and t.steps:
            steps = "".join(
                f'<li><pre>{escape(tactic)}</pre><pre class="goals">{escape(goals)}</pre></li>'
                for tactic, goals in t.steps
            )
            trees.append(
                f'<details><summary>{escape(t.name)}</summary><ol class="steps">{steps}</ol></details>'
            )
    return (
        f"<!doctype html><meta charset=utf-8><title>leanagent prove</title><style>{STYLE}</style>"
        f"<h1>leanagent prove {escape(report.path)}</h1><p>generator {escape(report.generator)}; {summary}</p>"
        "<table><tr><th>theorem</th><th>where</th><th>status</th><th>s</th><th>expansions</th>"
        f"<th>proof / error</th></tr>{''.join(rows)}</table><h2>Proof paths</h2>{''.join(trees)}"
    )


def write_html(report: ProveReport, path: Path) -> None:
    path.write_text(render(report), encoding="utf-8")
