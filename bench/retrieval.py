"""Premise retrieval on the bundled corpus: trained retriever vs untrained encoder vs BM25.

For each split strategy (``random``, ``novel_premises``; ``--splits`` picks) of a LeanDojo
export of the corpus: train a retriever on its train part (checkpoint chosen on val), then measure
Recall@1, Recall@10 and MRR on its test part for the trained model, the untrained
starting encoder and BM25 (``bm25s``), every ranker restricted to the premises
accessible at each theorem. Also the time to embed the corpus and build the faiss
index, and the latency of one query (encode + filtered search). The trained retriever is
trained and evaluated ``--runs`` times per split (default 3; training seeds 0, 1, ...: sample
order and negatives), its metrics given per run with mean, min, max and spread (max - min);
the untrained encoder and BM25 involve no randomness and are evaluated once. Each split
gives its number of test tactics (``test_examples``) and theorems (``test_theorems``).
Prints one JSON line, also stored, with commit, engine, load average and arguments, under
bench/results/ (see bench/results.py).

    python bench/retrieval.py [--db DB | --data DIR] [--epochs N] [--train-layers N] [--runs 3] [--splits S ...] ...

Without ``--db``/``--data`` the bundled projects are traced into a temporary database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this file's folder leads sys.path and its name would shadow the package:
# the repository root instead, for bench.results.
_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

import numpy as np

from bench.results import load_average, spread, store
from leanagent.config import get_retrieval_settings
from retrieval.bm25 import bm25_ranker
from retrieval.corpus import PremiseCorpus
from retrieval.dataset import export_from_db, load_examples
from retrieval.encoders import load_encoder
from retrieval.evaluate import dense_ranker, embed_corpus, evaluate, masks_for
from retrieval.index import PremiseIndex
from retrieval.train import TrainConfig, train_retriever

ROOT = Path(__file__).resolve().parent.parent
STRATEGIES = ("random", "novel_premises")


def trace_bundled(db: Path) -> None:
    from leanagent.corpus.trace import TraceOptions, trace_path

    for project in sorted(p for p in (ROOT / "lean_projects").iterdir() if p.is_dir() and p.name != "core"):
        trace_path(project, db, TraceOptions())


def dense(encoder, corpus: PremiseCorpus) -> tuple[PremiseIndex, float, float]:
    """The index over the corpus, with the seconds to embed it and to build the index."""
    start = time.perf_counter()
    vectors = embed_corpus(encoder, corpus)
    embedded = time.perf_counter()
    index = PremiseIndex.build(vectors, corpus.fingerprint(), encoder.name)
    return index, embedded - start, time.perf_counter() - embedded


def query_latency(encoder, index: PremiseIndex, corpus: PremiseCorpus, examples, n: int = 50) -> float:
    """Mean milliseconds of one retrieval: accessibility mask, encode, filtered top-10."""
    times = []
    for ex in examples[:n]:
        start = time.perf_counter()
        mask = corpus.accessible_mask(ex.path, ex.start)
        index.search(encoder.encode([ex.state]).numpy(), 10, [mask])
        times.append(time.perf_counter() - start)
    return 1000 * float(np.mean(times)) if times else 0.0


def main(argv: list[str] | None = None, save: bool = False) -> dict:
    settings = get_retrieval_settings()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="a traced corpus database")
    ap.add_argument("--data", type=Path, help="a LeanDojo Benchmark 4 folder (instead of --db)")
    ap.add_argument("--out", type=Path, help="where the trained checkpoints go (default: a temp folder)")
    ap.add_argument("--encoder", default=settings.encoder)
    ap.add_argument("--epochs", type=int, default=settings.epochs)
    ap.add_argument("--train-layers", type=int, default=settings.train_layers)
    ap.add_argument("--max-samples", type=int, default=None, help="cap on training samples per epoch")
    ap.add_argument("--threads", type=int, default=settings.threads)
    ap.add_argument("--runs", type=int, default=3, help="trainings (seeds 0, 1, ...) per split")
    ap.add_argument("--splits", nargs="+", choices=STRATEGIES, default=list(STRATEGIES))
    args = ap.parse_args(argv)
    load_start = load_average()

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        data = args.data
        if data is None:
            db = args.db
            if db is None:
                db = Path(tmp) / "corpus.db"
                trace_bundled(db)
            data = export_from_db(db, Path(tmp) / "dataset")
        out = args.out or Path(tmp) / "checkpoints"
        corpus = PremiseCorpus.from_leandojo(data)
        untrained = load_encoder(args.encoder, max_seq_len=settings.max_seq_len, threads=args.threads)
        index, embed_s, build_s = dense(untrained, corpus)
        texts = corpus.texts
        bm25_start = time.perf_counter()
        bm25 = bm25_ranker(texts)
        bm25_build_s = time.perf_counter() - bm25_start
        base = TrainConfig(data, out, settings).override(
            encoder=args.encoder,
            epochs=args.epochs,
            train_layers=args.train_layers,
            threads=args.threads,
            max_samples=args.max_samples,
            resume=False,
        )
        result: dict = {"bench": "retrieval", "premises": len(corpus), "encoder": args.encoder}
        for strategy in args.splits:
            test = load_examples(data, strategy, "test", corpus)
            row = {"test_examples": len(test), "test_theorems": len({ex.theorem for ex in test})}
            row["untrained"] = evaluate(dense_ranker(untrained, index), test, corpus).to_json()
            row["bm25"] = evaluate(bm25, test, corpus).to_json()
            runs, trains, latencies = [], [], []
            for seed in range(args.runs):
                cfg = base.override(strategy=strategy, out=out / f"{strategy}-{seed}", seed=seed)
                report = train_retriever(cfg)
                trained = load_encoder(cfg.out, device=settings.device, threads=args.threads)
                trained_index, _, _ = dense(trained, corpus)
                runs.append(evaluate(dense_ranker(trained, trained_index), test, corpus).to_json())
                trains.append(
                    {
                        "seed": seed,
                        "seconds": report.seconds,
                        "steps": report.steps,
                        "best_epoch": report.best_epoch,
                        "val": report.history,
                    }
                )
                latencies.append(round(query_latency(trained, trained_index, corpus, test), 2))
            row["trained"] = {m: spread([r[m] for r in runs]) for m in ("recall1", "recall10", "mrr")}
            row["train"] = trains
            row["query_ms"] = spread(latencies)
            result[strategy] = row
        headline = "novel_premises" if "novel_premises" in args.splits else args.splits[0]
        novel = result[headline]
        masks = masks_for(load_examples(data, headline, "test", corpus), corpus)
        result.update(
            runs=args.runs,
            headline_split=headline,
            recall10_trained=novel["trained"]["recall10"]["mean"],
            recall10_trained_spread=novel["trained"]["recall10"]["spread"],
            recall10_untrained=novel["untrained"]["recall10"],
            recall10_bm25=novel["bm25"]["recall10"],
            accessible_mean=round(float(np.mean([m.sum() for m in masks])), 1) if masks else 0,
            embed_corpus_s=round(embed_s, 3),
            index_build_s=round(build_s, 4),
            bm25_build_s=round(bm25_build_s, 4),
            query_ms=novel["query_ms"]["mean"],
            gpu_index=index.gpu is not None,
            epochs=args.epochs,
            train_layers=args.train_layers,
            max_samples=args.max_samples,
            seconds=round(time.perf_counter() - started, 1),
        )
    if save:
        store("retrieval", result, vars(args), load_start)
    return result


if __name__ == "__main__":
    print(json.dumps(main(save=True)))
