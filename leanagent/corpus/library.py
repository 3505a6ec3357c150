"""Where premises live: the declarations of the core library and the traced project.

The core library is stored once per database (declarations only, like LeanDojo's
dependencies) and outlined once per machine (a cache keyed by file content).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from leanagent.config import get_settings
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.models import Declaration, Pos, RepoInfo, TracedFile
from leanagent.corpus.outline import LineIndex, outline
from leanagent.corpus.provenance import repo_info
from leanagent.source.hashing import content_hash
from leanagent.source.header import read_header
from leanagent.source.modules import module_path


@dataclass(frozen=True)
class Target:
    """A file premises may point into: its declarations and how to read its positions."""

    module: str
    path: str
    """Relative to its source root (LeanDojo's ``def_path``)."""
    declarations: tuple[Declaration, ...]
    index: LineIndex


@dataclass
class Library:
    """Files whose declarations premises point into: the core library and the project.

    Filled before tracing with what is already known (stored declarations of unchanged
    files), completed by the tracer as it outlines files; anything else is outlined on
    first use. Reads and writes of single dict keys are atomic, so threads may share it.
    """

    roots: list[Path] = field(default_factory=list)
    targets: dict[Path, Target] = field(default_factory=dict)

    def add(
        self, root: Path, rel: str, module: str, text: str, declarations: tuple[Declaration, ...]
    ) -> None:
        self.targets[(root / rel).resolve()] = Target(module, rel, declarations, LineIndex(text))

    def lookup(self, path: Path) -> Target | None:
        path = path.resolve()
        if path not in self.targets:
            root = next((r for r in self.roots if path.is_relative_to(r)), None)
            if root is None or path.suffix != ".lean" or not path.is_file():
                return None
            text = path.read_text(encoding="utf-8")
            rel = path.relative_to(root)
            self.add(
                root, rel.as_posix(), ".".join(rel.with_suffix("").parts), text, outline(text).declarations
            )
        return self.targets[path]


def library_file(text: str, digest: str) -> tuple[tuple[str, ...], tuple[Declaration, ...]]:
    """Imports and declarations of a library file, cached on disk by content: the core
    library is outlined once per machine, not once per database."""
    cached = get_settings().cache_dir / "trace" / "library" / f"{digest}.json"
    if cached.is_file():
        data = json.loads(cached.read_text(encoding="utf-8"))
        decls = tuple(
            Declaration(d["full_name"], d["kind"], Pos(*d["start"]), Pos(*d["end"]), d["code"])
            for d in data["declarations"]
        )
        return tuple(data["imports"]), decls
    imports, decls = read_header(text).imports, outline(text).declarations
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    payload = {"imports": imports, "declarations": [asdict(d) for d in decls]}
    tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    tmp.replace(cached)
    return imports, decls


def index_library(
    db: CorpusDB, root: Path, wanted: set[str], library: Library, repo: RepoInfo | None = None
) -> dict[str, str]:
    """Store the declarations of the library modules ``wanted`` needs (not their proofs);
    return module -> content hash. Unchanged files are neither re-read for imports nor
    re-outlined: their stored rows are reused. ``repo``: whose files they are (default: the
    core library; a required project's modules go to that project)."""
    repo_id = db.upsert_repo(repo or repo_info(root, "core"))
    stored = {f.module: f for f in db.files(repo_id)}
    hashes: dict[str, str] = {}
    todo = sorted(wanted)
    while todo:
        name = todo.pop()
        path = module_path(root, name)
        if name in hashes or not path.is_file():
            continue  # seen, or not part of this library (e.g. a sibling package)
        text = path.read_text(encoding="utf-8")
        digest = content_hash(text)
        hashes[name] = digest
        old = stored.get(name)
        rel = path.relative_to(root).as_posix()
        if old is not None and old.content_hash == digest and old.path == rel:
            imports, decls = old.imports, db.load_file(old.id).declarations
        else:
            imports, decls = library_file(text, digest)
            db.write_file(repo_id, TracedFile(rel, name, digest, imports, decls, traced=False), digest)
        library.add(root, rel, name, text, decls)
        todo.extend(imports)
    return hashes
