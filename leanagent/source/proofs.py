"""Where the tactics of a proof are, from the source text alone.

Built on the shared Lean tokenizer (``leanagent.source.tokens``). Lean's layout rule for a
tactic block: the first tactic fixes a column; a tactic starts at a line beginning in that
column (or after ``;``); deeper-indented lines continue the current tactic; a line
further left ends the block. Recorded, in source order (outer before inner):

- every tactic of a block, ``t1 <;> t2`` as one tactic;
- inside ``·`` bullets, ``case``/``next ... =>``, the ``| alt =>`` arms of
  ``induction``/``cases``/``match``, and nested ``by`` blocks (``have h : P := by ...``,
  ``exact f (by simp)``): the tactics of those blocks too, after their parent.

Combinators (``try``, ``repeat``, ``all_goals``, ``first``, ...) stay one tactic.
"""

from __future__ import annotations

from dataclasses import dataclass

from leanagent.source.declarations import is_assign, top_level
from leanagent.source.tokens import CLOSERS, OPENERS, Token, tokenize

ALT_HEADS = frozenset({"induction", "cases", "match"})
"""Tactics whose ``| pat => ...`` arms hold tactic blocks."""
CASE_HEADS = frozenset({"case", "case'", "next"})
BULLETS = frozenset({"·", "."})
CONTINUATIONS = frozenset({"|", "else", "then", "_"})
"""Words that may begin a line in the block's column and still continue a tactic."""
STOP_WORDS = frozenset({"decreasing_by", "termination_by", "where"})
SORRY_WORDS = frozenset({"sorry", "admit"})
"""The words that leave a proof unfinished."""


def says_sorry(text: str) -> bool:
    """``text`` holds ``sorry`` or ``admit`` as a word (not in a comment, string or longer name)."""
    return any(t.kind == "ident" and t.text in SORRY_WORDS for t in tokenize(text))


@dataclass(frozen=True)
class TacticSpan:
    start: int
    end: int
    """Code-point offsets into the file text: first character, one past the last."""
    depth: int
    """0 for the tactics of the proof's own ``by`` block, +1 per nested block."""


@dataclass(frozen=True)
class ProofParts:
    """A theorem command cut into statement and proof."""

    statement: str
    proof: str
    proof_kind: str
    """``tactic`` when the proof is a ``by`` block, else ``term``."""
    has_sorry: bool
    tactics: tuple[TacticSpan, ...]


def _end(tok: Token) -> int:
    return tok.offset + len(tok.text)


class _Cursor:
    """The tokens of one command with layout helpers."""

    def __init__(self, tokens: list[Token]) -> None:
        self.toks = tokens

    def line_start(self, k: int) -> bool:
        return k == 0 or self.toks[k - 1].line != self.toks[k].line

    def is_seq_semicolon(self, k: int) -> bool:
        """``;`` separating tactics (not the middle of ``<;>``)."""
        t = self.toks
        if t[k].text != ";":
            return False
        glued_left = k > 0 and t[k - 1].text == "<" and _end(t[k - 1]) == t[k].offset
        glued_right = k + 1 < len(t) and t[k + 1].text == ">" and t[k + 1].offset == _end(t[k])
        return not (glued_left and glued_right)

    def is_arrow(self, k: int) -> bool:
        t = self.toks
        return t[k].text == "=" and k + 1 < len(t) and t[k + 1].text == ">" and t[k + 1].offset == _end(t[k])

    # -- blocks ------------------------------------------------------------------------------

    def block(self, i: int, end: int, depth: int, nested_in_term: bool, out: list[TacticSpan]) -> int:
        """Parse the tactic block starting at token ``i`` (before ``end``); return where it stops."""
        if i >= end:
            return i
        col = self.toks[i].col
        k = i
        while k < end:
            tok = self.toks[k]
            if tok.text in CLOSERS or tok.text in STOP_WORDS or (nested_in_term and tok.text == ","):
                break
            stop = self.tactic_end(k, end, col, nested_in_term)
            out.append(TacticSpan(tok.offset, _end(self.toks[stop - 1]), depth))
            self.inner(k, stop, depth, out)
            k = stop
            if k < end and self.is_seq_semicolon(k):
                k += 1
                continue
            if k < end and self.line_start(k) and self.toks[k].col == col:
                continue
            break
        return k

    def tactic_end(self, i: int, end: int, col: int, nested_in_term: bool) -> int:
        """Index one past the last token of the tactic starting at ``i``."""
        level = 0
        k = i
        while k < end:
            tok = self.toks[k]
            if k > i and level == 0:
                if self.line_start(k) and (
                    tok.col < col or (tok.col == col and tok.text not in CONTINUATIONS)
                ):
                    break
                if self.is_seq_semicolon(k) or tok.text in CLOSERS or tok.text in STOP_WORDS:
                    break
                if nested_in_term and tok.text == ",":
                    break
            if tok.text in OPENERS:
                level += 1
            elif tok.text in CLOSERS:
                if level == 0:
                    break
                level -= 1
            k += 1
        return k

    def inner(self, i: int, end: int, depth: int, out: list[TacticSpan]) -> None:
        """Record the blocks nested in the tactic spanning tokens ``[i, end)``."""
        head = self.toks[i].text
        k = i
        if head in BULLETS:
            self.block(i + 1, end, depth + 1, False, out)
            return
        if head in CASE_HEADS:
            arrow = next((j for j in range(i, end) if self.is_arrow(j)), None)
            if arrow is not None:
                self.block(arrow + 2, end, depth + 1, False, out)
            return
        if head in ALT_HEADS:
            k = self.alternatives(i, end, depth, out)
        self.nested_by(k, end, depth, out)

    def alternatives(self, i: int, end: int, depth: int, out: list[TacticSpan]) -> int:
        """The ``| pat => tactics`` arms; return the index after the head before the arms."""
        bars = self.arm_bars(i, end)
        if not bars:
            return i
        self.nested_by(i, bars[0], depth, out)
        for n, bar in enumerate(bars):
            stop = bars[n + 1] if n + 1 < len(bars) else end
            arrow = next((j for j in range(bar, stop) if self.is_arrow(j)), None)
            if arrow is not None:
                self.block(arrow + 2, stop, depth + 1, False, out)
        return end

    def arm_bars(self, i: int, end: int) -> list[int]:
        """Depth-0 ``|`` tokens that start arms: the first, and later ones at its column
        (when it begins a line) or on its line (when the arms share one line)."""
        level, bars = 0, []
        for k in range(i, end):
            tok = self.toks[k]
            if tok.text in OPENERS:
                level += 1
            elif tok.text in CLOSERS:
                level -= 1
            elif tok.text == "|" and level == 0:
                if not bars:
                    bars.append(k)
                    continue
                first = self.toks[bars[0]]
                if self.line_start(bars[0]):
                    if self.line_start(k) and tok.col <= first.col:
                        bars.append(k)
                elif tok.line == first.line:
                    bars.append(k)
        return bars

    def nested_by(self, i: int, end: int, depth: int, out: list[TacticSpan]) -> None:
        """Blocks of every ``by`` in tokens ``[i, end)`` (a term, or a tactic's arguments)."""
        k = i
        while k < end:
            if self.toks[k].text == "by" and k + 1 < end:
                k = max(k + 1, self.block(k + 1, end, depth + 1, True, out))
            else:
                k += 1


def split_proof(text: str, tokens: list[Token]) -> ProofParts | None:
    """Cut a theorem command (its ``tokens``, from the tokenizer over all of ``text``) at
    its ``:=`` (or first ``|`` arm). None when there is no proof (Lean reports that itself)."""
    if not tokens:
        return None
    cur = _Cursor(tokens)
    cut = next(
        (
            k
            for k in top_level(tokens)
            if is_assign(tokens, k) or (tokens[k].text == "|" and cur.line_start(k))
        ),
        None,
    )
    if cut is None:
        return None
    body = cut + 2 if is_assign(tokens, cut) else cut
    first = next((t for t in tokens if t.kind != "doc"), tokens[0])
    statement = text[first.offset : tokens[cut].offset].rstrip()
    proof = text[tokens[body].offset : _end(tokens[-1])] if body < len(tokens) else ""
    spans: list[TacticSpan] = []
    is_tactic = body < len(tokens) and tokens[body].text == "by"
    if is_tactic:
        cur.block(body + 1, len(tokens), 0, False, spans)
    else:
        cur.nested_by(body, len(tokens), -1, spans)
    has_sorry = any(t.kind == "ident" and t.text in SORRY_WORDS for t in tokens[body:])
    return ProofParts(statement, proof, "tactic" if is_tactic else "term", has_sorry, tuple(spans))
