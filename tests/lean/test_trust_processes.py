"""Shared state other processes rely on: dependency builds in use survive cache eviction,
and diagnostics for another version than the one awaited are an error, not silence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leanagent.engine import lock
from leanagent.lean import project
from leanagent.lean.launch import lean_server_spec
from leanagent.lean.project import build_dependencies, evict_dependency_builds, release_dependencies
from leanagent.lean.rpc import LspError, ProtocolError
from leanagent.lean.server import LeanServer
from leanagent.source.modules import read_module

FIXTURES = Path(__file__).parent / "fixtures_dojo"
GOOD = "theorem t (p : Prop) (h : p) : p := by\n  exact h\n"
BAD = "theorem t (p q : Prop) (h : p) : q := by\n  exact h\n"


def build(engine, tmp_path: Path, n: int) -> Path:
    src = tmp_path / f"src{n}"
    src.mkdir(exist_ok=True)
    (src / "Dep.lean").write_text(f"def dep : Nat := {n}\n")
    (src / "Main.lean").write_text("import Dep\n")
    deps = {"Dep": read_module(src, src / "Dep.lean")}
    return build_dependencies(engine, deps, tmp_path / "cache", 120)


def test_a_build_in_use_survives_eviction(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(project, "KEEP_DEPENDENCY_BUILDS", 1)
    held = build(engine, tmp_path, 1)
    try:
        assert (held / "Dep.olean").is_file()
        newer = build(engine, tmp_path, 2)  # over the limit: `held` is the oldest, but in use
        assert (held / ".complete").is_file() and (held / "Dep.olean").is_file()
        assert build(engine, tmp_path, 1) == held  # still there: nothing rebuilt
        release_dependencies(held)
        assert evict_dependency_builds(held.parent, 0) == []  # held twice, released once: kept
        release_dependencies(held)
        release_dependencies(newer)
        os.utime(held, (1, 1))  # the least recently used (file times are coarse: set them)
        assert evict_dependency_builds(held.parent, 1) == [held]
        assert not held.exists() and newer.is_dir()
        assert not lock._lock_file(held).exists()
        again = build(engine, tmp_path, 1)  # removed for good: built afresh when asked again
        assert again == held and (again / "Dep.olean").is_file()
    finally:
        for folder in list(lock._in_use):
            release_dependencies(folder)


def test_eviction_skips_a_build_another_process_holds(engine, tmp_path):
    import subprocess
    import sys

    folder = build(engine, tmp_path, 3)
    release_dependencies(folder)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from leanagent.engine.lock import hold_folder;"
            "hold_folder(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()",
            str(folder),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert evict_dependency_builds(folder.parent, 0) == []
        assert (folder / "Dep.olean").is_file()
    finally:
        holder.communicate("", timeout=30)
    assert evict_dependency_builds(folder.parent, 0) == [folder]
    assert not folder.exists()


@pytest.fixture
def server(engine):
    with LeanServer(lean_server_spec(engine.lean, FIXTURES, engine.env(), None)) as srv:
        yield srv


def test_diagnostics_of_older_versions_then_the_awaited_one(server):
    doc = (FIXTURES / "TrustVersions.lean").as_uri()
    server.open_document(doc, BAD, 1)
    server.change_document(doc, 2, [{"text": BAD + "\n"}])
    server.change_document(doc, 3, [{"text": GOOD}])  # no wait in between: v1, v2 may publish
    assert [d for d in server.wait_for_diagnostics(doc, 3, 60) if d["severity"] == 1] == []


def test_diagnostics_for_another_version_raise(server):
    doc = (FIXTURES / "TrustMismatch.lean").as_uri()
    server.open_document(doc, BAD, 5)
    with pytest.raises(ProtocolError, match="version 1 .* version 5") as info:
        server.wait_for_diagnostics(doc, 1, 60)  # a version the document never had
    assert isinstance(info.value, LspError)
    errors = [d for d in server.wait_for_diagnostics(doc, 5, 60) if d["severity"] == 1]
    assert len(errors) == 1  # the real version still answers
