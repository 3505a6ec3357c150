"""Source-level signs that a file tries to change what the audit sees.

The compiled module decides the axioms; these are the tricks that act before anything is
compiled, so no .olean can show them: telling the kernel to look away, replacing the core
library (``prelude``), and syntax extensions over the commands the audit relies on (a
``macro_rules`` that turns ``theorem t : P := ...`` into a theorem of something else, or
rewrites ``#print axioms``). Each finding fails the whole file; those that can change what a
theorem states or how it was checked fail every theorem too.
"""

from __future__ import annotations

from dataclasses import dataclass

from leanagent.lean.scan import Token, command_spans, read_header, scan_commands, tokenize

KERNEL_OFF = "skipKernelTC"
"""``set_option debug.skipKernelTC true`` adds declarations without the kernel's type check."""

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
AUDIT_WORDS = frozenset(
    {
        "theorem",
        "lemma",
        "example",
        "axiom",
        "def",
        "instance",
        "abbrev",
        "opaque",
        "set_option",
        "sorry",
        "admit",
        "by",
        "decreasing_by",
        "termination_by",
        "import",
        "prelude",
        "namespace",
        "section",
        "end",
        "mutual",
        "attribute",
    }
)
"""Keywords whose meaning the audit takes as Lean's own."""


@dataclass(frozen=True)
class Tampering:
    message: str
    theorems: bool
    """Whether it can change what the file's theorems state or how they were checked (a
    rewritten ``#print`` cannot: the audit does not read its output)."""


def tampering(text: str) -> list[Tampering]:
    """What in ``text`` could make the audit judge something other than what the file says."""
    found = []
    if KERNEL_OFF in text:  # even in a comment or a string: a macro could assemble the option
        found.append(
            Tampering(f"the file mentions {KERNEL_OFF}: the kernel may not have checked its theorems", True)
        )
    if read_header(text).prelude:
        message = (
            "the file is a `prelude`: it does not import the toolchain's core library, so its "
            "`Eq`, `Nat`, axioms ... are its own"
        )
        found.append(Tampering(message, True))
    tokens = tokenize(text)
    for cmd, start, end in command_spans(scan_commands(text), len(text)):
        if cmd.keyword not in SYNTAX_COMMANDS:
            continue
        span = [t for t in tokens if start <= t.offset < end]
        hits = _audit_syntax(span)
        if hits:
            what = ", ".join(sorted(hits))
            message = f"{cmd.line}:{cmd.col}: `{cmd.keyword}` over {what}: the file may redefine what the audit relies on"
            found.append(Tampering(message, any(not h.startswith("`#") for h in hits)))
    return found


def _audit_syntax(span: list[Token]) -> set[str]:
    """The audit-relevant syntax a syntax-extension command touches (``#``-commands in backquotes)."""
    hits = set()
    for i, tok in enumerate(span):
        if tok.kind == "ident" and tok.text == "command" and i and span[i - 1].text in {":", "("}:
            hits.add("the command category")
        atom = tok.text.strip('"').strip() if tok.kind == "str" else ""
        if atom and " " not in atom and (atom in AUDIT_WORDS or (atom.startswith("#") and len(atom) > 1)):
            hits.add(f"`{atom}`")  # an atom (a syntax's token); longer strings are messages
        if tok.text == "`" and i + 2 < len(span) and span[i + 1].text == "(":
            inner = span[i + 2].text
            if inner in AUDIT_WORDS or inner.startswith("#"):
                hits.add(f"`{inner}`")
            elif inner == "command":
                hits.add("the command category")
    return hits
