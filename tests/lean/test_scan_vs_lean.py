"""Our text scanner against Lean's own view of each file (``textDocument/documentSymbol``).

Every declaration of every bundled project and of the compatibility corpus (Lean written by
others): the same names, the same first line (doc comment included) and the same last line.
Differences that are Lean's and not ours are the ones ``lean.symbols`` documents: anonymous
``example``/``instance`` (compared by line only), declarations behind ``... in`` (not listed),
files whose imports fail (no symbols). In a file with errors Lean's recovery cuts declarations
short where a parse error stops them, so there only names and first lines are compared; files
written for another Lean version (``expected.json``) are left out.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from leanagent.lean.launch import lean_server_spec
from leanagent.lean.project import engine_with_dependencies, importable_modules, project_src
from leanagent.lean.server import LeanServer
from leanagent.lean.symbols import document_symbols
from leanagent.source.commands import DECL_KEYWORDS, command_spans, scan_commands
from leanagent.source.tokens import tokenize

REPO = Path(__file__).resolve().parents[2]
PROJECTS = sorted(
    p for p in (REPO / "lean_projects").iterdir() if (p / "lakefile.toml").is_file() and p.name != "core"
)
CORPUS = REPO / "tests" / "compat" / "corpus"


def scanned(text: str) -> Counter[tuple[str, int, int]]:
    """(name, first line, last line) of each declaration our scanner finds; anonymous ones as
    ``<anonymous>``, and none behind an ``... in`` combinator (Lean does not list those)."""
    tokens = tokenize(text)
    out: Counter[tuple[str, int, int]] = Counter()
    after_in = False
    for cmd, start, end in command_spans(scan_commands(text), len(text)):
        inside = [t for t in tokens if start <= t.offset < end]
        if cmd.keyword in DECL_KEYWORDS and not after_in and inside:
            out[(cmd.name or "<anonymous>", cmd.line, inside[-1].line)] += 1
        after_in = bool(inside) and inside[-1].text == "in"
    return out


def seen_by_lean(server: LeanServer, path: Path, text: str) -> tuple[Counter[tuple[str, int, int]], bool]:
    """Lean's declarations as (name, first line, last line), and whether the file has errors."""
    uri = path.resolve().as_uri()
    server.open_document(uri, text)
    try:
        diagnostics = server.wait_for_diagnostics(uri, 1, 600)
        symbols = document_symbols(server, uri, text, 60)
    finally:
        server.close_document(uri)
    found = Counter(("<anonymous>" if s.is_anonymous else s.name, s.start_line, s.end_line) for s in symbols)
    return found, any(d.get("severity") == 1 for d in diagnostics)


def _starts(found: Counter[tuple[str, int, int]]) -> Counter[tuple[str, int]]:
    return Counter({(name, first): n for (name, first, _), n in found.items()})


def _differences(server: LeanServer, files: list[Path]) -> dict[str, tuple[list, list]]:
    out = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        (lean, has_errors), ours = seen_by_lean(server, path, text), scanned(text)
        if has_errors:
            lean, ours = _starts(lean), _starts(ours)
        if lean and lean != ours:  # no symbols at all: the header did not import
            out[path.name] = (sorted((lean - ours).elements()), sorted((ours - lean).elements()))
    return out


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_bundled_project_declarations_agree_with_lean(project, engine, tmp_path_factory):
    src = project_src(project)
    modules = importable_modules(src)
    built = engine_with_dependencies(engine, modules, tmp_path_factory.mktemp("build"), 600)
    files = [m.path for m in modules.values() if m.path.is_relative_to(src)]
    with LeanServer(lean_server_spec(built.lean, src, built.env(), None)) as server:
        assert _differences(server, files) == {}
        # Not vacuous: Lean saw declarations in the project's files.
        assert sum(seen_by_lean(server, f, f.read_text())[0].total() for f in files[:3]) > 0


def test_corpus_declarations_agree_with_lean(engine):
    other_version = set(json.loads((CORPUS.parent / "expected.json").read_text())["other_version"])
    files = sorted(f for f in CORPUS.rglob("*.lean") if f.relative_to(CORPUS).as_posix() not in other_version)
    assert len(files) >= 30
    with LeanServer(lean_server_spec(engine.lean, CORPUS, engine.env(), None)) as server:
        assert _differences(server, files) == {}
