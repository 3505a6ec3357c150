"""``leanagent prove``: find sorry theorems, search for proofs, verify, write back, remember.

A theorem counts as proved only when (1) the search ends in the Dojo's ``ProofFinished``
(its own fresh re-check of the theorem with the axiom audit) and (2) the whole file,
with every found proof in place, passes ``check_file`` with standard axioms only. With
``write`` the verified text then replaces the file atomically, with a backup.

Results are stored per (file content hash, theorem) as each search ends; a rerun reuses
them: a stored proof is verified (and written) again without searching, a stored failure
is skipped unless ``force``. A proof is stored ``found`` until its file's check passes.

The run's stages live in their own modules: ``targets`` (collect), ``workers`` (search),
``verify`` (whole-file checks, on threads of their own), ``persist`` (the store),
``reports``; ``pipeline`` runs them together. This module resolves the options once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from leanagent.config import ProverSettings, get_dojo_settings, get_prover_settings, get_settings
from leanagent.prover.generators import resolve_spec
from leanagent.prover.pipeline import Pipeline, RunPlan
from leanagent.prover.premises import load_retriever
from leanagent.prover.reports import ProveReport, TheoremReport
from leanagent.prover.results import ResultStore
from leanagent.prover.search import SearchConfig
from leanagent.prover.targets import collect_targets, import_order
from leanagent.prover.whole import LLM_MODES, LLMConfig

__all__ = ["ProveOptions", "ProveReport", "TheoremReport", "collect_targets", "prove_path"]


@dataclass(frozen=True)
class ProveOptions:
    theorem: str | None = None
    time_limit: float | None = None
    tactics_per_expansion: int | None = None
    max_expansions: int | None = None
    workers: int | None = None
    generator: str | None = None
    retrieval: bool | None = None
    write: bool = False
    force: bool = False
    """Search again even where a stored result exists."""
    db: Path | None = None
    ray: str | None = None
    """A Ray cluster address (``auto`` or ``host:port``) instead of local processes."""
    premises: bool | None = None
    """Library premises for every goal (default: the ``[prover] premises`` setting)."""
    retriever: Path | None = None
    """The retriever checkpoint for ``retrieval`` (default: the configured one)."""
    skip: frozenset[str] = frozenset()
    """Full names of sorry theorems not to attempt (already proved, say)."""
    llm_mode: str | None = None
    """``none``, ``whole``, ``tactic`` or ``both`` (default: the ``[prover] llm_mode`` setting)."""
    llm_endpoint: str | None = None
    llm_model: str | None = None


def plan_run(opts: ProveOptions) -> RunPlan:
    """The options over the settings (read here, once per run)."""
    settings, prover, dojo = get_settings(), get_prover_settings(), get_dojo_settings()
    llm = llm_config(
        opts.llm_mode or prover.llm_mode,
        replace(
            prover,
            llm_endpoint=opts.llm_endpoint or prover.llm_endpoint,
            llm_model=opts.llm_model or prover.llm_model,
        ),
    )
    spec = resolve_spec(opts.generator or prover.generator, prover)
    if llm is not None and llm.tactic and llm.tactic_spec not in spec.split("+"):
        spec += "+" + llm.tactic_spec
    return RunPlan(
        generator=spec,
        search=SearchConfig(
            tactics_per_expansion=opts.tactics_per_expansion or prover.tactics_per_expansion,
            time_limit=opts.time_limit or prover.time_limit,
            max_expansions=prover.max_expansions if opts.max_expansions is None else opts.max_expansions,
        ),
        retrieval=prover.retrieval if opts.retrieval is None else opts.retrieval,
        premises=prover.premises if opts.premises is None else opts.premises,
        db=opts.db or settings.corpus_db,
        retriever=opts.retriever,
        workers=opts.workers or prover.workers,
        ray=opts.ray,
        write=opts.write,
        force=opts.force,
        tactic_timeout=dojo.tactic_timeout,
        first_pass=prover.first_pass,
        exercises=prover.exercises,
        verify_jobs=settings.check_jobs,
        llm=llm,
    )


def llm_config(mode: str, prover: ProverSettings) -> LLMConfig | None:
    """The language model's part from the ``[prover] llm_*`` settings (None for ``none``)."""
    if mode not in LLM_MODES:
        raise ValueError(f"unknown LLM mode {mode!r} (one of {', '.join(LLM_MODES)})")
    if mode == "none":
        return None
    if not prover.llm_model:
        raise ValueError(f"LLM mode {mode!r} needs a model: set [prover] llm_model (or --llm-model)")
    return LLMConfig(
        mode,
        prover.llm_endpoint,
        prover.llm_model,
        max(1, prover.llm_samples),
        max(0, prover.llm_repair_rounds),
        prover.llm_temperature,
        prover.llm_max_tokens,
        prover.openai_timeout,
        prover.openai_retries,
    )


def prove_path(
    path: Path,
    options: ProveOptions | None = None,
    *,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[TheoremReport], None] | None = None,
) -> ProveReport:
    """Prove the sorry theorems under ``path``; ``on_result`` sees each theorem once, settled."""
    opts = options or ProveOptions()
    plan = plan_run(opts)
    if plan.retrieval:
        retriever, why = load_retriever(plan.db, path, plan.retriever)
        if retriever is None:
            raise ValueError(f"--retrieval: {why}")
    report = ProveReport(str(path), plan.generator, plan.write)
    targets = import_order(collect_targets(path, opts.theorem, opts.skip))
    if on_start:
        on_start(sum(len(t.sorries) for t in targets))
    with ResultStore(plan.db) as store:
        return Pipeline(targets, plan, store, report, on_result).run()
