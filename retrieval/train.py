"""Train the retriever with ReProver's recipe; resumable; the best epoch by val Recall@10.

Each sample is a proof state, one premise its tactic uses and sampled negatives (some
from the positive's file). A batch scores every state against every premise in the batch,
so the other samples' premises serve as in-batch negatives; the loss is the softmax cross
entropy of the true premise among them (other positives of the same tactic masked out).
The model before training is evaluated too, so the saved checkpoint is never worse on
validation than the starting encoder. Snapshots under ``OUT/train_state`` let a killed run
go on where it stopped; a finished run given more epochs continues from its last epoch.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import torch
import torch.nn.functional as F
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from leanagent.config import RetrievalSettings, get_retrieval_settings
from retrieval.corpus import PremiseCorpus
from retrieval.dataset import Example, Sample, load_examples, pairs, sample
from retrieval.encoders import Encoder, load_encoder
from retrieval.evaluate import Metrics, dense_ranker, embed_corpus, evaluate
from retrieval.index import PremiseIndex

STATE = "train_state"
REPORT = "train_report.json"


@dataclass(frozen=True)
class TrainConfig:
    """One training run: its data, its output, the run's own knobs and the retriever
    settings it trains with (encoder, split, epochs, batch size, ...: see ``RetrievalSettings``)."""

    data: Path
    """A LeanDojo Benchmark 4 folder (``corpus.jsonl``, ``<strategy>/{train,val}.json``)."""
    out: Path
    """Where the selected checkpoint is saved (and ``train_state/`` while training)."""
    settings: RetrievalSettings = field(default_factory=get_retrieval_settings)
    seed: int = 0
    max_samples: int | None = None
    """Cap on samples per epoch (quick runs and tests); None: all."""
    resume: bool = True

    def override(self, **changes) -> TrainConfig:
        """A copy with ``changes`` to fields of this config or of its settings, by name."""
        own = {f.name for f in fields(self)}
        tuned = replace(self.settings, **{k: v for k, v in changes.items() if k not in own})
        return replace(self, settings=tuned, **{k: v for k, v in changes.items() if k in own})


@dataclass
class TrainReport:
    out: str
    strategy: str
    epochs: int = 0
    steps: int = 0
    best_epoch: int = 0
    """0: the starting encoder was never beaten on validation."""
    best_recall10: float = 0.0
    history: list[dict] = field(default_factory=list)
    """Per epoch (0 = before training): mean loss and the validation metrics."""
    seconds: float = 0.0


def _loss(encoder: Encoder, batch: list[Sample], texts: list[str], temperature: float) -> torch.Tensor:
    columns: dict[int, int] = {}
    for s in batch:
        columns.setdefault(s.positive, len(columns))
    for s in batch:
        for n in s.negatives:
            columns.setdefault(n, len(columns))
    queries = encoder([s.state for s in batch])
    premises = encoder([texts[i] for i in columns])
    logits = queries @ premises.T / temperature
    hide = torch.zeros_like(logits, dtype=torch.bool)
    for row, s in enumerate(batch):
        for p in s.all_positives - {s.positive}:
            if p in columns:
                hide[row, columns[p]] = True
    labels = torch.tensor([columns[s.positive] for s in batch], device=logits.device)
    return F.cross_entropy(logits.masked_fill(hide, float("-inf")), labels)


def train_step(
    encoder: Encoder,
    optim: torch.optim.Optimizer,
    batch: list[tuple[Example, int]],
    corpus: PremiseCorpus,
    settings: RetrievalSettings,
    rng: random.Random,
) -> float:
    """One optimiser step on ``(example, positive)`` pairs (negatives sampled with ``rng``)."""
    samples = [sample(ex, p, corpus, rng, settings.negatives, settings.in_file_negatives) for ex, p in batch]
    loss = _loss(encoder, samples, corpus.texts, settings.temperature)
    optim.zero_grad()
    loss.backward()
    optim.step()
    return loss.item()


def validate(encoder: Encoder, corpus: PremiseCorpus, examples: list[Example]) -> Metrics:
    index = PremiseIndex.build(embed_corpus(encoder, corpus), "", "", use_gpu=False)
    return evaluate(dense_ranker(encoder, index), examples, corpus)


def save_snapshot(folder: Path, encoder: Encoder, optim: torch.optim.Optimizer, progress: dict) -> None:
    """Write a resumable snapshot atomically (into a new folder, then swap)."""
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    encoder.save(tmp / "model")
    torch.save(optim.state_dict(), tmp / "optim.pt")
    (tmp / "progress.json").write_text(json.dumps(progress))
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def train_retriever(cfg: TrainConfig, console: Console | None = None) -> TrainReport:
    start = time.monotonic()
    settings = cfg.settings
    corpus = PremiseCorpus.from_leandojo(cfg.data)
    train = load_examples(cfg.data, settings.strategy, "train", corpus)
    val = load_examples(cfg.data, settings.strategy, "val", corpus)
    if not train:
        raise ValueError(f"no training examples in {cfg.data / settings.strategy / 'train.json'}")
    state_dir = cfg.out / STATE
    progress: dict = {"epoch": 0, "batch": 0, "steps": 0, "strategy": settings.strategy, "history": []}
    resumed = cfg.resume and (state_dir / "progress.json").is_file()
    if resumed:
        progress = json.loads((state_dir / "progress.json").read_text())
        if progress["strategy"] != settings.strategy:
            raise ValueError(f"{state_dir} trains on {progress['strategy']}; start afresh to change split")
    else:
        shutil.rmtree(state_dir, ignore_errors=True)
    encoder = load_encoder(
        state_dir / "model" if resumed else settings.encoder,
        max_seq_len=settings.max_seq_len,
        device=settings.device,
        threads=settings.threads,
    )
    encoder.freeze_below(settings.train_layers)
    optim = torch.optim.AdamW([p for p in encoder.parameters() if p.requires_grad], lr=settings.lr)
    if resumed:
        optim.load_state_dict(torch.load(state_dir / "optim.pt", map_location=encoder.device))
    report = TrainReport(str(cfg.out), settings.strategy)
    history: list[dict] = progress["history"]

    def best() -> dict:
        """Highest val Recall@10, the earlier epoch on a tie; without val data, the latest."""
        return max(history, key=lambda h: (h["recall10"], -h["epoch"]) if val else h["epoch"])

    if not history:  # the starting encoder: the checkpoint to beat
        history.append({"epoch": 0, "loss": None, **validate(encoder, corpus, val).to_json()})
        encoder.save(cfg.out)
        save_snapshot(state_dir, encoder, optim, progress)

    items = pairs(train)
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]:.4f}"),
        TimeRemainingColumn(),
        console=console or Console(stderr=True),
        transient=True,
        disable=console is None,
    )
    with bar:
        for epoch in range(progress["epoch"], settings.epochs):
            order = items[:]
            random.Random(cfg.seed * 1000 + epoch).shuffle(order)
            order = order[: cfg.max_samples] if cfg.max_samples else order
            batches = [order[i : i + settings.batch_size] for i in range(0, len(order), settings.batch_size)]
            task = bar.add_task(f"epoch {epoch + 1}/{settings.epochs}", total=len(batches), loss=0.0)
            bar.update(task, completed=progress["batch"])
            losses = progress.get("losses", [])
            encoder.train()
            for b in range(progress["batch"], len(batches)):
                rng = random.Random(f"{cfg.seed}-{epoch}-{b}")
                losses.append(
                    train_step(encoder, optim, [(train[i], p) for i, p in batches[b]], corpus, settings, rng)
                )
                progress.update(batch=b + 1, steps=progress["steps"] + 1, losses=losses)
                bar.update(task, advance=1, loss=sum(losses[-20:]) / len(losses[-20:]))
                if progress["steps"] % settings.save_every == 0 and b + 1 < len(batches):
                    save_snapshot(state_dir, encoder, optim, progress)
            bar.remove_task(task)
            metrics = validate(encoder, corpus, val)
            history.append(
                {
                    "epoch": epoch + 1,
                    "loss": round(sum(losses) / len(losses), 4) if losses else None,
                    **metrics.to_json(),
                }
            )
            if best()["epoch"] == epoch + 1:
                encoder.save(cfg.out)
            progress.update(epoch=epoch + 1, batch=0, losses=[])
            save_snapshot(state_dir, encoder, optim, progress)
            if console is not None:
                console.print(f"epoch {epoch + 1}: {history[-1]}", highlight=False)
    report.epochs = progress["epoch"]
    report.steps = progress["steps"]
    report.best_epoch = best()["epoch"]
    report.best_recall10 = best()["recall10"]
    report.history = history
    report.seconds = round(time.monotonic() - start, 2)
    (cfg.out / REPORT).write_text(json.dumps(asdict(report), indent=1))
    return report
