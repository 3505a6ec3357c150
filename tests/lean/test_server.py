"""The language-server client against the real engine: protocol, failures, process hygiene."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import psutil
import pytest

from leanagent.lean.documents import same_leading_lines
from leanagent.lean.dojo import server_spec
from leanagent.lean.launch import lean_server_spec
from leanagent.lean.monitor import wait_gone
from leanagent.lean.rpc import RequestTimeout, ServerCrashed
from leanagent.lean.server import LeanServer

FIXTURES = Path(__file__).parent / "fixtures_dojo"
REPO = Path(__file__).resolve().parents[2]
GOOD = "theorem t (p : Prop) (h : p) : p := by\n  exact h\n"
BAD = "theorem t (p q : Prop) (h : p) : q := by\n  exact h\n"

SLOW = (
    FIXTURES / "Spin.lean"
).read_text() + "set_option maxHeartbeats 0 in\ntheorem s : spin 100000 = 0 := by decide\n"

_pids: list[int] = []


@pytest.fixture(scope="module", autouse=True)
def no_leftover_processes():
    yield
    assert wait_gone(_pids, timeout=10) == []


@pytest.fixture
def server(engine):
    srv = LeanServer(lean_server_spec(engine.lean, FIXTURES, engine.env(), None))
    yield srv
    _pids.extend(srv.processes())
    srv.close()


def uri(name: str) -> str:
    return (FIXTURES / name).as_uri()


def test_diagnostics_follow_the_document_version(server):
    doc = uri("Versions.lean")
    server.open_document(doc, GOOD, 1)
    assert [d for d in server.wait_for_diagnostics(doc, 1, 60) if d["severity"] == 1] == []
    server.change_document(doc, 2, [{"text": BAD}])
    errors = [d for d in server.wait_for_diagnostics(doc, 2, 60) if d["severity"] == 1]
    assert len(errors) == 1 and errors[0]["range"]["start"]["line"] == 1
    col = BAD.index(": q :=") + 2
    ranged = {
        "range": {"start": {"line": 0, "character": col}, "end": {"line": 0, "character": col + 1}},
        "text": "p",
    }
    server.change_document(doc, 3, [ranged])  # the goal `q` becomes `p`: the proof is right again
    assert [d for d in server.wait_for_diagnostics(doc, 3, 60) if d["severity"] == 1] == []


def test_plain_goal_before_and_after_a_tactic(server):
    doc = uri("Goals.lean")
    server.open_document(doc, GOOD, 1)
    server.wait_for_diagnostics(doc, 1, 60)
    before = server.plain_goal(doc, 1, 2, 10)
    after = server.plain_goal(doc, 1, len("  exact h"), 10)
    assert before is not None and before[0].endswith("⊢ p")
    assert after == []
    assert server.plain_goal(doc, 0, 0, 10) is None


def test_killed_server_fails_pending_calls_at_once(server):
    doc = uri("Killed.lean")
    server.open_document(doc, SLOW, 1)
    time.sleep(0.3)
    os.kill(server.pid, signal.SIGKILL)
    start = time.monotonic()
    with pytest.raises(ServerCrashed):
        server.wait_for_diagnostics(doc, 1, 60)
    assert time.monotonic() - start < 5
    old = server.processes()
    server.restart()
    assert wait_gone(old, timeout=5) == []
    server.open_document(doc, GOOD, 1)
    assert all(d["severity"] != 1 for d in server.wait_for_diagnostics(doc, 1, 60))


def test_request_timeout(server):
    doc = uri("Slow.lean")
    server.open_document(doc, SLOW, 1)
    with pytest.raises(RequestTimeout):
        server.wait_for_diagnostics(doc, 1, 0.5)


@pytest.mark.slow
@pytest.mark.safety
def test_memory_cap_kills_an_overgrown_worker(engine):
    spec = lean_server_spec(engine.lean, FIXTURES, engine.env(), 150)
    # without Lean's own -M check, only the monitor's hard cap can stop it
    spec = type(spec)(tuple(a for a in spec.argv if a not in {"-M", "150"}), spec.cwd, spec.env, 150)
    with LeanServer(spec) as srv:
        doc = uri("Memory.lean")
        srv.open_document(doc, SLOW, 1)
        with pytest.raises(ServerCrashed, match="memory cap"):
            srv.wait_for_diagnostics(doc, 1, 60)
        _pids.extend(srv.processes())


def test_close_stops_server_and_workers(server):
    for i in range(2):
        server.open_document(uri(f"W{i}.lean"), GOOD, 1)
        server.wait_for_diagnostics(uri(f"W{i}.lean"), 1, 60)
    deadline = time.monotonic() + 30
    while len(server.processes()) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    pids = server.processes()
    assert len(pids) == 3  # the server and two file workers, as the monitor records them
    server.close()
    assert wait_gone(pids, timeout=5) == []
    with pytest.raises(ServerCrashed):
        server.restart()


_CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    from leanagent.engine import Engine
    from leanagent.lean.launch import lean_server_spec
    from leanagent.lean.server import LeanServer
    fields = json.loads(sys.argv[1])
    fields["lean_path"] = tuple(Path(p) for p in fields["lean_path"])
    engine = Engine(**fields)
    srv = LeanServer(lean_server_spec(engine.lean, Path(sys.argv[2]), engine.env(), None))
    doc = (Path(sys.argv[2]) / "Child.lean").as_uri()
    srv.open_document(doc, sys.argv[4], 1)
    for _ in range(300):  # until the monitor has seen the worker, now busy elaborating
        time.sleep(0.1)
        if len(srv.processes()) == 2:
            break
    pids = srv.processes()
    if sys.argv[3] == "fork":  # a forked child keeps our pipes (and the server's stdin) open
        if os.fork() == 0:
            time.sleep(60)
            os._exit(0)
    print(json.dumps(pids), flush=True)
    if sys.argv[3] == "exit":
        sys.exit(0)
    time.sleep(600)
    """
)


@pytest.mark.parametrize("how", ["exit", "SIGTERM", "SIGKILL", "fork"])
def test_no_orphans_when_the_parent_dies(engine, how):
    """Normal exit without close(), SIGTERM and SIGKILL of the owning process all clean up,
    even with a worker busy in a long elaboration, and even when a forked child of the
    owner outlives it holding the server's stdin open (so Lean never sees end-of-input)."""
    fields = {
        "kind": engine.kind,
        "lean": str(engine.lean),
        "lake": None,
        "lean_path": [str(p) for p in engine.lean_path],
        "version": engine.version,
        "reason": engine.reason,
    }
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, json.dumps(fields), str(FIXTURES), how, SLOW],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        line = child.stdout.readline()
        pids = json.loads(line)
        assert len(pids) == 2 and wait_gone(pids, timeout=0) == pids
        if how != "exit":
            child.send_signal(signal.SIGKILL if how == "fork" else getattr(signal, how))
        child.wait(timeout=30)
        assert wait_gone(pids, timeout=3) == []
    finally:
        child.kill()
        child.wait()
        for proc in psutil.process_iter():  # the forked grandchild, if any
            try:
                if proc.ppid() in {1, child.pid} and _CHILD in proc.cmdline():
                    proc.kill()
            except psutil.Error:
                pass


def test_server_spec_picks_lake_serve_inside_a_lake_project(tmp_path, engine):
    """(Only the command line is checked: this machine has no Lake.)"""
    project = tmp_path / "proj"
    (project / "Proj").mkdir(parents=True)
    (project / "lakefile.toml").write_text('name = "proj"\n')
    with_lake = replace(engine, lake=Path("/opt/toolchain/bin/lake"))
    spec = server_spec(with_lake, project / "Proj", 512)
    assert spec.argv == ("/opt/toolchain/bin/lake", "serve", "--", "-Dserver.reportDelayMs=0", "-M", "512")
    assert spec.cwd == project
    assert server_spec(engine, project / "Proj", None).argv == (
        str(engine.lean),
        "--server",
        "-Dserver.reportDelayMs=0",
    )
    assert server_spec(with_lake, tmp_path, None).argv[1] == "--server"  # no lakefile above


def test_spare_documents_are_kept_apart_by_role(server):
    plain, check = server.lease_document(FIXTURES), server.lease_document(FIXTURES, "recheck")
    assert plain.uri != check.uri
    server.release_document(plain, FIXTURES)
    server.release_document(check, FIXTURES)
    assert server.lease_document(FIXTURES, "recheck") is check
    assert server.lease_document(FIXTURES) is plain
    assert server.lease_document(FIXTURES, "recheck").uri not in {
        plain.uri,
        check.uri,
    }  # none spare: a new one


@pytest.mark.parametrize(
    ("old", "new", "lines"),
    [
        ("a\nb\nc", "a\nb\nd", 2),
        ("a\nb\n", "a\nb\n", 2),
        ("", "x", 0),
        ("ab\n", "ac\n", 0),
        ("a\nb", "a\nbc", 1),
    ],
)
def test_same_leading_lines(old, new, lines):
    assert same_leading_lines(old, new) == lines
