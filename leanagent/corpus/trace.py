"""Tracing a Lean project or folder into the corpus database, through the language server.

Per file: the scanner finds theorems and tactic spans; the server, with the file open
once, gives the goals at each tactic's start and end (``$/lean/plainGoal``), and for
each identifier in a tactic its definition (to tell constants from local names and to
locate them) and its hover signature (full name and statement).

Incremental and resumable: a file's *trace key* hashes its text, the keys of the
project files it imports, the core library and the engine. Files whose key is already
stored are skipped; each traced file is written in one transaction, so a killed run
leaves no partial file and the next run picks up where it stopped. Imported project
modules are compiled to ``.olean`` (cached under the same keys) so the server can load
them; with a user toolchain inside a Lake project, ``lake serve`` builds them instead.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from leanagent.config import get_settings
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.library import Library, index_library
from leanagent.corpus.lsp import FileSession, Location, from_lsp, uri_to_path
from leanagent.corpus.models import (
    Pos,
    PremiseUse,
    TracedFile,
    TracedTactic,
    TracedTheorem,
    TraceSummary,
)
from leanagent.corpus.outline import Outline, TheoremSource, outline
from leanagent.corpus.provenance import combine, repo_info
from leanagent.corpus.sources import SourceSet, core_source_dir, discover, implicit_imports
from leanagent.engine import Engine, get_engine
from leanagent.lean.launch import lake_server_spec, lean_server_spec
from leanagent.lean.messages import run_lean
from leanagent.lean.project import find_project, is_project, local_dependencies
from leanagent.lean.rpc import LspError, ServerCrashed
from leanagent.lean.server import LeanServer
from leanagent.source.declarations import name_matches
from leanagent.source.hashing import content_hash
from leanagent.source.modules import Module, build_generations, module_root

TRACER_VERSION = "1"
"""Bump when what the tracer records changes: every file is then traced again."""

NOT_PREMISES = frozenset(
    """at with only using generalizing from fun by have show this in if then else match let
    do return calc suffices obtain Type Prop Sort sorry admit""".split()
)
"""Identifier-like words in tactics that never name a premise."""


_SIGNATURE_NAME = re.compile(r"@?(\S+?)(?:\.\{[^}]*\})?(?=\s|$)")
"""The constant's name at the head of a hover signature, without universe parameters."""
_HYP_LINE = re.compile(r"^([^:⊢]+?) :(?:\s|$)")


@dataclass
class TraceOptions:
    force: bool = False
    """Trace every file even when its trace key is stored."""
    jobs: int = 2
    """Files compiled or traced at once."""
    requests: int = 8
    """Server requests in flight at once."""
    timeout: float = 600.0
    """Seconds for one file (elaboration, and each request)."""
    on_file: Callable[[str, int, int], None] | None = None
    """Called as ``on_file(path, done, total)`` after each traced file."""
    build_dir: Path | None = None
    """Where imported project modules are compiled (default: per-root folder in the cache)."""
    modules: frozenset[str] | None = None
    """Trace and store only these modules (the others are compiled where imported, not
    stored): a synthetic repository's own files beside a copy of the project they import."""


def _build_dir(root: Path) -> Path:
    digest = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    return get_settings().cache_dir / "trace" / digest


def _hypotheses(goals: tuple[str, ...]) -> set[str]:
    """Names of the local hypotheses shown in a goal list."""
    names: set[str] = set()
    for goal in goals:
        for line in goal.splitlines():
            if line.startswith("⊢"):
                break
            match = _HYP_LINE.match(line)
            if match and not line.startswith(("case ", " ")):
                names.update(match.group(1).split())
    return names


class _Tracer:
    """Traces files through one shared server (its requests from one shared thread pool)."""

    def __init__(self, src: SourceSet, library: Library, server: LeanServer, opts: TraceOptions):
        self.src, self.library, self.server, self.opts = src, library, server, opts
        self.pool = ThreadPoolExecutor(max_workers=max(1, opts.requests), thread_name_prefix="trace-rq")
        self._restart = threading.Lock()

    def close(self) -> None:
        self.pool.shutdown(wait=True)

    def trace_file(self, module: str, key_imports: tuple[str, ...]) -> TracedFile:
        mod = self.src.modules[module]
        text = mod.path.read_text(encoding="utf-8")
        out = outline(text)
        self.library.add(self.src.root, self.src.relpath(module), module, text, out.declarations)
        base = dict(
            path=self.src.relpath(module),
            module=module,
            content_hash=content_hash(text),
            imports=key_imports,
            declarations=out.declarations,
        )
        error = None
        for _attempt in range(2):  # a crashed server is restarted and the file tried once more
            generation = self.server.generation
            try:
                with FileSession(self.server, mod.path, text, self.pool, self.opts.timeout) as session:
                    return TracedFile(**base, theorems=self._theorems(session, out))
            except LspError as exc:
                error = f"{type(exc).__name__}: {exc}"
                crashed = isinstance(exc, ServerCrashed) or not self.server.alive()
                with self._restart:  # one restart per crash, however many files saw it
                    if crashed and self.server.generation == generation:
                        self.server.restart()
                if not crashed:
                    break
        bare = tuple(self._theorem(t, ()) for t in out.theorems)
        return TracedFile(**base, theorems=bare, error=error)

    def _theorem(self, src: TheoremSource, tactics: tuple[TracedTactic, ...]) -> TracedTheorem:
        p = src.parts
        return TracedTheorem(
            src.full_name, src.start, src.end, p.statement, p.proof, p.proof_kind, p.has_sorry, tactics
        )

    def _theorems(self, session: FileSession, out: Outline) -> tuple[TracedTheorem, ...]:
        index = session.index
        spans = [(t, s) for t in out.theorems for s in t.parts.tactics]
        starts = [index.pos(s.start) for _, s in spans]
        ends = [index.pos(s.end) for _, s in spans]
        goals = session.goals(starts + ends)
        before, after = goals[: len(spans)], goals[len(spans) :]
        _after_nested(spans, before, after)
        # Identifiers that may name premises: in some tactic, not its head word, not local.
        candidates: list[tuple[int, TheoremSource]] = []  # (token index in out.tokens, theorem)
        offsets = {id(t): n for n, t in enumerate(out.tokens)}
        for thm in out.theorems:
            heads = {s.start for s in thm.parts.tactics}
            locals_ = set()
            for (t, _s), b in zip(spans, before, strict=True):
                if t is thm and b is not None:
                    locals_ |= _hypotheses(b)
            for tok in thm.tokens:
                if tok.kind != "ident" or tok.offset in heads or tok.text in NOT_PREMISES:
                    continue
                if tok.text.split(".")[0] in locals_:
                    continue
                if any(s.start <= tok.offset < s.end for s in thm.parts.tactics):
                    candidates.append((offsets[id(tok)], thm))
        resolved = self._resolve(session, out, candidates)
        traced: list[TracedTheorem] = []
        for thm in out.theorems:
            tactics = []
            for n, (t, s) in enumerate(spans):
                if t is not thm or before[n] is None:
                    continue
                uses = tuple(
                    PremiseUse(
                        full_name=name,
                        module=module,
                        path=rel,
                        def_start=loc.start,
                        def_end=loc.end,
                        statement=statement,
                        start=out.tokens[k].offset - s.start,
                        end=out.tokens[k].offset + len(out.tokens[k].text) - s.start,
                    )
                    for k, (name, module, rel, loc, statement) in sorted(resolved.items())
                    if s.start <= out.tokens[k].offset < s.end
                )
                tactics.append(
                    TracedTactic(
                        index=len(tactics),
                        text=session.text[s.start : s.end],
                        start=starts[n],
                        end=ends[n],
                        goals_before=before[n],
                        goals_after=after[n] or (),
                        premises=uses,
                        depth=s.depth,
                    )
                )
            traced.append(self._theorem(thm, tuple(tactics)))
        return tuple(traced)

    def _resolve(
        self, session: FileSession, out: Outline, candidates: list[tuple[int, TheoremSource]]
    ) -> dict[int, tuple[str, str, str, Location, str]]:
        """Token index -> (full name, module, path, definition, signature) for constants.

        One definition (and, for constants, one hover) request per distinct spelling: a
        name means the same thing throughout a file, except after a declaration of the
        file that could shadow it, so a spelling's group is split at each such declaration.
        """
        index = session.index
        groups: dict[tuple[str, int], list[tuple[int, TheoremSource]]] = {}
        for k, thm in candidates:
            text = out.tokens[k].text
            shadows = sum(
                1 for d in out.declarations if d.start < thm.start and name_matches(d.full_name, text)
            )
            groups.setdefault((text, shadows), []).append((k, thm))
        reps = [members[0] for members in groups.values()]
        positions = [index.pos(out.tokens[k].offset) for k, _ in reps]
        defs = session.definitions(positions)
        constants: list[tuple[tuple[str, int], Pos, str, str, Location]] = []
        own = session.path.resolve()
        for key, (_, thm), pos, found in zip(groups, reps, positions, defs, strict=True):
            if found is None:
                continue
            target = uri_to_path(found[0]).resolve()
            info = self.library.lookup(target)
            if info is None:
                continue
            start = from_lsp(info.index, found[1]["start"])
            end = from_lsp(info.index, found[1]["end"])
            if target == own and thm.start <= start <= thm.end:
                continue  # a local name bound inside this theorem
            if not any(d.start <= start <= d.end for d in info.declarations):
                continue  # not inside a declaration: a variable, a syntax or notation command
            constants.append((key, pos, info.module, info.path, Location(target, start, end)))
        signatures = session.hovers([pos for _, pos, *_ in constants])
        resolved = {}
        for (key, _, module, rel, loc), sig in zip(constants, signatures, strict=True):
            if not sig:
                continue
            named = _SIGNATURE_NAME.match(sig)
            if named is None:
                continue
            name = named.group(1)
            for k, _ in groups[key]:
                resolved[k] = (name, module, rel, loc, sig)
        return resolved


def _compile(engine: Engine, module: Module, build: Path, key: str, timeout: float) -> str | None:
    """Write ``module``'s .olean into ``build`` unless a current one is there; None if ok."""
    olean = build.joinpath(*module.name.split(".")).with_suffix(".olean")
    stamp = olean.with_suffix(".key")
    if olean.is_file() and stamp.is_file() and stamp.read_text() == key:
        return None
    run = run_lean(
        engine,
        module.path,
        timeout=timeout,
        root=module_root(module),
        olean=olean,
        extra_lean_path=(build,),
    )
    errors = [m for m in run.messages if m.severity == "error"]
    if run.timed_out or run.crashed or errors or not olean.is_file():
        detail = errors[0].text if errors else run.other_output[-500:]
        return f"{module.name} does not compile: {detail}"
    stamp.write_text(key)
    return None


@dataclass
class _Plan:
    """What one run must do: trace keys, files to trace, modules to compile first."""

    order: list[str]
    """Modules with imports first (the project's and those of required projects)."""
    imports: dict[str, tuple[str, ...]]
    keys: dict[str, str]
    todo: list[str]
    needed: set[str]
    """Project modules some file in ``todo`` imports (directly or not): they need .oleans."""


def _plan(src: SourceSet, engine: Engine, core_key: str, stored: dict, force: bool) -> _Plan:
    every = src.required | src.modules
    imports = {m: implicit_imports(mod) for m, mod in every.items()}
    order = [m.name for gen in build_generations(every) for m in gen]
    keys: dict[str, str] = {}
    for m in order:
        local = sorted(i for i in imports[m] if i in every)
        text_hash = content_hash(every[m].path.read_text(encoding="utf-8"))
        keys[m] = combine(
            TRACER_VERSION, engine.kind, engine.version, core_key, text_hash, *(keys[i] for i in local)
        )
    todo = [
        m
        for m in order
        if m in src.modules
        and (force or m not in stored or stored[m].trace_key != keys[m] or stored[m].error)
    ]
    plan = _Plan(order, imports, keys, todo, set())
    plan.needed = _imported(plan)
    return plan


def _imported(plan: _Plan) -> set[str]:
    """Modules (the project's or a required project's) that some file in ``plan.todo``
    imports, directly or not."""
    needed: set[str] = set()
    stack = [i for m in plan.todo for i in plan.imports[m] if i in plan.imports]
    while stack:
        m = stack.pop()
        if m not in needed:
            needed.add(m)
            stack.extend(i for i in plan.imports[m] if i in plan.imports)
    return needed


def _run(
    plan: _Plan, tracer: _Tracer, compile_one: Callable[[str], str | None] | None, jobs: int
) -> Iterator[TracedFile]:
    """Compile needed modules and trace files concurrently; yield traced files as they finish.

    Compiles and traces have their own workers, so the compile chain (the critical
    path: each module waits for its imports' .oleans) never queues behind traces.
    Tasks are submitted imports-first, so a task only ever waits on started tasks.
    """
    with (
        ThreadPoolExecutor(max(1, jobs), thread_name_prefix="trace-compile") as compilers,
        ThreadPoolExecutor(max(1, jobs), thread_name_prefix="trace-file") as tracers,
    ):
        compiled: dict[str, Future[str | None]] = {}

        def after_imports(m: str) -> str | None:
            failures = (compiled[d].result() for d in plan.imports[m] if d in compiled)
            return next((f for f in failures if f), None)

        def compile_task(m: str) -> str | None:
            assert compile_one is not None
            return after_imports(m) or compile_one(m)

        def trace_task(m: str) -> TracedFile:
            failure = after_imports(m)
            result = tracer.trace_file(m, plan.imports[m])
            return replace(result, error=failure) if failure and result.error is None else result

        todo = set(plan.todo)
        traced: list[Future[TracedFile]] = []
        for m in plan.order:
            if m in plan.needed and compile_one is not None:
                compiled[m] = compilers.submit(compile_task, m)
            if m in todo:
                traced.append(tracers.submit(trace_task, m))
        try:
            for fut in as_completed(traced):
                yield fut.result()
        except BaseException:
            for pool in (compilers, tracers):
                pool.shutdown(wait=False, cancel_futures=True)
            raise


def trace_path(
    path: Path, db_path: Path, options: TraceOptions | None = None, engine: Engine | None = None
) -> TraceSummary:
    """Trace every Lean file of ``path`` (a project, a folder of files, or one file) into ``db_path``."""
    opts = options or TraceOptions()
    begin = time.monotonic()
    src = discover(path)
    engine = engine or get_engine(src.root)
    summary = TraceSummary(repo=src.name, files=len(src.modules))
    core_src = core_source_dir(engine, get_settings().core_dir)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with CorpusDB(db_path) as db:
        library = Library()
        core_hashes: dict[str, str] = {}
        if core_src is not None:
            wanted = {i for m in src.modules.values() for i in implicit_imports(m) if i not in src.modules}
            core_hashes = index_library(db, core_src.resolve(), wanted, library)
            library.roots.append(core_src.resolve())
        library.roots.append(src.root.resolve())
        _index_required(db, src, library)
        core_key = combine(*(f"{m}={h}" for m, h in sorted(core_hashes.items())))
        info = repo_info(path if path.is_dir() else src.root, src.name)
        repo_id = db.upsert_repo(info)
        stored_modules = [m for m in src.modules if opts.modules is None or m in opts.modules]
        db.remove_files(repo_id, {src.relpath(m) for m in stored_modules})
        plan = _plan(src, engine, core_key, {f.module: f for f in db.files(repo_id)}, opts.force)
        if opts.modules is not None:
            plan.todo = [m for m in plan.todo if m in opts.modules]
            plan.needed = _imported(plan)
        summary.files = len(stored_modules)
        summary.files_skipped = len(stored_modules) - len(plan.todo)
        summary.imports = sum(len(plan.imports[m]) for m in stored_modules)
        if plan.todo:
            use_lake = engine.lake is not None and is_project(Path(info.root))
            build = opts.build_dir or _build_dir(src.root)
            src_path = ":".join(str(p) for p in library.roots)
            if use_lake:
                assert engine.lake is not None
                spec = lake_server_spec(engine.lake, Path(info.root), {"LEAN_SRC_PATH": src_path}, None)
            else:
                env = engine.env((build,)) | {"LEAN_SRC_PATH": src_path}
                spec = lean_server_spec(engine.lean, src.root, env, None)

            def compile_one(m: str) -> str | None:
                return _compile(engine, (src.required | src.modules)[m], build, plan.keys[m], opts.timeout)

            with LeanServer(spec) as server:
                tracer = _Tracer(src, library, server, opts)
                # closing(): if we stop early, the workers stop while the server still runs.
                results = closing(_run(plan, tracer, None if use_lake else compile_one, opts.jobs))
                try:
                    with results as finished:
                        for done, result in enumerate(finished, 1):
                            key = None if result.error else plan.keys[result.module]
                            db.write_file(repo_id, result, key, info.commit)
                            if result.error:
                                summary.files_failed += 1
                                summary.errors[result.path] = result.error
                            else:
                                summary.files_traced += 1
                            if opts.on_file:
                                opts.on_file(result.path, done, len(plan.todo))
                finally:
                    tracer.close()
        counts = db.counts(repo_id)
    for name in ("theorems", "tactic_proofs", "tactics", "premises", "premise_uses", "sorries"):
        setattr(summary, name, counts[name])
    summary.seconds = round(time.monotonic() - begin, 3)
    return summary


def _index_required(db: CorpusDB, src: SourceSet, library: Library) -> None:
    """The declarations of the required projects' modules that ``src`` imports, stored under
    their own projects (like the core library's), so premises resolve into them."""
    imports = tuple({i for m in src.modules.values() for i in implicit_imports(m)})
    by_root: dict[Path, set[str]] = {}
    for name, mod in local_dependencies(src.required, imports).items():
        by_root.setdefault(module_root(mod).resolve(), set()).add(name)
    for root, names in sorted(by_root.items()):
        project = find_project(root) or root
        index_library(db, root, names, library, repo_info(project, project.name))
        library.roots.append(root)


def _after_nested(spans: list, before: list, after: list) -> None:
    """Correct ``after`` for tactics that end where a tactic nested in them ends.

    At such an end the server answers for the innermost tactic (the `exact` closing a
    bullet or a `have ... := by`). The state after the outer tactic is the state before
    its next sibling (the next tactic of the same theorem and the same enclosing tactic);
    without a sibling the server's answer stays.
    """

    def parent(n: int) -> int | None:
        thm, span = spans[n]
        inside = [
            k
            for k, (t, s) in enumerate(spans)
            if k != n
            and t is thm
            and s.start <= span.start
            and span.end <= s.end
            and (s.start, s.end) != (span.start, span.end)
        ]
        return min(inside, key=lambda k: spans[k][1].end - spans[k][1].start, default=None)

    parents = [parent(n) for n in range(len(spans))]
    for n, (thm, span) in enumerate(spans):
        if not any(
            parents[k] is not None and spans[k][1].end == span.end
            for k in range(len(spans))
            if parents[k] == n
        ):
            continue
        for k in range(n + 1, len(spans)):
            if spans[k][0] is thm and parents[k] == parents[n] and spans[k][1].start >= span.end:
                if before[k] is not None:
                    after[n] = before[k]
                break
