"""Source-level signs that a file tries to change what the audit sees.

The compiled module decides the axioms; these are the tricks that act before anything is
compiled, so no .olean can show them: telling the kernel to look away, replacing the core
library (``prelude``), and syntax extensions over the commands the audit relies on (a
``macro_rules`` that turns ``theorem t : P := ...`` into a theorem of something else, or
rewrites ``#print axioms``), and syntax extensions that give the core library's own notation
another meaning (``infixl " + "`` or ``macro_rules | `($a = $b) => `(True)``: the theorem
Lean proves is not the one the file shows). Each finding fails the whole file; those that can
change what a theorem states or how it was checked fail every theorem too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from leanagent.config import get_settings
from leanagent.source.commands import SYNTAX_COMMANDS, command_spans, scan_commands
from leanagent.source.header import read_header
from leanagent.source.tokens import OPENERS, Token, tokenize

KERNEL_OFF = "skipKernelTC"
"""``set_option debug.skipKernelTC true`` adds declarations without the kernel's type check."""

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
ENVIRONMENT_WRITERS = frozenset(
    {
        "addDeclWithoutChecking",
        "addDeclCore",
        "modifyEnv",
        "setEnv",
        "ofKernelEnv",
        "unsafeBaseIO",
        "unsafeIO",
        "unsafeEIO",
    }
)
"""Meta-programming calls (with ``import Lean``) that can put a declaration into the
environment without the kernel's check, or run arbitrary code while elaborating."""
NOTATION_COMMANDS = frozenset({"notation", "infix", "infixl", "infixr", "prefix", "postfix"})
_PUNCTUATION = frozenset({*OPENERS, *OPENERS.values(), ",", ":", "|", ";", ".", "..", "$", "@", "`"})
"""Atoms too common to mean a redefinition (brackets of a user's own notation, separators)."""


@lru_cache(maxsize=4)
def _core_in(folder: str) -> tuple[frozenset[str], frozenset[str]]:
    atoms: set[str] = set()
    names: set[str] = set()
    for path in sorted(Path(folder).rglob("*.lean")):
        text = path.read_text(encoding="utf-8")
        tokens = tokenize(text)
        for cmd, start, end in command_spans(scan_commands(text), len(text)):
            if cmd.name:
                names |= {cmd.name, cmd.name.rsplit(".", 1)[-1]}
            if cmd.keyword not in NOTATION_COMMANDS | {"syntax", "macro"}:
                continue
            span = [t for t in tokens if start <= t.offset < end]
            if cmd.keyword in NOTATION_COMMANDS or _category(span) in ("term", None):
                atoms |= _atoms(span)
    return frozenset(atoms - _PUNCTUATION), frozenset(names)


def core_atoms() -> frozenset[str]:
    """The term-level notation tokens of the core library (``=``, ``+``, ``∧``, ``→`` ...)."""
    folder = get_settings().core_dir
    return _core_in(str(folder))[0] if folder.is_dir() else frozenset()


def core_names() -> frozenset[str]:
    """Names the core library declares (full, and their last component: ``False``, ``Nat``)."""
    folder = get_settings().core_dir
    return _core_in(str(folder))[1] if folder.is_dir() else frozenset()


def _atoms(span: list[Token]) -> set[str]:
    return {a for t in span if t.kind == "str" and (a := t.text.strip('"').strip()) and " " not in a}


def _category(span: list[Token]) -> str | None:
    """The syntax category a ``syntax``/``macro`` declares into (the identifier after its last
    top-level ``:`` before ``=>``)."""
    end = next(
        (i for i, t in enumerate(span) if t.text == "=" and i + 1 < len(span) and span[i + 1].text == ">"),
        len(span),
    )
    for i in range(end - 2, 0, -1):
        if span[i].text == ":" and span[i + 1].kind == "ident":
            return span[i + 1].text
    return None


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
    commands = scan_commands(text)
    declared = core_names() | {n for c in commands if c.name for n in (c.name, c.name.rsplit(".", 1)[-1])}
    writers = sorted(
        {t.text for t in tokens if t.kind == "ident" and t.text.rsplit(".", 1)[-1] in ENVIRONMENT_WRITERS}
    )
    if writers:
        message = f"the file calls {', '.join(writers)}: it can add declarations the kernel never checked"
        found.append(Tampering(message, True))
    for cmd, start, end in command_spans(commands, len(text)):
        if cmd.keyword not in SYNTAX_COMMANDS:
            continue
        span = [t for t in tokens if start <= t.offset < end]
        hits = _audit_syntax(span) | _core_notation(cmd.keyword, span)
        hits |= {f"the name `{a}`" for a in _atoms(span) & declared}  # `notation "False" => True`
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


def _core_notation(keyword: str, span: list[Token]) -> set[str]:
    """Core notation a syntax extension gives another meaning: an atom of the core's in a new
    term notation, or a ``macro_rules``/``elab_rules`` pattern that starts with one."""
    core = core_atoms()
    if keyword in ("macro_rules", "elab_rules"):
        found = set()
        for i, tok in enumerate(span):
            if (
                tok.text == "`"
                and i + 1 < len(span)
                and span[i + 1].text == "("
                and i
                and span[i - 1].text == "|"
            ):
                lead = _pattern_lead(span, i + 2)
                if lead is not None:
                    found |= {f"the core notation `{a}`" for a in core if lead.startswith(a) and a}
        return {max(found, key=len)} if found else set()
    if keyword in NOTATION_COMMANDS or (keyword in ("syntax", "macro", "elab") and _category(span) == "term"):
        # Without a priority, a new notation over a core atom only overloads it: where both
        # readings elaborate Lean reports the ambiguity, so the core meaning cannot be
        # silently replaced (a group's own `postfix "⁻¹"` is ordinary Lean).
        if not any(t.kind == "ident" and t.text == "priority" for t in span):
            return set()
        return {f"the core notation `{a}`" for a in _atoms(span) & core}
    return set()


def _pattern_lead(span: list[Token], k: int) -> str | None:
    """The first atom of the quotation pattern starting at ``span[k]`` (antiquotations
    ``$x``/``$x:cat``/``$_`` skipped), with the symbols right after it; None for a pattern of
    another category (``tactic| ...``)."""
    if k + 1 < len(span) and span[k + 1].text == "|" and span[k].kind == "ident":
        if span[k].text != "term":
            return None
        k += 2
    while k < len(span) and span[k].text == "$":
        k += 2  # `$` and the name
        if k + 1 < len(span) and span[k].text == ":" and span[k + 1].kind == "ident":
            k += 2
    if k >= len(span):
        return None
    if span[k].kind == "ident":
        return span[k].text
    lead, j = "", k
    while (
        j < len(span)
        and span[j].kind == "sym"
        and span[j].text not in "$()"
        and span[j].offset == span[k].offset + len(lead)
    ):
        lead += span[j].text
        j += 1
    return lead or None


def lakefile_tampering(project: Path) -> list[Tampering]:
    """A Lake project whose lakefile passes ``debug.skipKernelTC`` (``leanOptions``,
    ``moreLeanArgs``) builds its modules without the kernel's check."""
    found = []
    for name in ("lakefile.lean", "lakefile.toml"):
        path = project / name
        if path.is_file() and KERNEL_OFF in path.read_text(encoding="utf-8", errors="replace"):
            found.append(
                Tampering(f"{name} mentions {KERNEL_OFF}: Lake may build without the kernel's check", True)
            )
    return found
