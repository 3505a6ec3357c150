"""The Dojo against the real engine: every result kind, limits, crashes, injections, cleanup."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import psutil
import pytest

from leanagent.config import ALLOWED_AXIOMS
from leanagent.lean.dojo import (
    Dojo,
    DojoError,
    DojoLimits,
    LeanError,
    ProofFinished,
    ProofTarget,
    TacticState,
    Timeout,
    light_context,
)
from leanagent.lean.monitor import wait_gone
from leanagent.lean.sanitize import STUB_AXIOM

FIXTURES = Path(__file__).parent / "fixtures_dojo"
BASIC = FIXTURES / "Basic.lean"
SPIN = "theorem spin_zero : spin 100000 = 0"

_pids: list[int] = []


@pytest.fixture(scope="module", autouse=True)
def no_leftover_processes():
    """Every Lean process a test of this module started is gone when the module ends."""
    yield
    assert wait_gone(_pids, timeout=10) == []


def track(dojo: Dojo) -> None:
    _pids.extend(dojo.server.processes())


@pytest.fixture
def swap(engine):
    with Dojo(ProofTarget.from_file(BASIC, "and_swap"), engine=engine) as (dojo, init):
        yield dojo, init
        track(dojo)


def spin_target() -> ProofTarget:
    return ProofTarget.from_statement(SPIN, header=(FIXTURES / "Spin.lean").read_text(), directory=FIXTURES)


def test_initial_state_shows_the_hypotheses_and_goal(swap):
    _, init = swap
    assert isinstance(init, TacticState)
    assert init.tactics == ()
    assert init.num_goals == 1
    assert "hp : p" in init.pp and init.pp.rstrip().endswith("⊢ q ∧ p")


def test_tactic_state_after_a_tactic(swap):
    dojo, init = swap
    after = dojo.run_tac(init, "constructor")
    assert isinstance(after, TacticState)
    assert after.tactics == ("constructor",)
    assert after.num_goals == 2
    assert after.goals[0].endswith("⊢ q") and after.goals[1].endswith("⊢ p")
    assert after != init and after.id != init.id


def test_goals_match_the_servers_plain_goal(swap):
    """The goals we parse from "unsolved goals" are the ones the server reports at the tactic."""
    dojo, init = swap
    after = dojo.run_tac(init, "constructor")
    doc = dojo._docs[0]
    line = doc.text.split("\n")
    last = len(line) - 2  # the text ends with a newline
    goals = dojo.server.plain_goal(doc.uri, last, len(line[last]), 10)
    assert goals is not None
    assert tuple(g.strip() for g in goals) == after.goals


def test_lean_error_keeps_lean_s_message(swap):
    dojo, init = swap
    result = dojo.run_tac(dojo.run_tac(init, "constructor"), "exact hp")
    assert isinstance(result, LeanError) and result.kind == "lean"
    assert "hp" in result.message and "q" in result.message


def test_proof_finished_after_a_fresh_recheck(swap):
    dojo, init = swap
    state = init
    for tactic in ["constructor", "exact hq"]:
        state = dojo.run_tac(state, tactic)
        assert isinstance(state, TacticState)
    done = dojo.run_tac(state, "exact hp")
    assert isinstance(done, ProofFinished)
    assert done.tactics == ("constructor", "exact hq", "exact hp")
    assert done.proof.startswith("theorem and_swap") and done.proof.rstrip().endswith("exact hp")
    assert set(done.axioms) <= ALLOWED_AXIOMS


def test_states_with_the_same_goals_are_equal(swap):
    dojo, init = swap
    same = dojo.run_tac(init, "skip")
    assert isinstance(same, TacticState) and same.tactics == ("skip",)
    assert same == init and hash(same) == hash(init) and same.id == init.id
    assert len({same, init}) == 1


def test_run_tacs_matches_run_tac_one_by_one(engine):
    target = ProofTarget.from_file(BASIC, "and_swap")
    tactics = ["constructor", "exact hp", "skip", "sorry", "apply And.intro", "exact ⟨hq, hp⟩"]
    with Dojo(target, engine=engine, width=2) as (wide, init):
        together = wide.run_tacs(init, tactics)
        alone = [wide.run_tac(init, t) for t in tactics]
        track(wide)
    assert [type(r) for r in together] == [type(r) for r in alone]
    assert [type(r).__name__ for r in together] == [
        "TacticState",
        "LeanError",
        "TacticState",
        "LeanError",
        "TacticState",
        "ProofFinished",
    ]
    assert together[0] == alone[0] and together[2] == alone[2]


def test_context_before_the_theorem_is_available(engine):
    with Dojo(ProofTarget.from_file(BASIC, "double_two"), engine=engine) as (dojo, init):
        track(dojo)
        assert "double 2" in init.pp
        assert isinstance(dojo.run_tac(init, "decide"), ProofFinished)


def test_statement_with_header(engine):
    target = ProofTarget.from_statement("example (p : Prop) (h : p) : p", directory=FIXTURES)
    with Dojo(target, engine=engine) as (dojo, init):
        track(dojo)
        assert init.pp.endswith("⊢ p")
        done = dojo.run_tac(init, "exact h")
        assert isinstance(done, ProofFinished)


def test_unknown_theorem_and_bad_statement(engine):
    with pytest.raises(DojoError):
        ProofTarget.from_file(BASIC, "no_such_theorem")
    target = ProofTarget.from_statement("theorem bad : Nat.no_such_constant = 0", directory=FIXTURES)
    with pytest.raises(DojoError, match="cannot open"):
        with Dojo(target, engine=engine):
            pass


def test_proof_through_a_context_axiom_fails_the_recheck(engine):
    with Dojo(ProofTarget.from_file(FIXTURES / "Cheat.lean", "anything"), engine=engine) as (dojo, init):
        track(dojo)
        result = dojo.run_tac(init, "exact False.elim cheat")
        assert isinstance(result, LeanError) and result.kind == "recheck"
        assert "cheat" in result.message


INJECTIONS = [
    "sorry",
    "exact sorry",
    "admit",
    "native_decide",
    "decide +native",
    "exact hp\ntheorem evil : False := sorry",
    "skip\naxiom evil : False",
    "#eval 1",
    "run_tac pure ()",
    "by_elab pure ()",
    "set_option maxHeartbeats 0 in decide",
    "open DojoFixture in skip",
    "exact (hp",
    "exact hp)",
    "skip /- unterminated",
    "exact «sorry»",
    "exact sorryAx _ false",
    "  skip\nexact hq",
    "exact hp\n@[simp] def evil := 1",
]


@pytest.mark.parametrize("tactic", INJECTIONS)
def test_injection_is_rejected_before_lean(swap, tactic):
    dojo, init = swap
    result = dojo.run_tac(init, tactic)
    assert isinstance(result, LeanError) and result.kind == "unsafe"


def test_sanitiser_passes_are_still_judged_by_lean(swap):
    """Text the sanitiser lets through but which is not one tactic sequence fails in Lean."""
    dojo, init = swap
    for tactic in ["exact hp\n  exact hq", "exact hq exact hp", "constructor constructor"]:
        result = dojo.run_tac(init, tactic)
        assert isinstance(result, LeanError)
        assert not isinstance(result, TacticState | ProofFinished)


def test_wall_clock_timeout_then_recovery(engine):
    limits = DojoLimits(tactic_timeout=1.0, heartbeats=0)
    with Dojo(spin_target(), engine=engine, limits=limits) as (dojo, init):
        track(dojo)
        busy = dojo.server.processes()  # the server and its worker, about to run `decide`
        result = dojo.run_tac(init, "decide")
        assert isinstance(result, Timeout)
        assert wait_gone(busy, timeout=10) == []  # the limit was enforced: the busy Lean was killed
        assert dojo.server.restarts == 1 and not set(dojo.server.processes()) & set(busy)
        again = dojo.run_tac(init, "skip")
        assert again == init
        track(dojo)


def test_heartbeat_limit_is_a_lean_error(engine):
    limits = DojoLimits(tactic_timeout=60.0, heartbeats=200)
    with Dojo(spin_target(), engine=engine, limits=limits) as (dojo, init):
        track(dojo)
        result = dojo.run_tac(init, "decide")
        assert isinstance(result, LeanError) and "heartbeats" in result.message
        assert dojo.server.restarts == 0


@pytest.mark.slow
@pytest.mark.safety
def test_memory_cap(engine):
    limits = DojoLimits(tactic_timeout=60.0, heartbeats=0, memory_mb=250)
    with Dojo(spin_target(), engine=engine, limits=limits) as (dojo, init):
        track(dojo)
        result = dojo.run_tac(init, "decide")
        assert isinstance(result, LeanError)
        assert "memory" in result.message
        assert dojo.run_tac(init, "skip") == init
        track(dojo)


def test_server_killed_mid_call_then_next_call_succeeds(engine):
    limits = DojoLimits(tactic_timeout=60.0, heartbeats=0)
    with Dojo(spin_target(), engine=engine, limits=limits) as (dojo, init):
        track(dojo)
        victim = dojo.server.pid
        killer = threading.Timer(0.5, os.kill, args=(victim, signal.SIGKILL))
        killer.start()
        start = time.monotonic()
        result = dojo.run_tac(init, "decide")
        killer.join()
        assert isinstance(result, LeanError) and result.kind == "crash"
        assert time.monotonic() - start < 5
        assert dojo.server.pid != victim
        assert dojo.run_tac(init, "skip") == init
        track(dojo)


def test_exception_in_the_block_stops_server_and_workers(engine):
    with pytest.raises(RuntimeError, match="boom"):
        with Dojo(ProofTarget.from_file(BASIC, "DojoFixture.and_swap"), engine=engine) as (dojo, init):
            assert init.num_goals == 1
            pids = [dojo.server.pid, *(c.pid for c in psutil.Process(dojo.server.pid).children())]
            assert len(pids) == 2
            raise RuntimeError("boom")
    assert wait_gone(pids, timeout=5) == []


CONTEXT = FIXTURES / "Context.lean"


def test_light_context_stubs_theorem_proofs_only():
    text = "import Foo.Bar\n/-- doc -/\ntheorem a : True := by\n  trivial\n\ndef d : Nat := 1\n"
    text += "theorem r (n : Nat) : n = n := by\n  rfl\ntermination_by n\ntheorem "
    light = light_context(text)
    assert light.startswith(f"import Foo.Bar\naxiom {STUB_AXIOM} {{p : Prop}} : p\n")
    assert f"theorem a : True := {STUB_AXIOM}\n" in light and "trivial" not in light
    assert "def d : Nat := 1\n" in light
    assert "termination_by n" in light and "  rfl" in light
    assert light.count("\n") == text.count("\n") + 1
    assert light_context("def d : Nat := 1\n") == "def d : Nat := 1\n"


def test_stubbed_context_gives_the_same_states(engine):
    for stub in (True, False):
        with Dojo(ProofTarget.from_file(CONTEXT, "uses_helper"), engine=engine, stub_context_proofs=stub) as (
            dojo,
            init,
        ):
            track(dojo)
            assert (STUB_AXIOM in dojo._docs[0].text) is stub
            assert init.pp.endswith("⊢ q ∧ q")
            assert isinstance(dojo.run_tac(init, "exact helper q"), LeanError)
            assert isinstance(dojo.run_tac(init, "exact helper q hq"), ProofFinished)
    with Dojo(ProofTarget.from_file(CONTEXT, "triple_one"), engine=engine) as (dojo, init):
        assert isinstance(dojo.run_tac(init, "rfl"), ProofFinished)  # the def kept its body


def test_a_sorry_behind_the_stub_still_fails_the_recheck(engine):
    with Dojo(ProofTarget.from_file(CONTEXT, "uses_unproved"), engine=engine) as (dojo, init):
        track(dojo)
        result = dojo.run_tac(init, "exact unproved")
        assert isinstance(result, LeanError) and result.kind == "recheck"
        assert "sorry" in result.message


def test_the_stub_axiom_is_not_a_tactic_ingredient(swap):
    dojo, init = swap
    result = dojo.run_tac(init, f"exact {STUB_AXIOM}")
    assert isinstance(result, LeanError) and result.kind == "unsafe"


@pytest.mark.parametrize(
    ("header", "why"),
    [
        ("axiom magic : False\ntheorem via_magic : 1 = 2 := False.elim magic\n", "magic"),
        ("theorem via_error : 1 = 2 := rfl\n", "sorry"),  # the error leaves `sorryAx` behind
    ],
)
def test_a_proof_through_a_bad_context_lemma_fails_the_recheck(engine, header, why):
    """The Dojo's stub hides how the lemma was proved; the re-check's real context does not."""
    target = ProofTarget.from_statement("theorem uses_it : 1 = 2", header=header, directory=FIXTURES)
    lemma = header.split("theorem ")[1].split(" ")[0]
    with Dojo(target, engine=engine) as (dojo, init):
        track(dojo)
        result = dojo.run_tac(init, f"exact {lemma}")
        assert isinstance(result, LeanError) and result.kind == "recheck"
        assert why in result.message


def test_limits_default_to_the_dojo_settings(monkeypatch):
    monkeypatch.setenv("LEANAGENT_DOJO_TACTIC_TIMEOUT", "2.5")
    monkeypatch.setenv("LEANAGENT_DOJO_MEMORY_MB", "0")
    limits = DojoLimits(heartbeats=7)
    assert (limits.tactic_timeout, limits.heartbeats, limits.memory_mb) == (2.5, 7, None)
    assert DojoLimits(tactic_timeout=1.0).tactic_timeout == 1.0
    monkeypatch.delenv("LEANAGENT_DOJO_TACTIC_TIMEOUT")
    monkeypatch.delenv("LEANAGENT_DOJO_MEMORY_MB")
    assert (DojoLimits().tactic_timeout, DojoLimits().memory_mb) == (10.0, 4096)
