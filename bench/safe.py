"""Step verification on generated solutions never used for training, in one run.

Generates labelled word-problem solutions (`leanagent.safe.synthetic`): a training split
for the aggregator, a disjoint test split (other seeds), and best-of-n groups (several
candidate solutions per problem). Every step goes through the offline formaliser and one
Lean server. Prints one JSON line with, on the test split, step-level precision and
recall of `refuted` for wrong steps, the rate of `refuted` on correct steps, coverage
(steps formalised), the same on the hand-written held-out style set
(tests/safe/data/test.jsonl), best-of-n accuracy of the aggregator against majority vote,
the rules and the first candidate, and steps per second.

    python bench/safe.py [--train N] [--test N] [--problems P] [--candidates K] [--seed S]

Also stores the line under ``bench/results/`` (see bench/results.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import load_average, store
from leanagent.safe import aggregate
from leanagent.safe.evaluate import step_metrics
from leanagent.safe.inputs import Solution, read_solutions
from leanagent.safe.prover import StepProver
from leanagent.safe.synthetic import Labelled, candidates, generate
from leanagent.safe.verify import SolutionResult, verify_solution

ROOT = Path(__file__).resolve().parent.parent


def verify_all(
    prover: StepProver, solutions: list[Solution], label: str
) -> tuple[list[SolutionResult], float]:
    started = time.monotonic()
    results = []
    for k, solution in enumerate(solutions, start=1):
        results.append(verify_solution(solution, prover))
        print(f"\r{label}: {k}/{len(solutions)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return results, time.monotonic() - started


def best_of_n(groups: list[list[Labelled]], results: list[list[SolutionResult]], model) -> dict[str, float]:
    """Share of problems whose chosen candidate has the right answer, by selection rule."""
    picks: dict[str, int] = Counter()
    for group, res in zip(groups, results, strict=True):
        scores = model.score(res)
        votes = Counter(c.solution.answer for c in group)
        rank = {"right": 2, "unknown": 1, "wrong": 0}
        chosen = {
            "aggregator": max(range(len(group)), key=lambda i: scores[i]),
            "majority_vote": max(range(len(group)), key=lambda i: votes[group[i].solution.answer]),
            "rules": max(range(len(group)), key=lambda i: rank[res[i].rules]),
            "first": 0,
        }
        for name, i in chosen.items():
            picks[name] += group[i].correct
        picks["oracle"] += any(c.correct for c in group)
    return {
        name: round(picks[name] / len(groups), 4)
        for name in ("aggregator", "majority_vote", "rules", "first", "oracle")
    }


def solution_accuracy(test: list[Labelled], results: list[SolutionResult], model) -> dict[str, float]:
    scores = model.score(results)
    truth = [t.correct for t in test]
    by_model = sum((s > 0.5) == y for s, y in zip(scores, truth, strict=True)) / len(truth)
    by_rules = sum((r.rules != "wrong") == y for r, y in zip(results, truth, strict=True)) / len(truth)
    return {"aggregator": round(by_model, 4), "rules": round(by_rules, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=80)
    parser.add_argument("--test", type=int, default=40)
    parser.add_argument("--problems", type=int, default=12)
    parser.add_argument("--candidates", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    load_start = load_average()
    train_set = generate(args.train, seed=args.seed)
    test_set = generate(args.test, seed=args.seed + 1000)
    groups = candidates(args.problems, args.candidates, seed=args.seed + 2000)
    held_out = read_solutions(ROOT / "tests" / "safe" / "data" / "test.jsonl")
    with StepProver() as prover:
        train_results, t_train = verify_all(prover, [x.solution for x in train_set], "train")
        test_results, t_test = verify_all(prover, [x.solution for x in test_set], "test")
        flat = [c.solution for g in groups for c in g]
        flat_results, t_bon = verify_all(prover, flat, "best-of-n")
        held_results, t_held = verify_all(prover, held_out, "held-out style")
    model, report = aggregate.train(train_results, [x.correct for x in train_set])
    grouped, k = [], 0
    for g in groups:
        grouped.append(flat_results[k : k + len(g)])
        k += len(g)
    test_metrics = step_metrics([x.solution for x in test_set], test_results)
    steps = sum(len(r.steps) for r in train_results + test_results + flat_results + held_results)
    seconds = t_train + t_test + t_bon + t_held
    record = {
        "figure": "refuted recall on wrong steps (generated test split)",
        "test_steps": test_metrics.to_json(),
        "held_out_style_steps": step_metrics(held_out, held_results).to_json(),
        "solution_accuracy": solution_accuracy(test_set, test_results, model),
        "best_of_n": best_of_n(groups, grouped, model) | {"problems": len(groups), "n": args.candidates},
        "aggregator_training": {
            "examples": report.examples,
            "train_accuracy": round(report.train_accuracy, 4),
        },
        "steps": steps,
        "steps_per_second": round(steps / seconds, 3),
        "baseline": "majority vote and the rules (any refuted = wrong) in best_of_n",
    }
    print(json.dumps(record))
    store("safe", record, vars(args), load_start)


if __name__ == "__main__":
    main()
