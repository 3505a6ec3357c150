"""The ``leanagent`` command: thin wrappers that delegate to the packages and print results."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from leanagent.engine import EngineError

app = typer.Typer(no_args_is_help=True, add_completion=False, help="A Lean 4 theorem-proving agent.")
out = Console()
err = Console(stderr=True, soft_wrap=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
ProjectOpt = Annotated[
    Path, typer.Option("--project", help="Folder whose lean-toolchain guides the engine choice.")
]


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc}", highlight=False)
    return typer.Exit(2)


def _print_result(result, as_json: bool, line: str) -> None:
    """A command's result (a dataclass) as JSON, or its one-line summary."""
    if as_json:
        out.print_json(json.dumps(asdict(result)))
    else:
        out.print(line)


def _named(params: dict[str, object], names: Iterable[str]) -> dict[str, object]:
    """The command parameters (``locals()``) among ``names``: flags passed on under their own names."""
    return {name: params[name] for name in names if name in params}


@app.command()
def setup(
    force: Annotated[bool, typer.Option(help="Rebuild the embedded engine even if current.")] = False,
    as_json: JsonOpt = False,
    project: ProjectOpt = Path("."),
) -> None:
    """Choose the Lean engine and make it ready (builds the embedded engine once, cached)."""
    from leanagent.engine.report import run_setup

    try:
        report = run_setup(project.resolve(), force=force, console=None if as_json else err)
    except EngineError as exc:
        raise _fail(exc) from None
    if as_json:
        out.print_json(json.dumps(asdict(report)))
        return
    for problem in report.repaired:
        err.print(f"[yellow]repaired:[/] {problem}", highlight=False)
    state = f"built in {report.seconds:.1f} s" if report.built else "already set up"
    out.print(f"[green]ready[/]: {report.kind} engine, Lean {report.lean_version} ({state})")
    out.print(f"  lean: {report.lean}\n  why:  {report.reason}", highlight=False)


@app.command()
def doctor(as_json: JsonOpt = False, project: ProjectOpt = Path(".")) -> None:
    """Report the engine in use, why, its parts, and whether it works (builds nothing)."""
    from leanagent.engine.report import doctor as run_doctor

    report = run_doctor(project.resolve())
    if as_json:
        out.print_json(json.dumps(asdict(report)))
    else:
        table = Table(show_header=False, box=None)
        for key, value in asdict(report).items():
            if key != "problems":
                table.add_row(f"[bold]{key}[/]", str(value))
        out.print(table)
        for problem in report.problems:
            out.print(f"[red]problem:[/] {problem}", highlight=False)
    if not report.healthy:
        raise typer.Exit(1)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders of files, or Lean projects.")],
    as_json: JsonOpt = False,
    timeout: Annotated[float | None, typer.Option(help="Seconds per file (default: config).")] = None,
    jobs: Annotated[int | None, typer.Option(help="Files checked in parallel.")] = None,
    allow_sorry: Annotated[
        bool, typer.Option(help="Exit 0 when the only problems are sorry (open targets for the prover).")
    ] = False,
    allow_axiom: Annotated[
        list[str] | None,
        typer.Option(
            help="An axiom the project means to use (full name; repeatable): theorems using it stay ok."
        ),
    ] = None,
    replay: Annotated[
        bool, typer.Option(help="Also replay the compiled modules in the toolchain's kernel checker.")
    ] = False,
    output_format: Annotated[
        str, typer.Option("--format", help="table | json | github (workflow annotations on stdout).")
    ] = "table",
    junit: Annotated[Path | None, typer.Option(help="Write JUnit XML: a test case per theorem.")] = None,
    summary: Annotated[Path | None, typer.Option(help="Append a Markdown summary (job summary).")] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Ratchet: fail only on what is new against this baseline file.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option(help="Write the current state to --baseline instead of comparing.")
    ] = False,
    changed_since: Annotated[
        str | None, typer.Option(help="Only files changed since this git revision, and their importers.")
    ] = None,
) -> None:
    """Check Lean files: per theorem ok / error / sorry and its axioms.

    Exit codes: 0 ok, 1 not ok, 2 nothing could be checked, 3 --replay unavailable.
    """
    from leanagent.ci.baseline import BaselineError
    from leanagent.ci.changed import ChangedSinceError
    from leanagent.ci.findings import findings
    from leanagent.ci.github import annotations
    from leanagent.ci.harness import CheckOptions, run_check
    from leanagent.config import ALLOWED_AXIOMS

    if output_format not in ("table", "json", "github"):
        raise _fail(ValueError(f"--format {output_format!r}: use table, json or github"))
    options = CheckOptions(
        paths,
        timeout=timeout,
        jobs=jobs,
        allow_sorry=allow_sorry,
        allowed_axioms=ALLOWED_AXIOMS | frozenset(allow_axiom or ()),
        replay=replay,
        junit=junit,
        summary=summary,
        baseline=baseline,
        update_baseline=update_baseline,
        changed_since=changed_since,
    )
    if update_baseline and baseline is None:
        raise _fail(ValueError("--update-baseline needs --baseline FILE"))
    try:
        result = run_check(options)
    except (EngineError, FileNotFoundError, BaselineError, ChangedSinceError) as exc:
        raise _fail(exc) from None
    if as_json or output_format == "json":
        out.print_json(json.dumps(result.report.to_json()))
    elif output_format == "github":
        for line in annotations(findings(result.report), Path.cwd(), allow_sorry=allow_sorry):
            print(line)
        print(", ".join(f"{k} {v}" for k, v in result.report.summary().items()))
    else:
        _print_check(result.report)
    for note in result.notes:
        err.print(f"[yellow]note:[/] {note}", highlight=False)
    if result.exit_code:
        raise typer.Exit(int(result.exit_code))


def _print_check(report, *, max_rows: int = 60) -> None:
    """One row per theorem; for big runs, a row per file plus only the theorems not ok."""
    colour = {"ok": "green", "error": "red", "sorry": "yellow"}
    cwd = Path.cwd()

    def shown(path: str) -> str:
        p = Path(path)
        return str(p.relative_to(cwd) if p.is_relative_to(cwd) else p)

    theorems = report.theorems
    if len(theorems) > max_rows:
        files = Table(title="leanagent check: files")
        for column in ("file", "status", "ok", "error", "sorry"):
            files.add_column(column)
        for f in report.files:
            counts = [sum(t.status == s for t in f.theorems) for s in ("ok", "error", "sorry")]
            files.add_row(shown(f.path), f"[{colour[f.status]}]{f.status}[/]", *map(str, counts))
        out.print(files)
        theorems = [t for t in theorems if not t.ok]
    table = Table(title="leanagent check" if len(theorems) == len(report.theorems) else "theorems not ok")
    for column in ("theorem", "file:line", "status", "axioms / message"):
        table.add_column(column, overflow="fold")
    for thm in theorems[:max_rows]:
        detail = ", ".join(thm.axioms) or "-"
        if thm.message:
            where = f"{thm.position[0]}:{thm.position[1]}: " if thm.position else ""
            detail = where + thm.message.splitlines()[0][:160]
        status = f"[{colour[thm.status]}]{thm.status}[/]"
        table.add_row(thm.name, f"{shown(thm.file)}:{thm.line}", status, detail)
    if len(theorems) > max_rows:
        table.caption = f"... and {len(theorems) - max_rows} more (use --json for all)"
    if theorems:
        out.print(table)
    for file in report.files:
        for error in file.errors:
            out.print(f"[red]{shown(file.path)}[/]: {error.splitlines()[0][:300]}", highlight=False)
        for note in file.sorries:
            out.print(f"[yellow]{shown(file.path)}[/]: {note}", highlight=False)
    summary = report.summary()
    parts = ", ".join(f"{k} {v}" for k, v in summary.items())
    out.print(f"[{'green' if report.ok else 'red'}]{'OK' if report.ok else 'NOT OK'}[/]: {parts}")


# --- corpus: trace, export, import-dataset (delegating to leanagent.corpus) ----------------

DbOpt = Annotated[Path | None, typer.Option("--db", help="Corpus database (default: config corpus_db).")]


def _db_path(db: Path | None) -> Path:
    from leanagent.config import get_settings

    return db or get_settings().corpus_db


@app.command()
def trace(
    path: Annotated[Path, typer.Argument(help="A Lean project, a folder of Lean files, or one file.")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
    force: Annotated[bool, typer.Option(help="Trace every file, even unchanged ones.")] = False,
    jobs: Annotated[int | None, typer.Option(help="Files compiled or traced at once.")] = None,
) -> None:
    """Trace theorems, tactics with their goals, and premises into the corpus database."""
    from rich.progress import Progress

    from leanagent.config import get_settings
    from leanagent.corpus.trace import TraceOptions, trace_path

    settings = get_settings()
    with Progress(console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task(f"tracing {path}", total=None)

        def on_file(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"tracing {name}")

        options = TraceOptions(
            force=force,
            jobs=jobs or settings.check_jobs,
            requests=settings.trace_requests,
            timeout=settings.check_timeout,
            on_file=on_file,
        )
        try:
            summary = trace_path(path, _db_path(db), options)
        except (EngineError, FileNotFoundError) as exc:
            raise _fail(exc) from None
    if as_json:
        out.print_json(json.dumps(asdict(summary)))
    else:
        table = Table(show_header=False, box=None, title="leanagent trace")
        for key, value in asdict(summary).items():
            if key != "errors":
                table.add_row(f"[bold]{key}[/]", str(value))
        out.print(table)
        for file, error in summary.errors.items():
            out.print(f"[red]{file}[/]: {error.splitlines()[0][:300]}", highlight=False)
    if summary.files_failed:
        raise typer.Exit(1)


@app.command("export")
def export_dataset(
    dst: Annotated[Path, typer.Argument(help="Folder for the LeanDojo Benchmark 4 layout.")],
    db: DbOpt = None,
    val: Annotated[float, typer.Option(help="Fraction of theorems for validation.")] = 0.1,
    test: Annotated[float, typer.Option(help="Fraction of theorems for testing.")] = 0.1,
    seed: Annotated[int, typer.Option(help="Seed of the splits.")] = 3407,
    as_json: JsonOpt = False,
) -> None:
    """Export the corpus database as LeanDojo Benchmark 4 (corpus.jsonl, random/, novel_premises/)."""
    from leanagent.corpus.db import CorpusDB
    from leanagent.corpus.leandojo_export import export_leandojo

    with CorpusDB(_db_path(db)) as corpus:
        summary = export_leandojo(corpus, dst, val_fraction=val, test_fraction=test, seed=seed)
    _print_result(
        summary,
        as_json,
        f"exported {summary.files} files, {summary.premises} premises, {summary.theorems} theorems, "
        f"{summary.tactics} tactics to {dst}; splits {summary.splits}",
    )


@app.command("import-dataset")
def import_dataset(
    src: Annotated[Path, typer.Argument(help="A LeanDojo Benchmark 4 folder (corpus.jsonl, splits).")],
    db: DbOpt = None,
    strategy: Annotated[
        str | None, typer.Option(help="Split folder to read: random or novel_premises.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Load a LeanDojo Benchmark 4 dataset into the corpus database."""
    from leanagent.corpus.db import CorpusDB
    from leanagent.corpus.leandojo_import import import_leandojo

    path = _db_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with CorpusDB(path) as corpus:
        summary = import_leandojo(corpus, src, strategy)
    _print_result(
        summary,
        as_json,
        f"imported {summary.files} files, {summary.premises} premises, {summary.theorems} theorems, "
        f"{summary.tactics} tactics from {src} into {path}",
    )


# --- prover: prove, train-generator (delegating to leanagent.prover) -------------------------

CheckpointOpt = Annotated[Path | None, typer.Option("--out", help="Checkpoint folder (default: config).")]


@app.command()
def prove(
    path: Annotated[Path, typer.Argument(help="A Lean project, a folder of Lean files, or one file.")],
    theorem: Annotated[str | None, typer.Option(help="Only this theorem (full name or last part).")] = None,
    time_limit: Annotated[float | None, typer.Option(help="Seconds of search per theorem.")] = None,
    workers: Annotated[int | None, typer.Option(help="Searches in parallel (processes).")] = None,
    generator: Annotated[
        str | None,
        typer.Option(
            help="auto, portfolio, analogy, seq2seq[:PATH], hf:PATH, openai:URL#MODEL, py:MODULE:NAME; "
            "join with +."
        ),
    ] = None,
    tactics_per_expansion: Annotated[
        int | None, typer.Option(help="Tactics tried per expanded state.")
    ] = None,
    max_expansions: Annotated[int | None, typer.Option(help="Expansions per theorem (0: no cap).")] = None,
    retrieval: Annotated[
        bool | None,
        typer.Option(help="Retrieved premises for the portfolio's rewrites and the model's input."),
    ] = None,
    premises: Annotated[
        bool | None,
        typer.Option(help="Library premises (core and imported modules) for every goal; on by default."),
    ] = None,
    write: Annotated[
        bool, typer.Option("--write/--dry-run", help="Put verified proofs into the files (backup kept).")
    ] = False,
    force: Annotated[bool, typer.Option(help="Search again where an earlier run left a result.")] = False,
    ray: Annotated[
        str | None, typer.Option(help="Run the searches on this Ray cluster (address or auto).")
    ] = None,
    llm_mode: Annotated[
        str | None,
        typer.Option(
            help="A language model's part: none, whole (whole proofs, Lean's errors fed back), "
            "tactic (tactics in the search), both (default: [prover] llm_mode)."
        ),
    ] = None,
    llm_endpoint: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint, ending in /v1 ([prover] llm_endpoint).")
    ] = None,
    llm_model: Annotated[
        str | None, typer.Option(help="The model the requests name ([prover] llm_model).")
    ] = None,
    db: DbOpt = None,
    html: Annotated[
        Path | None, typer.Option(help="Also write an HTML summary with the proof paths.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Find sorry theorems, search for proofs, verify each by re-checking its whole file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from leanagent.prover.prove import ProveOptions, prove_path

    options = ProveOptions(
        theorem=theorem,
        time_limit=time_limit,
        tactics_per_expansion=tactics_per_expansion,
        max_expansions=max_expansions,
        workers=workers,
        generator=generator,
        retrieval=retrieval,
        write=write,
        force=force,
        db=db,
        ray=ray,
        premises=premises,
        llm_mode=llm_mode,
        llm_endpoint=llm_endpoint,
        llm_model=llm_model,
    )
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task("proving", total=None)
        tally = {"proved": 0}

        def on_result(entry) -> None:
            tally["proved"] += entry.status == "proved"
            bar.update(task, advance=1, description=f"proving ({tally['proved']} proved) {entry.name}")

        try:
            report = prove_path(
                path, options, on_start=lambda n: bar.update(task, total=n), on_result=on_result
            )
        except (EngineError, FileNotFoundError, ValueError, RuntimeError) as exc:
            raise _fail(exc) from None
    if html is not None:
        from leanagent.prover.html import write_html

        write_html(report, html)
    if as_json:
        out.print_json(json.dumps(report.to_json()))
        return
    _print_prove(report)


def _print_prove(report) -> None:
    colour = {"proved": "green", "failed": "red", "timeout": "yellow", "error": "red"}
    table = Table(title=f"leanagent prove ({report.generator})")
    for column in ("theorem", "status", "time (s)", "expansions", "proof / error"):
        table.add_column(column, overflow="fold")
    for t in report.theorems:
        detail = t.proof if t.status == "proved" else (t.error or "").splitlines()[0][:160] if t.error else ""
        mark = (" (earlier run)" if t.resumed else "") + (" (whole proof)" if t.mode == "whole" else "")
        table.add_row(
            t.name,
            f"[{colour.get(t.status, 'white')}]{t.status}[/]{mark}",
            f"{t.seconds:.1f}",
            str(t.expansions),
            detail,
        )
    out.print(table)
    for f in report.files:
        if f["written"]:
            out.print(
                f"[green]wrote[/] {f['path']} ({f['proved']} proofs; backup {f['backup']})", highlight=False
            )
        elif f["error"]:
            out.print(f"[red]not written[/] {f['path']}: {f['error']}", highlight=False)
    summary = report.summary()
    out.print(
        ", ".join(f"{k} {v}" for k, v in summary.items()) + ("" if report.write else " (dry run: --write)")
    )


@app.command("verify-steps")
def verify_steps(
    inputs: Annotated[
        list[Path], typer.Argument(help="Solutions: JSON, JSONL ({id, problem, steps|solution}) or text.")
    ],
    formaliser: Annotated[str | None, typer.Option(help="offline (default) or lm.")] = None,
    lm_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint of the lm formaliser.")
    ] = None,
    lm_model: Annotated[str | None, typer.Option(help="Model name the endpoint serves.")] = None,
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Keep verified and refuted steps in the corpus.")
    ] = True,
    db: DbOpt = None,
    html: Annotated[Path | None, typer.Option(help="Also write an HTML report of the steps.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Check each step of worked math solutions in Lean: verified, refuted, unverified, unformalised."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from leanagent.safe.inputs import InputError
    from leanagent.safe.report import table, to_json, write_html
    from leanagent.safe.run import VerifyOptions, verify_inputs

    options = VerifyOptions(formaliser, lm_url, lm_model, db, store)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task("verifying", total=None)
        try:
            results = verify_inputs(
                inputs,
                options,
                on_start=lambda n: bar.update(task, total=n),
                on_result=lambda r: bar.update(task, advance=1, description=f"verifying {r.id}"),
            )
        except (EngineError, InputError, RuntimeError) as exc:
            raise _fail(exc) from None
    if html is not None:
        write_html(results, html)
    if as_json:
        out.print_json(json.dumps(to_json(results)))
        return
    out.print(table(results))


@app.command("train-generator")
def train_generator(
    db: DbOpt = None,
    out_dir: CheckpointOpt = None,
    epochs: Annotated[int, typer.Option(help="Passes over the traced pairs.")] = 40,
    batch_size: Annotated[int, typer.Option(help="Pairs per step.")] = 16,
    lr: Annotated[float, typer.Option(help="Learning rate (AdamW).")] = 1e-3,
    premises: Annotated[int, typer.Option(help="Premises prefixed to each input (0: state only).")] = 0,
    max_minutes: Annotated[float, typer.Option(help="Stop after this long (0: no limit).")] = 0.0,
    init: Annotated[Path | None, typer.Option(help="Continue training this checkpoint.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Train the byte-level seq2seq tactic generator on the traced (state, tactic) pairs."""
    from rich.progress import Progress

    from leanagent.config import get_prover_settings
    from leanagent.prover.train_generator import TrainConfig, load_pairs, train

    pairs = load_pairs(_db_path(db))
    config = TrainConfig(
        epochs=epochs, batch_size=batch_size, lr=lr, premises=premises, max_minutes=max_minutes, init=init
    )
    target = out_dir or get_prover_settings().checkpoint
    with Progress(console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task(f"training on {len(pairs)} pairs", total=None)

        def on_step(step: int, total: int, loss: float) -> None:
            bar.update(task, completed=step, total=total, description=f"training (loss {loss:.3f})")

        try:
            summary = train(pairs, target, config, on_step=on_step)
        except ValueError as exc:
            raise _fail(exc) from None
    _print_result(
        summary,
        as_json,
        f"trained on {summary.train_pairs} pairs for {summary.epochs} epochs ({summary.seconds:.0f} s): "
        f"val loss {summary.best_val_loss:.3f}; checkpoint {summary.path}",
    )


# --- retrieval: train-retriever, retrieve (delegating to retrieval/) ------------------------


_TUNED = ("strategy", "encoder", "epochs", "batch_size", "lr", "train_layers", "max_samples", "device")
"""train-retriever's flags named after the settings (or TrainConfig fields) they override."""


@app.command("train-retriever")
def train_retriever(
    db: DbOpt = None,
    data: Annotated[
        Path | None, typer.Option(help="A LeanDojo Benchmark 4 folder (default: export --db).")
    ] = None,
    checkpoint: CheckpointOpt = None,
    strategy: Annotated[str | None, typer.Option(help="Split: random or novel_premises.")] = None,
    encoder: Annotated[
        str | None, typer.Option(help="Start from: minilm, byt5-tiny, a checkpoint folder or hub id.")
    ] = None,
    epochs: Annotated[int | None, typer.Option(help="Total epochs (more than done: continue).")] = None,
    batch_size: Annotated[int | None, typer.Option(help="States per batch.")] = None,
    lr: Annotated[float | None, typer.Option(help="Learning rate.")] = None,
    train_layers: Annotated[int | None, typer.Option(help="Train only the top N layers (0: all).")] = None,
    max_samples: Annotated[int | None, typer.Option(help="Cap on samples per epoch.")] = None,
    device: Annotated[str | None, typer.Option(help="auto, cpu, cuda, ...")] = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Start over instead of resuming.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Train the premise retriever (ReProver's recipe); keeps the best epoch by val Recall@10."""
    from retrieval.commands import train_command

    try:
        report = train_command(
            _db_path(db),
            data,
            checkpoint,
            None if as_json else err,
            resume=False if fresh else None,
            **_named(locals(), _TUNED),
        )
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(exc) from None
    _print_result(
        report,
        as_json,
        f"{report.epochs} epochs, {report.steps} steps ({report.seconds:.0f} s); best epoch "
        f"{report.best_epoch}: val Recall@10 {report.best_recall10:.3f}; checkpoint {report.out}",
    )


@app.command()
def retrieve(
    theorem: Annotated[
        str | None, typer.Option(help="Theorem: its premises accessible, its state by default.")
    ] = None,
    state: Annotated[str | None, typer.Option(help="A proof state to retrieve premises for.")] = None,
    k: Annotated[int | None, typer.Option("-k", "--k", help="How many premises.")] = None,
    db: DbOpt = None,
    checkpoint: Annotated[str | None, typer.Option(help="Encoder (default: trained, else config).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Premises for a proof state, best first (only those accessible at --theorem)."""
    from retrieval.commands import retrieve_command

    try:
        query, hits = retrieve_command(_db_path(db), theorem, state, k, checkpoint, err)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        raise _fail(exc) from None
    if as_json:
        rows = [
            {"full_name": h.full_name, "score": h.score, "path": h.premise.path, "code": h.code} for h in hits
        ]
        out.print_json(json.dumps({"state": query, "premises": rows}))
        return
    table = Table(title=f"premises for {theorem or 'the state'}")
    for column in ("#", "premise", "score", "file", "code"):
        table.add_column(column, overflow="fold")
    for rank, h in enumerate(hits, 1):
        table.add_row(str(rank), h.full_name, f"{h.score:.3f}", h.premise.path, h.code.splitlines()[0][:100])
    out.print(table)


# --- mcp: Lean tools for editors and agents (delegating to leanagent.serve) ---------------------


@app.command()
def mcp(
    root: Annotated[Path, typer.Option(help="The folder (a Lean project or files) the tools serve.")] = Path(
        "."
    ),
) -> None:
    """Serve Lean tools over MCP (stdio): check, goals, proof sessions, premise search, prove."""
    from leanagent.serve.mcp_app import serve
    from leanagent.serve.tools import ToolFailure

    try:
        serve(root)
    except (EngineError, ToolFailure) as exc:
        raise _fail(exc) from None


# --- lifelong learning: curriculum, learn (delegating to leanagent.curriculum) ---------------

CurriculumOpt = Annotated[
    str | None, typer.Option("--curriculum", help="Repository order and buckets: ours or leanagent.")
]
ProjectsOpt = Annotated[
    Path | None, typer.Option("--projects", help="Folder of Lean projects (default: the bundled ones).")
]
RepoOpt = Annotated[list[str] | None, typer.Option("--repo", help="Only this project (repeatable).")]


@app.command()
def curriculum(
    curriculum: CurriculumOpt = None,
    projects: ProjectsOpt = None,
    repo: RepoOpt = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Trace the curriculum's projects (incrementally) and show their order and buckets."""
    from leanagent.config import get_learn_settings
    from leanagent.curriculum.difficulty import Rule
    from leanagent.curriculum.projects import prepare_curriculum

    settings = get_learn_settings()
    try:
        rule = Rule(curriculum or settings.curriculum)
        order, _ = prepare_curriculum(_db_path(db), projects or settings.projects, rule, tuple(repo or ()))
    except (EngineError, FileNotFoundError, ValueError) as exc:
        raise _fail(exc) from None
    if as_json:
        out.print_json(json.dumps(order.to_json()))
        return
    table = Table(title=f"curriculum ({rule.value})")
    for column in ("#", "repository", "easy", "medium", "hard", "sorries", "imports"):
        table.add_column(column)
    for n, r in enumerate(order.repositories, 1):
        c = r.counts()
        deps = ", ".join(order.depends_on.get(r.name, [])) or "–"
        table.add_row(str(n), r.name, str(c["easy"]), str(c["medium"]), str(c["hard"]), str(r.sorries), deps)
    out.print(table)


@app.command()
def learn(
    curriculum: CurriculumOpt = None,
    setup: Annotated[str | None, typer.Option(help="progressive, leanagent, static or merge-all.")] = None,
    replay: Annotated[int | None, typer.Option(help="Replay samples from earlier repositories.")] = None,
    prove_seconds: Annotated[
        float | None, typer.Option(help="Search seconds per sorry after each repository (0: none).")
    ] = None,
    epochs_per_repo: Annotated[int | None, typer.Option(help="Training epochs per repository.")] = None,
    max_samples: Annotated[int | None, typer.Option(help="Cap on samples per epoch (0: all).")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed of shuffles and replay.")] = None,
    projects: ProjectsOpt = None,
    repo: RepoOpt = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Folder of runs (default: config).")] = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Learn over the curriculum, repository by repository; resumable; writes a report."""
    from dataclasses import replace

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from leanagent.curriculum.learn import default_config
    from leanagent.curriculum.learn import learn as run_learn

    try:
        cfg = default_config(
            curriculum=curriculum,
            setup=setup,
            replay=replay,
            prove_seconds=prove_seconds,
            epochs_per_repo=epochs_per_repo,
            max_samples=max_samples,
            seed=seed,
            projects=projects,
            out=out_dir,
        )
        cfg = replace(cfg, db=_db_path(db), repos=tuple(repo) if repo else None)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
            task = bar.add_task("learning", total=None)

            def on_progress(message: str, done: int, total: int) -> None:
                bar.update(task, description=message, completed=done, total=total)

            result = run_learn(cfg, on_progress)
    except (EngineError, FileNotFoundError, ValueError) as exc:
        raise _fail(exc) from None
    if as_json:
        out.print_json(json.dumps(result.to_json()))
        return
    table = Table(title=f"leanagent learn ({result.setup}, {result.curriculum['curriculum']})")
    for column in ("after", *result.order, "proved"):
        table.add_column(column)
    for i, row in enumerate(result.r):
        cells = ["–" if v is None else f"{v:.3f}" for v in row]
        table.add_row(result.order[i], *cells, str(result.proofs_over_time[i]))
    out.print(table)
    m = result.metrics
    out.print(
        ", ".join(
            f"{k} {m[k]:.4f}" if m[k] is not None else f"{k} –"
            for k in ("plasticity", "stability", "bwt", "forgetting")
        ),
        highlight=False,
    )
    out.print(f"report: {result.report.get('html')}")


@app.command()
def mutate(
    path: Annotated[
        Path | None,
        typer.Argument(help="A Lean project or folder to trace and mutate (default: all of --db)."),
    ] = None,
    db: DbOpt = None,
    rules: Annotated[str, typer.Option(help="Comma-separated: rw, apply, apply_goal.")] = "rw,apply",
    max_per_theorem: Annotated[int, typer.Option(help="Mutants built per theorem at most.")] = 20,
    max_probes: Annotated[int, typer.Option(help="Probes per theorem at most.")] = 400,
    workers: Annotated[int, typer.Option(help="Probes Lean runs at once.")] = 2,
    no_filter: Annotated[bool, typer.Option("--no-filter", help="Probe every accessible theorem.")] = False,
    drop_trivial: Annotated[bool, typer.Option(help="Drop mutants that rfl or simp prove alone.")] = False,
    emit: Annotated[Path | None, typer.Option(help="Write the verified mutants' Lean files here.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Grow the corpus with verified mutants of its theorems (Alchemy-style rw/apply variants)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from mutation.run import MutationOptions, parse_rules
    from mutation.run import mutate as run_mutation

    try:
        chosen = parse_rules(rules)
    except ValueError as exc:
        raise _fail(exc) from None
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task("mutating", total=None)

        def on_theorem(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"mutating {name}")

        options = MutationOptions(
            rules=chosen,
            max_per_theorem=max_per_theorem,
            max_probes=max_probes,
            workers=workers,
            use_filter=not no_filter,
            drop_trivial=drop_trivial,
            emit=emit,
            on_theorem=on_theorem,
        )
        try:
            summary = run_mutation(_db_path(db), options, [path] if path else None)
        except (EngineError, FileNotFoundError) as exc:
            raise _fail(exc) from None
    _print_result(summary, as_json, f"{summary.stored} mutants stored; corpus grown {summary.growth_factor}x")
