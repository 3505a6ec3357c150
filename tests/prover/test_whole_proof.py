"""Whole-proof and tactic modes of a language model (issue 12, item 6), on the real engine.

The endpoint is a real local HTTP server speaking the chat-completions API: canned
replies (tests/scripted_openai.py) for the deterministic tests, `transformers serve`
with a small model (tests/openai_server.py) for the slow one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.lean.check import check_path
from leanagent.prover.generators.whole_proof import Rejected, prompt, proof_body
from leanagent.prover.prove import ProveOptions, prove_path
from leanagent.prover.results import ResultStore
from leanagent.source.hashing import content_hash
from tests.openai_server import openai_server  # noqa: F401 (a fixture)
from tests.scripted_openai import scripted_openai  # noqa: F401 (a fixture)

ZERO_ADD = "theorem zero_add'' (n : Nat) : 0 + n = n := by sorry\n"
RIGHT = (
    "Induction on n.\n```lean4\nimport Init\nopen Nat\n\ntheorem zero_add'' (n : Nat) : 0 + n = n := by\n"
    "  induction n with\n  | zero => rfl\n  | succ k ih => omega\n```"
)
WRONG = "```lean4\ntheorem zero_add'' (n : Nat) : 0 + n = n := by\n  exact Nat.no_such_lemma n\n```"


def _options(server, db: Path, **kw) -> ProveOptions:
    return ProveOptions(workers=1, db=db, llm_endpoint=server.base_url, llm_model=server.model, **kw)


def _stats(db: Path, text: str, name: str) -> dict:
    with ResultStore(db) as store:
        stored = store.get(content_hash(text), name)
    assert stored is not None
    return stored.stats


@pytest.mark.parametrize(
    ("reply", "body"),
    [
        (RIGHT, "induction n with\n| zero => rfl\n| succ k ih => omega"),
        ("by\n  simp", "simp"),
        ("```lean\nomega\n```", "omega"),
        ("theorem t : 1 = 1 := rfl", "exact rfl"),
        ("-- the proof\ntheorem t : 1 = 1 := by decide", "decide"),
    ],
)
def test_the_proof_body_is_taken_from_the_reply(reply, body):
    assert proof_body(reply) == body


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("theorem t : 1 = 2 := by\n  sorry", "sorry"),
        ("theorem t : 1 = 2 := by\n  admit", "admit"),
        ("axiom cheat : 1 = 2\ntheorem t : 1 = 2 := cheat", "axiom"),
        ("theorem t : 1 = 2 := by\n  exact cheat\naxiom cheat : 1 = 2", "axiom"),
        ('theorem t : 1 = 1 := by\n  rfl\n#eval IO.FS.writeFile "pwned" "x"', "#eval"),
        ('by\n  rfl\n  #eval IO.FS.writeFile "pwned" "x"', "#eval"),
        ("theorem t : 1 = 1 := by\n  rfl\ntheorem u : 2 = 2 := rfl", "2 theorems"),
        ("theorem t : 1 = 1 := by\n  native_decide", "native_decide"),
        ("theorem t : 1 = 1 := by\n  run_tac pure ()", "run_tac"),
        ("rfl\ntheorem t : 1 = 1 := rfl", "before the first command"),
        ("theorem t : 1 = 1 := by\n  exact (foo", "bracket"),
        ("", "empty"),
    ],
)
def test_untrusted_replies_are_rejected(reply, why):
    with pytest.raises(Rejected, match=why):
        proof_body(reply)


def test_the_prompt_holds_context_statement_and_premises():
    from leanagent.prover.generators.base import Premise

    messages = prompt("def f := 1\n", "theorem t : f = 1", (Premise("f_eq", "theorem f_eq : f = 1"),))
    user = messages[-1]["content"]
    assert "def f := 1\ntheorem t : f = 1 := by\n```" in user and "theorem f_eq : f = 1" in user


def test_whole_proof_repaired_after_lean_error_is_verified_and_written(
    scripted_openai,  # noqa: F811
    tmp_path: Path,
    db: Path,
    engine,
    monkeypatch,
):
    """A wrong proof and a `sorry` first; Lean's error for the wrong one goes back; the
    repaired proof passes the Dojo and the whole-file check, and only then is written."""
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_SAMPLES", "2")
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_REPAIR_ROUNDS", "2")
    path = tmp_path / "Zero.lean"
    path.write_text(ZERO_ADD)
    scripted_openai.script = [[WRONG, "theorem zero_add'' (n : Nat) : 0 + n = n := by sorry"], [RIGHT]]
    options = _options(
        scripted_openai, db, generator="portfolio", time_limit=60.0, write=True, llm_mode="whole"
    )
    report = prove_path(path, options)
    (entry,) = report.theorems
    assert entry.status == "proved" and entry.mode == "whole" and entry.written
    first, second = scripted_openai.requests[:2]  # the round's second reply is asked for again
    assert first["model"] == "scripted" and first["n"] == 2
    assert "theorem zero_add'' (n : Nat) : 0 + n = n := by\n```" in scripted_openai.user_messages(0)[0]
    fed_back = scripted_openai.user_messages(1)[-1]
    assert "Nat.no_such_lemma" in fed_back and "unknown" in fed_back.lower()
    assert second["messages"][-2] == {"role": "assistant", "content": WRONG}
    text = path.read_text()
    assert "| succ k ih => omega" in text and "sorry" not in text
    summary = check_path(path).summary()  # an independent re-check of what was written
    assert summary["ok"] == 1 and summary["error"] == 0 and summary["sorry"] == 0
    stats = _stats(db, ZERO_ADD, "zero_add''")
    assert stats["mode"] == "whole" and stats["whole"]["rounds"] == 2 and stats["whole"]["rejected"] == 1


def test_malicious_replies_never_reach_lean_nor_the_file(
    scripted_openai,  # noqa: F811
    tmp_path: Path,
    db: Path,
    engine,
    monkeypatch,
):
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_SAMPLES", "4")
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_REPAIR_ROUNDS", "1")
    source = "theorem nope : 1 = 2 := by sorry\n"
    path = tmp_path / "Nope.lean"
    path.write_text(source)
    marker = tmp_path / "pwned"
    scripted_openai.script = [
        [
            "theorem nope : 1 = 2 := by\n  sorry",
            "axiom cheat : 1 = 2\n\ntheorem nope : 1 = 2 := cheat",
            f'theorem nope : 1 = 2 := by\n  decide\n#eval IO.FS.writeFile "{marker}" "x"',
            f'by\n  #eval IO.FS.writeFile "{marker}" "x"\n  decide',
        ],
        [
            "theorem nope : 1 = 2 := by\n  native_decide",
            "theorem nope : 1 = 2 := by\n  exact? ",
            'macro "cheat" : tactic => `(tactic| sorry)\ntheorem nope : 1 = 2 := by cheat',
            "theorem nope : 1 = 2 := by\n  decide\nend",
        ],
    ]
    options = _options(
        scripted_openai, db, generator="portfolio", time_limit=8.0, write=True, llm_mode="whole"
    )
    report = prove_path(path, options)
    (entry,) = report.theorems
    assert entry.status in {"failed", "timeout"} and not entry.written
    assert path.read_text() == source and not marker.exists()
    assert len(scripted_openai.requests) == 2
    assert (
        "the reply was refused: unsafe proof: forbidden word 'sorry'" in scripted_openai.user_messages(1)[-1]
    )
    whole = _stats(db, source, "nope")["whole"]
    assert whole["replies"] == 8 and whole["rejected"] == 8 and whole["checked"] == 0


def test_tactic_mode_sends_the_goal_and_uses_the_suggestion(
    scripted_openai,  # noqa: F811
    tmp_path: Path,
    db: Path,
    engine,
    monkeypatch,
):
    monkeypatch.setenv("LEANAGENT_PROVER_FIRST_PASS", "0")
    path = tmp_path / "Tac.lean"
    path.write_text("theorem lt_succ'' (n : Nat) : n < n + 1 := by sorry\n")
    scripted_openai.script = [["```lean\nomega\n```"]]
    options = _options(scripted_openai, db, generator="analogy", time_limit=30.0, llm_mode="tactic")
    report = prove_path(path, options)
    (entry,) = report.theorems
    assert entry.status == "proved" and entry.mode == "search" and entry.proof == "omega"
    assert f"openai:{scripted_openai.base_url}#scripted" in report.generator
    assert "⊢ n < n + 1" in scripted_openai.user_messages(0)[0]


def test_an_llm_mode_needs_a_model(tmp_path: Path, db: Path):
    path = tmp_path / "A.lean"
    path.write_text(ZERO_ADD)
    with pytest.raises(ValueError, match="llm_model"):
        prove_path(path, ProveOptions(llm_mode="whole", db=db))
    with pytest.raises(ValueError, match="unknown LLM mode"):
        prove_path(path, ProveOptions(llm_mode="wholeproof", db=db))
    result = CliRunner().invoke(app, ["prove", str(path), "--llm-mode", "both", "--db", str(db)])
    assert result.exit_code != 0 and "llm_model" in result.output


@pytest.mark.slow
def test_whole_and_tactic_modes_end_to_end_on_a_real_local_server(
    openai_server,  # noqa: F811
    tmp_path: Path,
    db: Path,
    engine,
    monkeypatch,
):
    """`prove --llm-mode both` against `transformers serve` with SmolLM2-135M: the model
    writes junk, but the pipeline must run, talk to the server, and claim nothing that an
    independent re-check does not confirm."""
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_SAMPLES", "1")
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_REPAIR_ROUNDS", "1")
    monkeypatch.setenv("LEANAGENT_PROVER_LLM_MAX_TOKENS", "48")
    monkeypatch.setenv("LEANAGENT_PROVER_OPENAI_TIMEOUT", "600")
    monkeypatch.setenv("LEANAGENT_PROVER_OPENAI_RETRIES", "0")
    source = "theorem nope : 1 = 2 := by sorry\n\ntheorem two_add_two' : 2 + 2 = 4 := by sorry\n"
    path = tmp_path / "Two.lean"
    path.write_text(source)
    options = ProveOptions(
        workers=1,
        generator="portfolio",
        time_limit=90.0,
        write=True,
        db=db,
        llm_mode="both",
        llm_endpoint=openai_server.base_url,
        llm_model=openai_server.model,
    )
    report = prove_path(path, options)
    got = {t.name: t for t in report.theorems}
    assert got["nope"].status != "proved" and "1 = 2 := by sorry" in path.read_text()
    whole = _stats(db, path.read_text(), "nope")["whole"]
    assert whole["rounds"] >= 1 and whole["replies"] >= 1  # the server answered
    if got["two_add_two'"].status == "proved":
        summary = check_path(path).summary()
        assert summary["ok"] == 1 and summary["sorry"] == 1 and summary["error"] == 0
