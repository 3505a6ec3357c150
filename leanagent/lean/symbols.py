"""Lean's own view of a file's declarations: ``textDocument/documentSymbol``, flattened.

The language server answers with a tree: namespaces and sections (both LSP kind
``Namespace``) holding declarations. Flattened here to one record per declaration with its
fully qualified name (namespace components joined, sections dropped as Lean does) and its
lines, so it can be set beside our text scanner's commands (``source.commands``).

What the server leaves out or names differently (facts of Lean 4.35, kept as they are):
``example`` and anonymous ``instance`` declarations carry no real name (``example``,
``instance : C α``); a declaration behind a command combinator (``open X in``,
``set_option o v in``, ``#guard_msgs in``) is not listed; a file whose header fails to
import has no symbols at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from leanagent.lean.server import LeanServer

NAMESPACE_KIND = 3
"""LSP ``SymbolKind.Namespace``: Lean uses it for ``namespace`` and ``section`` alike."""
ANONYMOUS_SECTION = "<section>"


@dataclass(frozen=True)
class LeanSymbol:
    """One declaration as the language server reports it (lines from 1, like messages)."""

    name: str
    """Fully qualified for named declarations; ``example`` or ``instance : ...`` otherwise."""
    start_line: int
    """First line of the declaration, doc comment and attributes included."""
    end_line: int
    name_line: int
    """The line of the declared name (``selectionRange``)."""
    is_anonymous: bool
    """An ``example`` or an unnamed ``instance``: Lean shows no real name for it."""


def document_symbols(server: LeanServer, uri: str, text: str, timeout: float) -> list[LeanSymbol]:
    """The declarations of the open document ``uri`` (whose source is ``text``), in order."""
    answer = server.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}, timeout)
    lines = text.split("\n")
    return sorted(_flatten(answer or [], (), lines), key=lambda s: (s.start_line, s.name))


def _flatten(symbols: list[dict[str, Any]], scope: tuple[str, ...], lines: list[str]) -> Iterator[LeanSymbol]:
    for sym in symbols:
        start, end = sym["range"]["start"]["line"], sym["range"]["end"]["line"]
        children = sym.get("children") or []
        if sym["kind"] == NAMESPACE_KIND:
            keyword = lines[start].lstrip().split(" ", 1)[0] if start < len(lines) else ""
            inner = (
                scope if keyword == "section" or sym["name"] == ANONYMOUS_SECTION else (*scope, sym["name"])
            )
            yield from _flatten(children, inner, lines)
            continue
        name = sym["name"]
        full = name[len("_root_.") :] if name.startswith("_root_.") else ".".join((*scope, name))
        anonymous = name == "example" or name.startswith("instance ")
        name_line = sym["selectionRange"]["start"]["line"] + 1
        yield LeanSymbol(full, start + 1, end + 1, name_line, anonymous)
        yield from _flatten(children, (*scope, name), lines)
