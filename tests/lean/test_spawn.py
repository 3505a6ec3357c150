"""Process hygiene of the short-lived Lean/Lake spawner: nothing outlives a timeout or us."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from leanagent.lean.monitor import wait_gone
from leanagent.lean.spawn import spawn

SLOW_LEAN = """\
def count : Nat → Nat → Nat
  | 0, acc => acc
  | n+1, acc => count n (acc + 1)

#eval count 100000000000 0
"""


def _tagged_sleeps(tag: str) -> list[psutil.Process]:
    """Running `sleep` processes whose command line carries `tag`."""
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        try:
            if proc.info["status"] != psutil.STATUS_ZOMBIE and tag in (proc.info["cmdline"] or []):
                found.append(proc)
        except psutil.Error:
            pass
    return found


def _wait_for(find, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError("the child never appeared")


def test_a_timeout_kills_the_whole_group():
    tag = f"300.{os.getpid()}1"  # `sleep 300.<pid>1`: a duration no other process uses
    result = spawn(["bash", "-c", f"echo started; sleep {tag} & sleep {tag}"], timeout=1.0)
    assert result.timed_out and result.returncode is None
    assert "started" in result.stdout  # what it said before the kill is kept
    assert result.seconds < 5
    assert not wait_gone([p.pid for p in _tagged_sleeps(tag)], timeout=5)


def test_a_finished_run_returns_its_output():
    result = spawn(["bash", "-c", "echo out; echo err >&2; exit 3"], timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (3, "out\n", "err\n")
    assert not result.timed_out


def test_an_address_space_cap_applies_at_spawn():
    code = "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0])"
    result = spawn([sys.executable, "-c", code], timeout=30, memory_mb=4096)
    assert result.returncode == 0 and int(result.stdout) == 4096 << 20


def test_a_killed_parent_leaves_no_child():
    """The direct child (PR_SET_PDEATHSIG) and a grandchild in its group (the reaper) both go."""
    tag = f"300.{os.getpid()}2"
    script = f"sleep {tag} & sleep {tag}"  # like `lake env lean`: a grandchild too
    code = f"from leanagent.lean.spawn import spawn; spawn(['bash', '-c', {script!r}], timeout=600)"
    parent = subprocess.Popen([sys.executable, "-c", code])
    try:
        children = _wait_for(lambda: len(_tagged_sleeps(tag)) == 2 and _tagged_sleeps(tag), timeout=30)
    finally:
        parent.kill()
        parent.wait()
    assert not wait_gone([p.pid for p in children], timeout=10)


@pytest.mark.parametrize("command", ["check", "trace"])
def test_a_killed_command_leaves_no_lean(engine, tmp_path: Path, command: str):
    """`check` (short-lived `lean` runs) and `trace` (a language server and its file workers)."""
    source = tmp_path / "src" / "Slow.lean"
    source.parent.mkdir()
    source.write_text(SLOW_LEAN)
    cmd = [str(Path(sys.executable).parent / "leanagent"), command, str(source.parent)]
    cmd += ["--timeout", "600"] if command == "check" else ["--db", str(tmp_path / "corpus.db")]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:

        def leans() -> list[psutil.Process]:
            try:
                found = psutil.Process(proc.pid).children(recursive=True)
            except psutil.Error:
                return []
            leans = []
            for child in found:
                try:
                    if child.name() == "lean" or Path(child.exe()).name == "lean":
                        leans.append(child)
                except psutil.Error:
                    pass
            return leans

        children = _wait_for(leans, timeout=120)
        time.sleep(0.3)  # let it get into the elaboration proper
        assert not any(p.status() == psutil.STATUS_ZOMBIE for p in children), "lean still runs"
        children = psutil.Process(proc.pid).children(recursive=True)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert not wait_gone([p.pid for p in children], timeout=10), (
        f"a lean process outlived the killed `leanagent {command}`"
    )
