"""Tactic generators behind one interface (``base.TacticGenerator``), and ``build`` from a spec.

Spec strings (``+`` joins several into an ``Ensemble``):

- ``auto``: the portfolio and proofs by analogy, plus the trained seq2seq model when its
  checkpoint exists;
- ``portfolio``; ``analogy`` (whole proofs of similar nearby theorems, renamed);
- ``seq2seq`` or ``seq2seq:PATH``: a model trained by ``train-generator`` (default: the
  configured checkpoint);
- ``hf:PATH_OR_NAME``: any local Hugging Face seq2seq checkpoint;
- ``openai:BASE_URL#MODEL``: an OpenAI-compatible endpoint;
- ``py:MODULE:NAME``: a ``TacticGenerator`` class or factory from an importable module (plug-ins,
  tests).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from leanagent.config import ProverSettings, get_prover_settings
from leanagent.prover.generators.base import Ensemble, Goal, Premise, Suggestion, TacticGenerator

__all__ = ["Ensemble", "Goal", "Premise", "Suggestion", "TacticGenerator", "build", "resolve_spec"]


def resolve_spec(spec: str, settings: ProverSettings | None = None) -> str:
    """``auto`` made explicit, so every worker builds the same generators."""
    settings = settings or get_prover_settings()
    parts = []
    for part in spec.split("+"):
        part = part.strip()
        if part == "auto":
            parts += ["portfolio", "analogy"]
            if (settings.checkpoint / "config.json").is_file():
                parts.append(f"seq2seq:{settings.checkpoint.resolve()}")
        elif part == "seq2seq":
            parts.append(f"seq2seq:{settings.checkpoint.resolve()}")
        else:
            parts.append(part)
    return "+".join(dict.fromkeys(parts))


def build(spec: str, settings: ProverSettings | None = None) -> TacticGenerator:
    """The generator a resolved or unresolved spec names."""
    settings = settings or get_prover_settings()
    members: list[TacticGenerator] = []
    for part in resolve_spec(spec, settings).split("+"):
        kind, _, arg = part.partition(":")
        if kind == "portfolio":
            from leanagent.prover.generators.portfolio import Portfolio

            moves = frozenset(m.strip() for m in settings.symbolic.split(",") if m.strip()) - {"none"}
            members.append(Portfolio(moves=moves))
        elif kind == "analogy":
            from leanagent.prover.generators.analogy import Analogy

            members.append(Analogy())
        elif kind == "seq2seq":
            from leanagent.prover.generators.seq2seq import Seq2SeqGenerator

            path = Path(arg)
            if not (path / "config.json").is_file():
                raise ValueError(f"no trained generator at {path}: run `leanagent train-generator` first")
            members.append(Seq2SeqGenerator.load(path))
        elif kind == "hf":
            from leanagent.prover.generators.hf_local import load_hf

            members.append(load_hf(arg))
        elif kind == "openai":
            from leanagent.prover.generators.openai_api import OpenAIGenerator

            url, _, model = arg.partition("#")
            if not url or not model:
                raise ValueError("an OpenAI endpoint is given as openai:BASE_URL#MODEL")
            members.append(
                OpenAIGenerator(url, model, timeout=settings.openai_timeout, retries=settings.openai_retries)
            )
        elif kind == "py":
            module, _, attr = arg.partition(":")
            members.append(getattr(importlib.import_module(module), attr)())
        else:
            raise ValueError(
                f"unknown generator {part!r} (auto, portfolio, analogy, seq2seq[:PATH], hf:PATH, "
                "openai:URL#MODEL, "
                "py:MODULE:NAME)"
            )
    return members[0] if len(members) == 1 else Ensemble(members)
