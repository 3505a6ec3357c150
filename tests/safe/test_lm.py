"""The language-model formaliser: untrusted replies sanitised; end to end on a real server."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.safe.lm import Rejected, formal_step, theorem_signature
from tests.openai_server import openai_server  # noqa: F401 (a fixture)


def test_one_theorem_is_kept_its_signature_sanitised():
    reply = "```lean\ntheorem foo (x : Int) (h₀ : x + 7 = 19) : x = 12 := by sorry\n```"
    signature = theorem_signature(reply)
    assert signature == "(x : Int) (h₀ : x + 7 = 19) : x = 12"
    formal = formal_step(signature)
    assert formal.variables == (("x", "Int"),) and formal.hypotheses == (("h₀", "x + 7 = 19"),)
    assert formal.goal == "x = 12" and formal.source == "lm"
    assert formal.statement("ours").startswith("theorem ours (x : Int) (h₀ : x + 7 = 19) : x = 12")
    assert theorem_signature("NONE") is None
    assert theorem_signature("theorem t (h : 3 + 4 = 7) : 3 + 4 = 7\n\nNONE") == "(h : 3 + 4 = 7) : 3 + 4 = 7"


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("theorem a : 1 = 1 := by sorry\ntheorem b : 2 = 2 := by sorry", "exactly one"),
        ("The answer is 4.", "exactly one"),
        ("theorem a : (1 : Nat) = 1 := by\n  decide", "exactly one"),  # a proof instead of sorry
        ("theorem a : 1 = 1\naxiom cheat : False\ntheorem b : True := by sorry", "exactly one|unsafe"),
        ("theorem a : 1 = 1\ntheorem b : 2 = 2", "exactly one"),
        ("theorem a : 1 = 1 axiom cheat : False", "unsafe"),
        ("theorem a (h : sorry) : 1 = 2 := by sorry", "unsafe"),
        ("theorem a : 1 = 1 #eval 2 := by sorry", "unsafe"),
        ("theorem a : (1 = 1 := by sorry", "unsafe"),
        ("theorem a : True ∧ (native_decide) := by sorry", "unsafe"),
    ],
)
def test_replies_that_are_not_one_clean_theorem_are_rejected(reply, why):
    with pytest.raises(Rejected, match=why):
        theorem_signature(reply)


@pytest.mark.slow
def test_lm_formaliser_end_to_end_on_a_real_local_server(openai_server, tmp_path, monkeypatch):  # noqa: F811
    """`verify-steps --formaliser lm` against `transformers serve` with SmolLM2-135M: the
    model formalises badly, but every step must come back with one of the four verdicts,
    from a reply that went through the sanitiser and Lean's syntax check."""
    monkeypatch.setenv("LEANAGENT_SAFE_LM_ATTEMPTS", "2")
    monkeypatch.setenv("LEANAGENT_SAFE_LM_TIMEOUT", "1200")
    path = tmp_path / "one.jsonl"
    path.write_text(
        json.dumps({"id": "lm1", "problem": "Tom has 3 apples and buys 4.", "steps": ["3 + 4 = 7"]})
    )
    started = time.monotonic()
    result = CliRunner().invoke(
        app,
        ["verify-steps", str(path), "--formaliser", "lm", "--lm-url", openai_server.base_url]
        + ["--lm-model", openai_server.model, "--no-store", "--json"],
    )
    assert result.exit_code == 0, result.output
    (solution,) = json.loads(result.stdout)["solutions"]
    (step,) = solution["steps"]
    assert step["verdict"] in {"verified", "refuted", "unverified", "unformalised"}
    if step["verdict"] != "unformalised":  # the model's theorem passed the checks: it is in the report
        assert step["lean"].startswith("theorem s_lm1_step_1") and "sorry" not in step["lean"]
    print(f"lm end to end: {time.monotonic() - started:.0f} s, verdict {step['verdict']}")
