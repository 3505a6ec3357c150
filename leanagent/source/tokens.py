"""Lean 4 source as tokens: comments skipped, strings and character literals kept whole.

Not a parser: enough to find where commands start, track bracket depth and name
declarations without running Lean. Identifiers are read with Python's character classes
(a superset of Lean's, so a name is never cut short here); ``lean_id_first`` and
``lean_id_rest`` are Lean's own classes, for checks that must agree with Lean exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = {"(": ")", "[": "]", "{": "}", "⟨": "⟩", "⦃": "⦄", "⟦": "⟧"}
CLOSERS = frozenset(OPENERS.values())
"""Lean's brackets, the one table for everyone who tracks nesting (tokens or goal text)."""


def outside_brackets(text: str) -> Iterator[int]:
    """Indices of the characters of ``text`` outside every bracket (the brackets left out):
    for pretty-printed goals and statements, where tokenizing would be too much."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth -= 1
        elif depth == 0:
            yield i


@dataclass(frozen=True)
class Token:
    kind: str
    """``ident``, ``doc`` (doc comment), ``str``, ``char``, ``num`` or ``sym``."""
    text: str
    line: int
    """1-based, like Lean's message positions."""
    col: int
    """0-based, in code points, like Lean's message positions."""
    offset: int


_CHAR_LIT = re.compile(r"'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'\n])'")
_NUMBER = re.compile(r"0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _is_id_start(ch: str) -> bool:
    return ch == "_" or (ch.isalpha() and ch not in "λΠΣ") or "\u2100" <= ch <= "\u214f"


def _is_id_rest(ch: str) -> bool:
    return (
        _is_id_start(ch)
        or "0" <= ch <= "9"
        or ch in "'!?"
        or "\u2080" <= ch <= "\u209c"
        or "\u1d62" <= ch <= "\u1d6a"
    )


def tokenize(text: str) -> list[Token]:
    """Split Lean source into tokens; comments vanish except doc comments."""
    tokens: list[Token] = []
    i, n, line, line_start = 0, len(text), 1, 0

    def advance_to(j: int) -> None:
        nonlocal i, line, line_start
        newlines = text.count("\n", i, j)
        if newlines:
            line += newlines
            line_start = text.rindex("\n", i, j) + 1
        i = j

    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            advance_to(i + 1)
            continue
        start_line, start_col, start = line, i - line_start, i
        if text.startswith("--", i):
            end = text.find("\n", i)
            advance_to(n if end < 0 else end)
            continue
        if text.startswith("/-", i):
            j = block_comment_end(text, i) or n
            if text.startswith(("/--", "/-!"), i):
                tokens.append(Token("doc", text[i:j], start_line, start_col, start))
            advance_to(j)
            continue
        if ch == '"' or (ch == "r" and re.match(r'r#*"', text[i:]) and not (i and _is_id_rest(text[i - 1]))):
            j = _string_end(text, i)
            tokens.append(Token("str", text[i:j], start_line, start_col, start))
            advance_to(j)
            continue
        if ch == "'" and not (i and _is_id_rest(text[i - 1])):
            m = _CHAR_LIT.match(text, i)
            if m:
                tokens.append(Token("char", m.group(), start_line, start_col, start))
                advance_to(m.end())
                continue
        if _is_id_start(ch) or ch == "«" or (ch == "#" and i + 1 < n and _is_id_start(text[i + 1])):
            j = _ident_end(text, i + 1 if ch == "#" else i)
            tokens.append(Token("ident", text[i:j], start_line, start_col, start))
            advance_to(j)
            continue
        if "0" <= ch <= "9":  # ASCII only: `⁻¹` is a symbol, not a number
            m = _NUMBER.match(text, i)
            assert m is not None
            tokens.append(Token("num", m.group(), start_line, start_col, start))
            advance_to(m.end())
            continue
        tokens.append(Token("sym", ch, start_line, start_col, start))
        advance_to(i + 1)
    return tokens


def block_comment_end(text: str, i: int) -> int | None:
    """Index just past the block comment opening at ``i`` (``/-``; they nest), or None when it
    never closes."""
    depth, j = 1, i + 2
    while depth:
        if j >= len(text):
            return None
        if text.startswith("/-", j):
            depth, j = depth + 1, j + 2
        elif text.startswith("-/", j):
            depth, j = depth - 1, j + 2
        else:
            j += 1
    return j


def _string_end(text: str, i: int) -> int:
    """Index just past the string literal starting at ``i`` (plain or raw)."""
    if text[i] == "r":
        hashes = len(re.match(r"r(#*)", text[i:]).group(1))  # type: ignore[union-attr]
        close = '"' + "#" * hashes
        end = text.find(close, i + 2 + hashes)
        return len(text) if end < 0 else end + len(close)
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text[j] == '"':
            return j + 1
        else:
            j += 1
    return len(text)


def _ident_end(text: str, i: int) -> int:
    """Index just past the (possibly dotted, possibly «escaped») identifier at ``i``."""
    n = len(text)
    while True:
        if i < n and text[i] == "«":
            close = text.find("»", i)
            i = n if close < 0 else close + 1
        else:
            while i < n and _is_id_rest(text[i]):
                i += 1
        if i + 1 < n and text[i] == "." and (_is_id_start(text[i + 1]) or text[i + 1] == "«"):
            i += 1
            continue
        return i


def name_parts(name: str) -> list[str]:
    """Components of a dotted name, keeping «escaped» components whole."""
    return re.findall(r"«[^»]*»|[^.]+", name)


def _is_letter_like(ch: str) -> bool:
    """Lean's `isLetterLike`."""
    c = ord(ch)
    return (
        (0x3B1 <= c <= 0x3C9 and c != 0x3BB)  # lower-case Greek but λ
        or (0x391 <= c <= 0x3A9 and c not in (0x3A0, 0x3A3))  # upper-case Greek but Π and Σ
        or 0x3CA <= c <= 0x3FB  # Coptic
        or 0x1F00 <= c <= 0x1FFE  # polytonic Greek
        or 0x2100 <= c <= 0x214F  # letter-like symbols
        or 0x1D49C <= c <= 0x1D59F  # script, double-struck and Fraktur Latin letters
    )


def _is_subscript(ch: str) -> bool:
    """Lean's `isSubScriptAlnum`."""
    c = ord(ch)
    return 0x2080 <= c <= 0x2089 or 0x2090 <= c <= 0x209C or 0x1D62 <= c <= 0x1D6A or c == 0x2C7C


def lean_id_first(ch: str) -> bool:
    """Lean's `isIdFirst`: an ASCII letter, `_`, or a letter-like character."""
    return ch.isascii() and (ch.isalpha() or ch == "_") or _is_letter_like(ch)


def lean_id_rest(ch: str) -> bool:
    """Lean's `isIdRest`: `isIdFirst`, an ASCII digit, `'`, `!`, `?` or a subscript."""
    return lean_id_first(ch) or (ch.isascii() and ch.isdigit()) or ch in "'!?" or _is_subscript(ch)
