"""A Markdown job summary (``$GITHUB_STEP_SUMMARY``): counts, then a table of what is not ok."""

from __future__ import annotations

from pathlib import Path

from leanagent.ci.findings import findings
from leanagent.lean.check import CheckReport


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def markdown_summary(report: CheckReport, root: Path, *, extra: list[str] | None = None) -> str:
    """``extra``: more lines for the end (the ratchet's new and fixed items, replay notes)."""
    counts = report.summary()
    verdict = "✅ all ok" if report.ok else "❌ not ok"
    lines = [
        f"## leanagent check: {verdict}",
        "",
        "| files | files ok | theorems | ok | error | sorry |",
        "|---:|---:|---:|---:|---:|---:|",
        "| {files} | {files_ok} | {theorems} | {ok} | {error} | {sorry} |".format(**counts),
        "",
    ]
    found = findings(report)
    if found:
        lines += ["| status | theorem | location | message |", "|---|---|---|---|"]
        for f in found:
            path = Path(f.file)
            shown = path.relative_to(root) if path.is_absolute() and path.is_relative_to(root) else path
            where = f"{shown.as_posix()}:{f.line}" + (f":{f.col}" if f.col is not None else "")
            lines.append(
                f"| {f.status} | {_cell(f.theorem or '(file)')} | `{_cell(where)}` | {_cell(f.message)} |"
            )
        lines.append("")
    if extra:
        lines += [*extra, ""]
    return "\n".join(lines)
