"""The shape of a Lean statement as text: binders, hypotheses, conclusion, the two sides of
an equation or iff, and the symbols of a term (what the cheap filter compares).

Only a tokenizer's view (`leanagent.source.tokens.tokenize`): no elaboration, so it reads
premise statements as written (short names, notation) and goals as Lean prints them.
Symbols are compared by an identifier's last component, so `List.length l`, `l.length`
and `length l` agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from leanagent.source.tokens import CLOSERS, OPENERS, Token, tokenize

PRECEDENCE: dict[str, int] = {
    "↔": 20,
    "→": 25,
    "∨": 30,
    "∧": 35,
    "¬": 40,
    "=": 50,
    "≠": 50,
    "≤": 50,
    "<": 50,
    "≥": 50,
    ">": 50,
    "∣": 50,
    "∈": 50,
    "∉": 50,
    "⊆": 50,
    "==": 50,
    "::": 67,
    "++": 65,
    "+": 65,
    "-": 65,
    "*": 70,
    "/": 70,
    "%": 70,
    "^": 75,
    "∘": 90,
    "&&": 35,
    "||": 30,
}
"""Binding power of the infix operators that decide which one heads a term (lowest wins)."""

_BINDERS = frozenset({"∀", "∃", "fun", "λ", "Σ", "∃!"})

NOTATION: dict[str, str] = {
    "Eq": "=",
    "Ne": "≠",
    "Iff": "↔",
    "And": "∧",
    "Or": "∨",
    "Not": "¬",
    "le": "≤",
    "lt": "<",
    "ge": "≥",
    "gt": ">",
    "hAdd": "+",
    "hSub": "-",
    "hMul": "*",
    "hDiv": "/",
    "hMod": "%",
    "hPow": "^",
    "hAppend": "++",
    "cons": "::",
    "dvd": "∣",
    "Membership.mem": "∈",
}
"""Function names (last component) written in place of their notation: `LE.le m n` is `m ≤ n`."""

_SHORT_VARIABLE = re.compile(r"^[a-zα-ωA-Z][₀-₉'ᵢ-ᵪ₀-₉]*$")
"""One letter (with subscripts or primes): auto-bound or `variable` names in premise statements."""


_JOINED = frozenset(
    {"++", "::", "==", "!=", "&&", "||", ":=", "=>", "->", "<-", "<=", ">=", "^^", "|>", "<|", ">>", "<<"}
)
"""Operators written with several symbol characters (others, like `¬∀`, stay apart)."""


@dataclass(frozen=True)
class Piece:
    """A token, or several adjacent symbol characters joined into one operator (`++`, `::`)."""

    text: str
    kind: str
    depth: int


def pieces(text: str) -> list[Piece]:
    """Tokens with multi-character operators joined and bracket depth recorded."""
    out: list[Piece] = []
    depth = 0
    prev: Token | None = None
    for tok in tokenize(text):
        if tok.kind == "sym" and tok.text in OPENERS:
            out.append(Piece(tok.text, "open", depth))
            depth += 1
        elif tok.kind == "sym" and tok.text in CLOSERS:
            depth -= 1
            out.append(Piece(tok.text, "close", depth))
        elif (
            tok.kind == "sym"
            and prev is not None
            and prev.kind == "sym"
            and prev.offset + 1 == tok.offset
            and out
            and out[-1].kind == "op"
            and out[-1].text + tok.text in _JOINED
        ):
            out[-1] = Piece(out[-1].text + tok.text, "op", depth)
        elif tok.kind == "sym":
            out.append(Piece(tok.text, "op", depth))
        else:
            out.append(Piece(tok.text, tok.kind, depth))
        prev = tok
    return out


def _name_parts(ident: str) -> list[str]:
    parts = [p for p in ident.strip("@").split(".") if p]
    if parts and parts[-1] in NOTATION:
        parts[-1] = NOTATION[parts[-1]]
    return parts


def _is_variable(name: str, variables: frozenset[str]) -> bool:
    return name in variables or bool(_SHORT_VARIABLE.match(name))


def symbols(text: str, variables: frozenset[str] = frozenset()) -> frozenset[str]:
    """The constants a term mentions: identifier components (not ``variables``), operators,
    numerals. A variable's field (`l.length`) counts as the constant `length`."""
    out: set[str] = set()
    for p in pieces(text):
        if p.kind == "ident":
            parts = _name_parts(p.text)
            if parts and _is_variable(parts[0], variables):
                parts = parts[1:]
            out.update(parts[-1:])
        elif p.kind in ("op", "num"):
            out.add(p.text)
        elif p.kind == "open" and p.text == "[":
            out.add("[")
    return frozenset(out - {",", ":", "@", "."})


def _split_top(ps: list[Piece], op: str) -> list[list[Piece]]:
    """Split at the top-level occurrences of ``op`` (depth relative to the first piece)."""
    base = min((p.depth for p in ps), default=0)
    parts: list[list[Piece]] = [[]]
    for p in ps:
        if p.kind == "op" and p.text == op and p.depth == base:
            parts.append([])
        else:
            parts[-1].append(p)
    return parts


def _text(ps: list[Piece]) -> str:
    return " ".join(p.text for p in ps)


def head(text: str, variables: frozenset[str] = frozenset()) -> str | None:
    """The symbol at the root of a term: its loosest infix operator, else the applied
    function; None for a bare variable (a pattern that matches anything)."""
    ps = _unwrap(pieces(text))
    if not ps:
        return None
    base = min(p.depth for p in ps)
    if ps[0].kind == "op" and ps[0].text in _BINDERS or (ps[0].kind == "ident" and ps[0].text in _BINDERS):
        return ps[0].text
    ops = [p for p in ps if p.kind == "op" and p.depth == base and p.text in PRECEDENCE]
    if ops and not (len(ops) == 1 and ops[0] is ps[0] and ops[0].text == "¬"):
        return min(ops, key=lambda p: PRECEDENCE[p.text]).text
    first = ps[0]
    if first.kind == "open" and first.text == "(":
        j = _matching(ps, 0)
        if j + 2 < len(ps) and ps[j + 1].text == "." and ps[j + 2].kind == "ident":
            return _name_parts(ps[j + 2].text)[-1]  # `(f x).g y`: generalized field notation
    if first.kind == "op" and first.text == "¬":
        return "¬"
    if first.kind == "ident":
        parts = _name_parts(first.text)
        if parts and _is_variable(parts[0], variables):
            parts = parts[1:]
        return parts[-1] if parts else None
    if first.kind == "num":
        return first.text
    if first.kind == "open" and first.text == "[":
        return "["
    if first.kind == "open":
        return first.text
    return first.text


def _unwrap(ps: list[Piece]) -> list[Piece]:
    """Without the parentheses around the whole term."""
    while ps and ps[0].kind == "open" and ps[0].text == "(" and _matching(ps, 0) == len(ps) - 1:
        ps = ps[1:-1]
    return ps


def _matching(ps: list[Piece], k: int) -> int:
    depth = ps[k].depth
    for j in range(k + 1, len(ps)):
        if ps[j].kind == "close" and ps[j].depth == depth:
            return j
    return len(ps) - 1


@dataclass(frozen=True)
class Statement:
    """A premise's statement read as text."""

    variables: frozenset[str]
    """Names bound by its binders and leading quantifiers (pattern variables)."""
    hypotheses: tuple[str, ...]
    """Antecedents of its type (``A → B → C``: ``A``, ``B``), in order."""
    conclusion: str
    relation: str | None
    """``=`` or ``↔`` when the conclusion is an equation or iff, else None."""
    lhs: str = ""
    rhs: str = ""


def _binder_names(group: list[Piece]) -> list[str]:
    """Names of one bracketed binder group (`(a b : T)`, `{x}`, `[inst : C]`)."""
    inner = group[1:-1]
    colon = (
        next(
            (
                i
                for i, p in enumerate(inner)
                if p.kind == "op" and p.text == ":" and p.depth == inner[0].depth
            ),
            None,
        )
        if inner
        else None
    )
    names = inner[:colon] if colon is not None else inner
    return [p.text for p in names if p.kind == "ident"]


def parse_statement(code: str) -> Statement | None:
    """Read `theorem name binders : type` (attributes and modifiers allowed before)."""
    ps = pieces(code)
    k = next(
        (
            i
            for i, p in enumerate(ps)
            if p.kind == "ident" and p.text in ("theorem", "lemma") and p.depth == 0
        ),
        None,
    )
    if k is None or k + 1 >= len(ps):
        return None
    i = k + 2
    variables: set[str] = set()
    while i < len(ps) and ps[i].kind == "open" and ps[i].depth == 0:
        j = _matching(ps, i)
        variables.update(_binder_names(ps[i : j + 1]))
        i = j + 1
    if i >= len(ps) or not (ps[i].kind == "op" and ps[i].text == ":"):
        return None
    return parse_type(_text(ps[i + 1 :]), frozenset(variables))


def parse_type(text: str, variables: frozenset[str] = frozenset()) -> Statement:
    """Strip leading `∀ x y,` binders and `A →` antecedents; split an equation or iff."""
    variables = set(variables)
    ps = _unwrap(pieces(text))
    hyps: list[str] = []
    while True:
        while ps and ps[0].text == "∀":
            comma = next((i for i, p in enumerate(ps) if p.text == "," and p.depth == ps[0].depth), None)
            if comma is None:
                break
            for p in ps[1:comma]:
                if p.kind == "ident" and p.depth == ps[0].depth:
                    variables.add(p.text)
            for group_start in (i for i, p in enumerate(ps[1:comma], 1) if p.kind == "open"):
                variables.update(_binder_names(ps[group_start : _matching(ps, group_start) + 1]))
            ps = ps[comma + 1 :]
        parts = _split_top(ps, "→")
        if len(parts) == 1:
            break
        hyps += [_text(p) for p in parts[:-1]]
        ps = _unwrap(parts[-1])
        if not (ps and ps[0].text == "∀"):
            break
    conclusion = _text(ps)
    for rel in ("↔", "="):
        sides = _split_top(ps, rel)
        if len(sides) == 2 and sides[0] and sides[1]:
            return Statement(
                frozenset(variables), tuple(hyps), conclusion, rel, _text(sides[0]), _text(sides[1])
            )
    return Statement(frozenset(variables), tuple(hyps), conclusion, None)
