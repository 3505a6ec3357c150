"""The solution score: a small GRU over the per-step verdicts and a few step features.

As in Safe, the input is the sequence of step states (one-hot over the four verdicts);
we add what the pipeline knows besides: how many claims the step made, whether it was
found vacuous or only partly read, and where in the solution it stands. The GRU reads
the steps in order and its last state gives the logit of "the final answer is right".
Training is BCE with the classes weighted to balance (Safe's recipe), Adam, a fixed
number of epochs on the labelled synthetic set (`leanagent.safe.synthetic`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from leanagent.safe.prover import Verdict
from leanagent.safe.verify import SolutionResult

VERDICTS = (Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNVERIFIED, Verdict.UNFORMALISED)
FEATURES = len(VERDICTS) + 4


def step_features(result: SolutionResult) -> list[list[float]]:
    rows = []
    n = len(result.steps)
    for k, step in enumerate(result.steps):
        one_hot = [float(step.verdict is v) for v in VERDICTS]
        rows.append(
            one_hot
            + [
                min(step.claims, 4) / 4,
                float(step.reason.startswith("vacuous")),
                float(step.reason.startswith("part of the step")),
                (k + 1) / n,
            ]
        )
    return rows or [[0.0] * FEATURES]


class Aggregator(nn.Module):
    def __init__(self, hidden: int = 32) -> None:
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(FEATURES, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        _, last = self.gru(packed)
        return self.head(last[-1]).squeeze(-1)

    def score(self, results: list[SolutionResult]) -> list[float]:
        """Probability that each solution's final answer is right."""
        if not results:
            return []
        x, lengths = _batch([step_features(r) for r in results])
        self.eval()
        with torch.no_grad():
            return torch.sigmoid(self(x, lengths)).tolist()


def _batch(sequences: list[list[list[float]]]) -> tuple[torch.Tensor, torch.Tensor]:
    lengths = torch.tensor([len(s) for s in sequences])
    x = torch.zeros(len(sequences), int(lengths.max()), FEATURES)
    for i, seq in enumerate(sequences):
        x[i, : len(seq)] = torch.tensor(seq)
    return x, lengths


@dataclass
class TrainReport:
    examples: int
    epochs: int
    final_loss: float
    train_accuracy: float


def train(
    results: list[SolutionResult], labels: list[bool], epochs: int = 150, seed: int = 0, lr: float = 3e-3
) -> tuple[Aggregator, TrainReport]:
    """Fit an aggregator to solutions labelled right (True) or wrong."""
    if len(results) != len(labels) or not results:
        raise ValueError("one label per solution, at least one solution")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a model this small only loses to thread start-up and contention
    try:
        return _train(results, labels, epochs, seed, lr)
    finally:
        torch.set_num_threads(threads)


def _train(
    results: list[SolutionResult], labels: list[bool], epochs: int, seed: int, lr: float
) -> tuple[Aggregator, TrainReport]:
    torch.manual_seed(seed)
    random.seed(seed)
    model = Aggregator()
    x, lengths = _batch([step_features(r) for r in results])
    y = torch.tensor([float(v) for v in labels])
    positive = float(y.mean())
    weights = torch.where(
        y > 0.5, torch.tensor(0.5 / max(positive, 1e-3)), torch.tensor(0.5 / max(1 - positive, 1e-3))
    )
    loss_fn = nn.BCEWithLogitsLoss(weight=weights)
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    loss = torch.tensor(0.0)
    for _ in range(epochs):
        model.train()
        optimiser.zero_grad()
        loss = loss_fn(model(x, lengths), y)
        loss.backward()
        optimiser.step()
    model.eval()
    with torch.no_grad():
        accuracy = float(((model(x, lengths) > 0) == (y > 0.5)).float().mean())
    return model, TrainReport(len(results), epochs, float(loss.detach()), accuracy)


def save(model: Aggregator, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    torch.save({"hidden": model.hidden, "state": model.state_dict()}, tmp)
    tmp.replace(path)


def load(path: Path) -> Aggregator:
    data = torch.load(path, map_location="cpu", weights_only=True)
    model = Aggregator(int(data["hidden"]))
    model.load_state_dict(data["state"])
    model.eval()
    return model
