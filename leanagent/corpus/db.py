"""The dynamic corpus database: one SQLite file, written one source file per transaction.

A file's rows are replaced together, so a trace killed midway leaves every file either
fully old or fully new, and re-running it converges without duplicates. Theorem rows
keep their ids across re-traces, so proofs found later (prover, mutation) stay attached.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import networkx as nx

from leanagent.corpus.access import Accessibility
from leanagent.corpus.models import (
    Declaration,
    Pos,
    PremiseUse,
    RepoInfo,
    TracedFile,
    TracedTactic,
    TracedTheorem,
)
from leanagent.corpus.schema import open_db, writing
from leanagent.source.imports import import_graph

FILE_PROOF = "file"
"""``proofs.source`` of the proof written in the source file itself."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _span(prefix: str, start: Pos, end: Pos) -> dict[str, int]:
    return {
        f"{prefix}start_line": start.line,
        f"{prefix}start_col": start.column,
        f"{prefix}end_line": end.line,
        f"{prefix}end_col": end.column,
    }


def _pos(row: dict, prefix: str, which: str) -> Pos:
    return Pos(row[f"{prefix}{which}_line"], row[f"{prefix}{which}_col"])


@dataclass(frozen=True)
class FileRow:
    id: int
    repo_id: int
    path: str
    module: str
    content_hash: str
    trace_key: str | None
    imports: tuple[str, ...]
    traced: bool
    error: str | None


@dataclass(frozen=True)
class PremiseRow:
    """A declaration with where it lives: what retrieval indexes and returns."""

    id: int
    full_name: str
    kind: str
    code: str
    path: str
    module: str
    start: Pos
    end: Pos


class CorpusDB:
    """Typed access to a corpus database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = open_db(path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CorpusDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def upsert_repo(self, info: RepoInfo) -> int:
        with writing(self.db):
            self.db.execute(
                "INSERT INTO repos (name, url, root, commit_sha, traced_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET name = excluded.name, root = excluded.root, "
                "commit_sha = excluded.commit_sha, traced_at = excluded.traced_at",
                [info.name, info.url, info.root, info.commit, _now()],
            )
        return self.db.execute("SELECT id FROM repos WHERE url = ?", [info.url]).fetchone()[0]

    def repo(self, repo_id: int) -> RepoInfo:
        row = self.db.execute(
            "SELECT name, url, root, commit_sha FROM repos WHERE id = ?", [repo_id]
        ).fetchone()
        return RepoInfo(name=row[0], url=row[1], root=row[2] or "", commit=row[3])

    def repo_ids(self) -> dict[str, int]:
        """``{url: id}`` of every repository."""
        return {url: rid for rid, url in self.db.execute("SELECT id, url FROM repos")}

    def write_file(
        self, repo_id: int, traced: TracedFile, trace_key: str | None, commit: str | None = None
    ) -> int:
        """Replace everything stored for ``traced.path`` in one transaction; return the file id."""
        with writing(self.db):
            self.db.execute(
                "INSERT INTO files (repo_id, path, module, content_hash, trace_key, commit_sha, "
                "imports, traced, error, traced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(repo_id, path) DO UPDATE SET module = excluded.module, "
                "content_hash = excluded.content_hash, trace_key = excluded.trace_key, "
                "commit_sha = excluded.commit_sha, imports = excluded.imports, "
                "traced = excluded.traced, error = excluded.error, traced_at = excluded.traced_at",
                [
                    repo_id,
                    traced.path,
                    traced.module,
                    traced.content_hash,
                    trace_key,
                    commit,
                    json.dumps(list(traced.imports)),
                    int(traced.traced),
                    traced.error,
                    _now(),
                ],
            )
            file_id = self.db.execute(
                "SELECT id FROM files WHERE repo_id = ? AND path = ?", [repo_id, traced.path]
            ).fetchone()[0]
            self.db.execute("DELETE FROM premises WHERE file_id = ?", [file_id])
            self.db["premises"].insert_all(
                (
                    {"file_id": file_id, "full_name": d.full_name, "kind": d.kind, "code": d.code}
                    | _span("", d.start, d.end)
                    for d in _unique_declarations(traced.declarations)
                ),
            )
            self._write_theorems(file_id, traced.theorems)
        return file_id

    def _next_id(self, table: str) -> int:
        return self.db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def _write_theorems(self, file_id: int, theorems: tuple[TracedTheorem, ...]) -> None:
        """Rows for the file's theorems, batched (ids assigned here: we hold the write lock)."""
        unique = list({t.full_name: t for t in reversed(theorems)}.values())[::-1]  # first wins
        old = dict(
            self.db.execute("SELECT full_name, id FROM theorems WHERE file_id = ?", [file_id]).fetchall()
        )
        keep = {t.full_name for t in unique}
        self.db.conn.executemany(
            "DELETE FROM theorems WHERE id = ?", [[tid] for name, tid in old.items() if name not in keep]
        )
        kept = [[old[t.full_name]] for t in unique if t.full_name in old]
        self.db.conn.executemany("DELETE FROM tactics WHERE theorem_id = ?", kept)
        self.db.conn.executemany(f"DELETE FROM proofs WHERE theorem_id = ? AND source = '{FILE_PROOF}'", kept)
        next_thm, next_tac = self._next_id("theorems"), self._next_id("tactics")
        rows, proofs, tactics, uses = [], [], [], []
        for thm in unique:
            tid = old.get(thm.full_name)
            if tid is None:
                tid, next_thm = next_thm, next_thm + 1
            rows.append(
                {
                    "id": tid,
                    "file_id": file_id,
                    "full_name": thm.full_name,
                    "statement": thm.statement,
                    "proof_kind": thm.proof_kind,
                    "has_sorry": int(thm.has_sorry),
                }
                | _span("", thm.start, thm.end)
            )
            proofs.append(
                {
                    "theorem_id": tid,
                    "source": FILE_PROOF,
                    "text": thm.proof,
                    "kind": thm.proof_kind,
                    "has_sorry": int(thm.has_sorry),
                    "verified": None,
                    "created_at": _now(),
                }
            )
            for tac in thm.tactics:
                tactics.append({"id": next_tac, "theorem_id": tid} | _tactic_row(tac))
                uses += _use_rows(next_tac, tac)
                next_tac += 1
        self.db["theorems"].upsert_all(rows, pk="id")
        for table, batch in (("proofs", proofs), ("tactics", tactics), ("premise_uses", uses)):
            if batch:
                self.db[table].insert_all(batch)

    def add_proof(
        self, theorem_id: int, text: str, source: str, kind: str, has_sorry: bool, verified: bool | None
    ) -> None:
        """Record a proof from elsewhere (prover, mutation); a repeat is ignored."""
        with writing(self.db):
            self.db.execute(
                "INSERT OR IGNORE INTO proofs (theorem_id, source, text, kind, has_sorry, verified, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [theorem_id, source, text, kind, int(has_sorry), verified, _now()],
            )

    def remove_files(self, repo_id: int, keep_paths: set[str]) -> list[str]:
        """Delete the files of a repository that are no longer in its sources."""
        gone = [
            path
            for (path,) in self.db.execute("SELECT path FROM files WHERE repo_id = ?", [repo_id])
            if path not in keep_paths
        ]
        with writing(self.db):
            for path in gone:
                self.db.execute("DELETE FROM files WHERE repo_id = ? AND path = ?", [repo_id, path])
        return gone

    # --- reading -------------------------------------------------------------------------

    def files(self, repo_id: int | None = None) -> list[FileRow]:
        where, args = ("WHERE repo_id = ?", [repo_id]) if repo_id is not None else ("", [])
        return [
            FileRow(
                id=r["id"],
                repo_id=r["repo_id"],
                path=r["path"],
                module=r["module"],
                content_hash=r["content_hash"],
                trace_key=r["trace_key"],
                imports=tuple(json.loads(r["imports"])),
                traced=bool(r["traced"]),
                error=r["error"],
            )
            for r in self.db.query(f"SELECT * FROM files {where} ORDER BY repo_id, path", args)
        ]

    def file(self, repo_id: int, path: str) -> FileRow | None:
        return next((f for f in self.files(repo_id) if f.path == path), None)

    def load_file(self, file_id: int) -> TracedFile:
        """A stored file back as the record the tracer wrote."""
        f = next(self.db.query("SELECT * FROM files WHERE id = ?", [file_id]))
        decls = tuple(
            Declaration(r["full_name"], r["kind"], _pos(r, "", "start"), _pos(r, "", "end"), r["code"])
            for r in self.db.query("SELECT * FROM premises WHERE file_id = ? ORDER BY id", [file_id])
        )
        theorems = tuple(
            self._load_theorem(r)
            for r in self.db.query(
                "SELECT * FROM theorems WHERE file_id = ? ORDER BY start_line, start_col", [file_id]
            )
        )
        return TracedFile(
            path=f["path"],
            module=f["module"],
            content_hash=f["content_hash"],
            imports=tuple(json.loads(f["imports"])),
            declarations=decls,
            theorems=theorems,
            traced=bool(f["traced"]),
            error=f["error"],
        )

    def _load_theorem(self, r: dict) -> TracedTheorem:
        proof = self.db.execute(
            "SELECT text FROM proofs WHERE theorem_id = ? AND source = ?", [r["id"], FILE_PROOF]
        ).fetchone()
        tactics = self._load_tactics("tactics", "premise_uses", "theorem_id", r["id"])
        return TracedTheorem(
            full_name=r["full_name"],
            start=_pos(r, "", "start"),
            end=_pos(r, "", "end"),
            statement=r["statement"],
            proof=proof[0] if proof else "",
            proof_kind=r["proof_kind"],
            has_sorry=bool(r["has_sorry"]),
            tactics=tuple(tactics),
        )

    def _load_tactics(self, table: str, uses_table: str, key: str, owner: int) -> tuple[TracedTactic, ...]:
        tactics = []
        for t in self.db.query(f"SELECT * FROM {table} WHERE {key} = ? ORDER BY idx", [owner]):
            uses = tuple(
                PremiseUse(
                    full_name=u["full_name"],
                    module=u["module"],
                    path=u["path"],
                    def_start=_pos(u, "def_", "start"),
                    def_end=_pos(u, "def_", "end"),
                    statement=u["statement"],
                    start=u["tac_start"],
                    end=u["tac_end"],
                )
                for u in self.db.query(
                    f"SELECT * FROM {uses_table} WHERE tactic_id = ? ORDER BY idx", [t["id"]]
                )
            )
            tactics.append(
                TracedTactic(
                    index=t["idx"],
                    text=t["text"],
                    start=_pos(t, "", "start"),
                    end=_pos(t, "", "end"),
                    goals_before=tuple(json.loads(t["goals_before"])),
                    goals_after=tuple(json.loads(t["goals_after"])),
                    premises=uses,
                    depth=t["depth"],
                )
            )
        return tuple(tactics)

    # --- the dynamic database: repository versions and learned proofs ----------------------

    def record_version(self, repo_id: int, content_hash: str, lean_version: str) -> bool:
        """Note the repository's current version; True when it is new (first add or changed)."""
        row = self.db.execute(
            "SELECT content_hash, commit_sha, added_at FROM repos WHERE id = ?", [repo_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no repository with id {repo_id}")
        latest = self.db.execute(
            "SELECT content_hash FROM repo_versions WHERE repo_id = ? ORDER BY id DESC LIMIT 1", [repo_id]
        ).fetchone()
        new = latest is None or latest[0] != content_hash
        with writing(self.db):
            self.db.execute(
                "UPDATE repos SET content_hash = ?, lean_version = ?, added_at = coalesce(added_at, ?) "
                "WHERE id = ?",
                [content_hash, lean_version, _now(), repo_id],
            )
            if new:
                self.db.execute(
                    "INSERT INTO repo_versions (repo_id, content_hash, commit_sha, lean_version, added_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [repo_id, content_hash, row[1], lean_version, _now()],
                )
        return new

    def add_learned_proof(
        self,
        repo_url: str,
        path: str,
        theorem: TracedTheorem,
        source: str,
        file_hash: str,
        placeholder: str | None = None,
    ) -> int:
        """Store a verified proof found by the agent with its traced tactics (goals, premises);
        keyed by (repository url, file, declaration), so re-tracing the repository keeps it.
        A repeat of the same proof text replaces its tactics. Returns the proof's id."""
        with writing(self.db):
            self.db.execute(
                "INSERT INTO learned_proofs (repo_url, path, full_name, statement, text, source, file_hash, "
                "placeholder, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(repo_url, path, full_name, text) DO UPDATE SET statement = excluded.statement, "
                "file_hash = excluded.file_hash, placeholder = excluded.placeholder",
                [
                    repo_url,
                    path,
                    theorem.full_name,
                    theorem.statement,
                    theorem.proof,
                    source,
                    file_hash,
                    placeholder,
                    _now(),
                ],
            )
            proof_id = self.db.execute(
                "SELECT id FROM learned_proofs WHERE repo_url = ? AND path = ? AND full_name = ? AND text = ?",
                [repo_url, path, theorem.full_name, theorem.proof],
            ).fetchone()[0]
            self.db.execute("DELETE FROM learned_tactics WHERE proof_id = ?", [proof_id])
            for tac in theorem.tactics:
                tac_id = self.db["learned_tactics"].insert({"proof_id": proof_id} | _tactic_row(tac)).last_pk
                uses = _use_rows(tac_id, tac)
                if uses:
                    self.db["learned_premise_uses"].insert_all(uses)
        return proof_id

    def learned_proofs(self, repo_url: str | None = None) -> list[LearnedProof]:
        """Proofs the agent found (all, or one repository's), oldest first."""
        where, args = ("WHERE repo_url = ?", [repo_url]) if repo_url else ("", [])
        out = []
        for r in self.db.query(f"SELECT * FROM learned_proofs {where} ORDER BY id", args):
            tactics = self._load_tactics("learned_tactics", "learned_premise_uses", "proof_id", r["id"])
            start = tactics[0].start if tactics else Pos(0, 0)
            end = tactics[-1].end if tactics else Pos(0, 0)
            theorem = TracedTheorem(
                r["full_name"], start, end, r["statement"], r["text"], "tactic", False, tactics
            )
            out.append(
                LearnedProof(
                    r["id"], r["repo_url"], r["path"], theorem, r["source"], r["file_hash"], r["placeholder"]
                )
            )
        return out

    def theorem_id(self, full_name: str, repo_id: int | None = None, file: Path | None = None) -> int | None:
        """The theorem's id; ``file`` (an absolute path) pins the one declared in that file."""
        sql = (
            "SELECT t.id, r.root, f.path FROM theorems t JOIN files f ON f.id = t.file_id "
            "JOIN repos r ON r.id = f.repo_id WHERE t.full_name = ?"
        )
        args: list[object] = [full_name]
        if repo_id is not None:
            sql += " AND f.repo_id = ?"
            args.append(repo_id)
        for tid, root, path in self.db.execute(sql, args):
            if file is None or (Path(root or "") / path).resolve() == file.resolve():
                return tid
        return None

    def counts(self, repo_id: int | None = None) -> dict[str, int]:
        """Totals over one repository (or all): the numbers ``trace --json`` reports."""
        cond, args = ("WHERE f.repo_id = ?", [repo_id]) if repo_id is not None else ("", [])

        def one(sql: str) -> int:
            return self.db.execute(sql.format(cond=cond), args).fetchone()[0]

        return {
            "files": one("SELECT count(*) FROM files f {cond}"),
            "theorems": one("SELECT count(*) FROM theorems t JOIN files f ON f.id = t.file_id {cond}"),
            "tactic_proofs": one(
                "SELECT count(*) FROM theorems t JOIN files f ON f.id = t.file_id {cond}"
                + (" AND" if cond else " WHERE")
                + " t.proof_kind = 'tactic'"
            ),
            "sorries": one(
                "SELECT count(*) FROM theorems t JOIN files f ON f.id = t.file_id {cond}"
                + (" AND" if cond else " WHERE")
                + " t.has_sorry = 1"
            ),
            "tactics": one(
                "SELECT count(*) FROM tactics x JOIN theorems t ON t.id = x.theorem_id "
                "JOIN files f ON f.id = t.file_id {cond}"
            ),
            "premises": one("SELECT count(*) FROM premises p JOIN files f ON f.id = p.file_id {cond}"),
            "premise_uses": one(
                "SELECT count(*) FROM premise_uses u JOIN tactics x ON x.id = u.tactic_id "
                "JOIN theorems t ON t.id = x.theorem_id JOIN files f ON f.id = t.file_id {cond}"
            ),
        }

    # --- the import graph and accessible premises -----------------------------------------

    def import_graph(self) -> nx.DiGraph:
        """Modules of every stored file; edges from importer to imported."""
        graph = import_graph({f.module: f.imports for f in self.files()})
        for f in self.files():
            graph.nodes[f.module].update(path=f.path, repo_id=f.repo_id, file_id=f.id)
        return graph

    def premises(self, modules: set[str] | None = None) -> Iterator[PremiseRow]:
        """Declarations: all, or those of ``modules``."""
        if modules is None:
            return self._premise_rows("1", [])
        return self._premise_rows(
            "f.module IN (SELECT value FROM json_each(?))", [json.dumps(sorted(modules))]
        )

    def _premise_rows(self, where: str, args: list[object]) -> Iterator[PremiseRow]:
        for r in self.db.query(
            "SELECT p.*, f.path AS path, f.module AS module FROM premises p JOIN files f ON f.id = p.file_id "
            f"WHERE {where} ORDER BY f.path, p.start_line, p.start_col",
            args,
        ):
            yield PremiseRow(
                r["id"],
                r["full_name"],
                r["kind"],
                r["code"],
                r["path"],
                r["module"],
                _pos(r, "", "start"),
                _pos(r, "", "end"),
            )

    def file_imports(self) -> dict[str, tuple[str, ...]]:
        """Each stored file's path -> the paths of the stored files it imports directly."""
        files = self.files()
        seen: dict[str, str] = {}
        for f in files:
            if seen.setdefault(f.path, f.module) != f.module:
                raise ValueError(f"two stored files share the path {f.path} ({seen[f.path]}, {f.module})")
        paths = {f.module: f.path for f in files}
        return {f.path: tuple(paths[m] for m in f.imports if m in paths) for f in files}

    def accessibility(self) -> Accessibility:
        """Every premise with the rule of what a theorem may use (``corpus.access``): build it
        once and pass it to ``accessible_premises`` when asking for many theorems."""
        return Accessibility(list(self.premises()), self.file_imports())

    def accessible_premises(self, theorem_id: int, access: Accessibility | None = None) -> list[PremiseRow]:
        """What the theorem may use: declarations of every module its file imports
        (transitively, the core ``Init`` included) plus those ending before it in its file."""
        path, line, col = self.db.execute(
            "SELECT f.path, t.start_line, t.start_col FROM theorems t "
            "JOIN files f ON f.id = t.file_id WHERE t.id = ?",
            [theorem_id],
        ).fetchone()
        return (access or self.accessibility()).accessible(path, Pos(line, col))

    def accessible_premise_ids(self, theorem_id: int, access: Accessibility | None = None) -> set[int]:
        """The ids (``PremiseRow.id``) of ``accessible_premises``."""
        return {p.id for p in self.accessible_premises(theorem_id, access)}


@dataclass(frozen=True)
class LearnedProof:
    """A proof the agent found and verified, traced like a proof from a file."""

    id: int
    repo_url: str
    path: str
    theorem: TracedTheorem
    """Its statement, proof text and traced tactics (positions in the verified file)."""
    source: str
    file_hash: str
    """Content hash of the file the proof was found for."""
    placeholder: str | None
    """Why the proof may only hold because of a placeholder definition, if it might."""


def _tactic_row(tac: TracedTactic) -> dict:
    return {
        "idx": tac.index,
        "depth": tac.depth,
        "text": tac.text,
        "goals_before": json.dumps(list(tac.goals_before), ensure_ascii=False),
        "goals_after": json.dumps(list(tac.goals_after), ensure_ascii=False),
        "state_before": tac.state_before,
        "state_after": tac.state_after,
    } | _span("", tac.start, tac.end)


def _use_rows(tactic_id: int, tac: TracedTactic) -> list[dict]:
    return [
        {
            "tactic_id": tactic_id,
            "idx": i,
            "full_name": u.full_name,
            "module": u.module,
            "path": u.path,
            "statement": u.statement,
            "tac_start": u.start,
            "tac_end": u.end,
        }
        | _span("def_", u.def_start, u.def_end)
        for i, u in enumerate(tac.premises)
    ]


def _unique_declarations(decls: tuple[Declaration, ...]) -> list[Declaration]:
    seen: set[str] = set()
    out = []
    for d in decls:
        if d.full_name not in seen:
            seen.add(d.full_name)
            out.append(d)
    return out
