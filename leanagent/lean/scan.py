"""A lightweight scanner of Lean 4 source: imports and the declarations a file defines.

It does not parse Lean; it tokenises (skipping comments, strings and character
literals), tracks bracket depth and ``namespace``/``section``/``end`` scopes, and finds
where each command starts. That is enough to tell which declaration a message position
belongs to and to name every theorem fully, without running Lean.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

DECL_KEYWORDS = frozenset(
    {
        "theorem",
        "lemma",
        "example",
        "def",
        "instance",
        "abbrev",
        "axiom",
        "structure",
        "class",
        "inductive",
        "opaque",
    }
)
THEOREM_KEYWORDS = frozenset({"theorem", "lemma", "example"})
MODIFIERS = frozenset(
    {
        "private",
        "protected",
        "public",
        "noncomputable",
        "unsafe",
        "partial",
        "nonrec",
        "local",
        "scoped",
        "meta",
    }
)
SCOPE_COMMANDS = frozenset({"namespace", "section", "end", "mutual"})
# Commands that extend the syntax (the audit refuses those over the words it relies on).
SYNTAX_COMMANDS = frozenset(
    {
        "macro",
        "macro_rules",
        "syntax",
        "elab",
        "elab_rules",
        "notation",
        "infix",
        "infixl",
        "infixr",
        "prefix",
        "postfix",
        "declare_syntax_cat",
    }
)
# Commands only recognised at the start of a line: these words also occur inside terms.
LINE_COMMANDS = SYNTAX_COMMANDS | frozenset(
    {
        "open",
        "variable",
        "universe",
        "set_option",
        "import",
        "prelude",
        "module",
        "attribute",
        "deriving",  # only `deriving instance ...`: a trailing `deriving C` belongs to its type
        "initialize",
        "builtin_initialize",
        "export",
        "omit",
        "include",
        "unif_hint",
        "add_decl_doc",
        "run_cmd",
        "run_elab",
        "run_meta",
        "register_simp_attr",
    }
)
OPENERS = {"(": ")", "[": "]", "{": "}", "⟨": "⟩", "⦃": "⦄", "⟦": "⟧"}
CLOSERS = frozenset(OPENERS.values())


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


@dataclass(frozen=True)
class Command:
    """A top-level command: where it starts and, for declarations, what it declares."""

    keyword: str
    line: int
    col: int
    """Start of the command including its doc comment, attributes and modifiers."""
    offset: int
    """The same start as a character offset."""
    keyword_offset: int
    keyword_line: int
    keyword_col: int
    name: str | None
    """Fully qualified name as Lean would print it (None for ``example``/anonymous)."""
    modifiers: tuple[str, ...]
    namespace: str
    """The namespace the command sits in (``""`` at the root)."""

    @property
    def is_theorem(self) -> bool:
        return self.keyword in THEOREM_KEYWORDS


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
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/-", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("-/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
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


def _split_name(name: str) -> list[str]:
    """Components of a dotted name, keeping «escaped» components whole."""
    return re.findall(r"«[^»]*»|[^.]+", name)


def scan_commands(text: str) -> list[Command]:
    """Every command start in the file, with declaration names resolved against scopes."""
    tokens = tokenize(text)
    commands: list[Command] = []
    scopes: list[str | None] = []  # one entry per namespace component / section / mutual
    depth = 0
    header_start: int | None = None  # index of the first doc/attribute/modifier token
    modifiers: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.col == 0 and tok.kind in {"ident", "doc"} or (tok.text == "@" and tok.col == 0):
            depth = 0  # a line-start command word ends any unbalanced bracket run
        if depth > 0:
            if tok.text in OPENERS:
                depth += 1
            elif tok.text in CLOSERS:
                depth -= 1
            k += 1
            continue
        if tok.kind == "doc" or tok.text in MODIFIERS:
            if header_start is None:
                header_start = k
            if tok.text in MODIFIERS:
                modifiers.append(tok.text)
            k += 1
            continue
        if tok.text == "@" and k + 1 < len(tokens) and tokens[k + 1].text == "[":
            if header_start is None:
                header_start = k
            k = _matching_close(tokens, k + 1) + 1
            continue
        word = tok.text
        prev = tokens[k - 1].text if k else ""
        is_decl = word in DECL_KEYWORDS and not (word == "instance" and prev == "deriving")
        nxt_text = tokens[k + 1].text if k + 1 < len(tokens) else ""
        first_on_line = k == 0 or tokens[k - 1].line != tok.line
        is_cmd = (
            is_decl
            or word in SCOPE_COMMANDS
            or (
                (tok.col == 0 or header_start is not None)  # e.g. `local notation ...`
                and word in LINE_COMMANDS
                and (word != "deriving" or nxt_text == "instance")
            )
            # `#eval`, `#guard`, ...: keywords Lean reads as commands wherever a line starts.
            or (first_on_line and word.startswith("#") and len(word) > 1 and word[1].isalpha())
        )
        if not is_cmd:
            header_start, modifiers = None, []
            if word in OPENERS:
                depth += 1
            k += 1
            continue
        first = tokens[header_start] if header_start is not None else tok
        name = None
        if is_decl:
            if word == "class" and k + 1 < len(tokens) and tokens[k + 1].text in {"inductive", "abbrev"}:
                k += 1
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if word != "example" and nxt is not None and nxt.kind == "ident":
                name = _qualify(scopes, nxt.text)
        namespace = ".".join(s for s in scopes if s)
        commands.append(
            Command(
                word,
                first.line,
                first.col,
                first.offset,
                tok.offset,
                tok.line,
                tok.col,
                name,
                tuple(modifiers),
                namespace,
            )
        )
        _update_scopes(scopes, word, tokens, k)
        header_start, modifiers = None, []
        k += 1
    return commands


def command_spans(commands: list[Command], length: int) -> Iterator[tuple[Command, int, int]]:
    """Each command with the offsets of its text: from its start (doc comment and modifiers
    included) to the next command's start, or to ``length``, the end of the text."""
    for i, cmd in enumerate(commands):
        yield cmd, cmd.offset, commands[i + 1].offset if i + 1 < len(commands) else length


def _matching_close(tokens: list[Token], k: int) -> int:
    depth = 0
    for j in range(k, len(tokens)):
        if tokens[j].text in OPENERS:
            depth += 1
        elif tokens[j].text in CLOSERS:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def _qualify(scopes: list[str | None], name: str) -> str:
    if name.startswith("_root_."):
        return name[len("_root_.") :]
    return ".".join([s for s in scopes if s] + [name])


def _update_scopes(scopes: list[str | None], word: str, tokens: list[Token], k: int) -> None:
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    named = nxt is not None and nxt.kind == "ident" and nxt.line == tokens[k].line
    if word == "namespace" and named:
        scopes.extend(_split_name(nxt.text))  # type: ignore[union-attr]
    elif word == "section":
        scopes.extend([None] * (len(_split_name(nxt.text)) if named else 1))  # type: ignore[union-attr]
    elif word == "mutual":
        scopes.append(None)
    elif word == "end":
        count = len(_split_name(nxt.text)) if named else 1  # type: ignore[union-attr]
        del scopes[max(0, len(scopes) - count) :]
