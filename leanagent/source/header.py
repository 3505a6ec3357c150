"""A Lean file's header: ``module``/``prelude`` and the modules it imports, from the text."""

from __future__ import annotations

from dataclasses import dataclass

from leanagent.source.tokens import tokenize

_HEADER_WORDS = frozenset({"module", "prelude", "public", "meta", "private"})


@dataclass(frozen=True)
class Header:
    """A file's header: ``module``/``prelude`` and its ``import`` lines."""

    imports: tuple[str, ...]
    prelude: bool
    end: int
    """Offset just past the header's last token (0 when there is none)."""

    @property
    def lean_imports(self) -> tuple[str, ...]:
        """The imports as Lean sees them: ``Init`` first unless the file is a ``prelude``."""
        return self.imports if self.prelude or "Init" in self.imports else ("Init", *self.imports)


def read_header(text: str) -> Header:
    """The file header, tokenising only as much of ``text`` as it takes (a header is short,
    the file may be long): a prefix is enough once a token follows the header's end."""
    size = 4096
    while True:
        tokens = tokenize(text[:size])
        imports: list[str] = []
        prelude, end, k = False, 0, 0
        while k < len(tokens):
            tok = tokens[k]
            if tok.kind == "doc":
                k += 1
                continue
            if tok.text == "import":
                k += 1
                if k < len(tokens) and tokens[k].text == "all":
                    k += 1
                if k < len(tokens) and tokens[k].kind == "ident":
                    imports.append(tokens[k].text.replace("«", "").replace("»", ""))
                    k += 1
            elif tok.text in _HEADER_WORDS:
                prelude = prelude or tok.text == "prelude"
                k += 1
            else:
                break
            end = tokens[k - 1].offset + len(tokens[k - 1].text)
        if k + 1 < len(tokens) or size >= len(text):
            return Header(tuple(imports), prelude, end)
        size *= 4


def header_imports(text: str) -> list[str]:
    """Module names imported by the file header (``import A``, ``public import B``, ...)."""
    return list(read_header(text).imports)
