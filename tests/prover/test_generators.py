"""The generators: portfolio instantiation, the seq2seq model (train, save, load, suggest), the
OpenAI-compatible client against a local HTTP server (answers, timeouts, retries), and the spec."""

from __future__ import annotations

import json
import math
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from leanagent.prover.generators import build, resolve_spec
from leanagent.prover.generators.base import Ensemble, Goal, Premise
from leanagent.prover.generators.openai_api import OpenAIGenerator
from leanagent.prover.generators.portfolio import Portfolio, binder_names, parse_state, shape
from leanagent.prover.generators.seq2seq import InputFormat, ModelConfig, Seq2SeqGenerator, format_input
from leanagent.prover.train_generator import Pair, TrainConfig, train

STATE = "case succ\nn : Nat\nxs : List Nat\nh : n = 0 ∧ xs = []\nhq :\n  ∃ k, k = n\n⊢ ∀ (a b : Nat), a + b = b + a"


def test_parse_state_and_shapes():
    (goal,) = parse_state(STATE)
    assert goal.case == "succ"
    assert [(h.name, h.type) for h in goal.hyps] == [
        ("n", "Nat"),
        ("xs", "List Nat"),
        ("h", "n = 0 ∧ xs = []"),
        ("hq", "∃ k, k = n"),
    ]
    assert goal.target == "∀ (a b : Nat), a + b = b + a"
    assert binder_names(goal.target) == ["a", "b"]
    assert [
        shape(s) for s in ("p → q", "¬p", "p ↔ q", "(p ∧ q)", "p ∨ q ∧ r", "∃ x, p x", "a ≤ b", "x = y")
    ] == ["imp", "not", "iff", "and", "or", "exists", "le", "eq"]
    assert len(parse_state("p : Prop\n⊢ p\n\nq : Prop\n⊢ q ∧ q")) == 2


def test_portfolio_fills_in_names():
    local = (
        Premise("double", "def double : Nat → Nat", "def"),
        Premise("foo_comm", "theorem foo_comm : a = b"),
    )
    tactics = [
        s.tactic for s in Portfolio().suggest(Goal(STATE.replace("a + b", "double a"), (), local), 200)
    ]
    for expected in [
        "intro a b",
        "obtain ⟨h1, h2⟩ := h",
        "induction n <;> simp_all",
        "induction xs <;> simp_all",
        "simp [double]",
        "rw [foo_comm]",
        "simp_all",
        "omega",
    ]:
        assert expected in tactics, expected
    assert not any(t.startswith("exact n") for t in tactics)  # a number is not a proof
    assert len(Portfolio().suggest(Goal(STATE), 10)) == 10


def test_ensemble_shares_the_slots():
    class One(Portfolio):
        def suggest(self, goal, n):
            return super().suggest(goal, n)[:1]

    tactics = [s.tactic for s in Ensemble([Portfolio(), One()]).suggest(Goal(STATE), 4)]
    assert len(tactics) == 4 and len(set(tactics)) == 4


def test_format_input_keeps_the_state_and_drops_premises_first():
    premises = [Premise("p1", "x" * 50), Premise("p2", "y" * 50)]
    fmt = InputFormat(max_input_bytes=80, premises=2)
    text = format_input("⊢ goal", premises, fmt)
    assert text.endswith("⊢ goal") and "p2" not in text and "x" * 50 in text
    assert format_input("⊢ goal", premises, InputFormat(premises=0)) == "⊢ goal"


TINY = ModelConfig(d_model=32, d_ff=64, num_layers=1, num_heads=2, d_kv=16)


def test_seq2seq_trains_saves_loads_and_suggests(tmp_path: Path):
    pairs = [Pair(f"n : Nat\n⊢ n + {k} = {k} + n", "omega") for k in range(12)]
    pairs += [Pair(f"p q : Prop\nh{k} : p ∧ q\n⊢ q ∧ p", "constructor") for k in range(12)]
    summary = train(pairs, tmp_path / "gen", TrainConfig(epochs=2, batch_size=8, model=TINY, threads=1))
    assert summary.steps >= 2 and math.isfinite(summary.best_val_loss)
    assert (tmp_path / "gen" / "config.json").is_file() and (tmp_path / "gen" / "leanagent.json").is_file()
    gen = Seq2SeqGenerator.load(tmp_path / "gen", max_beams=4)
    out = gen.suggest(Goal("n : Nat\n⊢ n + 3 = 3 + n"), 4)
    assert 1 <= len(out) <= 4
    assert all(s.logprob <= 0 and math.isfinite(s.logprob) for s in out)
    assert [s.logprob for s in out] == sorted((s.logprob for s in out), reverse=True)
    gen.sample = True
    sampled = gen.suggest(Goal("n : Nat\n⊢ n = n"), 3)
    assert sampled and all(math.isfinite(s.logprob) and s.logprob <= 0 for s in sampled)
    assert build(f"seq2seq:{tmp_path / 'gen'}").name == "seq2seq"
    assert build(f"hf:{tmp_path / 'gen'}").name.startswith("hf:")
    plain = Path(
        shutil.copytree(tmp_path / "gen", tmp_path / "plain")
    )  # as any HF checkpoint: no leanagent.json
    (plain / "leanagent.json").unlink()
    other = build(f"hf:{plain}")
    assert other.name == "hf:plain" and other.suggest(Goal("⊢ True"), 2)


def test_spec_resolution(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LEANAGENT_PROVER_CHECKPOINT", str(tmp_path / "none"))
    assert resolve_spec("auto") == "portfolio+analogy"
    assert build("portfolio").name == "portfolio"
    with pytest.raises(ValueError, match="train-generator"):
        build("seq2seq")
    with pytest.raises(ValueError, match="unknown generator"):
        build("magic")
    with pytest.raises(ValueError, match="no Hugging Face"):
        build(f"hf:{tmp_path / 'missing'}")


class _Handler(BaseHTTPRequestHandler):
    script: list[str] = []
    """What to do for each successive request: ``ok``, ``slow`` (sleep past the timeout), ``500``."""
    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body})
        action = self.script.pop(0) if self.script else "ok"
        if action == "slow":  # the client gives up first; nobody reads an answer
            time.sleep(1.5)
            return
        if action == "500":
            self.send_response(500)
            self.end_headers()
            return
        choices = [
            {"message": {"content": "```lean\nsimp\n```"}, "logprobs": {"content": [{"logprob": -0.25}]}},
            {"message": {"content": "by omega"}},
            {"message": {"content": "simp"}},
        ]
        data = json.dumps({"choices": choices[: body["n"]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    _Handler.script, _Handler.requests = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", _Handler
    httpd.shutdown()
    httpd.server_close()


def test_openai_generator_parses_replies(server):
    url, handler = server
    gen = OpenAIGenerator(url, "tiny", timeout=5, retries=0)
    out = gen.suggest(Goal("⊢ 1 + 1 = 2", (Premise("two", "theorem two : 1 + 1 = 2"),)), 3)
    assert [s.tactic for s in out] == ["simp", "omega"]  # fences and `by` stripped, duplicates merged
    assert out[0].logprob == -0.25 and out[1].logprob < 0
    (request,) = handler.requests
    assert request["path"] == "/v1/chat/completions" and request["body"]["model"] == "tiny"
    assert "theorem two" in request["body"]["messages"][1]["content"]


def test_openai_generator_retries_after_timeouts_and_errors(server):
    url, handler = server
    handler.script = ["slow", "500", "ok"]
    gen = OpenAIGenerator(url, "tiny", timeout=0.5, retries=2, backoff=0.01)
    assert [s.tactic for s in gen.suggest(Goal("⊢ True"), 2)] == ["simp", "omega"]
    assert len(handler.requests) == 3 and gen.failures == 0
    handler.script = ["500", "500"]
    gen = OpenAIGenerator(url, "tiny", timeout=0.5, retries=1, backoff=0.01)
    assert gen.suggest(Goal("⊢ True"), 2) == [] and gen.failures == 1


def test_analogy_reuses_a_neighbours_proof_with_names_fitted():
    from leanagent.prover.generators.analogy import Analogy, binders, rename
    from leanagent.prover.premises import declarations

    text = (
        "namespace L\n\ndef dropN : Nat → List α → List α\n  | _, [] => []\n  | n, _ :: xs => dropN n xs\n\n"
        "theorem map_dropN (f : α → β) (k : Nat) (xs : List α) :\n    (dropN k xs).map f = dropN k (xs.map f) := by\n"
        "  induction xs generalizing k with\n  | nil => rw [dropN_nil]\n  | cons y ys ih => simp [dropN, ih]\n\n"
        "theorem other : 1 = 1 := rfl\n"
    )
    local = tuple(declarations(text, "L"))
    assert [p.name for p in local] == ["dropN", "map_dropN", "other"]
    assert local[1].proof.startswith("induction xs generalizing k with\n| nil =>") and local[2].proof == ""
    assert binders(local[1].code) == [("f", "α → β"), ("k", "Nat"), ("xs", "List α")]
    assert (
        rename("rw [xs, xs.length, xs_1, k, L.xs]", {"xs": "l", "k": "n"})
        == "rw [l, l.length, xs_1, n, L.xs]"
    )
    state = "α β : Type\ng : α → β\nn : Nat\nl : List α\n⊢ List.map g (takeN n l) = takeN n (List.map g l)"
    tactics = [s.tactic for s in Analogy().suggest(Goal(state, (), local), 8)]
    assert (
        tactics[0]
        == "induction l generalizing n with\n| nil => rw [dropN_nil]\n| cons y ys ih => simp [dropN, ih]"
    )
    assert (
        "induction l generalizing n with\n| nil => rw [takeN_nil]\n| cons y ys ih => simp [takeN, ih]"
        in tactics
    )
    skeleton = "induction l generalizing n <;> simp_all [dropN]"  # its case split, closed by simp
    assert skeleton in tactics and skeleton + " <;> omega" in tactics
    assert not any("takeN_nil," in t or "takeN]" in t for t in tactics if "<;>" in t)  # no unknown names


def test_openai_chat_stops_at_the_deadline(server):
    """A request never outlives the caller's deadline: each attempt's timeout is capped by it,
    and no retry starts past it (whole-proof mode keeps the prover's time limit this way)."""
    url, handler = server
    gen = OpenAIGenerator(url, "tiny", timeout=30, retries=3, backoff=0.01)
    assert gen.chat([{"role": "user", "content": "hi"}], deadline=time.monotonic() - 1) == []
    assert handler.requests == []
    handler.script = ["slow", "slow", "slow"]
    started = time.monotonic()
    assert gen.chat([{"role": "user", "content": "hi"}], deadline=started + 0.6) == []
    assert time.monotonic() - started < 1.4 and len(handler.requests) == 1
