"""Sorry theorems in a file, and putting found proofs in their place safely.

Finding: the declaration scanner splits the file into commands; a theorem whose text
holds a ``sorry``/``admit`` token is a target, with the text before it as its context.

Writing: only the ``sorry`` is replaced (``by sorry`` keeps its ``by``, a term-mode
``sorry`` becomes ``by ...``), indented like the surrounding proof; every other byte of
the file stays as it was. The new text is written to a temporary file in the same
folder and the whole file is re-checked from scratch (``check_file``, with the axiom
audit). A proof that does not pass there is dropped; only if every kept proof passes,
and no other theorem got worse, is the original saved as a backup and replaced
atomically (``os.replace``).
"""

from __future__ import annotations

import bisect
import fnmatch
import os
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from leanagent.config import ALLOWED_AXIOMS
from leanagent.engine import Engine
from leanagent.lean.check import FileReport, check_file
from leanagent.source.commands import command_spans, scan_commands
from leanagent.source.declarations import assignment, name_matches
from leanagent.source.header import header_imports
from leanagent.source.modules import TEMP_MARK, module_path
from leanagent.source.proofs import SORRY_WORDS
from leanagent.source.tokens import tokenize

EXERCISE_MARK = re.compile(r"^[ \t]*--[ \t]*leanagent:[ \t]*exercises[ \t]*$", re.MULTILINE)
"""A line ``-- leanagent: exercises``: the file's sorries are intentional, never written over."""
PLACEHOLDER_KEYWORDS = frozenset({"opaque", "axiom"})
DEFINITION_KEYWORDS = frozenset(
    {"def", "abbrev", "instance", "opaque", "axiom", "structure", "inductive", "class"}
)


@dataclass(frozen=True)
class SorryTheorem:
    """A theorem of a file whose proof has a ``sorry``; offsets index the file's text."""

    name: str
    """Full name, or ``example@LINE``."""
    index: int
    """Position among the file's theorem commands (stable when proofs are inserted)."""
    line: int
    start: int
    """Start of the declaration (doc comment and attributes included)."""
    end: int
    """Just past its last token."""
    assign: int
    """Offset of its top-level ``:=``."""
    sorries: tuple[int, ...]
    """Offsets of the ``sorry``/``admit`` tokens."""
    namespace: str

    def context(self, text: str) -> str:
        return text[: self.start]

    def declaration(self, text: str) -> str:
        return text[self.start : self.end]

    def statement(self, text: str) -> str:
        """From the declaration's start up to (not including) ``:=``."""
        return text[self.start : self.assign].rstrip()

    def hole(self, text: str) -> Hole | None:
        """The one ``sorry`` inside a user's proof (``have h : P := by sorry``, one case of an
        induction), to be filled in place; None for a plain ``by sorry``/``sorry`` proof or
        one with several sorries (the whole proof is then searched and replaced)."""
        if len(self.sorries) != 1 or _plain(text, self):
            return None
        at = self.sorries[0]
        tokens = [t for t in tokenize(text[self.assign + 2 : at])]
        tactic_proof = bool(tokens) and tokens[0].text == "by"
        before = tokens[-1].text if tokens else ":="
        term = not tactic_proof or before in _TERM_BEFORE
        column = at - _line_start(text, at)
        return Hole(at, at + len(text[at:].split(None, 1)[0]), not term, column)


_TERM_BEFORE = frozenset({":=", "(", ",", "⟨", "$", "<|", "fun", "λ"})
"""Tokens after which a ``sorry`` in a tactic proof is a term (else it is a tactic)."""


@dataclass(frozen=True)
class Hole:
    """Where a nested ``sorry`` sits: its offsets, whether it is a tactic (else a term), and
    its column (the tactics put in its place are aligned there)."""

    start: int
    end: int
    tactic: bool
    column: int


def _plain(text: str, thm: SorryTheorem) -> bool:
    return text[thm.assign + 2 : thm.end].split() in (["by", "sorry"], ["sorry"], ["by", "admit"], ["admit"])


def find_sorries(text: str) -> list[SorryTheorem]:
    """Every theorem, lemma or example of ``text`` whose proof uses ``sorry`` or ``admit``."""
    tokens = tokenize(text)
    offsets = [t.offset for t in tokens]
    found = []
    index = -1
    for cmd, start, stop in command_spans(scan_commands(text), len(text)):
        if not cmd.is_theorem:
            continue
        index += 1
        mine = tokens[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, stop)]
        at = assignment(mine)
        if at is None:
            continue
        assign = mine[at].offset
        body = [t for t in mine if t.offset > assign]
        sorries = tuple(t.offset for t in body if t.kind == "ident" and t.text in SORRY_WORDS)
        if not sorries:
            continue
        end = body[-1].offset + len(body[-1].text)
        name = cmd.name or f"example@{cmd.keyword_line}"
        found.append(SorryTheorem(name, index, cmd.keyword_line, start, end, assign, sorries, cmd.namespace))
    return found


# --------------------------------------------------------------------------- editing


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _indent_of(text: str, offset: int) -> str:
    start = _line_start(text, offset)
    line = text[start:offset]
    return line[: len(line) - len(line.lstrip())]


def _block(tactics: tuple[str, ...], indent: str, newline: str) -> str:
    lines = [line for t in tactics for line in t.split("\n")]
    return (newline + indent).join(lines)


def render_edit(text: str, thm: SorryTheorem, tactics: tuple[str, ...]) -> tuple[int, int, str]:
    """The (start, end, replacement) that puts ``tactics`` in place of the theorem's proof."""
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text[thm.assign + 2 : thm.end].split()
    one_line = len(tactics) == 1 and "\n" not in tactics[0]
    hole = thm.hole(text)
    if hole is not None:  # in place of that sorry, aligned on its column
        lead = "" if hole.tactic else "by "
        return hole.start, hole.end, lead + _block(tactics, " " * (hole.column + len(lead)), newline)
    if len(thm.sorries) == 1 and body in (["by", "sorry"], ["sorry"], ["by", "admit"], ["admit"]):
        at = thm.sorries[0]
        word_end = at + len(text[at:].split(None, 1)[0])
        term_mode = body[0] != "by"
        alone = text[_line_start(text, at) : at].strip() == ""
        if alone:  # the sorry sits on a line of its own: keep its column
            indent = _indent_of(text, at)
            prefix = f"by{newline}{indent}" if term_mode else ""
            return at, word_end, prefix + _block(tactics, indent, newline)
        if one_line:
            return at, word_end, ("by " if term_mode else "") + tactics[0]
        indent = _indent_of(text, thm.start) + "  "
        lead = "by" if term_mode else ""
        return at, word_end, f"{lead}{newline}{indent}" + _block(tactics, indent, newline)
    # several sorries in a partial proof: replace the whole proof after `:=`
    indent = _indent_of(text, thm.start) + "  "
    return thm.assign + 2, thm.end, f" by{newline}{indent}" + _block(tactics, indent, newline)


def apply_proofs(text: str, proofs: dict[SorryTheorem, tuple[str, ...]]) -> str:
    """``text`` with each theorem's proof replaced (edits applied from the end backwards)."""
    edits = sorted((render_edit(text, thm, tacs) for thm, tacs in proofs.items()), reverse=True)
    for start, end, replacement in edits:
        text = text[:start] + replacement + text[end:]
    return text


# --------------------------------------------------------------------------- exercises, placeholders


def is_exercise_file(path: Path, text: str, patterns: str = "") -> bool:
    """The file carries the exercise marker, or its path matches one of the comma-separated
    glob ``patterns`` (the ``exercises`` setting)."""
    if EXERCISE_MARK.search(text):
        return True
    globs = [g.strip() for g in patterns.split(",") if g.strip()]
    return any(fnmatch.fnmatch(str(path), g) or fnmatch.fnmatch(path.name, g) for g in globs)


def _definitions(text: str) -> dict[str, tuple[str, set[str]]]:
    """Definitions of ``text``: full name -> (why it is a placeholder or "", identifiers used)."""
    tokens = tokenize(text)
    offsets = [t.offset for t in tokens]
    found = {}
    for cmd, start, stop in command_spans(scan_commands(text), len(text)):
        if cmd.name is None or cmd.keyword not in DEFINITION_KEYWORDS:
            continue
        mine = tokens[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, stop)]
        idents = {t.text for t in mine if t.kind == "ident"}
        why = ""
        if cmd.keyword in PLACEHOLDER_KEYWORDS:
            why = f"`{cmd.name}` is an {cmd.keyword} constant"
        elif idents & SORRY_WORDS:
            why = f"`{cmd.name}` is defined with sorry"
        found[cmd.name] = (why, idents - {cmd.name})
    return found


def imported_sources(text: str, root: Path | None) -> list[str]:
    """Texts of the project modules ``text`` imports, transitively (found under ``root``)."""
    if root is None:
        return []
    seen: set[str] = set()
    out = []
    todo = list(header_imports(text))
    while todo:
        name = todo.pop()
        path = module_path(root, name)
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        source = path.read_bytes().decode("utf-8")
        out.append(source)
        todo.extend(header_imports(source))
    return out


def placeholder_reason(text: str, thm: SorryTheorem, proved_text: str, imported: list[str]) -> str | None:
    """Why a proof may hold only because a definition it uses is a placeholder (a ``sorry``
    in the definition, or an ``opaque``/``axiom`` constant), or None. ``proved_text`` is the
    theorem with its proof; the definitions are those above it and in its imports, and one
    used by a used definition counts too."""
    defs: dict[str, tuple[str, set[str]]] = {}
    for source in [*imported, thm.context(text)]:
        defs.update(_definitions(source))

    def named(ident: str) -> list[str]:
        return [n for n in defs if name_matches(n, ident)]

    todo = [t.text for t in tokenize(proved_text) if t.kind == "ident"]
    seen: set[str] = set()
    while todo:
        for name in named(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            why, idents = defs[name]
            if why:
                return why
            todo.extend(idents)
    return None


# --------------------------------------------------------------------------- verifying, writing


@dataclass
class WriteOutcome:
    path: Path
    verified: dict[str, bool] = field(default_factory=dict)
    """Theorem name -> whether its proof passed the whole-file re-check."""
    reasons: dict[str, str] = field(default_factory=dict)
    """Why a proof was dropped."""
    written: bool = False
    backup: Path | None = None
    error: str | None = None
    text: str | None = None
    """The verified new text (also when not written)."""
    placeholders: dict[str, str] = field(default_factory=dict)
    """Theorem name -> why its verified proof may rest on a placeholder definition."""


def _ok(report: FileReport, index: int) -> tuple[bool, str]:
    if index >= len(report.theorems):
        return False, "theorem missing in the re-check"
    result = report.theorems[index]
    if not result.ok:
        return False, f"{result.status}: {result.message}"
    if not set(result.axioms) <= ALLOWED_AXIOMS:
        return False, f"axioms {result.axioms}"
    return True, ""


def _statuses(report: FileReport) -> list[str]:
    return [t.status for t in report.theorems]


def verify_and_write(
    path: Path,
    original: str,
    proofs: dict[SorryTheorem, tuple[str, ...]],
    *,
    write: bool,
    project: Path | None = None,
    engine: Engine | None = None,
    timeout: float | None = None,
    exercises: str = "",
    root: Path | None = None,
) -> WriteOutcome:
    """Re-check ``path`` with the proofs in place; with ``write``, replace it atomically.

    ``original`` is the text the proofs were found for: if the file changed since, nothing
    is written. Proofs that fail the re-check are dropped and the rest re-checked. A
    verified proof that uses a placeholder definition (found above it or in the project
    modules under ``root`` it imports) is flagged and not written; an exercise file
    (``is_exercise_file`` with the ``exercises`` patterns) is never written.
    """
    outcome = WriteOutcome(path)
    if not proofs:
        return outcome
    baseline: list[str] | None = None
    kept = dict(proofs)
    tmp = path.with_name(f"{path.stem}{TEMP_MARK}{uuid.uuid4().hex[:8]}{path.suffix}")
    try:
        while kept:
            text = apply_proofs(original, kept)
            tmp.write_bytes(text.encode("utf-8"))
            report = check_file(tmp, engine, timeout, project=project)
            failed = {}
            for thm in kept:
                ok, why = _ok(report, thm.index)
                if not ok:
                    failed[thm] = why
            if not failed and report.errors:
                failed = dict.fromkeys(kept, f"file errors: {report.errors[0]}")
            if not failed:
                if baseline is None:
                    tmp.write_bytes(original.encode("utf-8"))
                    baseline = _statuses(check_file(tmp, engine, timeout, project=project))
                now = _statuses(report)
                proved = {t.index for t in kept}
                worse = [
                    i
                    for i, (before, after) in enumerate(zip(baseline, now, strict=False))
                    if i not in proved and before != after
                ]
                if worse or len(baseline) != len(now):
                    failed = dict.fromkeys(kept, "another theorem changed status")
                else:
                    break
            for thm, why in failed.items():
                outcome.verified[thm.name] = False
                outcome.reasons[thm.name] = why
                del kept[thm]
        else:
            return outcome
        outcome.verified.update({thm.name: True for thm in kept})
        outcome.text = text
        imported = imported_sources(original, root)
        for thm, tactics in kept.items():
            start, end, replacement = render_edit(original, thm, tactics)
            proved = original[thm.start : start] + replacement + original[end : thm.end]
            why = placeholder_reason(original, thm, proved, imported)
            if why:
                outcome.placeholders[thm.name] = why
        if not write:
            return outcome
        if is_exercise_file(path, original, exercises):
            outcome.error = "an exercise file (its sorries are intentional): proofs verified, nothing written"
            return outcome
        if outcome.placeholders:
            names = ", ".join(sorted(outcome.placeholders))
            outcome.error = f"proofs of {names} may rest on a placeholder definition: nothing written"
            return outcome
        current = path.read_bytes().decode("utf-8")
        if current != original:
            outcome.error = "the file changed during the search; nothing written"
            return outcome
        tmp.write_bytes(text.encode("utf-8"))
        shutil.copymode(path, tmp)
        outcome.backup = _backup(path)
        os.replace(tmp, path)
        outcome.written = True
        return outcome
    finally:
        tmp.unlink(missing_ok=True)


def _backup(path: Path) -> Path:
    """Copy ``path`` to ``path.bak`` (``.bak1``, ``.bak2``, ... if taken); never overwrite one."""
    backup = path.with_name(path.name + ".bak")
    k = 0
    while backup.exists():
        k += 1
        backup = path.with_name(f"{path.name}.bak{k}")
    shutil.copy2(path, backup)
    return backup
