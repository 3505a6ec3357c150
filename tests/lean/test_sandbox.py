"""The sandbox of every Lean process: address-space cap, private tmp, no network."""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from leanagent.lean import spawn as spawn_module
from leanagent.lean.spawn import address_space_mb, network_isolation, sandbox, spawn

REPO = Path(__file__).resolve().parents[2]

CONNECT = """
import socket, sys
try:
    socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5).close()
    print("connected")
except OSError as exc:
    print("refused", exc)
"""


def test_a_spawned_child_gets_the_address_space_cap_in_force(monkeypatch):
    code = "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0])"
    assert address_space_mb() is None  # off by default: see address_space_mb
    monkeypatch.setenv("LEANAGENT_LEAN_AS_MB", "-1")  # sized to this machine
    expected = address_space_mb()
    assert expected is not None and expected >= spawn_module.AUTO_AS_MIN_MB
    result = spawn([sys.executable, "-c", code], timeout=30)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == expected << 20


def test_the_cap_comes_from_the_setting(monkeypatch):
    code = "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0])"
    monkeypatch.setenv("LEANAGENT_LEAN_AS_MB", "3000")
    assert address_space_mb() == 3000 and address_space_mb(1000) == 4500  # heap cap on top
    assert int(spawn([sys.executable, "-c", code], timeout=30).stdout) == 3000 << 20
    monkeypatch.setenv("LEANAGENT_LEAN_AS_MB", "0")
    assert address_space_mb() is None and address_space_mb(1000) is None
    ours = resource.getrlimit(resource.RLIMIT_AS)[0]
    assert int(spawn([sys.executable, "-c", code], timeout=30).stdout) == ours


def test_a_spawned_child_has_a_private_tmp_that_is_gone_after_it_exits():
    code = (
        "import os, tempfile, json; d = tempfile.gettempdir();"
        "open(os.path.join(d, 'scratch'), 'w').write('x');"
        "print(json.dumps([d, os.environ['TMPDIR'], os.environ['TMP'], os.environ['TEMP'], os.listdir(d)]))"
    )
    first = spawn([sys.executable, "-c", code], timeout=30)
    second = spawn([sys.executable, "-c", code], timeout=30)
    assert first.returncode == 0, first.stderr
    d, tmpdir, tmp, temp, listing = json.loads(first.stdout)
    assert d == tmpdir == tmp == temp and listing == ["scratch"]
    assert Path(d).name.startswith("leanagent-lean-") and Path(d).parent == Path(tempfile.gettempdir())
    assert not Path(d).exists()  # removed once the child was gone
    assert json.loads(second.stdout)[0] != d  # a fresh folder per process


def test_the_private_tmp_is_removed_when_the_child_times_out():
    code = "import os, time; print(os.environ['TMPDIR'], flush=True); time.sleep(60)"
    result = spawn([sys.executable, "-c", code], timeout=1)
    assert result.timed_out
    assert not Path(result.stdout.strip()).exists()


@pytest.fixture
def listener():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    yield server.getsockname()[1]
    server.close()


def test_a_spawned_child_cannot_reach_our_loopback(listener):
    control = subprocess.run([sys.executable, "-c", CONNECT, str(listener)], capture_output=True, text=True)
    assert control.stdout.startswith("connected")  # the listener is reachable without the sandbox
    result = spawn([sys.executable, "-c", CONNECT, str(listener)], timeout=30)
    assert result.returncode == 0, result.stderr
    if network_isolation():
        assert result.stdout.startswith("refused"), result.stdout
    else:
        from leanagent.engine.report import _network_isolation

        assert _network_isolation() == "no"


def test_without_the_right_to_a_network_namespace_a_user_namespace_is_used(listener):
    """The fallback for non-root users: unshare(CLONE_NEWNET) alone fails (EPERM)."""
    if not network_isolation():
        pytest.skip("no network namespaces here")
    real = spawn_module._UNSHARE

    def unprivileged(flags: int) -> int:
        return -1 if flags == spawn_module._CLONE_NEWNET else real(flags)

    maps = spawn_module._id_maps()
    code = CONNECT + "import os; print(os.getuid(), os.getgid())"
    proc = subprocess.run(
        [sys.executable, "-c", code, str(listener)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: spawn_module._isolate_network(unprivileged, maps) or os._exit(3),
        timeout=30,
    )
    if proc.returncode == 3:
        pytest.skip("no user namespaces here")
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("refused"), proc.stdout + proc.stderr
    assert lines[1] == f"{os.getuid()} {os.getgid()}"  # our ids, mapped to themselves


def test_the_language_server_runs_in_the_sandbox(engine, tmp_path, monkeypatch):
    from leanagent.lean.launch import lean_server_spec
    from leanagent.lean.server import LeanServer

    monkeypatch.setenv("LEANAGENT_LEAN_AS_MB", "-1")  # a cap, to see it applied

    with LeanServer(lean_server_spec(engine.lean, tmp_path, engine.env(), 1000)) as server:
        pid = server.pid
        environ = dict(
            item.split("=", 1) for item in Path(f"/proc/{pid}/environ").read_text().split("\0") if "=" in item
        )
        tmp = Path(environ["TMPDIR"])
        assert tmp.name.startswith("leanagent-lean-") and tmp.is_dir()
        limits = Path(f"/proc/{pid}/limits").read_text()
        line = next(x for x in limits.splitlines() if x.startswith("Max address space"))
        assert line.split()[3] == str(address_space_mb(1000) << 20)
        if network_isolation():
            assert os.readlink(f"/proc/{pid}/ns/net") != os.readlink("/proc/self/ns/net")
    deadline = time.monotonic() + 10
    while tmp.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not tmp.exists()  # removed with the server


def test_a_real_lean_check_passes_under_the_machine_sized_cap(engine, tmp_path, monkeypatch):
    from leanagent.lean.check import check_file

    monkeypatch.setenv("LEANAGENT_LEAN_AS_MB", "-1")
    assert address_space_mb() is not None
    path = tmp_path / "Small.lean"
    path.write_text("theorem small (a b : Nat) : a + b = b + a := Nat.add_comm a b\n")
    report = check_file(path, engine, timeout=120)
    assert report.ok and [t.ok for t in report.theorems] == [True], report


def test_a_sandbox_needs_no_process_to_be_released():
    box = sandbox({"A": "1"}, None)
    assert box.env["A"] == "1" and box.env["TMPDIR"] == str(box.tmp) and box.tmp.is_dir()
    box.release()
    assert not box.tmp.exists()


def test_doctor_reports_the_sandbox(engine):
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "leanagent"), "doctor", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    report = json.loads(proc.stdout)
    limit = address_space_mb()
    assert report["sandbox_memory_limit"] == (f"{limit} MB" if limit else "off")
    assert report["sandbox_private_tmp"] == "yes"
    assert report["sandbox_network_isolation"] == ("yes" if network_isolation() else "no")


def test_a_server_left_running_at_exit_leaves_no_private_tmp(engine, tmp_path):
    code = (
        "import sys; from pathlib import Path; from leanagent.lean.server import LeanServer; from leanagent.lean.launch import lean_server_spec;"
        "s = LeanServer(lean_server_spec(Path(sys.argv[1]), Path(sys.argv[2]), {}, None));"
        "print(open(f'/proc/{s.pid}/environ').read().split('TMPDIR=')[1].split(chr(0))[0])"
    )
    env = {**os.environ, **engine.env()}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(engine.lean), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    tmp = Path(proc.stdout.strip())
    assert tmp.name.startswith("leanagent-lean-") and not tmp.exists()


def test_private_folders_of_dead_owners_are_swept():
    dead = subprocess.Popen([sys.executable, "-c", ""])
    dead.wait()
    base = Path(tempfile.gettempdir())
    stale = Path(tempfile.mkdtemp(prefix=f"leanagent-lean-{dead.pid}-", dir=base))
    (stale / "left").write_text("x")
    live = Path(tempfile.mkdtemp(prefix=f"leanagent-lean-{os.getpid()}-", dir=base))
    try:
        spawn_module._sweep_stale_tmp.__wrapped__()
        assert not stale.exists() and live.is_dir()
    finally:
        for d in (stale, live):
            if d.exists():
                shutil.rmtree(d)
