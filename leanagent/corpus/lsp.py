"""The language-server queries tracing needs, on top of the shared client (``lean.server``).

One open document per file; its requests (goals, definitions, hovers) go out together
from a thread pool, so the server answers them concurrently instead of one round trip
at a time. Positions are converted between Lean's (line from 1, column in code points)
and LSP's (line from 0, column in UTF-16 units) here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

from leanagent.corpus.models import Pos
from leanagent.corpus.outline import LineIndex
from leanagent.lean.documents import utf16_len
from leanagent.lean.server import LeanServer

T = TypeVar("T")
_CODE_BLOCK = re.compile(r"```lean\n(.*?)\n```", re.S)


@dataclass(frozen=True)
class Location:
    path: Path
    start: Pos
    end: Pos


def uri_to_path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def to_lsp(index: LineIndex, pos: Pos) -> dict[str, int]:
    prefix = index.line_text(pos.line)[: pos.column]
    return {"line": pos.line - 1, "character": utf16_len(prefix)}


def from_lsp(index: LineIndex, position: dict[str, int]) -> Pos:
    line = position["line"] + 1
    text = index.line_text(line) if line <= len(index.starts) else ""
    units = text.encode("utf-16-le")[: 2 * position["character"]]
    return Pos(line, len(units.decode("utf-16-le", errors="ignore")))


def hover_signature(hover: dict[str, Any] | None) -> str | None:
    """The first Lean code block of a hover: ``Nat.add_comm (n m : Nat) : n + m = m + n``."""
    if not hover:
        return None
    contents = hover.get("contents")
    value = contents.get("value", "") if isinstance(contents, dict) else str(contents or "")
    match = _CODE_BLOCK.search(value)
    return match.group(1).strip() if match else None


class FileSession:
    """One document open in the server, fully elaborated, answering batched queries."""

    def __init__(
        self, server: LeanServer, path: Path, text: str, pool: ThreadPoolExecutor, timeout: float
    ) -> None:
        self.server, self.path, self.text, self.pool, self.timeout = server, path, text, pool, timeout
        self.uri = path.resolve().as_uri()
        self.index = LineIndex(text)

    def __enter__(self) -> FileSession:
        self.server.open_document(self.uri, self.text)
        self.server.wait_for_diagnostics(self.uri, 1, self.timeout)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.close_document(self.uri)

    def _batch(self, fn: Callable[[Pos], T], positions: Sequence[Pos]) -> list[T]:
        return list(self.pool.map(fn, positions))

    def _params(self, pos: Pos) -> dict[str, Any]:
        return {"textDocument": {"uri": self.uri}, "position": to_lsp(self.index, pos)}

    def goals(self, positions: Sequence[Pos]) -> list[tuple[str, ...] | None]:
        """``$/lean/plainGoal`` at each position: the goals the editor shows there."""

        def one(pos: Pos) -> tuple[str, ...] | None:
            at = to_lsp(self.index, pos)
            goals = self.server.plain_goal(self.uri, at["line"], at["character"], self.timeout)
            return None if goals is None else tuple(goals)

        return self._batch(one, positions)

    def definitions(self, positions: Sequence[Pos]) -> list[tuple[str, dict[str, Any]] | None]:
        """``textDocument/definition``: (target uri, LSP range) of the first target, if any.

        The range is the whole declaration (doc comment included), LeanDojo's
        ``def_pos``..``def_end_pos``, rather than just its name."""

        def one(pos: Pos) -> tuple[str, dict[str, Any]] | None:
            result = self.server.request("textDocument/definition", self._params(pos), self.timeout)
            if not result:
                return None
            first = result[0] if isinstance(result, list) else result
            if "targetUri" in first:
                return first["targetUri"], first["targetRange"]
            return first["uri"], first["range"]

        return self._batch(one, positions)

    def hovers(self, positions: Sequence[Pos]) -> list[str | None]:
        """The signature shown on hover at each position (None where nothing is shown)."""

        def one(pos: Pos) -> str | None:
            return hover_signature(self.server.request("textDocument/hover", self._params(pos), self.timeout))

        return self._batch(one, positions)
