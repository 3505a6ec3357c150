"""A prover worker keeps at most ``servers_per_worker`` language servers, closing the least
recently used one (and so its processes) when it needs another."""

from __future__ import annotations

import time
from collections import OrderedDict

import psutil
import pytest

from leanagent.lean.dojo import Dojo, ProofFinished, ProofTarget
from leanagent.lean.monitor import descendants, wait_gone
from leanagent.prover import workers


@pytest.fixture
def servers(monkeypatch):
    cache: OrderedDict = OrderedDict()
    monkeypatch.setattr(workers, "_servers", cache)
    yield cache
    for server in cache.values():
        server.close()


def prove_in(engine, directory):
    directory.mkdir()
    server = workers._server_for(engine, directory)
    target = ProofTarget.from_statement("example (p : Prop) (h : p) : p", directory=directory)
    with Dojo(target, server=server, engine=engine) as (dojo, init):
        assert isinstance(dojo.run_tac(init, "exact h"), ProofFinished)
    return server, list(server.processes())


def lean_processes() -> set[int]:
    return {p.pid for p in psutil.Process().children(recursive=True) if "lean" in p.name().lower()}


def test_limit_one_keeps_only_the_latest_server(engine, tmp_path, monkeypatch, servers):
    monkeypatch.setenv("LEANAGENT_PROVER_SERVERS_PER_WORKER", "1")
    first, first_pids = prove_in(engine, tmp_path / "a")
    assert first.alive() and first_pids
    second, second_pids = prove_in(engine, tmp_path / "b")

    assert list(servers.values()) == [second]
    assert not first.alive()
    assert wait_gone(first_pids, timeout=10) == []
    assert second.alive()
    live = lean_processes()
    assert second.pid in live
    assert live.isdisjoint(first_pids)
    first_dir = str(tmp_path / "a")
    assert not [pid for pid in live if _mentions(pid, first_dir)]  # nothing of the first server's is left
    # the second server's processes only (a restart under load may leave an old one dying for a moment)
    deadline = time.monotonic() + 10
    while True:
        strays = {pid for pid in lean_processes() if _mentions(pid, str(tmp_path / "b"))}
        strays -= {second.pid, *descendants(second.pid)}
        if not strays or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert not strays


def _mentions(pid: int, text: str) -> bool:
    """Whether process `pid` (if still there) has `text` in its command line or working folder."""
    try:
        proc = psutil.Process(pid)
        return any(text in part for part in proc.cmdline()) or proc.cwd().startswith(text)
    except psutil.Error:
        return False


def test_default_keeps_two_and_reuses_the_most_recent(engine, tmp_path, servers):
    a, _ = prove_in(engine, tmp_path / "a")
    b, _ = prove_in(engine, tmp_path / "b")
    assert workers._server_for(engine, tmp_path / "a") is a  # reused, now most recent
    c, _ = prove_in(engine, tmp_path / "c")  # evicts b, the least recently used
    assert list(servers.values()) == [a, c]
    assert not b.alive() and a.alive() and c.alive()
