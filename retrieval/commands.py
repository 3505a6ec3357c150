"""What ``leanagent train-retriever`` and ``leanagent retrieve`` do, so the CLI stays thin."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from leanagent.config import get_retrieval_settings
from leanagent.corpus.db import CorpusDB
from retrieval.dataset import export_from_db
from retrieval.retriever import Retrieved, Retriever, index_dir
from retrieval.train import TrainConfig, TrainReport, train_retriever


def train_command(
    db: Path, data: Path | None, out: Path | None, console: Console | None, **overrides
) -> TrainReport:
    """Train on ``data`` (a LeanDojo folder) or on a fresh export of ``db``; settings from the
    config, overridden by the non-None ``overrides`` (names of TrainConfig or RetrievalSettings fields)."""
    settings = get_retrieval_settings()
    if data is None:
        if not db.is_file():
            raise FileNotFoundError(f"no corpus database at {db}: run `leanagent trace` first")
        data = export_from_db(db, index_dir(db) / "dataset")
    cfg = TrainConfig(data, out or settings.checkpoint, settings)
    return train_retriever(cfg.override(**{k: v for k, v in overrides.items() if v is not None}), console)


def theorem_state(db: Path, name: str) -> str:
    """The theorem's initial proof state (its first traced tactic's), else its statement."""
    with CorpusDB(db) as corpus:
        tid = corpus.theorem_id(name)
        if tid is None:
            raise KeyError(f"no theorem {name} in {db}")
        row = corpus.db.execute(
            "SELECT x.state_before FROM tactics x WHERE x.theorem_id = ? ORDER BY x.idx LIMIT 1", [tid]
        ).fetchone()
        if row:
            return row[0]
        return corpus.db.execute("SELECT statement FROM theorems WHERE id = ?", [tid]).fetchone()[0]


def retrieve_command(
    db: Path,
    theorem: str | None,
    state: str | None,
    k: int | None,
    checkpoint: str | None,
    console: Console | None = None,
) -> tuple[str, list[Retrieved]]:
    """Premises for ``state`` (default: the theorem's initial state), accessible at
    ``theorem`` when one is named; returns the query state too. The first query after the
    corpus or the model changed embeds every premise: shown as progress on ``console``."""
    if theorem is None and state is None:
        raise ValueError("give --theorem NAME or --state TEXT")
    if not db.is_file():
        raise FileNotFoundError(f"no corpus database at {db}: run `leanagent trace` first")
    query = state if state is not None else theorem_state(db, theorem)  # type: ignore[arg-type]
    with Progress(console=console, transient=True, disable=console is None) as bar:
        task = bar.add_task("indexing premises", total=None)
        retriever = Retriever.load(db, checkpoint, progress=lambda n: bar.advance(task, n))
    return query, retriever.retrieve(query, k or get_retrieval_settings().k, theorem=theorem)
