"""A source file's declarations and theorems, with spans, from the shared scanner."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from leanagent.corpus.models import Declaration, Pos
from leanagent.source.commands import THEOREM_KEYWORDS, scan_commands
from leanagent.source.proofs import ProofParts, split_proof
from leanagent.source.tokens import Token, tokenize


class LineIndex:
    """Offsets (code points) <-> Lean positions (line from 1, column from 0)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def pos(self, offset: int) -> Pos:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Pos(line + 1, offset - self.starts[line])

    def offset(self, pos: Pos) -> int:
        return self.starts[pos.line - 1] + pos.column

    def line_text(self, line: int) -> str:
        """Line ``line`` (from 1) without its newline."""
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]


@dataclass(frozen=True)
class TheoremSource:
    full_name: str
    start: Pos
    end: Pos
    parts: ProofParts
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Outline:
    declarations: tuple[Declaration, ...]
    theorems: tuple[TheoremSource, ...]
    tokens: tuple[Token, ...]


def outline(text: str) -> Outline:
    """Every named declaration (a premise for later code) and every named theorem."""
    tokens = tokenize(text)
    index = LineIndex(text)
    offsets = [t.offset for t in tokens]
    commands = scan_commands(text)
    starts = [c.offset for c in commands]
    decls: list[Declaration] = []
    theorems: list[TheoremSource] = []
    for n, cmd in enumerate(commands):
        lo = bisect.bisect_left(offsets, starts[n])
        hi = bisect.bisect_left(offsets, starts[n + 1]) if n + 1 < len(commands) else len(tokens)
        own = tokens[lo:hi]
        if cmd.name is None or not own:
            continue
        start, end = index.pos(own[0].offset), index.pos(own[-1].offset + len(own[-1].text))
        parts = split_proof(text, own) if cmd.keyword in THEOREM_KEYWORDS else None
        body = next((t for t in own if t.kind != "doc"), own[0])
        code = parts.statement if parts else text[body.offset : own[-1].offset + len(own[-1].text)]
        decls.append(Declaration(cmd.name, cmd.keyword, start, end, code))
        if parts is not None:
            theorems.append(TheoremSource(cmd.name, start, end, parts, tuple(own)))
    return Outline(tuple(decls), tuple(theorems), tuple(tokens))
