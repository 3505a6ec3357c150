"""GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per finding.

Escaping follows GitHub's toolkit (``@actions/core`` ``command.ts``): in the message ``%``,
``\\r`` and ``\\n`` become ``%25``, ``%0D`` and ``%0A`` (so Lean's multi-line messages stay
intact in one annotation); in properties ``:`` and ``,`` are escaped too (``%3A``, ``%2C``).
Lines are 1-based and columns 1-based there, Lean's columns 0-based.
"""

from __future__ import annotations

from pathlib import Path

from leanagent.ci.findings import Finding


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, root: Path, *, allow_sorry: bool = False) -> str:
    """An ``::error`` (a ``::warning`` for ``sorry`` under ``--allow-sorry``); ``file`` relative to ``root``."""
    path = Path(finding.file)
    shown = path.relative_to(root) if path.is_absolute() and path.is_relative_to(root) else path
    props = [
        f"file={escape_property(shown.as_posix())}",
        f"line={finding.line}",
        f"endLine={finding.end_line}",
    ]
    if finding.col is not None:
        props.append(f"col={finding.col + 1}")
    title = f"{finding.theorem}: {finding.status}" if finding.theorem else f"file {finding.status}"
    props.append(f"title={escape_property(title)}")
    command = "warning" if finding.status == "sorry" and allow_sorry else "error"
    return f"::{command} {','.join(props)}::{escape_data(finding.message)}"


def annotations(found: list[Finding], root: Path, *, allow_sorry: bool = False) -> list[str]:
    return [annotation(f, root, allow_sorry=allow_sorry) for f in found]
