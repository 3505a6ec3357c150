"""Step verdicts for people: the ``--json`` object, a terminal table and an HTML page."""

from __future__ import annotations

import os
import tempfile
from html import escape
from pathlib import Path

from rich.table import Table

from leanagent.safe.prover import Verdict
from leanagent.safe.verify import SolutionResult

COLOURS = {
    Verdict.VERIFIED: "#186a1e",
    Verdict.REFUTED: "#b00020",
    Verdict.UNVERIFIED: "#8a6d00",
    Verdict.UNFORMALISED: "#555555",
}
"""Text colour of a step by verdict (the HTML page; the table uses rich's names below)."""
_RICH = {
    Verdict.VERIFIED: "green",
    Verdict.REFUTED: "bold red",
    Verdict.UNVERIFIED: "yellow",
    Verdict.UNFORMALISED: "dim",
}


def to_json(results: list[SolutionResult]) -> dict:
    return {"solutions": [r.to_json() for r in results]}


def table(results: list[SolutionResult]) -> Table:
    out = Table(title="leanagent verify-steps")
    for column in ("solution", "score", "#", "step", "verdict"):
        out.add_column(column, overflow="fold")
    for result in results:
        for k, step in enumerate(result.steps, start=1):
            out.add_row(
                result.id if k == 1 else "",
                f"{result.score:.2f}" if k == 1 else "",
                str(k),
                step.text,
                f"[{_RICH[step.verdict]}]{step.verdict.value}[/]",
            )
    return out


STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; max-width: 70em; }
.solution { border: 1px solid #ccc; border-radius: 6px; padding: 0.5em 1em; margin-bottom: 1.5em; }
.step { margin: 0.6em 0; } .text { font-size: 110%; } .verdict { font-weight: bold; margin-right: 0.5em; }
pre { background: #f6f6f6; padding: 0.4em; white-space: pre-wrap; margin: 0.2em 0 0 1.5em; }
.reason { color: #555; margin-left: 1.5em; font-size: 90%; }
""" + "".join(f".{v.value} {{ color: {c}; }}\n" for v, c in COLOURS.items())


def render_html(results: list[SolutionResult]) -> str:
    parts = []
    for result in results:
        steps = []
        for k, step in enumerate(result.steps, start=1):
            lean = f'<pre class="lean">{escape(step.lean)}</pre>' if step.lean else ""
            proof = f'<pre class="proof">{escape(step.proof)}</pre>' if step.proof else ""
            reason = f'<div class="reason">{escape(step.reason)}</div>' if step.reason else ""
            steps.append(
                f'<div class="step {step.verdict.value}" id="{escape(result.id)}-{k}">'
                f'<span class="verdict">{step.verdict.value}</span>'
                f'<span class="text">{k}. {escape(step.text)}</span>{lean}{proof}{reason}</div>'
            )
        problem = f"<p>{escape(result.problem)}</p>" if result.problem else ""
        parts.append(
            f'<section class="solution"><h2>{escape(result.id)} &middot; score {result.score:.2f} '
            f"&middot; rules: {escape(result.rules)}</h2>{problem}{''.join(steps)}</section>"
        )
    return (
        "<!doctype html><meta charset=utf-8><title>leanagent verify-steps</title>"
        f"<style>{STYLE}</style><h1>leanagent verify-steps</h1>{''.join(parts)}"
    )


def write_html(results: list[SolutionResult], path: Path) -> None:
    """Written atomically: a reader never sees half a page."""
    path = path.resolve()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(render_html(results))
    os.replace(tmp, path)
