"""What `leanagent mcp` offers an editor or agent, as plain calls with limits.

One `LeanTools` serves one folder (a Lean project, or a folder of files) and shares its Lean
language servers among all its calls, which take turns on them (lean-lsp-mcp users found one
server per client costs 500 MB+ each): one per set of project modules the files import, at
most ``max_servers``, each Lean process under the Dojo's memory cap. Proof sessions are Dojos
on those servers, at most
``max_sessions`` of them (the least recently used is closed) with at most ``max_states``
states each. A call that cannot answer raises `ToolFailure` with the reason: a timeout or
a missing file is never an empty result that reads as "no errors" or "no goals".
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from leanagent.config import McpSettings, get_mcp_settings, get_settings
from leanagent.engine import Engine, get_engine
from leanagent.lean.check import FileReport, check_file
from leanagent.lean.documents import utf16_len
from leanagent.lean.dojo import (
    Dojo,
    DojoError,
    DojoLimits,
    LeanError,
    ProofFinished,
    ProofTarget,
    TacticState,
    Timeout,
    server_spec,
)
from leanagent.lean.project import (
    DependencyError,
    engine_with_imports,
    find_project,
    local_dependencies,
    project_modules,
    project_src,
)
from leanagent.lean.rpc import LspError
from leanagent.lean.server import LeanServer
from leanagent.source.commands import scan_commands
from leanagent.source.header import header_imports
from leanagent.source.modules import TEMP_MARK

_TOKENS = r"(?u)\w+|[^\w\s(){}\[\],:.]"
"""What BM25 counts in Lean text: identifier parts and single symbols (``∨``, ``≤``)."""


class ToolFailure(RuntimeError):
    """The call has no answer; the message says why (sent to the client as a tool error)."""


@dataclass
class _Session:
    dojo: Dojo
    server: tuple
    """The key of the server it runs on (`LeanTools._server_for`)."""
    states: OrderedDict[str, TacticState] = field(default_factory=OrderedDict)


def state_json(state: TacticState) -> dict:
    return {"id": state.id, "goals": list(state.goals), "pp": state.pp, "num_goals": state.num_goals}


def report_json(report: FileReport) -> dict:
    """A file's verdicts, with ``complete``: the check ran to the end (never a partial list)."""
    return {
        "status": report.status,
        "complete": True,
        "theorems": [asdict(t) for t in report.theorems],
        "errors": report.errors,
        "sorries": report.sorries,
    }


class LeanTools:
    def __init__(self, root: Path, settings: McpSettings | None = None, engine: Engine | None = None) -> None:
        self.root = root.resolve()
        if not self.root.is_dir():
            raise ToolFailure(f"{self.root} is not a folder")
        self.settings = settings or get_mcp_settings()
        self.engine = engine or get_engine(self.root)
        self.limits = DojoLimits()
        self._servers: OrderedDict[tuple, LeanServer] = OrderedDict()
        self._turn = threading.RLock()  # shared Lean servers: calls on them take turns
        self._sessions: OrderedDict[str, _Session] = OrderedDict()

    # ---- files

    def _file(self, file: str) -> Path:
        path = (self.root / file).resolve()
        if not path.is_relative_to(self.root):
            raise ToolFailure(f"{file}: outside the served folder {self.root}")
        if path.suffix != ".lean" or not path.is_file():
            raise ToolFailure(f"{file}: no such Lean file under {self.root}")
        return path

    def _engine_for(self, path: Path) -> Engine:
        """The engine with the project modules ``path`` imports compiled onto its LEAN_PATH."""
        project = find_project(path)
        settings = get_settings()
        try:
            engine, _ = engine_with_imports(
                self.engine,
                project_src(project) if project else path.parent,
                path,
                path.read_text(encoding="utf-8"),
                settings.cache_dir,
                self.settings.call_timeout,
            )
        except DependencyError as exc:
            raise ToolFailure(str(exc)) from None
        return engine

    def _server_for(self, engine: Engine, directory: Path) -> tuple[tuple, LeanServer]:
        """A shared server for ``engine`` (least recently used closed beyond ``max_servers``,
        with the proof sessions on it)."""
        spec = server_spec(engine, directory, self.limits.memory_mb)
        key = (spec.argv, str(spec.cwd), spec.env.get("LEAN_PATH"))
        server = self._servers.pop(key, None)
        if server is None or not server.alive():
            if server is not None:
                server.close()
            server = LeanServer(spec)
        self._servers[key] = server
        while len(self._servers) > self.settings.max_servers:
            old_key, old = self._servers.popitem(last=False)
            for sid in [sid for sid, sess in self._sessions.items() if sess.server == old_key]:
                self._sessions.pop(sid).dojo.close()
            old.close()
        return key, server

    # ---- tools

    def check(self, file: str | None = None, code: str | None = None) -> dict:
        """Check a file of the folder, or a snippet (checked as a file in the folder's root)."""
        if (file is None) == (code is None):
            raise ToolFailure("give exactly one of `file` or `code`")
        timeout = self.settings.call_timeout
        if file is not None:
            return report_json(check_file(self._file(file), self.engine, timeout))
        assert code is not None
        if len(code) > self.settings.max_code_chars:
            raise ToolFailure(
                f"the snippet has {len(code)} characters; the limit is {self.settings.max_code_chars}"
            )
        snippet = self.root / f"{TEMP_MARK}mcp_{uuid.uuid4().hex[:12]}.lean"
        try:
            snippet.write_text(code, encoding="utf-8")
            report = check_file(snippet, self.engine, timeout, project=find_project(self.root))
        finally:
            snippet.unlink(missing_ok=True)
        data = report_json(report)
        for thm in data["theorems"]:
            thm["file"] = "<snippet>"
        return data

    def goals(self, file: str, line: int, column: int) -> dict:
        """The goals Lean shows at ``line``:``column`` (both 1-based, as editors count)."""
        path = self._file(file)
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if not 1 <= line <= len(lines) or not 1 <= column <= len(lines[line - 1]) + 1:
            raise ToolFailure(f"{file} has no position {line}:{column}")
        character = utf16_len(lines[line - 1][: column - 1])
        timeout = self.settings.call_timeout
        with self._turn:
            _, server = self._server_for(self._engine_for(path), path.parent)
            uri = path.as_uri()
            try:
                server.open_document(uri, text)
                try:
                    server.wait_for_diagnostics(uri, 1, timeout)
                    goals = server.plain_goal(uri, line - 1, character, timeout)
                finally:
                    server.close_document(uri)
            except LspError as exc:
                raise ToolFailure(f"Lean gave no goals for {file}:{line}:{column}: {exc}") from None
        if goals is None:
            raise ToolFailure(
                f"{file}:{line}:{column} is not inside a tactic proof: Lean shows no goal there"
            )
        return {"file": file, "line": line, "column": column, "goals": goals, "solved": not goals}

    def start_proof(
        self,
        file: str | None = None,
        theorem: str | None = None,
        statement: str | None = None,
        header: str = "",
    ) -> dict:
        """Open a proof session on a theorem of a file, or on a statement after a header."""
        if file is not None and theorem is not None:
            path = self._file(file)
            try:
                target = ProofTarget.from_file(path, theorem)
            except DojoError as exc:
                raise ToolFailure(str(exc)) from None
            engine = self._engine_for(path)
        elif statement is not None:
            target = ProofTarget.from_statement(statement, header, directory=self.root)
            engine = self.engine
        else:
            raise ToolFailure("give `file` and `theorem`, or a `statement`")
        with self._turn:
            key, server = self._server_for(engine, target.directory)
            dojo = Dojo(target, server=server, engine=engine, limits=self.limits)
            try:
                state = dojo.start()
            except DojoError as exc:
                dojo.close()
                raise ToolFailure(str(exc)) from None
            session = uuid.uuid4().hex[:12]
            self._sessions[session] = _Session(dojo, key, OrderedDict([(state.id, state)]))
            while len(self._sessions) > self.settings.max_sessions:
                _, old = self._sessions.popitem(last=False)
                old.dojo.close()
        return {"session": session, "state": state_json(state)}

    def run_tactic(self, session: str, state: str, tactic: str) -> dict:
        """Run ``tactic`` on state ``state`` of proof session ``session``."""
        with self._turn:
            open_ = self._sessions.get(session)
            if open_ is None:
                raise ToolFailure(
                    f"no proof session {session!r} (at most {self.settings.max_sessions} stay open: start it again)"
                )
            self._sessions.move_to_end(session)
            before = open_.states.get(state)
            if before is None:
                raise ToolFailure(f"no state {state!r} in session {session}")
            result = open_.dojo.run_tac(before, tactic)
            if isinstance(result, TacticState):
                open_.states[result.id] = result
                open_.states.move_to_end(result.id)
                while len(open_.states) > self.settings.max_states:
                    open_.states.popitem(last=False)
        if isinstance(result, Timeout):
            raise ToolFailure(f"the tactic timed out after {result.seconds:g} s")
        if isinstance(result, TacticState):
            return {"result": "state", "state": state_json(result)}
        if isinstance(result, ProofFinished):
            return {"result": "proof_finished", "proof": result.proof, "axioms": list(result.axioms)}
        assert isinstance(result, LeanError)
        return {"result": "error", "kind": result.kind, "message": result.message}

    def search_premises(self, file: str, line: int, query: str | None = None, k: int = 10) -> dict:
        """Premises accessible at ``line`` of ``file``, best first for ``query`` (default: the
        declaration there). The trained retriever over the traced corpus when there is one,
        else BM25 over the declarations the file can see (earlier in it, and in the project
        modules it imports)."""
        path = self._file(file)
        text = path.read_text(encoding="utf-8")
        k = max(1, min(k, self.settings.max_results))
        query = query or _declaration_at(text, line)
        db = get_settings().corpus_db
        db = db if db.is_absolute() else self.root / db
        if db.is_file():
            from retrieval import load_retriever

            try:
                hits = load_retriever(db).retrieve(query, k, file=str(path), line=line)
            except (ValueError, OSError):
                hits = None
            if hits:
                premises = [
                    {"name": h.full_name, "code": h.code, "kind": h.kind, "score": h.score} for h in hits
                ]
                return {"query": query, "ranker": "retriever", "premises": premises}
        return {"query": query, "ranker": "bm25", "premises": self._bm25(path, text, line, query, k)}

    def _bm25(self, path: Path, text: str, line: int, query: str, k: int) -> list[dict]:
        import bm25s

        from leanagent.prover.premises import local_premises

        line_end = sum(len(s) + 1 for s in text.split("\n")[:line]) - 1
        commands = [c for c in scan_commands(text) if c.offset <= line_end]
        cut = commands[-1].offset if commands else 0  # the declaration at the line is not its own premise
        project = find_project(path)
        deps = []
        if project is not None:
            deps = list(
                local_dependencies(
                    project_modules(project_src(project)), tuple(header_imports(text))
                ).values()
            )
        namespace = commands[-1].namespace if commands else ""
        premises = local_premises(text[:cut], namespace, deps)
        if not premises:
            return []

        def tokens(texts: list[str]) -> list[list[str]]:  # identifiers (split at dots) and symbols
            return bm25s.tokenize(
                texts, token_pattern=_TOKENS, stopwords=None, return_ids=False, show_progress=False
            )

        model = bm25s.BM25()
        model.index(tokens([f"{p.name} {p.code}" for p in premises]), show_progress=False)
        words = [t for t in tokens([query])[0] if t in model.vocab_dict]
        scores = model.get_scores(words) if words else np.zeros(len(premises), dtype=np.float32)
        order = np.argsort(-scores, kind="stable")[:k]
        return [
            {
                "name": premises[i].name,
                "code": premises[i].code,
                "kind": premises[i].kind,
                "score": float(scores[i]),
            }
            for i in order
        ]

    def prove(self, file: str, theorem: str, time_limit: float | None = None) -> dict:
        """Search for a proof of the ``sorry`` theorem ``theorem``; nothing is written to the file."""
        from leanagent.prover.prove import ProveOptions, prove_path

        path = self._file(file)
        limit = min(time_limit or self.settings.prove_time_limit, self.settings.call_timeout)
        report = prove_path(path, ProveOptions(theorem=theorem, time_limit=limit, workers=1, write=False))
        if not report.theorems:
            raise ToolFailure(f"no theorem {theorem!r} with a `sorry` in {file}")
        return {"theorems": [asdict(t) for t in report.theorems]}

    def close(self) -> None:
        with self._turn:
            for session in self._sessions.values():
                session.dojo.close()
            self._sessions.clear()
            for server in self._servers.values():
                server.close()
            self._servers.clear()


def _declaration_at(text: str, line: int) -> str:
    """The text of the command that holds ``line`` (the query when none is given)."""
    lines = text.split("\n")
    commands = scan_commands(text)
    start = next((c for c in reversed(commands) if c.line <= line), None)
    if start is None:
        return lines[line - 1] if 0 < line <= len(lines) else ""
    following = [c.line for c in commands if c.line > start.line]
    end = following[0] - 1 if following else len(lines)
    return "\n".join(lines[start.line - 1 : end]).strip()
