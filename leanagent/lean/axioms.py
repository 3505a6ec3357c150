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
from leanagent.lean.olean import (
    ConstantFacts,
    ConstKind,
    OleanError,
    environment,
    notable_dependencies,
    read_module,
)
from leanagent.source.commands import Command
from leanagent.source.tokens import name_parts

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


NATIVE_AXIOMS = frozenset({"Lean.ofReduceBool", "Lean.ofReduceNat", "Lean.trustCompiler"})
"""What ``native_decide`` and other compiled evaluation leave behind: trust in the compiler."""
STANDARD_AXIOMS = ALLOWED_AXIOMS | NATIVE_AXIOMS | {SORRY_AXIOM}
_STANDARD_STEMS = {name.rsplit(".", 1)[-1].lower(): name for name in STANDARD_AXIOMS}


def verdict(axioms: list[str], allowed: frozenset[str] = ALLOWED_AXIOMS) -> tuple[str, str | None]:
    """``(status, message)`` for a theorem that elaborated without errors."""
    if SORRY_AXIOM in axioms:
        return "sorry", "depends on sorryAx (the proof uses sorry)"
    extra = sorted(set(axioms) - allowed)
    if extra:
        listed = ", ".join(sorted(allowed))
        message = f"depends on axiom(s) beyond {listed}: {', '.join(extra)}"
        native = sorted(NATIVE_AXIOMS & set(extra))
        if native:
            message += f" ({', '.join(native)}: native_decide or compiled evaluation; the compiler, not the kernel, decided it)"
        return "error", message
    return "ok", None


def standard_lookalike(name: str) -> str | None:
    """The standard axiom ``name`` is named after (``Foo.propext'``, ``Classical.choice₂``), if any."""
    last = re.sub(r"[«»]", "", name.rsplit(".", 1)[-1])
    stem = last.lower().rstrip("'_0123456789\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089")
    return _STANDARD_STEMS.get(stem)


@dataclass(frozen=True)
class CompiledAudit:
    """What the compiled module says: per theorem its axioms and what else keeps it from ``ok``."""

    axioms: dict[str, frozenset[str]]
    """Full theorem name -> axioms (theorems the module does not define are left out)."""
    concerns: dict[str, tuple[str, ...]]
    """Full theorem name -> reasons it cannot be ok beyond its axioms (e.g. ``implemented_by``)."""
    module_errors: tuple[tuple[str, str], ...] = ()
    """(declaration, why) for declarations that fail the whole file (``unsafe``, an axiom named
    like a standard one)."""
    sorry_declarations: tuple[str, ...] = ()
    """Declarations other than the theorems (a ``decreasing_by sorry``, an instance) using sorry."""


def compiled_audit(
    olean: Path,
    module: str,
    names: tuple[str, ...],
    search_path: tuple[Path, ...],
    trusted: tuple[Path, ...],
) -> CompiledAudit | None:
    """Audit the compiled module ``olean``: each named theorem's dependencies, and its declarations.

    ``trusted``: the folders of the toolchain's own library; a standard axiom's name declared
    anywhere else (a ``prelude`` file can declare ``propext``) is not the standard axiom, and
    ``unsafe``, ``implemented_by`` and ``extern`` count only outside it. Names the module does
    not define are left out (Lean did not add them). A ``private`` theorem is found under its
    mangled name. None when the compiled result cannot be read (an import missing from
    ``search_path``, an unknown format): the caller falls back to the ``#print axioms`` replies.
    """
    try:
        constants = read_module(olean).constants
        defined = {_unquoted(c): c for c in constants}
        wanted = {}
        for name in names:
            for candidate in (name, f"_private.{module}.0.{name}"):
                if _unquoted(candidate) in defined:
                    wanted[name] = defined[_unquoted(candidate)]
                    break
        found = notable_dependencies(sorted(constants), search_path, module=olean)
        env = environment(search_path, module=olean)
    except OleanError:
        return None
    roots = tuple(wanted.values())
    trusted_dirs = tuple(t.resolve() for t in trusted)

    def untrusted(facts: ConstantFacts) -> bool:
        return not any(facts.path.is_relative_to(t) for t in trusted_dirs)

    axioms = {
        name: frozenset(f.name for f in found[c] if f.kind is ConstKind.AXIOM) for name, c in wanted.items()
    }
    overriding = {n for n, f in constants.items() if f.instance and _core_only(f, env, untrusted)}
    concerns = {
        name: tuple(
            _concern(f) for f in sorted(found[c], key=lambda f: f.name) if untrusted(f) and _concern(f)
        )
        + tuple(
            f"uses instance {i}, which redefines core notation for core types"
            for i in sorted(overriding & constants[c].references)
        )
        + _shadowing(constants[c], env, untrusted)
        for name, c in wanted.items()
    }
    module_errors = []
    sorry_declarations: list[str] = []
    for name in sorted(constants):
        facts = constants[name]
        if facts.unsafe:
            module_errors.append((name, f"declares `unsafe` {name}: the kernel does not check unsafe code"))
        if facts.kind is ConstKind.AXIOM and standard_lookalike(name) and untrusted(facts):
            why = (
                f"declares axiom {name}, named like the standard {standard_lookalike(name)}: "
                "only the toolchain's own axiom is the standard one"
            )
            module_errors.append((name, why))
        if name in overriding:
            why = (
                f"declares instance {name} of a core class for core types only: it can change "
                "what core notation (numerals, `+`, `=` ...) means in the file's statements"
            )
            module_errors.append((name, why))
        own = name in roots or any(name.startswith(f"{r}.") for r in roots)
        covered = any(name.startswith(f"{d}.") for d in sorry_declarations)
        if not own and not covered and any(f.name == SORRY_AXIOM for f in found[name]):
            sorry_declarations.append(name)
    return CompiledAudit(axioms, concerns, tuple(module_errors), tuple(sorry_declarations))


LOGICAL_CONSTANTS = frozenset({"False", "True", "Not", "Eq", "Ne", "HEq", "And", "Or", "Iff", "Exists"})
"""The core names a statement's meaning rests on: a file's own definition under one misleads."""
ALIASING_KINDS = frozenset({ConstKind.DEFINITION, ConstKind.OPAQUE})


def _shadowing(theorem: ConstantFacts, env: dict[str, ConstantFacts], untrusted) -> tuple[str, ...]:
    """A statement that mentions ``X.False`` where ``False`` is the trusted library's: inside
    ``namespace X`` the file reads ``False`` and means its own. Only a definition of the file's
    named like a logical constant counts: reusing core names for one's own types and functions
    (``Hidden.Nat.add``, ``Relations.Sub``, an inductive ``Hidden.False``) is ordinary Lean."""
    found = []
    for ref in sorted(theorem.type_references):
        if ref not in env or not untrusted(env[ref]) or env[ref].kind not in ALIASING_KINDS:
            continue
        parts = name_parts(ref)
        if parts[-1] not in LOGICAL_CONSTANTS:
            continue
        for k in range(1, len(parts)):
            core = ".".join(parts[k:])
            if core in env and not untrusted(env[core]):
                found.append(f"its statement uses {ref}, which reads as the core {core} inside its namespace")
                break
    return tuple(found)


def _core_only(facts: ConstantFacts, env: dict[str, ConstantFacts], untrusted) -> bool:
    """Whether an instance's type mentions only the trusted library's constants."""
    refs = facts.type_references
    return bool(refs) and all(r in env and not untrusted(env[r]) for r in refs)


def _concern(facts: ConstantFacts) -> str | None:
    """Why depending on ``facts`` (declared outside the trusted library) is not ``ok``."""
    if facts.kind is ConstKind.AXIOM and facts.name in STANDARD_AXIOMS:
        return (
            f"{facts.name} here is declared in {facts.path.stem}, not in the toolchain's library: "
            "it only borrows the standard axiom's name"
        )
    if facts.kind is ConstKind.AXIOM and standard_lookalike(facts.name):
        return f"depends on axiom {facts.name}, named like the standard {standard_lookalike(facts.name)}"
    if facts.implemented_by is not None:
        return (
            f"depends on {facts.name}, which is @[implemented_by {facts.implemented_by}]: "
            "compiled code runs other code than the definition the kernel checked"
        )
    if facts.extern:
        return f"depends on {facts.name}, which is @[extern]: compiled code calls foreign code instead"
    if facts.unsafe:
        return f"depends on `unsafe` {facts.name}"
    return None


_GUILLEMETS = re.compile(r"«([^».]*)»")


def _unquoted(name: str) -> str:
    """``Prod.«exists»`` as ``Prod.exists``: names compared without Lean's «» quoting."""
    return _GUILLEMETS.sub(r"\1", name)
