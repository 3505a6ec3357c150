"""A byte-level seq2seq tactic generator (T5 architecture, ByT5 tokenisation), as ReProver's.

Input: retrieved premises (optional) followed by the proof state; output: one tactic.
Our model is a small ``T5ForConditionalGeneration`` built from a ``T5Config`` and trained
here (``train_generator``); the same class runs any local Hugging Face seq2seq checkpoint
(``hf_local``). Suggestions come from beam search (log-prob = the sum over the tactic's
tokens) or from sampling.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from leanagent.prover.generators.base import Goal, Premise, Suggestion, TacticGenerator, dedupe

META_FILE = "leanagent.json"
"""Written beside a checkpoint by ``train_generator``: how its inputs were formed."""


@dataclass(frozen=True)
class ModelConfig:
    """Size of a freshly built model (tiny: trains on a CPU in minutes)."""

    d_model: int = 128
    d_ff: int = 512
    num_layers: int = 3
    num_heads: int = 4
    d_kv: int = 32
    dropout_rate: float = 0.1


@dataclass(frozen=True)
class InputFormat:
    max_input_bytes: int = 1024
    max_tactic_bytes: int = 160
    premises: int = 0
    """How many premises to prepend (0: the state alone)."""


def format_input(state: str, premises: tuple[Premise, ...] | list[Premise], fmt: InputFormat) -> str:
    """Premises (best first) then the state, trimmed from the front to fit the byte budget.

    The state is never cut while premises remain: premises are dropped from the end of
    the list first.
    """
    chosen = list(premises[: fmt.premises])
    while True:
        head = "".join(f"<a>{p.render()}</a>\n" for p in chosen)
        text = head + state
        if len(text.encode()) <= fmt.max_input_bytes or not chosen:
            break
        chosen.pop()
    data = text.encode()
    return data[-fmt.max_input_bytes :].decode(errors="ignore") if len(data) > fmt.max_input_bytes else text


def new_model(config: ModelConfig | None = None) -> tuple[Any, Any]:
    """A randomly initialised T5 with a byte vocabulary, and its ByT5 tokenizer."""
    import torch
    from transformers import ByT5Tokenizer, T5Config, T5ForConditionalGeneration

    cfg = config or ModelConfig()
    tokenizer = ByT5Tokenizer()
    t5 = T5Config(
        vocab_size=len(tokenizer),
        d_model=cfg.d_model,
        d_ff=cfg.d_ff,
        num_layers=cfg.num_layers,
        num_decoder_layers=cfg.num_layers,
        num_heads=cfg.num_heads,
        d_kv=cfg.d_kv,
        dropout_rate=cfg.dropout_rate,
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
    )
    model = T5ForConditionalGeneration(t5)
    with torch.no_grad():  # untied output layer: start with logits of unit scale, not d_model times that
        model.lm_head.weight.normal_(0.0, cfg.d_model**-0.5)
    return model, tokenizer


def save_checkpoint(
    model: Any, tokenizer: Any, fmt: InputFormat, path: Path, extra: dict | None = None
) -> None:
    """``save_pretrained`` of model and tokenizer, plus how inputs are formed (``leanagent.json``)."""
    from transformers.utils import logging

    logging.disable_progress_bar()
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    meta = {"format": asdict(fmt), **(extra or {})}
    (path / META_FILE).write_text(json.dumps(meta, indent=2))


class Seq2SeqGenerator(TacticGenerator):
    """Tactics from a seq2seq model by beam search (default) or sampling."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        fmt: InputFormat | None = None,
        *,
        max_beams: int = 16,
        sample: bool = False,
        name: str = "seq2seq",
        device: str | None = None,
        threads: int = 1,
    ) -> None:
        import torch

        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        if self.device == "cpu":
            torch.set_num_threads(threads)  # beside busy Lean processes, more threads spin and slow down
        self.model = model.to(self.device).eval()
        self.tokenizer = tokenizer
        self.fmt = fmt or InputFormat()
        self.max_beams = max_beams
        self.sample = sample
        self.name = name
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path, **kwargs: Any) -> Seq2SeqGenerator:
        """A checkpoint written by ``train_generator`` (``save_pretrained`` + ``leanagent.json``)."""
        from transformers import ByT5Tokenizer, T5ForConditionalGeneration
        from transformers.utils import logging

        logging.disable_progress_bar()
        path = Path(path)
        meta = json.loads((path / META_FILE).read_text()) if (path / META_FILE).is_file() else {}
        fmt = InputFormat(**meta.get("format", {}))
        model = T5ForConditionalGeneration.from_pretrained(path)
        return cls(model, ByT5Tokenizer.from_pretrained(path), fmt, **kwargs)

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        k = max(1, min(n, self.max_beams))
        text = format_input(goal.state, goal.premises, self.fmt)
        with self._lock:
            tactics, scores = self._generate(text, k)
        return dedupe(
            [Suggestion(t, s, self.name) for t, s in zip(tactics, scores, strict=True) if t.strip()]
        )

    def _generate(self, text: str, k: int) -> tuple[list[str], list[float]]:
        import torch

        enc = self.tokenizer(
            [text], return_tensors="pt", truncation=True, max_length=self.fmt.max_input_bytes + 1
        )
        enc = {key: value.to(self.device) for key, value in enc.items()}
        options: dict[str, Any] = dict(
            max_new_tokens=self.fmt.max_tactic_bytes,
            num_return_sequences=k,
            output_scores=True,
            return_dict_in_generate=True,
        )
        if self.sample:
            options.update(do_sample=True, num_beams=1, top_k=0)
        else:
            options.update(num_beams=k, length_penalty=0.0, early_stopping=True, do_sample=False)
        with torch.no_grad():
            out = self.model.generate(**enc, **options)
        if self.sample:
            steps = self.model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)
            real = out.sequences[:, 1:] != self.tokenizer.pad_token_id  # not the padding after EOS
            steps = torch.where(real & torch.isfinite(steps), steps, torch.zeros_like(steps))
            scores = [float(row.sum()) for row in steps]
        else:
            scores = [float(s) for s in out.sequences_scores]
        tactics = self.tokenizer.batch_decode(out.sequences, skip_special_tokens=True)
        return tactics, scores
