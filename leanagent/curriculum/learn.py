"""``leanagent learn``: the lifelong loop over a curriculum of repositories.

For each repository in curriculum order: add it to the dynamic database, export the
merged dataset of everything so far, train the retriever the setup's way
(``progressive``), evaluate Recall@10 on the test split of every repository so far (a row
of ``R``), then search for proofs of the sorries of it and of every earlier repository
(short budget, retrieval with the current retriever); verified proofs are traced into the
database and become training data for what follows.

Resumable: the model and optimizer are snapshotted during training (every
``save_every`` steps and at each epoch's end) with the repository, epoch and batch they
belong to, and each finished repository's results are written to ``state.json``; a
killed run started again with the same settings goes on from there, never redoing a
finished repository.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch

from leanagent.config import LearnSettings, RetrievalSettings, get_learn_settings, get_retrieval_settings
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.dynamic import merged_dataset, repositories, trace_found_proofs
from leanagent.curriculum.difficulty import Rule
from leanagent.curriculum.metrics import lifelong_metrics
from leanagent.curriculum.order import Curriculum
from leanagent.curriculum.progressive import Setup, starts_fresh, training_pairs
from leanagent.curriculum.projects import prepare_curriculum
from retrieval.corpus import PremiseCorpus
from retrieval.dataset import load_examples
from retrieval.encoders import Encoder, load_encoder
from retrieval.evaluate import embed_corpus
from retrieval.index import PremiseIndex
from retrieval.retriever import encoder_fingerprint, index_dir
from retrieval.train import save_snapshot, train_step, validate

STATE = "state.json"
RESULTS = "results.json"
SNAPSHOT = "snapshot"
MODEL = "model"
PROVER_SOURCE = "learn"

Progress = Callable[[str, int, int], None]
"""``progress(message, repositories done, total)``."""


@dataclass(frozen=True)
class LearnConfig:
    settings: LearnSettings
    retrieval: RetrievalSettings
    db: Path
    repos: tuple[str, ...] | None = None
    """Only these projects of the folder (default: all of them)."""
    generator: str | None = None
    """The prover's generator spec (default: the prover settings')."""

    @property
    def rule(self) -> Rule:
        return Rule(self.settings.curriculum)

    @property
    def setup(self) -> Setup:
        return Setup(self.settings.setup)

    def run_dir(self) -> Path:
        s = self.settings
        return s.out / f"{s.curriculum}-{s.setup}-replay{s.replay}-seed{s.seed}"

    def identity(self) -> dict:
        """What a resumed run must share with the run it continues."""
        s = asdict(self.settings)
        s.pop("out")
        s["projects"] = str(s["projects"])
        r = asdict(self.retrieval)
        for where_or_how in ("checkpoint", "device", "threads", "k"):  # no bearing on the results
            r.pop(where_or_how)
        return {"learn": s, "retrieval": r, "repos": list(self.repos or []), "generator": self.generator}


@dataclass
class StepResult:
    index: int
    repo: str
    recall10: dict[str, float | None]
    """Recall@10 on the test split of every repository so far: a row of ``R`` (None: no
    test tactic with a premise)."""
    val_recall10: float | None
    train_samples: int
    loss: float | None
    proved: list[str]
    """Sorries first proved at this step (``repo:file:theorem``)."""
    proved_total: int
    placeholders: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class LearnResult:
    run_dir: str
    curriculum: dict
    setup: str
    replay: int
    seed: int
    order: list[str]
    r: list[list[float | None]]
    val: list[float]
    metrics: dict
    proofs_over_time: list[int]
    steps: list[dict]
    report: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return asdict(self)


def default_config(**overrides) -> LearnConfig:
    """The settings from the config, with ``overrides`` (non-None) of ``LearnSettings`` fields."""
    from dataclasses import replace

    from leanagent.config import get_settings

    settings = replace(get_learn_settings(), **{k: v for k, v in overrides.items() if v is not None})
    return LearnConfig(settings, get_retrieval_settings(), get_settings().corpus_db)


# --- state ------------------------------------------------------------------------------------


def _load_state(run: Path, identity: dict) -> dict:
    path = run / STATE
    if path.is_file():
        state = json.loads(path.read_text())
        if state["identity"] != identity:
            raise ValueError(
                f"{run} holds a run with other settings; remove it or choose another --out to start afresh"
            )
        return state
    shutil.rmtree(run / SNAPSHOT, ignore_errors=True)
    return {"identity": identity, "steps": [], "proved": [], "events": []}


def _save_state(run: Path, state: dict) -> None:
    tmp = run / (STATE + ".tmp")
    tmp.write_text(json.dumps(state, indent=1))
    tmp.replace(run / STATE)


# --- training ---------------------------------------------------------------------------------


def _encoder(cfg: LearnConfig, folder: Path | None) -> tuple[Encoder, torch.optim.Optimizer]:
    rs = cfg.retrieval
    torch.manual_seed(cfg.settings.seed)
    encoder = load_encoder(
        folder / "model" if folder else rs.encoder,
        max_seq_len=rs.max_seq_len,
        device=rs.device,
        threads=rs.threads,
    )
    encoder.freeze_below(rs.train_layers)
    optim = torch.optim.AdamW([p for p in encoder.parameters() if p.requires_grad], lr=rs.lr)
    if folder is not None:
        optim.load_state_dict(torch.load(folder / "optim.pt", map_location=encoder.device))
    return encoder, optim


def _train(
    cfg: LearnConfig, run: Path, state: dict, step: int, pairs: list, corpus: PremiseCorpus
) -> tuple[Encoder, float | None]:
    """Train for repository ``step`` from where the snapshot says; return the encoder."""
    snap = run / SNAPSHOT
    progress = (
        json.loads((snap / "progress.json").read_text()) if (snap / "progress.json").is_file() else None
    )
    if progress is not None and progress["index"] == step:
        encoder, optim = _encoder(cfg, snap)  # resumed inside this repository
        if progress["epoch"] or progress["batch"]:
            state["events"].append(f"resume {step} epoch {progress['epoch']} batch {progress['batch']}")
    else:
        fresh = starts_fresh(cfg.setup, step) or progress is None
        encoder, optim = _encoder(cfg, None if fresh else snap)
        progress = {"index": step, "epoch": 0, "batch": 0, "losses": []}
        if pairs:
            save_snapshot(snap, encoder, optim, progress)
    rs, s = cfg.retrieval, cfg.settings
    epochs = s.epochs_per_repo if pairs else 0
    for epoch in range(progress["epoch"], epochs):
        order = pairs[:]
        random.Random(f"{s.seed}-{step}-{epoch}").shuffle(order)
        order = order[: s.max_samples] if s.max_samples else order
        batches = [order[i : i + rs.batch_size] for i in range(0, len(order), rs.batch_size)]
        state["events"].append(f"train {step} epoch {epoch} batch {progress['batch']}")
        encoder.train()
        for b in range(progress["batch"], len(batches)):
            rng = random.Random(f"{s.seed}-{step}-{epoch}-{b}")
            progress["losses"].append(train_step(encoder, optim, batches[b], corpus, rs, rng))
            progress["batch"] = b + 1
            if progress["batch"] % rs.save_every == 0 and b + 1 < len(batches):
                save_snapshot(snap, encoder, optim, progress)
        progress.update(epoch=epoch + 1, batch=0)
        save_snapshot(snap, encoder, optim, progress)
    losses = progress.get("losses") or []
    return encoder, (round(sum(losses) / len(losses), 4) if losses else None)


# --- proving ----------------------------------------------------------------------------------


def _prover_index(cfg: LearnConfig, encoder: Encoder, model: Path) -> None:
    """Index the whole database's premises with ``encoder`` (saved as ``model``) where the
    prover's workers look for it, reusing the embeddings evaluation just computed."""
    with CorpusDB(cfg.db) as db:
        corpus = PremiseCorpus.from_db(db)
    index = PremiseIndex.build(
        embed_corpus(encoder, corpus), corpus.fingerprint(), encoder_fingerprint(str(model))
    )
    index.save(index_dir(cfg.db))


def _prove(cfg: LearnConfig, projects: dict[str, Path], names: list[str], model: Path, proved: set[str]):
    """Search the sorries of ``names`` not proved yet; trace verified proofs into the database."""
    from leanagent.prover.prove import ProveOptions, prove_path

    new, flagged = [], []
    for name in names:
        root = projects[name]
        src_root = _source_root(root)
        options = ProveOptions(
            time_limit=cfg.settings.prove_seconds,
            workers=cfg.settings.prove_workers,
            generator=cfg.generator,
            retrieval=True,
            retriever=model,
            db=cfg.db,
            force=True,
            skip=frozenset(k.split(":", 2)[2] for k in proved if k.startswith(name + ":")),
        )
        report = prove_path(root, options)
        by_file: dict[str, set[str]] = {}
        placeholders = {}
        for t in report.theorems:
            if t.status != "proved":
                continue
            rel = Path(t.file).resolve().relative_to(src_root).as_posix()
            key = f"{name}:{rel}:{t.name}"
            by_file.setdefault(rel, set()).add(t.name)
            if t.placeholder:
                placeholders[(rel, t.name)] = t.placeholder
                flagged.append(key)
            if key not in proved:
                proved.add(key)
                new.append(key)
        verified = {
            Path(f).resolve().relative_to(src_root).as_posix(): text
            for f, text in report.verified_texts.items()
        }
        if verified:
            trace_found_proofs(
                cfg.db, root, verified, by_file, source=PROVER_SOURCE, placeholders=placeholders
            )
    return new, flagged


def _source_root(project: Path) -> Path:
    from leanagent.corpus.sources import discover

    return discover(project).root.resolve()


# --- the loop ---------------------------------------------------------------------------------


def learn(cfg: LearnConfig, progress: Progress | None = None) -> LearnResult:
    say = progress or (lambda *_: None)
    s = cfg.settings
    curriculum, projects = prepare_curriculum(
        cfg.db, s.projects, cfg.rule, cfg.repos, lambda name, n, total: say(f"added {name}", 0, total)
    )
    with CorpusDB(cfg.db) as db:
        urls = {r.name: r.url for r in repositories(db)}
    order = curriculum.names
    run = cfg.run_dir()
    run.mkdir(parents=True, exist_ok=True)
    state = _load_state(run, cfg.identity())
    state["order"] = order
    proved = set(state["proved"])
    for step, name in enumerate(order):
        if step < len(state["steps"]):
            continue
        begin = time.monotonic()
        say(f"{name}: merged dataset", step, len(order))
        data = run / "data"
        with CorpusDB(cfg.db) as db:
            merged_dataset(
                db,
                set(order[: step + 1]),
                data,
                val_fraction=s.val_fraction,
                test_fraction=s.test_fraction,
                seed=s.seed,
            )
        corpus = PremiseCorpus.from_leandojo(data)
        train = [load_examples(data, "random", "train", corpus, urls[n]) for n in order[: step + 1]]
        pairs = training_pairs(cfg.setup, step, train, s.replay, s.seed)
        say(f"{name}: training on {len(pairs)} samples", step, len(order))
        encoder, loss = _train(cfg, run, state, step, pairs, corpus)
        _save_state(run, state)
        say(f"{name}: evaluating", step, len(order))
        row = {n: _recall(encoder, corpus, data, "test", urls[n]) for n in order[: step + 1]}
        val = _recall(encoder, corpus, data, "val", urls[name])
        new, flagged = [], []
        if s.prove_seconds > 0:
            encoder.save(run / MODEL)
            _prover_index(cfg, encoder, run / MODEL)
            say(f"{name}: proving sorries of {step + 1} repositories", step, len(order))
            new, flagged = _prove(cfg, projects, order[: step + 1], run / MODEL, proved)
        state["steps"].append(
            asdict(
                StepResult(
                    step,
                    name,
                    row,
                    val,
                    len(pairs),
                    loss,
                    new,
                    len(proved),
                    flagged,
                    round(time.monotonic() - begin, 2),
                )
            )
        )
        state["proved"] = sorted(proved)
        state["events"].append(f"done {step}")
        _save_state(run, state)
        say(f"{name}: done", step + 1, len(order))
    result = _result(cfg, curriculum, state, run)
    from leanagent.curriculum.report import write_report

    result.report = write_report(result, run / "report")
    (run / RESULTS).write_text(json.dumps(result.to_json(), indent=1))
    return result


def _recall(encoder: Encoder, corpus: PremiseCorpus, data: Path, part: str, url: str) -> float | None:
    examples = load_examples(data, "random", part, corpus, url)
    return round(validate(encoder, corpus, examples).recall10, 4) if examples else None


def _result(cfg: LearnConfig, curriculum: Curriculum, state: dict, run: Path) -> LearnResult:
    order = curriculum.names
    steps = state["steps"]
    r = [[st["recall10"].get(n) for n in order] for st in steps]
    val = [st["val_recall10"] for st in steps if st["val_recall10"] is not None]
    return LearnResult(
        run_dir=str(run),
        curriculum=curriculum.to_json(),
        setup=cfg.setup.value,
        replay=cfg.settings.replay,
        seed=cfg.settings.seed,
        order=order,
        r=r,
        val=val,
        metrics=lifelong_metrics(r, val).to_json(),
        proofs_over_time=[st["proved_total"] for st in steps],
        steps=steps,
    )
