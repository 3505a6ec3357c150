"""Lean 4 source split into top-level commands, with the declarations a file defines.

It does not parse Lean; over the tokens (``source.tokens``) it tracks bracket depth and
``namespace``/``section``/``end`` scopes, and finds where each command starts. That is
enough to tell which declaration a message position belongs to and to name every theorem
fully, without running Lean.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from leanagent.source.tokens import CLOSERS, OPENERS, Token, name_parts, tokenize

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
        scopes.extend(name_parts(nxt.text))  # type: ignore[union-attr]
    elif word == "section":
        scopes.extend([None] * (len(name_parts(nxt.text)) if named else 1))  # type: ignore[union-attr]
    elif word == "mutual":
        scopes.append(None)
    elif word == "end":
        count = len(name_parts(nxt.text)) if named else 1  # type: ignore[union-attr]
        del scopes[max(0, len(scopes) - count) :]
