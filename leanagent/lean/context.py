"""Compiled contexts: a theorem's file prefix elaborated once into an ``.olean``.

Lean's language server re-reports the whole document after every edit, so a Dojo's step
costs more the more commands lie above the theorem. Here the prefix goes into a module
(``LeanagentContext_<hash>``, built by the one module builder, `build_dependencies`, and
content-addressed like any dependency build), and the Dojo's document becomes
``import`` that module + the commands that re-establish the scope at the cut + the few
commands between the cut and the theorem.

Modules form a chain per file: the next cut imports the last module built for a prefix of
the same text, so each command is compiled once however many theorems follow it. A
module is built only once `compile_after` commands have piled up past the last cut.

What an import cannot carry decides where a cut may go (`Cut`): the scope (namespaces,
sections, ``open``s, ``set_option``s, ``universe``s) is re-established by replaying those
commands; ``variable``s, ``include``/``omit``, ``local`` notations, instances and
attributes active at the cut cannot travel; ``private`` declarations are invisible from
another module; ``prelude``/``module`` files and ``initialize`` (run on import) are left
alone. No cut, or a failed build: the Dojo keeps the whole text (``CompiledContext.note``
says why).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from leanagent.config import get_settings
from leanagent.engine import Engine
from leanagent.lean.project import DependencyError, build_dependencies
from leanagent.source.commands import Command, command_spans, scan_commands
from leanagent.source.header import read_header
from leanagent.source.modules import Module
from leanagent.source.tokens import name_parts, tokenize

MODULE_PREFIX = "LeanagentContext_"
_QUIET = "set_option linter.all false\n"
"""Inside a compiled module only (options do not travel): its linters' warnings are never read."""
_HEADER_KEYWORDS = frozenset({"import", "prelude", "module"})
_REPLAYED = frozenset({"open", "set_option", "universe"})
_NOT_CARRIED = {
    "variable": "a `variable`",
    "include": "an `include`",
    "omit": "an `omit`",
    "mutual": "a `mutual` block",
}


def library_dir() -> Path:
    """The folder of links to compiled context modules; on the LEAN_PATH of Dojo servers."""
    return get_settings().cache_dir / "dojo-contexts" / "lib"


@dataclass
class _Frame:
    opener: str
    """The command that opens the scope again (empty for the file's root scope)."""
    replay: list[str] = field(default_factory=list)
    blocker: str | None = None
    """Why a cut inside this scope cannot carry it."""
    variables: bool = False


@dataclass(frozen=True)
class Cut:
    """A command start: whether the scope there can be re-established in another module."""

    offset: int
    reopen: str | None
    """The commands re-establishing the scope (None: it cannot be)."""
    reason: str = ""
    variables: bool = False
    """`variable`s are in scope (a theorem and an `example` see them differently)."""


def cuts(text: str) -> list[Cut]:
    """A `Cut` at each command start past the header, and one at the end of `text`."""
    commands = scan_commands(text)
    header = read_header(text)
    if header.prelude or any(c.keyword == "module" for c in commands):
        return [Cut(len(text), None, "a `prelude` or `module` file")]
    frames = [_Frame("")]
    out: list[Cut] = []
    sticky: str | None = None  # a reason that holds for every later cut
    after_in = False
    for cmd, start, end in command_spans(commands, len(text)):
        if cmd.keyword in _HEADER_KEYWORDS:
            continue
        out.append(_cut(start, frames, sticky, after_in))
        span = text[start:end]
        after_in = False
        if "private" in cmd.modifiers:
            sticky = sticky or "a `private` declaration (invisible from another module)"
        elif cmd.keyword in {"initialize", "builtin_initialize", "#exit"}:
            sticky = sticky or f"an `{cmd.keyword}`"
        _step(cmd, span, frames)
        after_in = _ends_with_in(span)
    out.append(_cut(len(text), frames, sticky, after_in))
    return out


_VARIABLE = re.compile(r"\b(variable|include)\b")


def variables_in_scope(text: str) -> bool:
    """Whether `variable`s (or `include`s) are in scope at the end of `text`."""
    return _VARIABLE.search(text) is not None and cuts(text)[-1].variables


def _cut(offset: int, frames: list[_Frame], sticky: str | None, after_in: bool) -> Cut:
    variables = any(f.variables for f in frames)
    reason = sticky or next((f.blocker for f in frames if f.blocker), None)
    if reason is None and after_in:
        reason = "a `... in` command that scopes the next one"
    if reason is not None:
        return Cut(offset, None, f"{reason} in scope", variables)
    return Cut(offset, "".join(f.opener + "".join(f.replay) for f in frames), "", variables)


def _ends_with_in(span: str) -> bool:
    tokens = tokenize(span)
    return bool(tokens) and tokens[-1].text == "in"


def _step(cmd: Command, span: str, frames: list[_Frame]) -> None:
    """Update the scope stack for one command (mirrors `leanagent.source.commands`'s scopes)."""
    word = cmd.keyword
    tokens = tokenize(span)
    kw = next((k for k, t in enumerate(tokens) if cmd.offset + t.offset == cmd.keyword_offset), 0)
    name = tokens[kw + 1] if kw + 1 < len(tokens) else None
    named = name is not None and name.kind == "ident" and name.line == tokens[kw].line
    parts = name_parts(name.text) if named and name is not None else []
    top = frames[-1]
    if word == "namespace" and parts:
        frames.extend(_Frame(f"namespace {p}\n") for p in parts)
    elif word == "section":
        head = "noncomputable section" if "noncomputable" in cmd.modifiers else "section"
        if parts:
            frames.append(_Frame(f"{head} {'.'.join(parts)}\n"))
            frames.extend(_Frame("") for _ in parts[1:])
        else:
            frames.append(_Frame(f"{head}\n"))
    elif word == "end":
        count = len(parts) if parts else 1
        del frames[max(1, len(frames) - count) :]
    elif word == "mutual":
        frames.append(_Frame("", blocker=_NOT_CARRIED["mutual"]))
    elif word in _NOT_CARRIED:
        top.blocker = top.blocker or _NOT_CARRIED[word]
        top.variables = top.variables or word in ("variable", "include")
    elif "local" in cmd.modifiers or (word == "attribute" and _local_attribute(tokens)):
        top.blocker = top.blocker or "a `local` notation, instance or attribute"
    elif word in _REPLAYED and not _ends_with_in(span):
        top.replay.append(span.strip() + "\n")


def _local_attribute(tokens: list) -> bool:
    """`attribute [local simp] f` or an erasure `attribute [-simp] f` (neither travels)."""
    texts = [t.text for t in tokens]
    return "local" in texts or any(a == "[" and b == "-" for a, b in zip(texts, texts[1:], strict=False))


# --------------------------------------------------------------------------- building


@dataclass(frozen=True)
class _Link:
    name: str
    prefix: str
    """The (Dojo) context text the module holds, up to its cut."""
    reopen: str


@dataclass(frozen=True)
class CompiledContext:
    """What a Dojo's document holds in place of its context."""

    text: str
    module: str | None = None
    """The compiled module imported (None: the context as it was)."""
    note: str = ""
    """Why the context was not (or only partly) compiled."""


_links: list[_Link] = []
_failed: set[str] = set()
_build_lock = threading.Lock()


def compile_context(engine: Engine, context: str, compile_after: int, timeout: float) -> CompiledContext:
    """The Dojo document context for `context` (see the module docstring).

    Reuses the longest module already built for a prefix of `context`; builds the next link
    of the chain when at least `compile_after` commands follow that prefix (0: never).
    """
    if compile_after <= 0:
        return CompiledContext(context, note="compiled contexts are off")
    with _build_lock:  # one build at a time: a second Dojo on the same file waits, then reuses it
        link = _longest(context)
        rest = context[len(link.prefix) :] if link else context
        pending = sum(1 for c in scan_commands(rest) if c.keyword not in _HEADER_KEYWORDS)
        note = ""
        if pending >= compile_after:
            found = [c for c in cuts(context) if c.offset > (len(link.prefix) if link else 0)]
            usable = [c for c in found if c.reopen is not None]
            if not usable:
                note = found[-1].reason if found else "no command to compile"
            else:
                cut = usable[-1]
                if cut is not found[-1]:
                    note = f"compiled up to an earlier command: {found[-1].reason}"
                try:
                    link = _build(engine, link, context, cut, timeout)
                except DependencyError as exc:
                    note = f"the context does not compile: {exc}"
    if link is None:
        return CompiledContext(context, note=note or f"fewer than {compile_after} commands above")
    body = f"import {link.name}\n{link.reopen}{context[len(link.prefix) :]}"
    return CompiledContext(body, link.name, note)


def _longest(context: str) -> _Link | None:
    best = None
    for link in _links:
        if context.startswith(link.prefix) and (best is None or len(link.prefix) > len(best.prefix)):
            best = link
    return best


def _build(engine: Engine, base: _Link | None, context: str, cut: Cut, timeout: float) -> _Link | None:
    """Compile `context` up to `cut` on top of `base`; link the .olean into `library_dir`."""
    assert cut.reopen is not None
    if base is None:
        head = read_header(context).end
        source = context[:head] + "\n" + _QUIET + context[head : cut.offset]
    else:
        source = f"import {base.name}\n{_QUIET}{base.reopen}{context[len(base.prefix) : cut.offset]}"
    name = MODULE_PREFIX + hashlib.sha256(source.encode()).hexdigest()[:24]
    if name in _failed:
        return base
    root = library_dir().parent
    lib = library_dir()
    src = root / "src" / f"{name}.lean"
    src.parent.mkdir(parents=True, exist_ok=True)
    lib.mkdir(parents=True, exist_ok=True)
    if not src.is_file() or src.read_text(encoding="utf-8") != source:
        scratch = src.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        scratch.write_text(source, encoding="utf-8")
        os.replace(scratch, src)
    module = Module(name, src, tuple(read_header(source).imports), source)
    builder = replace(engine, lean_path=(*engine.lean_path, lib))
    try:
        folder = build_dependencies(builder, {name: module}, root, timeout)
    except DependencyError:
        _failed.add(name)
        raise
    for suffix in (".olean", ".ilean"):
        built = folder / f"{name}{suffix}"
        alias = lib / f"{name}{suffix}"
        if built.is_file() and (not alias.exists() or alias.resolve() != built.resolve()):
            scratch = lib / f".{name}{suffix}.{os.getpid()}.{threading.get_ident()}"
            scratch.unlink(missing_ok=True)
            scratch.symlink_to(built)
            os.replace(scratch, alias)
    link = _Link(name, context[: cut.offset], cut.reopen)
    _links.append(link)
    return link
