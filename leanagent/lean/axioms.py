"""The axiom audit: ask Lean which axioms each theorem really depends on.

A temporary copy of the file gets one ``#print axioms`` command per theorem appended
(with ``pp.fullNames``: after ``open Classical`` Lean would print ``choice``);
``example``s, which have no name, are renamed to uniquely named definitions first (on
the same line, so positions stay valid). User files are never modified.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from leanagent.config import ALLOWED_AXIOMS, SORRY_AXIOM
from leanagent.lean.olean import OleanError, axioms_of, read_module
from leanagent.lean.scan import Command

_DEPENDS = re.compile(r"depends on axioms:\s*\[(.*)\]", re.S)


@dataclass(frozen=True)
class Instrumented:
    text: str
    audit_lines: dict[int, int]
    """Line of each appended ``#print axioms`` -> index of its theorem in ``theorems``."""
    theorems: tuple[Command, ...]
    shifts: dict[int, tuple[int, int]]
    """Line of a renamed ``example`` -> (column after which positions moved, by how much)."""
    original_lines: int
    names: tuple[str, ...] = ()
    """Full name of each theorem in ``theorems`` (examples under their new names)."""


def instrument(text: str, commands: list[Command], tag: str) -> Instrumented:
    """The audited copy of ``text``; ``tag`` (e.g. the module name) keeps example names unique."""
    theorems = tuple(c for c in commands if c.is_theorem)
    suffix = hashlib.sha1(tag.encode()).hexdigest()[:8]
    pieces: list[str] = []
    shifts: dict[int, tuple[int, int]] = {}
    names: list[str] = []
    last = 0
    for thm in theorems:
        if thm.name is not None:
            names.append(thm.name)
            continue
        name = f"_leanagent_example_{suffix}_{thm.keyword_offset}"
        lead = "def" if {"noncomputable", "unsafe", "partial"} & set(thm.modifiers) else "noncomputable def"
        replacement = f"{lead} {name}"
        pieces += [text[last : thm.keyword_offset], replacement]
        last = thm.keyword_offset + len(thm.keyword)
        shifts[thm.keyword_line] = (thm.keyword_col, len(replacement) - len(thm.keyword))
        names.append(_example_full_name(thm, name))
    pieces.append(text[last:])
    body = "".join(pieces)
    if not body.endswith("\n"):
        body += "\n"
    original_lines = body.count("\n")
    audit_lines = {}
    appended = []
    for index, name in enumerate(names):
        audit_lines[original_lines + 2 + index] = index
        appended.append(f"set_option pp.fullNames true in #print axioms _root_.{name}")
    return Instrumented(
        body + "\n" + "\n".join(appended) + "\n", audit_lines, theorems, shifts, original_lines, tuple(names)
    )


def _example_full_name(thm: Command, name: str) -> str:
    return f"{thm.namespace}.{name}" if thm.namespace else name


def parse_axioms(message: str) -> list[str] | None:
    """Axiom names from a ``#print axioms`` reply; None if the text is not such a reply."""
    if "does not depend on any axioms" in message:
        return []
    match = _DEPENDS.search(message)
    if match is None:
        return None
    return [name.strip() for name in match.group(1).split(",") if name.strip()]


def verdict(axioms: list[str], allowed: frozenset[str] = ALLOWED_AXIOMS) -> tuple[str, str | None]:
    """``(status, message)`` for a theorem that elaborated without errors."""
    if SORRY_AXIOM in axioms:
        return "sorry", "depends on sorryAx (the proof uses sorry)"
    extra = sorted(set(axioms) - allowed)
    if extra:
        listed = ", ".join(sorted(allowed))
        return "error", f"depends on axiom(s) beyond {listed}: {', '.join(extra)}"
    return "ok", None


def compiled_axioms(
    olean: Path, module: str, names: tuple[str, ...], search_path: tuple[Path, ...]
) -> dict[str, frozenset[str]] | None:
    """The axioms each named theorem depends on, read from the compiled module ``olean``.

    Names the module does not define are left out (Lean did not add them). A ``private``
    theorem is found under its mangled name. None when the compiled result cannot be read
    (an import missing from ``search_path``, an unknown format): the caller falls back to
    the ``#print axioms`` replies.
    """
    try:
        defined = {_unquoted(c): c for c in read_module(olean).constants}
        wanted = {}
        for name in names:
            for candidate in (name, f"_private.{module}.0.{name}"):
                if _unquoted(candidate) in defined:
                    wanted[name] = defined[_unquoted(candidate)]
                    break
        closures = axioms_of(sorted(set(wanted.values())), search_path, module=olean)
    except OleanError:
        return None
    return {name: closures[constant] for name, constant in wanted.items()}


_GUILLEMETS = re.compile(r"«([^».]*)»")


def _unquoted(name: str) -> str:
    """``Prod.«exists»`` as ``Prod.exists``: names compared without Lean's «» quoting."""
    return _GUILLEMETS.sub(r"\1", name)
