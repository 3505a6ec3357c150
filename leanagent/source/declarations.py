"""A declaration's parts from its tokens: where its statement ends, and matching its name.

One definition of "the top-level ``:=``" for everyone who cuts a declaration into its
statement and its proof (the Dojo, write-back, premises, the corpus's proof splitter).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from leanagent.source.tokens import CLOSERS, OPENERS, Token


def top_level(tokens: Sequence[Token]) -> Iterator[int]:
    """Indices of the tokens outside every bracket (the brackets themselves left out)."""
    depth = 0
    for k, tok in enumerate(tokens):
        if tok.kind == "sym" and tok.text in OPENERS:
            depth += 1
        elif tok.kind == "sym" and tok.text in CLOSERS:
            depth -= 1
        elif depth == 0:
            yield k


def is_assign(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` starts ``:=`` (a ``:`` glued to the ``=`` after it)."""
    tok = tokens[k]
    return (
        tok.text == ":"
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "="
        and tokens[k + 1].offset == tok.offset + 1
    )


def assignment(tokens: Sequence[Token]) -> int | None:
    """Index of the declaration's top-level ``:=`` among its ``tokens`` (None if it has none)."""
    return next((k for k in top_level(tokens) if is_assign(tokens, k)), None)


def name_matches(full: str, wanted: str) -> bool:
    """``wanted`` names ``full``: the whole name or its last components (``b.c`` for ``a.b.c``)."""
    return full == wanted or full.endswith("." + wanted)
