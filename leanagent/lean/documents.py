"""Documents of a language server, leased and reused, and the edits that update them.

A reused document keeps its Lean worker, the imports it loaded and the commands it
elaborated; the next user's text is elaborated only from the first difference on.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Document:
    """A document of one server: what it holds, at which version, in which server life."""

    uri: str
    version: int = 0
    text: str = ""
    generation: int = -1
    """The server generation it was opened in; another one means it must be reopened."""
    role: str = ""
    """Which spare documents it goes back to (see `Leases.lease`)."""


class Leases:
    """Spare documents by (folder, role); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spare: dict[tuple[Path, str], list[Document]] = {}
        self._documents = 0

    def lease(self, directory: Path, role: str = "") -> Document:
        """An exclusive document in `directory`, reused across leases of the same `role`.
        Roles keep apart documents whose texts must not mix (the Dojo's stubbed contexts,
        re-checks)."""
        key = (directory.resolve(), role)
        with self._lock:
            spare = self._spare.get(key)
            if spare:
                return spare.pop()
            self._documents += 1
            number = self._documents
        return Document((key[0] / f"_leanagent_doc_{os.getpid()}_{number}.lean").as_uri(), role=role)

    def release(self, doc: Document, directory: Path) -> None:
        with self._lock:
            self._spare.setdefault((directory.resolve(), doc.role), []).append(doc)


def tail_change(old: str, new: str, from_line: int) -> dict[str, Any]:
    """The LSP content change turning `old` into `new`, replacing the lines from `from_line`
    on (the caller vouches the earlier lines are the same)."""
    lines = old.split("\n")
    end = {"line": len(lines) - 1, "character": utf16_len(lines[-1])}
    text = "\n".join(new.split("\n")[from_line:])
    return {"range": {"start": {"line": from_line, "character": 0}, "end": end}, "text": text}


def same_leading_lines(old: str, new: str) -> int:
    """How many whole lines `old` and `new` share at their start (for `LeanServer.show`)."""
    low, high = 0, min(len(old), len(new))  # low: a length of common prefix; binary search
    while low < high:
        mid = (low + high + 1) // 2
        if old[:mid] == new[:mid]:
            low = mid
        else:
            high = mid - 1
    return old.count("\n", 0, low)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of LSP character positions."""
    return len(text.encode("utf-16-le")) // 2
