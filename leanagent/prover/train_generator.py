"""``leanagent train-generator``: fit the seq2seq tactic generator on traced (state, tactic) pairs.

The pairs are every traced tactic in the corpus database with the goals shown before it.
With ``premises > 0`` each input is prefixed by the statements of the premises the tactic
really uses (and a few others from the corpus as distractors), the way retrieved
premises are prefixed at proving time. The model is a small T5 built from a config and
trained from scratch with teacher forcing; the checkpoint with the lowest validation
loss is kept (``save_pretrained`` plus ``leanagent.json``), written to a temporary folder
and renamed into place so a killed run never leaves half a checkpoint.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from leanagent.corpus.db import CorpusDB
from leanagent.prover.generators.base import Premise
from leanagent.prover.generators.seq2seq import (
    InputFormat,
    ModelConfig,
    Seq2SeqGenerator,
    format_input,
    new_model,
    save_checkpoint,
)


@dataclass(frozen=True)
class Pair:
    state: str
    tactic: str
    premises: tuple[Premise, ...] = ()


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 40
    batch_size: int = 16
    lr: float = 1e-3
    weight_decay: float = 0.01
    warmup_steps: int = 50
    val_fraction: float = 0.05
    seed: int = 3407
    premises: int = 0
    """Premises prefixed to each input (0: the state alone)."""
    distractors: int = 2
    max_input_bytes: int = 1024
    max_tactic_bytes: int = 160
    model: ModelConfig = field(default_factory=ModelConfig)
    max_minutes: float = 0.0
    """Stop after this long (0: no limit)."""
    init: Path | None = None
    """Continue from this checkpoint instead of a fresh model (its model size is kept)."""
    threads: int = max(1, (os.cpu_count() or 2) // 2)
    """CPU threads for torch (oversubscribed OpenMP threads spin and slow everything down)."""


@dataclass
class TrainSummary:
    path: str
    pairs: int
    train_pairs: int
    val_pairs: int
    epochs: int
    steps: int
    train_loss: float
    val_loss: float
    best_val_loss: float
    seconds: float


def load_pairs(db_path: Path) -> list[Pair]:
    """Every traced tactic with its state before (duplicates and ``sorry`` steps dropped)."""
    pairs: dict[tuple[str, str], Pair] = {}
    with CorpusDB(db_path) as db:
        for row in db.files():
            if not row.traced:
                continue
            traced = db.load_file(row.id)
            for thm in traced.theorems:
                for tac in thm.tactics:
                    text = tac.text.strip()
                    if not tac.goals_before or not text or "sorry" in text or "admit" in text:
                        continue
                    used = tuple(
                        Premise(u.full_name, u.statement) for u in tac.premises if u.full_name and u.statement
                    )
                    pairs.setdefault((tac.state_before, text), Pair(tac.state_before, text, used))
    return list(pairs.values())


def _inputs(pairs: list[Pair], cfg: TrainConfig, fmt: InputFormat, rng: random.Random) -> list[str]:
    pool = list({p.name: p for pair in pairs for p in pair.premises}.values())
    out = []
    for pair in pairs:
        premises = list(pair.premises)
        if cfg.premises and pool:
            premises += rng.sample(pool, min(cfg.distractors, len(pool)))
            rng.shuffle(premises)
        out.append(format_input(pair.state, premises, fmt))
    return out


def _length_batches(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar input length (less padding), in random order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = 50 * size
    batches = []
    for start in range(0, len(order), pool):
        group = sorted(order[start : start + pool], key=lambda k: lengths[k])
        batches += [group[i : i + size] for i in range(0, len(group), size)]
    rng.shuffle(batches)
    return batches


def train(
    pairs: list[Pair],
    out: Path,
    config: TrainConfig | None = None,
    *,
    on_step: Callable[[int, int, float], None] | None = None,
) -> TrainSummary:
    """Train a fresh model on ``pairs`` and save the best checkpoint to ``out``."""
    import torch

    cfg = config or TrainConfig()
    if len(pairs) < 2:
        raise ValueError(
            f"only {len(pairs)} training pairs: trace some Lean projects first (`leanagent trace`)"
        )
    start = time.monotonic()
    rng = random.Random(cfg.seed)
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    shuffled = pairs[:]
    rng.shuffle(shuffled)
    n_val = max(1, int(len(shuffled) * cfg.val_fraction))
    val, train_set = shuffled[:n_val], shuffled[n_val:]
    fmt = InputFormat(cfg.max_input_bytes, cfg.max_tactic_bytes, cfg.premises)
    if cfg.init is not None:
        loaded = Seq2SeqGenerator.load(cfg.init, threads=cfg.threads)
        model, tokenizer = loaded.model.train(), loaded.tokenizer
    else:
        model, tokenizer = new_model(cfg.model)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    steps_per_epoch = math.ceil(len(train_set) / cfg.batch_size)
    total = steps_per_epoch * cfg.epochs
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: min(1.0, (s + 1) / cfg.warmup_steps) * max(0.05, 1 - s / max(1, total)),
    )

    def batch(inputs: list[str], tactics: list[str]) -> dict:
        enc = tokenizer(
            inputs, return_tensors="pt", padding=True, truncation=True, max_length=cfg.max_input_bytes + 1
        )
        labels = tokenizer(
            tactics, return_tensors="pt", padding=True, truncation=True, max_length=cfg.max_tactic_bytes + 1
        ).input_ids
        labels[labels == tokenizer.pad_token_id] = -100
        return {**{k: v.to(device) for k, v in enc.items()}, "labels": labels.to(device)}

    def val_loss() -> float:
        model.eval()
        losses, weights = 0.0, 0
        inputs = _inputs(val, cfg, fmt, random.Random(cfg.seed))
        with torch.no_grad():
            for i in range(0, len(val), cfg.batch_size):
                chunk = val[i : i + cfg.batch_size]
                loss = model(**batch(inputs[i : i + cfg.batch_size], [p.tactic for p in chunk])).loss
                losses += float(loss) * len(chunk)
                weights += len(chunk)
        model.train()
        return losses / max(1, weights)

    out = Path(out)
    best = math.inf
    step, epoch, last_train, last_val = 0, 0, math.nan, math.nan
    model.train()
    for epoch in range(1, cfg.epochs + 1):
        order = _length_batches([len(p.state) + 40 * len(p.premises) for p in train_set], cfg.batch_size, rng)
        inputs = _inputs(train_set, cfg, fmt, rng)
        running = 0.0
        for ids in order:
            loss = model(**batch([inputs[k] for k in ids], [train_set[k].tactic for k in ids])).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            value = loss.item()
            running += value
            if on_step:
                on_step(step, total, value)
        last_train = running / max(1, len(order))
        last_val = val_loss()
        if last_val < best:
            best = last_val
            info = {
                "epoch": epoch,
                "val_loss": last_val,
                "pairs": len(pairs),
                "model": model.config.to_dict(),
            }
            _save(model, tokenizer, fmt, out, info)
        if cfg.max_minutes and time.monotonic() - start > 60 * cfg.max_minutes:
            break
    return TrainSummary(
        str(out),
        len(pairs),
        len(train_set),
        len(val),
        epoch,
        step,
        round(last_train, 4),
        round(last_val, 4),
        round(best, 4),
        round(time.monotonic() - start, 1),
    )


def _save(model, tokenizer, fmt: InputFormat, out: Path, info: dict) -> None:
    """Write the checkpoint beside ``out`` and swap it in (never half a checkpoint at ``out``)."""
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    save_checkpoint(model, tokenizer, fmt, tmp, {"training": info})
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)
