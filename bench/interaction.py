"""Tactic executions per second through the Dojo, against a fresh `lean` per tactic.

Workload: every theorem of tests/lean/fixtures_dojo/Workload.lean, walked along its
reference proof; at each state the reference tactic and `--wrong` other tactics from a
fixed list are run together (`run_tacs`), so successes and failures mix. Ours: a pool
of `--workers` language servers, one worker thread each, Dojo start-up and the final
re-checks of found proofs included (`--width` Lean workers per Dojo, default 1).
Baseline, same run, same number of workers: a fresh `lean` process checking the file
prefix + theorem + tactic prefix + candidate, once per tactic. The two are also compared tactic by tactic (`agreement`).
A second, fairer baseline (`persistent_*`): one language-server document per theorem (a Lean
process that keeps the elaborated context), re-elaborating the whole proof (tactic prefix +
candidate) per tactic, as a REPL without tactic-level reuse would. A fence with a new name
before the theorem on every edit keeps Lean from reusing any of the proof's old snapshots.
The `big_*` figures: ours again, on the same theorems with `--filler` (200) theorems above
them in their file; `big_slowdown` is its time per tactic over the small file's.

    python bench/interaction.py [--workers 2] [--wrong 7] [--rounds 1] [--width 1] [--filler 200]

Prints one JSON line, also stored, with commit, engine, load average and arguments, under
bench/results/ (see bench/results.py).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psutil

# Run as a script, this file's folder leads sys.path: the repository root instead (bench.results).
_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path[:] = [os.path.dirname(_HERE), *(p for p in sys.path if p not in (_HERE, os.path.dirname(_HERE)))]

from bench.results import load_average, store
from leanagent.engine import Engine, get_engine
from leanagent.lean.documents import same_leading_lines
from leanagent.lean.dojo import DojoLimits, LeanError, ProofFinished, ProofTarget, TacticState, server_spec
from leanagent.lean.messages import parse_messages
from leanagent.lean.pool import ServerPool
from leanagent.lean.rpc import LspError
from leanagent.lean.server import LeanServer
from leanagent.source.commands import scan_commands

ROOT = Path(__file__).resolve().parent.parent
_WHO = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
WORKLOAD = ROOT / "tests" / "lean" / "fixtures_dojo" / "Workload.lean"
OTHER_TACTICS = (
    "rfl",
    "assumption",
    "decide",
    "constructor",
    "intro h",
    "exact h",
    "contradiction",
    "left",
    "right",
    "trivial",
    "apply And.intro",
    "exfalso",
    "intro x y",
    "exact ⟨h.2, h.1⟩",
    "cases h",
    "simp",
    "exact hp",
    "apply hpq",
    "rw [add_succ]",
    "induction n with\n| zero => rfl\n| succ n ih => rfl",
)


@dataclass(frozen=True)
class Theorem:
    name: str
    target: ProofTarget
    proof: tuple[str, ...]
    """The reference tactics, in order."""


@dataclass(frozen=True)
class Step:
    index: int
    """Which theorem of the workload (a theorem may appear once per round)."""
    theorem: Theorem
    prefix: tuple[str, ...]
    candidates: tuple[str, ...]
    """candidates[0] is the reference tactic."""


def read_workload(path: Path) -> list[Theorem]:
    """Theorems of `path` with their reference proofs (a tactic per column-2 line, `|` excepted)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    theorems = []
    for cmd in scan_commands(text):
        if not cmd.is_theorem or cmd.name is None:
            continue
        row = cmd.line  # 1-based line of the declaration: find its `:= by` line
        while not lines[row - 1].rstrip().endswith(":= by"):
            row += 1
        tactics: list[list[str]] = []
        for line in lines[row:]:
            if not line.startswith("  "):
                break
            if line.startswith(("   ", "  |")):  # deeper lines and `| alt =>` lines continue
                tactics[-1].append(line[2:])
            else:
                tactics.append([line[2:]])
        proof = tuple("\n".join(t) for t in tactics)
        theorems.append(Theorem(cmd.name, ProofTarget.from_file(path, cmd.name), proof))
    return theorems


def steps_of(theorems: list[Theorem], wrong: int) -> list[Step]:
    steps = []
    for index, thm in enumerate(theorems):
        for depth, tactic in enumerate(thm.proof):
            others = [t for t in OTHER_TACTICS if t != tactic]
            pick = [others[(len(steps) * 3 + j) % len(others)] for j in range(wrong)]
            steps.append(Step(index, thm, thm.proof[:depth], (tactic, *pick)))
    return steps


# --------------------------------------------------------------------------- ours


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    """CPU time of this process and every Lean process of the run, together."""
    outcomes: dict[tuple[str, tuple[str, ...], str], str]
    """Per (theorem, prefix, candidate): ok, finished, error or timeout."""
    peak_rss: int
    """Bytes: ours, the sum of each server's peak (server + workers); baseline, the largest
    single `lean` run times the number of workers."""


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def _tree_cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def run_ours(
    theorems: list[Theorem],
    steps: list[Step],
    workers: int,
    engine: Engine,
    limits: DojoLimits,
    width: int = 1,
    directory: Path = WORKLOAD.parent,
) -> Run:
    """Pool of `workers` servers, a worker thread each, Dojo start-up and re-checks included."""
    by_theorem: dict[int, list[Step]] = {}
    for step in steps:
        by_theorem.setdefault(step.index, []).append(step)
    todo: queue.Queue[int] = queue.Queue()
    for index in range(len(theorems)):
        todo.put(index)
    outcomes: dict[tuple[str, tuple[str, ...], str], str] = {}
    errors: list[str] = []

    with ServerPool(workers, directory, engine, limits) as pool:

        def worker() -> None:
            while True:
                try:
                    index = todo.get_nowait()
                except queue.Empty:
                    return
                thm = theorems[index]
                with pool.dojo(thm.target, width=width) as (dojo, state):
                    for step in by_theorem[index]:
                        results = dojo.run_tacs(state, list(step.candidates))
                        for tactic, result in zip(step.candidates, results, strict=True):
                            outcomes[(thm.name, step.prefix, tactic)] = _kind(result)
                        if not isinstance(results[0], TacticState | ProofFinished):
                            errors.append(
                                f"{thm.name}: reference tactic {step.candidates[0]!r} gave {results[0]}"
                            )
                            break
                        if isinstance(results[0], TacticState):
                            state = results[0]

        lean_before = _tree_cpu([pid for server in pool.servers for pid in server.processes()])
        self_before, children_before = (_cpu(resource.getrusage(who)) for who in _WHO)
        start = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - start
        cpu = sum(_cpu(resource.getrusage(who)) for who in _WHO) - self_before - children_before
        cpu += _tree_cpu([pid for server in pool.servers for pid in server.processes()]) - lean_before
        peak = sum(server.peak_rss for server in pool.servers)
    if errors:
        raise RuntimeError("the workload's reference proofs do not replay:\n" + "\n".join(errors))
    return Run(seconds, cpu, outcomes, peak)


def _kind(result: object) -> str:
    if isinstance(result, TacticState):
        return "ok"
    if isinstance(result, ProofFinished):
        return "finished"
    if isinstance(result, LeanError):
        return "error"
    return "timeout"


# --------------------------------------------------------------------------- baseline


def run_baseline(steps: list[Step], workers: int, engine: Engine, limits: DojoLimits) -> Run:
    """A fresh `lean` per (state, candidate), `workers` at a time."""
    jobs = [(step, tactic) for step in steps for tactic in step.candidates]
    peak = 0
    lock = threading.Lock()

    with tempfile.TemporaryDirectory(prefix="bench-interaction-") as tmp:

        def one(k: int) -> tuple[tuple[str, tuple[str, ...], str], str]:
            nonlocal peak
            step, tactic = jobs[k]
            thm = step.theorem
            head = f"{thm.target.context}set_option maxHeartbeats {limits.heartbeats} in\n{thm.target.statement} := by\n"
            body = "".join("".join(f"  {line}\n" for line in t.split("\n")) for t in (*step.prefix, tactic))
            path = Path(tmp) / f"Job{k}.lean"
            path.write_text(head + body, encoding="utf-8")
            proc = subprocess.Popen(
                [str(engine.lean), "--json", str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=engine.env(),
                cwd=tmp,
            )
            guard = threading.Timer(limits.tactic_timeout * 10, proc.kill)
            guard.start()
            assert proc.stdout is not None
            out = proc.stdout.read()
            _, _, usage = os.wait4(proc.pid, 0)  # this process's own peak RSS, in KiB
            proc.returncode = 0
            guard.cancel()
            with lock:
                peak = max(peak, usage.ru_maxrss * 1024)
            messages, _ = parse_messages(out)
            found = [(m.severity == "error", m.line - 1, m.text) for m in messages]
            return (thm.name, step.prefix, tactic), _judge(found, head.count("\n") - 1)

        self_before, children_before = (_cpu(resource.getrusage(who)) for who in _WHO)
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as executor:
            outcomes = dict(executor.map(one, range(len(jobs))))
        seconds = time.perf_counter() - start
        cpu = sum(_cpu(resource.getrusage(who)) for who in _WHO) - self_before - children_before
    return Run(seconds, cpu, outcomes, peak * workers)


def _judge(messages: list[tuple[bool, int, str]], by_line: int) -> str:
    """ok, finished or error from (is error, 0-based line, text) messages of one attempt."""
    errors = [(line, text) for is_error, line, text in messages if is_error]
    unsolved = [e for e in errors if e[1].startswith("unsolved goals") and e[0] == by_line]
    if len(errors) > len(unsolved) or any("sorry" in text for _, _, text in messages):
        return "error"
    return "ok" if unsolved else "finished"


def run_persistent(
    theorems: list[Theorem], steps: list[Step], workers: int, engine: Engine, limits: DojoLimits
) -> Run:
    """One server per worker, one document per theorem, the whole proof elaborated anew per tactic."""
    by_theorem: dict[int, list[Step]] = {}
    for step in steps:
        by_theorem.setdefault(step.index, []).append(step)
    todo: queue.Queue[int] = queue.Queue()
    for index in range(len(theorems)):
        todo.put(index)
    outcomes: dict[tuple[str, tuple[str, ...], str], str] = {}
    spec = server_spec(engine, WORKLOAD.parent, limits.memory_mb)
    servers = [LeanServer(spec) for _ in range(workers)]
    nonce = iter(range(10**9))

    def worker(server: LeanServer) -> None:
        while True:
            try:
                index = todo.get_nowait()
            except queue.Empty:
                return
            thm = theorems[index]
            doc = server.lease_document(WORKLOAD.parent, "persistent")
            context = thm.target.context
            for step in by_theorem[index]:
                for tactic in step.candidates:
                    name = f"_leanagent_fence{next(nonce)}"
                    fence = f"section {name} end {name}\n"
                    head = f"{context}{fence}set_option maxHeartbeats {limits.heartbeats}\n{thm.target.statement} := by\n"
                    body = "".join(
                        "".join(f"  {line}\n" for line in t.split("\n")) for t in (*step.prefix, tactic)
                    )
                    version, _ = server.show(doc, head + body, same_leading_lines(doc.text, head + body))
                    try:
                        diagnostics = server.wait_for_diagnostics(
                            doc.uri, version, limits.tactic_timeout * 10
                        )
                    except LspError:
                        outcomes[(thm.name, step.prefix, tactic)] = "timeout"
                        server.restart()
                        continue
                    start = context.count("\n")
                    found = [
                        (d.get("severity") == 1, d["range"]["start"]["line"], d["message"])
                        for d in diagnostics
                        if d["range"]["start"]["line"] >= start
                    ]
                    outcomes[(thm.name, step.prefix, tactic)] = _judge(found, head.count("\n") - 1)
            server.release_document(doc, WORKLOAD.parent)

    try:
        lean_before = _tree_cpu([pid for server in servers for pid in server.processes()])
        self_before, children_before = (_cpu(resource.getrusage(who)) for who in _WHO)
        start = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(server,)) for server in servers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - start
        cpu = sum(_cpu(resource.getrusage(who)) for who in _WHO) - self_before - children_before
        cpu += _tree_cpu([pid for server in servers for pid in server.processes()]) - lean_before
        peak = sum(server.peak_rss for server in servers)
    finally:
        for server in servers:
            server.close()
    return Run(seconds, cpu, outcomes, peak)


def write_big_workload(folder: Path, filler: int) -> Path:
    """The workload with `filler` small theorems (with proofs) above its own, in `folder`."""
    fillers = "".join(
        f"theorem filler_{k} (p q : Prop) (hp : p) (hq : q) : p ∧ q := by\n  constructor\n  exact hp\n  exact hq\n\n"
        for k in range(filler)
    )
    path = folder / "Workload.lean"
    path.write_text(
        f"namespace Filler\n\n{fillers}end Filler\n\n" + WORKLOAD.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    return path


# --------------------------------------------------------------------------- main


def main(argv: list[str], save: bool = False) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--wrong", type=int, default=7, help="other tactics tried at each state")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the workload this many times")
    parser.add_argument("--width", type=int, default=1, help="Lean workers per Dojo (candidates run at once)")
    parser.add_argument("--filler", type=int, default=200, help="theorems above the targets in the big file")
    args = parser.parse_args(argv)
    engine = get_engine(ROOT)
    limits = DojoLimits()
    theorems = read_workload(WORKLOAD) * args.rounds
    steps = steps_of(theorems, args.wrong)
    tactics = sum(len(s.candidates) for s in steps)

    load = os.getloadavg()[0]
    load_start = load_average()
    ours = run_ours(theorems, steps, args.workers, engine, limits, args.width)
    base = run_baseline(steps, args.workers, engine, limits)
    persistent = run_persistent(theorems, steps, args.workers, engine, limits)
    with tempfile.TemporaryDirectory(prefix="bench-interaction-big-") as tmp:
        big_path = write_big_workload(Path(tmp), args.filler)
        big_theorems = [t for t in read_workload(big_path) if not t.name.startswith("Filler.")] * args.rounds
        big = run_ours(
            big_theorems,
            steps_of(big_theorems, args.wrong),
            args.workers,
            engine,
            limits,
            args.width,
            Path(tmp),
        )
    persistent_same = sum(persistent.outcomes.get(key) == kind for key, kind in base.outcomes.items())
    same = sum(ours.outcomes[key] == kind for key, kind in base.outcomes.items())
    for key, kind in base.outcomes.items():
        if ours.outcomes[key] != kind:
            print(f"disagree: {key}: dojo {ours.outcomes[key]}, lean {kind}", file=sys.stderr)
    counts: dict[str, int] = {}
    for kind in ours.outcomes.values():
        counts[kind] = counts.get(kind, 0) + 1
    result = {
        "bench": "interaction",
        "tactics_per_s": round(tactics / ours.seconds, 1),
        "baseline_tactics_per_s": round(tactics / base.seconds, 1),
        "ratio": round(base.seconds / ours.seconds, 2),
        "peak_rss_mb": round(ours.peak_rss / 2**20, 1),
        "baseline_peak_rss_mb": round(base.peak_rss / 2**20, 1),
        "python_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cpu_seconds": round(ours.cpu_seconds, 2),
        "baseline_cpu_seconds": round(base.cpu_seconds, 2),
        "cpu_ratio": round(base.cpu_seconds / ours.cpu_seconds, 2),
        "tactics_per_cpu_s": round(tactics / ours.cpu_seconds, 1),
        "baseline_tactics_per_cpu_s": round(tactics / base.cpu_seconds, 1),
        "persistent_tactics_per_s": round(tactics / persistent.seconds, 1),
        "persistent_ratio": round(persistent.seconds / ours.seconds, 2),
        "persistent_tactics_per_cpu_s": round(tactics / persistent.cpu_seconds, 1),
        "persistent_agreement": round(persistent_same / len(base.outcomes), 4),
        "big_filler_theorems": args.filler,
        "big_tactics_per_s": round(tactics / big.seconds, 1),
        "big_slowdown": round(big.seconds / ours.seconds, 2),
        "big_agreement": round(
            sum(big.outcomes.get(k) == v for k, v in ours.outcomes.items()) / len(ours.outcomes), 4
        ),
        "seconds": round(ours.seconds, 2),
        "baseline_seconds": round(base.seconds, 2),
        "workers": args.workers,
        "width": args.width,
        "cpus": os.cpu_count(),
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "theorems": len(theorems),
        "tactics": tactics,
        "outcomes": counts,
        "agreement": round(same / len(base.outcomes), 4),
        "engine": f"{engine.kind} Lean {engine.version}",
    }
    if save:
        engine_info = {"kind": engine.kind, "lean_version": engine.version}
        store("interaction", result, vars(args), load_start, engine_info)
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:], save=True)))
