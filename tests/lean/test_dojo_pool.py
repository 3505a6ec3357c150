"""Servers shared over time: the pool, document reuse across theorems, worker crashes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psutil
import pytest

from leanagent.lean.dojo import Dojo, DojoLimits, LeanError, ProofFinished, ProofTarget, TacticState
from leanagent.lean.monitor import wait_gone
from leanagent.lean.pool import PoolClosed, ServerPool

FIXTURES = Path(__file__).parent / "fixtures_dojo"
BASIC = FIXTURES / "Basic.lean"


def workers_of(server) -> list[int]:
    return [c.pid for c in psutil.Process(server.pid).children()]


def test_pool_runs_dojos_in_parallel_and_closes_cleanly(engine):
    names = ["and_swap", "double_two", "and_swap", "double_two"]
    finished: list[str] = []
    with ServerPool(2, FIXTURES, engine) as pool:

        def prove(name: str) -> None:
            with pool.dojo(ProofTarget.from_file(BASIC, name)) as (dojo, init):
                state = init
                for tactic in {"and_swap": ["constructor", "exact hq", "exact hp"], "double_two": ["decide"]}[
                    name
                ]:
                    state = dojo.run_tac(state, tactic)
                if isinstance(state, ProofFinished):
                    finished.append(name)

        threads = [threading.Thread(target=prove, args=(n,)) for n in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        time.sleep(0.5)
        pids = [pid for server in pool.servers for pid in server.processes()]
        assert len(pool.servers) == 2
    assert sorted(finished) == sorted(names)
    assert wait_gone(pids, timeout=5) == []
    with pytest.raises(PoolClosed):
        with pool.server():
            pass


def test_a_reused_document_keeps_its_worker_but_not_its_theorem(engine):
    """The next Dojo on a server reuses the Lean worker; nothing of the last theorem leaks."""
    with ServerPool(1, FIXTURES, engine) as pool:
        with pool.dojo(ProofTarget.from_file(BASIC, "and_swap")) as (dojo, first):
            assert first.pp.endswith("⊢ q ∧ p")
            assert isinstance(dojo.run_tac(first, "constructor"), TacticState)
            time.sleep(0.5)
            (server,) = pool.servers
            before = workers_of(server)
        with pool.dojo(ProofTarget.from_file(BASIC, "double_two")) as (dojo, init):
            assert init.pp.endswith("⊢ double 2 = 4")
            assert isinstance(dojo.run_tac(init, "exact hq"), LeanError)
            assert isinstance(dojo.run_tac(init, "decide"), ProofFinished)
        assert len(before) == 1 and before[0] in workers_of(server)  # (another one ran the re-check)
        assert len(workers_of(server)) == 2
        with pool.dojo(ProofTarget.from_file(BASIC, "and_swap")) as (dojo, again):
            assert again == first
            assert dojo.run_tac(again, "constructor").num_goals == 2


def test_killed_file_worker_is_an_error_then_recovers(engine):
    target = ProofTarget.from_statement(
        "theorem spin_zero : spin 100000 = 0",
        header=(FIXTURES / "Spin.lean").read_text(),
        directory=FIXTURES,
    )
    with Dojo(target, engine=engine, limits=DojoLimits(tactic_timeout=60.0, heartbeats=0)) as (dojo, init):
        time.sleep(0.5)
        (worker,) = workers_of(dojo.server)
        killer = threading.Timer(0.5, psutil.Process(worker).kill)
        killer.start()
        start = time.monotonic()
        result = dojo.run_tac(init, "decide")
        killer.join()
        assert isinstance(result, LeanError) and result.kind == "crash"
        assert time.monotonic() - start < 10
        assert dojo.run_tac(init, "skip") == init


def test_consecutive_theorems_of_a_file_share_one_recheck_document(engine):
    """Re-checks of one file's theorems on one server: right verdicts in any order, one document."""
    context = FIXTURES / "Context.lean"
    proofs = [
        ("uses_helper", "exact helper q hq", ProofFinished),
        ("uses_unproved", "exact unproved", LeanError),  # `unproved` is a sorry in the context
        ("triple_one", "rfl", ProofFinished),
        ("uses_helper", "exact helper q hq", ProofFinished),  # back to a shorter context
    ]
    with ServerPool(1, FIXTURES, engine) as pool:
        for name, tactic, kind in proofs:
            with pool.dojo(ProofTarget.from_file(context, name)) as (dojo, init):
                result = dojo.run_tac(init, tactic)
                assert isinstance(result, kind), (name, result)
                if isinstance(result, LeanError):
                    assert result.kind == "recheck" and "sorry" in result.message
        time.sleep(0.5)
        (server,) = pool.servers
        assert len(workers_of(server)) == 2  # the Dojo's document and one re-check document
