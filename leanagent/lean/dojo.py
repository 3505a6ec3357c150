"""Interactive proving on the language server, LeanDojo style.

A Dojo's document holds the theorem's context (everything before it in its file, or a
header; earlier theorems' proofs stubbed out, see `light_context`), an empty section
(see `_PADDING`), `set_option maxHeartbeats N`, the statement, `:= by`, and the tactics
of the state being extended. Running a tactic is a ranged edit of the proof lines
only: Lean's incremental elaboration reuses the elaborated context and every
unchanged leading tactic, so a step costs one re-elaboration of the last tactic.
Documents are leased from the server and reused by the next Dojo, so its Lean worker,
imports and shared context prefix are not paid for again per theorem.

The goals come from the "unsolved goals" error Lean reports at `by`; any other error
in the theorem, or a `sorry` warning, makes a `LeanError`. No errors and no goals means
the proof is done: the theorem with its new proof is then elaborated again from scratch
after the real (un-stubbed) context, with `#print axioms`, and judged as `check_file`
judges a file (see `recheck`) before `ProofFinished` is returned. The real context is
elaborated by Lean in a re-check document of its own, which keeps it for the next
re-check of a theorem of the same file.

`width` documents (each its own Lean worker process) let `run_tacs` run that many
candidates at once. A timeout or crash restarts the Dojo's server, so a server should
serve one Dojo at a time (as `ServerPool` ensures).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leanagent.config import ALLOWED_AXIOMS, get_dojo_settings
from leanagent.engine import Engine, get_engine
from leanagent.lean.axioms import instrument
from leanagent.lean.check import FileReport, judge
from leanagent.lean.context import CompiledContext, compile_context, library_dir, variables_in_scope
from leanagent.lean.documents import Document, same_leading_lines
from leanagent.lean.launch import ServerSpec, lake_server_spec, lean_server_spec
from leanagent.lean.messages import LeanMessage, LeanRun, uses_sorry
from leanagent.lean.rpc import LspError, RequestTimeout
from leanagent.lean.sanitize import STUB_AXIOM, UnsafeTactic, sanitize_tactic
from leanagent.lean.server import LeanServer
from leanagent.source.commands import THEOREM_KEYWORDS, Command, command_spans, scan_commands
from leanagent.source.declarations import assignment, name_matches
from leanagent.source.header import read_header
from leanagent.source.tokens import tokenize

INDENT = "  "
_UNSOLVED = "unsolved goals"
_MEMORY = "excessive memory consumption"
_PADDING = "section _leanagent_dojo end _leanagent_dojo\n"
_SEPARATOR = "section _leanagent_copy end _leanagent_copy\n"
"""Commands between the context and the theorem that change nothing, but make every edit
lie past the document's second command: Lean's worker re-parses the file header on each
edit before that point (building a fresh environment, a third of a small edit's work).
The `set_option` after it is a command of its own, not `set_option ... in`, for the same
reason: the unchanged prefix keeps it, so an edit re-elaborates the theorem alone."""


def _setting(name: str) -> Any:
    """A field whose default is read from the Dojo settings when the limits are made."""

    def read() -> Any:
        value = getattr(get_dojo_settings(), name)
        return (value or None) if name == "memory_mb" else value

    return field(default_factory=read)


@dataclass(frozen=True)
class DojoLimits:
    """Per-tactic limits (wall clock and Lean heartbeats), the server memory cap, and how the
    documents are laid out (compiled context, candidates per document).

    Fields not given come from the ``[dojo]`` settings (`leanagent.config.DojoSettings`,
    which documents them); ``memory_mb`` None means no cap.
    """

    tactic_timeout: float = _setting("tactic_timeout")
    heartbeats: int = _setting("heartbeats")
    memory_mb: int | None = _setting("memory_mb")
    open_timeout: float = _setting("open_timeout")
    recheck_timeout: float = _setting("recheck_timeout")
    compile_after: int = _setting("compile_after")
    batch: int = _setting("batch")


# --------------------------------------------------------------------------- results


def _normalize_goal(goal: str) -> str:
    return "\n".join(line.rstrip() for line in goal.strip().splitlines())


@dataclass(frozen=True, eq=False)
class TacticState:
    """Goals after some tactics; equal (and hashed) by goals alone, so search can merge."""

    goals: tuple[str, ...]
    tactics: tuple[str, ...] = ()
    """The (sanitised) tactics that lead here from the theorem's initial state."""
    id: str = field(init=False, default="")
    """Stable identity: a hash of the goals."""

    def __post_init__(self) -> None:
        goals = tuple(_normalize_goal(g) for g in self.goals)
        object.__setattr__(self, "goals", goals)
        digest = hashlib.sha256("\n\n".join(goals).encode()).hexdigest()[:16]
        object.__setattr__(self, "id", digest)

    @property
    def pp(self) -> str:
        return "\n\n".join(self.goals)

    @property
    def num_goals(self) -> int:
        return len(self.goals)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TacticState) and self.goals == other.goals

    def __hash__(self) -> int:
        return hash(self.goals)


@dataclass(frozen=True)
class ProofFinished:
    """No goals left, and the fresh whole-theorem re-check passed."""

    tactics: tuple[str, ...]
    proof: str
    """The theorem with its new proof, as it would be written back into the file."""
    axioms: tuple[str, ...]


@dataclass(frozen=True)
class LeanError:
    message: str
    kind: str = "lean"
    """``lean`` (Lean rejected it), ``unsafe`` (rejected before Lean), ``crash``, ``recheck``."""


@dataclass(frozen=True)
class Timeout:
    seconds: float


Result = TacticState | ProofFinished | LeanError | Timeout


class DojoError(RuntimeError):
    """The theorem cannot be opened (not found, or its statement does not elaborate)."""


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class ProofTarget:
    """What to prove: the text before the theorem, and the statement up to `:=`."""

    context: str
    statement: str
    name: str | None
    """Full name, None for `example`."""
    directory: Path
    """Where the documents live (their imports resolve as for a file there)."""
    opener: str = " := by"
    """What follows the statement, ending the line the tactics go under."""
    tail: str = ""
    """The declaration's text after the tactics (for a hole inside a user's proof)."""
    indent: str = INDENT
    """How deep the tactics are indented."""

    @classmethod
    def at_hole(
        cls,
        context: str,
        before: str,
        after: str,
        tactic: bool,
        column: int,
        name: str | None,
        directory: Path,
    ) -> ProofTarget:
        """The goal at a ``sorry`` inside a user's proof: ``before`` is the declaration up to the
        sorry, ``after`` the rest. The tactics go in a nested ``by`` block (``exact by`` where
        the sorry is a tactic), indented past the sorry's column, so the user's skeleton around
        it is elaborated as written."""
        return cls(
            context, before, name, directory, "exact by" if tactic else "by", after, " " * (column + 2)
        )

    @classmethod
    def from_file(cls, path: Path, name: str) -> ProofTarget:
        """The theorem `name` (full or last components) of `path`; context = all before it."""
        path = path.resolve()
        text = path.read_text(encoding="utf-8")
        for cmd, start, end in command_spans(scan_commands(text), len(text)):
            if cmd.is_theorem and cmd.name is not None and name_matches(cmd.name, name):
                statement = _statement(text[start:end], cmd)
                return cls(text[:start], statement, cmd.name, path.parent)
        raise DojoError(f"no theorem {name!r} in {path}")

    @classmethod
    def from_statement(cls, statement: str, header: str = "", directory: Path | None = None) -> ProofTarget:
        """A statement such as `theorem t (n : Nat) : n = n` (a trailing `:= ...` is dropped)."""
        commands = [c for c in scan_commands(statement) if c.is_theorem]
        if len(commands) != 1:
            raise DojoError("the statement must hold exactly one theorem, lemma or example")
        context = header if not header or header.endswith("\n") else header + "\n"
        return cls(
            context,
            _statement(statement, commands[0], required=False),
            commands[0].name,
            directory or Path.cwd(),
        )


def _assignment(decl: str) -> int | None:
    """Offset of the declaration's top-level `:=` (None if it has none)."""
    tokens = tokenize(decl)
    at = assignment(tokens)
    return None if at is None else tokens[at].offset


def _statement(decl: str, cmd: Command, required: bool = True) -> str:
    """The declaration up to (not including) its top-level `:=` (all of it if none and not required)."""
    at = _assignment(decl)
    if at is not None:
        return decl[:at].rstrip()
    if not required:
        return decl.strip()
    raise DojoError(
        f"{cmd.name or 'the example'}: no `:=` after the statement (pattern-matching proofs are not supported)"
    )


_RECURSION_WORDS = frozenset({"termination_by", "decreasing_by", "where"})


def light_context(context: str) -> str:
    """`context` with each theorem's proof replaced by one axiom, for the Dojo's document only.

    Lean's server re-reports the whole document's messages and references after every
    edit, at a cost that grows with the size of every proof before the theorem (and
    opening the document elaborates them all). Elaboration after a theorem looks at its
    statement, not its proof, so states and errors stay the same; the final re-check
    uses the real context. Proofs with recursion clauses (`termination_by`, `where`,
    ...) are left alone. The one blind spot: kernel reduction through a context
    theorem's proof (a well-foundedness proof behind `decide` on a function defined by
    well-founded recursion) gets stuck on the stub; `stub_context_proofs=False` avoids it.
    """
    pieces: list[str] = []
    last = 0
    for cmd, start, end in command_spans(scan_commands(context), len(context)):
        if not cmd.is_theorem:
            continue
        decl = context[start:end]
        at = _assignment(decl)
        if at is None or any(t.text in _RECURSION_WORDS for t in tokenize(decl[at:])):
            continue
        pieces += [context[last : start + at], f":= {STUB_AXIOM}\n" + "\n" * (decl[at:].count("\n") - 1)]
        last = end
    if not pieces:
        return context
    body = "".join(pieces) + context[last:]
    split = read_header(body).end  # the axiom goes right after the imports, on a line of its own
    axiom = f"axiom {STUB_AXIOM} {{p : Prop}} : p"
    return body[:split] + (f"\n{axiom}" if split else f"{axiom}\n") + body[split:]


# --------------------------------------------------------------------------- the Dojo


@dataclass(frozen=True)
class _Failure:
    """A call that timed out or lost its server; the batch restarts the server once."""

    error: LspError
    seconds: float


_Outcome = Result | _Failure


class Dojo:
    """Run tactics on the states of one theorem. Use as `with Dojo(target) as (dojo, init):`."""

    def __init__(
        self,
        target: ProofTarget,
        *,
        server: LeanServer | None = None,
        engine: Engine | None = None,
        limits: DojoLimits | None = None,
        width: int = 1,
        stub_context_proofs: bool = True,
    ) -> None:
        self.target = target
        self.limits = limits or DojoLimits()
        self.engine = engine or get_engine(target.directory)
        self._own_server = server is None
        self.server = server or LeanServer(server_spec(self.engine, target.directory, self.limits.memory_mb))
        self._lock = threading.Lock()
        context = light_context(target.context) if stub_context_proofs else target.context
        self.batch = max(1, self.limits.batch)
        self._copy = _example_statement(target) if self.batch > 1 else None
        if self._copy is not None and variables_in_scope(context):
            self._copy = None  # an `example` sees the section variables its proof uses, a theorem not
        if _has_context_library(self.server.spec):
            self.context = compile_context(
                self.engine, context, self.limits.compile_after, self.limits.open_timeout
            )
        else:
            self.context = CompiledContext(context, note="the server's LEAN_PATH lacks the context library")
        """What the documents hold in place of the context: an import of the compiled prefix, or
        the context itself (``note`` says why)."""
        context = self.context.text
        self._context_head = context + _PADDING + f"set_option maxHeartbeats {self.limits.heartbeats}\n"
        self._context_lines = self._context_head.count("\n")
        self._head = self._context_head + target.statement + target.opener + "\n"
        self._head_lines = self._head.count("\n")
        self._theorem_line = context.count("\n")
        self._by_line = self._head_lines - 1
        self._docs = [self.server.lease_document(target.directory) for _ in range(width)]
        self.initial_state: TacticState | None = None
        self.recheck_seconds = 0.0
        """Seconds spent in the final re-checks of finished proofs, in all."""

    # ---- context management

    def __enter__(self) -> tuple[Dojo, TacticState]:
        try:
            return self, self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> TacticState:
        """Elaborate the context and the statement in every document; return the initial state."""
        outcomes = self._parallel([(doc, (), None) for doc in self._docs], self.limits.open_timeout)
        result = self._settle(outcomes[0][0], self._docs[0], (), None, retry=False)
        if not isinstance(result, TacticState):
            detail = result.message if isinstance(result, LeanError) else "timed out"
            raise DojoError(f"cannot open {self.target.name or 'the example'}: {detail}")
        self.initial_state = result
        return result

    def close(self) -> None:
        """Give the documents back to the server (the next Dojo reuses their workers)."""
        if self._own_server:
            self.server.close()
        else:
            for doc in self._docs:
                self.server.release_document(doc, self.target.directory)
        self._docs = []

    # ---- tactics

    def run_tac(self, state: TacticState, tactic: str) -> Result:
        return self.run_tacs(state, [tactic])[0]

    def run_tacs(self, state: TacticState, tactics: list[str], timeout: float | None = None) -> list[Result]:
        """Apply each tactic to `state`, `width` at a time (one Lean worker each).

        `timeout` bounds the whole call (wall clock): each batch gets at most what is left
        of it (and at most the per-tactic limit), and tactics it leaves no time for come
        back as `Timeout(0.0)`. The re-check of a finished proof has its own budget
        (`DojoLimits.recheck_timeout`); its seconds add up in `recheck_seconds`.
        """
        call_deadline = None if timeout is None else time.monotonic() + timeout
        results: list[Result | None] = [None] * len(tactics)
        todo: list[tuple[int, str]] = []
        for i, tactic in enumerate(tactics):
            try:
                todo.append((i, sanitize_tactic(tactic)))
            except UnsafeTactic as exc:
                results[i] = LeanError(f"unsafe tactic: {exc}", "unsafe")
        with self._lock:
            width = len(self._docs)
            groups = self._groups(todo)
            for first in range(0, len(groups), width):
                wave = groups[first : first + width]
                limit = self.limits.tactic_timeout
                if call_deadline is not None:
                    limit = min(limit, call_deadline - time.monotonic())
                    if limit <= 0:
                        for i, _ in itertools.chain.from_iterable(wave):
                            results[i] = Timeout(0.0)
                        continue
                jobs = [
                    (doc, state.tactics, tuple(t for _, t in group))
                    for doc, group in zip(self._docs, wave, strict=False)
                ]
                for group, outcomes in zip(wave, self._parallel(jobs, limit), strict=True):
                    for (i, tactic), outcome in zip(group, outcomes, strict=True):
                        retry = len(wave) > 1 or len(group) > 1
                        results[i] = self._settle(
                            outcome, self._docs[0], state.tactics, tactic, retry, len(group) > 1
                        )
        return [r for r in results if r is not None]

    def _groups(self, todo: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
        """The tactics by document run: up to `batch` together where copies of the theorem
        give the same verdicts, the others alone (see `_batchable`)."""
        if self._copy is None or len(todo) < 2:
            return [[item] for item in todo]
        together = [item for item in todo if self._batchable(item[1])]
        alone = [[item] for item in todo if not self._batchable(item[1])]
        return [together[k : k + self.batch] for k in range(0, len(together), self.batch)] + alone

    def _batchable(self, tactic: str) -> bool:
        """Not when the tactic names the theorem (a copy has no name to recurse on) or our
        own helpers."""
        if "_leanagent_" in tactic:
            return False
        short = (self.target.name or "").rsplit(".", 1)[-1]
        return not short or not any(
            t.kind == "ident" and short in t.text.split(".") for t in tokenize(tactic)
        )

    def _parallel(
        self, jobs: list[tuple[Document, tuple[str, ...], tuple[str, ...] | None]], timeout: float
    ) -> list[list[_Outcome]]:
        """Run the jobs at once (one document each, an outcome per tactic of the job);
        restart the server once if any failed.

        Lean's own memory check (`-M`) leaves a worker that tripped it over the limit for
        good, so that also calls for a fresh server.
        """
        outcomes: list[list[_Outcome]] = [[] for _ in jobs]

        def work(k: int) -> None:
            outcomes[k] = self._attempt(*jobs[k], timeout)

        threads = [threading.Thread(target=work, args=(k,), daemon=True) for k in range(1, len(jobs))]
        for thread in threads:
            thread.start()
        work(0)
        for thread in threads:
            thread.join()
        if any(
            isinstance(o, _Failure) or (isinstance(o, LeanError) and _MEMORY in o.message)
            for o in itertools.chain.from_iterable(outcomes)
        ):
            self.server.restart()
        return outcomes

    def _settle(
        self,
        outcome: _Outcome,
        doc: Document,
        prefix: tuple[str, ...],
        tactic: str | None,
        retry: bool,
        shared: bool = False,
    ) -> Result:
        """A result from an outcome; a crash among several is retried alone (a neighbour may be
        at fault), and so is a timeout of a document it `shared` with other candidates."""
        if not isinstance(outcome, _Failure):
            return outcome
        if isinstance(outcome.error, RequestTimeout) and not shared:
            return Timeout(outcome.seconds)
        if retry:
            alone = (tactic,) if tactic is not None else None
            return self._settle(
                self._parallel([(doc, prefix, alone)], self.limits.tactic_timeout)[0][0],
                doc,
                prefix,
                tactic,
                False,
            )
        return LeanError(f"Lean crashed: {outcome.error}", "crash")

    def _attempt(
        self, doc: Document, prefix: tuple[str, ...], tactics: tuple[str, ...] | None, timeout: float
    ) -> list[_Outcome]:
        """One document run: the initial state (`tactics` None), one tactic as an edit of the
        proof lines (Lean reuses the unchanged leading tactics), or several in copies."""
        for t in prefix:  # a state's tactics are plain data: a caller may have made the state itself
            if not _is_sanitised(t):
                return [
                    LeanError("unsafe tactic: a tactic of the state is not in sanitised form", "unsafe")
                ] * len(tactics or (None,))
        if tactics is not None and len(tactics) > 1:
            return self._attempt_copies(doc, prefix, tactics, timeout)
        tactic = None if tactics is None else tactics[0]
        steps = prefix if tactic is None else (*prefix, tactic)
        try:
            indent = self.target.indent
            body = ("".join(_indent(t, indent) for t in steps) or indent + "skip\n") + self.target.tail
        except UnsafeTactic as exc:
            return [LeanError(f"unsafe tactic: {exc}", "unsafe")]
        first_line = self._head_lines + sum(t.count("\n") + 1 for t in prefix)
        ours = doc.text.startswith(self._head)  # else: a new context, from another Dojo
        return [
            self._run(
                doc,
                self._head + body,
                self._head_lines if ours else 0,
                timeout,
                opening=tactic is None or not ours,
                spans=[(self._theorem_line, self._by_line, steps, None if tactic is None else first_line)],
            )[0]
        ]

    def _attempt_copies(
        self, doc: Document, prefix: tuple[str, ...], tactics: tuple[str, ...], timeout: float
    ) -> list[_Outcome]:
        """Each tactic after `prefix` in its own copy of the theorem, one document for all.

        A copy is an `example` (nothing named is added for a later copy to use) followed by
        a separator command, on whose line a parse error that runs past the copy lands.
        """
        assert self._copy is not None
        target = self.target
        opener = self._copy + target.opener + "\n"
        tail = target.tail if not target.tail or target.tail.endswith("\n") else target.tail + "\n"
        pieces: list[str] = []
        spans: list[tuple[int, int, tuple[str, ...], int | None]] = []
        line = self._context_lines
        prefix_lines = sum(t.count("\n") + 1 for t in prefix)
        for tactic in tactics:
            steps = (*prefix, tactic)
            try:
                copy = opener + "".join(_indent(t, target.indent) for t in steps) + tail + _SEPARATOR
            except UnsafeTactic:  # sanitised already: kept out of the document all the same
                copy = ""
            by_line = line + opener.count("\n") - 1
            spans.append((line, by_line, steps, by_line + 1 + prefix_lines))
            pieces.append(copy)
            line += copy.count("\n")
        ours = doc.text.startswith(self._context_head)
        return self._run(
            doc,
            self._context_head + "".join(pieces),
            self._context_lines if ours else 0,
            timeout,
            opening=not ours,
            spans=spans,
        )

    def _run(
        self,
        doc: Document,
        text: str,
        from_line: int,
        timeout: float,
        opening: bool,
        spans: list[tuple[int, int, tuple[str, ...], int | None]],
    ) -> list[_Outcome]:
        """Show `text`, wait for Lean, and classify each span (first line, `by` line, tactics,
        line of the last tactic) by the diagnostics from its first line to the next span's."""
        start = time.monotonic()
        try:
            version, opened = self.server.show(doc, text, from_line)
            limit = timeout + (self.limits.open_timeout if opened or opening else 0.0)
            diagnostics = self.server.wait_for_diagnostics(doc.uri, version, limit)
        except LspError as exc:  # timeout, crash of the server or of the file worker
            doc.generation = -1
            return [_Failure(exc, round(time.monotonic() - start, 3))] * len(spans)
        bounds = [s[0] for s in spans[1:]] + [None]
        outcomes: list[_Outcome] = []
        for (first, by_line, steps, tactic_line), stop in zip(spans, bounds, strict=True):
            mine = [
                d
                for d in diagnostics
                if d["range"]["start"]["line"] >= first
                and (stop is None or d["range"]["start"]["line"] < stop)
            ]
            outcomes.append(self._classify(mine, steps, tactic_line, by_line))
        return outcomes

    def _classify(
        self, mine: list[dict], tactics: tuple[str, ...], tactic_line: int | None, by_line: int
    ) -> Result:
        """Turn the theorem's diagnostics into a result (see the module docstring)."""
        goals: list[str] | None = None
        errors: list[dict] = []
        for d in mine:
            message = d.get("message", "")
            if uses_sorry(message):
                return LeanError("the proof uses sorry")
            if d.get("severity") != 1:
                continue
            if message.startswith(_UNSOLVED) and d["range"]["start"]["line"] == by_line:
                goals = [g for g in message[len(_UNSOLVED) :].strip("\n").split("\n\n") if g.strip()]
            else:
                errors.append(d)
        if errors:
            at_tactic = [
                d for d in errors if tactic_line is not None and d["range"]["start"]["line"] >= tactic_line
            ]
            return LeanError((at_tactic or errors)[0]["message"])
        if goals:
            return TacticState(tuple(goals), tactics)
        if not tactics:
            return LeanError("the statement has no goal to prove")
        return self._recheck(tactics)

    # ---- the final check

    def proof_text(self, tactics: tuple[str, ...]) -> str:
        """The theorem with `tactics` as its proof, spliced as in the Dojo's document (`_indent`)."""
        target = self.target
        body = "".join(_indent(t, target.indent) for t in tactics)
        return target.statement + target.opener + "\n" + body + target.tail

    def _recheck(self, tactics: tuple[str, ...]) -> Result:
        """Check the real context + theorem with `#print axioms`, the theorem from scratch (see `recheck`)."""
        proof = self.proof_text(tactics)
        context = self.target.context
        if context and not context.endswith("\n"):
            context += "\n"
        started = time.monotonic()
        try:
            report = recheck(
                self.server,
                self.target.directory,
                context + proof + "\n",
                self.limits,
                fresh_from=len(context),
            )
        finally:
            self.recheck_seconds += time.monotonic() - started
        theorems = [t for t in report.theorems if t.line > context.count("\n")]
        if report.errors or len(theorems) != 1:
            return LeanError(
                f"re-check failed: {report.errors or 'theorem not found in the re-check'}", "recheck"
            )
        result = theorems[0]
        if not result.ok or not set(result.axioms) <= ALLOWED_AXIOMS:
            return LeanError(f"re-check failed: {result.status}: {result.message}", "recheck")
        return ProofFinished(tactics, proof, tuple(result.axioms))


_nonces = itertools.count()
RECHECK_ROLE = "recheck"
"""Re-check documents only ever hold real text (never a Dojo's stubbed context)."""


def recheck(
    server: LeanServer, directory: Path, text: str, limits: DojoLimits, fresh_from: int = 0
) -> FileReport:
    """Judge the theorems of `text` (errors, sorry, `#print axioms`) as `check_file` would.

    It runs in a re-check document of the server instead of a new `lean` process. A fence,
    a `section`/`end` pair with a new name every time, goes in at `fresh_from` (a line
    start; at least past the imports), so the first difference from the document's previous
    text comes before every command from there on, and Lean elaborates them all anew: only
    the first changed command (the fence) may reuse parts of its old version, so no tactic
    snapshot is reused. The commands before the fence, the context, are Lean's own
    incremental elaboration of exactly that text, as this document held it before (real
    proofs, never stubs): consecutive re-checks of one file's theorems pay for their shared
    context once.

    Theorems before the fence are not judged themselves: one that failed leaves `sorryAx`
    behind (or no declaration at all), which shows in the axioms of a judged theorem that
    uses it. Errors in the context's other commands are file errors. With `fresh_from=0`
    every command is elaborated anew and every theorem judged. Raises `LspError` on a
    timeout or crash.
    """
    header = read_header(text).end
    if fresh_from > header and text[fresh_from - 1] != "\n":
        raise ValueError("fresh_from must be at a line start")
    split = max(header, fresh_from)
    head = text[:split]
    start = (head.count("\n") + 1, split - (head.rfind("\n") + 1))  # 1-based line, column
    commands = scan_commands(text)
    judged = [c for c in commands if c.is_theorem and (c.line, c.col) >= start]
    audited = instrument(text, judged, "recheck")  # renames examples after `split` only
    nonce = f"_leanagent_check_{os.getpid()}_{next(_nonces)}"
    fence = f"section {nonce} end {nonce}"
    if not split or head.endswith("\n"):
        fenced, fence_line = head + fence + "\n" + audited.text[split:], head.count("\n")
    else:  # just past the imports: a line of its own after theirs
        fenced, fence_line = head + "\n" + fence + audited.text[split:], head.count("\n") + 1
    doc = server.lease_document(directory, RECHECK_ROLE)
    try:
        version, _ = server.show(doc, fenced, same_leading_lines(doc.text, fenced))
        diagnostics = server.wait_for_diagnostics(doc.uri, version, limits.recheck_timeout)
    except LspError:
        doc.generation = -1
        raise
    finally:
        server.release_document(doc, directory)
    lines = fenced.split("\n")
    messages = [
        _lean_message(d, lines, fence_line) for d in diagnostics if d["range"]["start"]["line"] != fence_line
    ]
    context = [c for c in commands if (c.line, c.col) < start]
    starts = [(c.line, c.col) for c in context]

    def in_context_theorem(message: LeanMessage) -> bool:
        owner = bisect.bisect_right(starts, message.pos) - 1
        return message.pos < start and owner >= 0 and context[owner].is_theorem

    kept = [m for m in messages if not in_context_theorem(m)]
    run = LeanRun(tuple(kept), 0, "", 0.0)
    ruling = [c for c in commands if not c.is_theorem or (c.line, c.col) >= start]
    return judge("<recheck>", ruling, audited, run, limits.recheck_timeout)


_SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "information"}


def _lean_message(diagnostic: dict, lines: list[str], fence_line: int) -> LeanMessage:
    """An LSP diagnostic as `lean --json` would report it on the unfenced text (1-based
    line, code-point column)."""
    start = diagnostic["range"]["start"]
    line = lines[start["line"]] if start["line"] < len(lines) else ""
    col = len(line.encode("utf-16-le")[: 2 * start["character"]].decode("utf-16-le", errors="ignore"))
    number = start["line"] + (0 if start["line"] < fence_line else -1)
    severity = _SEVERITY.get(diagnostic.get("severity", 1), "error")
    return LeanMessage(severity, number + 1, col, diagnostic["message"])


@functools.lru_cache(maxsize=4096)
def _is_sanitised(tactic: str) -> bool:
    """Whether ``tactic`` is its own sanitised form (a state's tactics are checked on every
    step; cached, as a state's prefix repeats)."""
    try:
        return sanitize_tactic(tactic) == tactic
    except UnsafeTactic:
        return False


def _indent(tactic: str, indent: str = INDENT) -> str:
    """The lines of one sanitised tactic, each `indent` deeper, for the proof under `:= by`.

    What keeps the text inside the proof. Indentation alone cannot: Lean's command parser
    needs no column 0, a command starts wherever the term before it ends, at any column.
    What it does fix is the shape of the `by` block: every tactic's first line starts at
    column 0 of its (normalised) text, so at column `INDENT` here, and that is the block's
    column (set by the first tactic); a later line at `INDENT` starts the next tactic of
    the block, a deeper one continues a tactic, and no line is spliced shallower, so no
    line can end the block by dedenting (which would make the rest of the text parse as
    something after the proof). The only other ways out of the block are tokens that
    cannot continue it, and `sanitize_tactic` rejects each: an unmatched closing bracket,
    a command keyword, modifier, `@[`, doc comment or `#`-command, a declaration suffix
    (`where`, `termination_by`, `decreasing_by`, `deriving`), and an unterminated string or
    comment that would swallow the lines after the proof (the re-check's `#print axioms`).
    Any other text that is not a tactic is a parse error inside the theorem, which the Dojo
    reports as a `LeanError`. So the deny-list is what stops an injected command: without
    it, `skip` + a new line `#eval ...` (or `axiom`, `macro`, ...) is elaborated after the
    theorem, though it cannot finish the theorem's proof (tests/lean/test_sanitize_attacks.py).

    The text must be in sanitised form: not empty, no line empty, the first line not
    indented, no trailing spaces, no line break but `\\n` and no tab; else `UnsafeTactic`.
    """
    lines = tactic.split("\n")
    if not tactic or tactic[0].isspace() or any(not line.strip() or line != line.rstrip() for line in lines):
        raise UnsafeTactic(
            "the tactic is not in sanitised form (empty, a blank line, trailing spaces or an indented first line)"
        )
    if any(ch in tactic for ch in "\r\t\x0b\x0c\x85\u2028\u2029"):
        raise UnsafeTactic("the tactic is not in sanitised form (a line break other than '\\n', or a tab)")
    return "".join(indent + line + "\n" for line in lines)


def server_spec(engine: Engine, directory: Path, memory_mb: int | None) -> ServerSpec:
    """`lake serve` inside a Lake project when the engine has Lake, else `lean --server`, whose
    LEAN_PATH ends with the compiled contexts' library (`leanagent.lean.context`)."""
    if engine.lake is not None:
        for folder in (directory, *directory.parents):
            if (folder / "lakefile.lean").is_file() or (folder / "lakefile.toml").is_file():
                return lake_server_spec(engine.lake, folder, engine.env(), memory_mb)
    env = engine.env()
    env["LEAN_PATH"] = os.pathsep.join(
        [p for p in env.get("LEAN_PATH", "").split(os.pathsep) if p] + [str(library_dir())]
    )
    return lean_server_spec(engine.lean, directory, env, memory_mb)


def _has_context_library(spec: ServerSpec) -> bool:
    """Whether a server's file workers can import compiled contexts (`server_spec` made it)."""
    return spec.argv[1:2] == ("--server",) and str(library_dir()) in spec.env.get("LEAN_PATH", "").split(
        os.pathsep
    )


def _example_statement(target: ProofTarget) -> str | None:
    """The statement as an `example` (for copies of the theorem), or None where a copy could
    judge differently: attributes, modifiers or a doc comment on it, or the theorem's own name
    used inside it (recursion)."""
    commands = scan_commands(target.statement)
    if not commands or commands[0].keyword not in THEOREM_KEYWORDS or commands[0].offset != 0:
        return None
    cmd = commands[0]
    if cmd.modifiers or cmd.keyword_offset != 0:
        return None
    if cmd.keyword == "example":
        return target.statement
    tokens = tokenize(target.statement)
    if len(tokens) < 2 or tokens[1].kind != "ident" or "." in tokens[1].text:
        return None  # a dotted name also opens its namespace inside the proof
    rest = target.statement[tokens[1].offset + len(tokens[1].text) :]
    short = tokens[1].text
    if any(t.kind == "ident" and short in t.text.split(".") for t in tokenize(rest + target.tail)):
        return None
    return "example" + rest
