"""Premises for the generators: the file's own earlier declarations, and retrieval when present.

Local premises need no model: every declaration above the theorem in its file, and in
the project modules the file imports, is usable by name. Retrieval (issue 6, package
``retrieval``) is optional: ``load_retriever`` returns None with a reason when the
package does not provide a retriever yet, so ``--retrieval`` fails cleanly.
"""

from __future__ import annotations

import importlib
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

from leanagent.lean.modules import Module
from leanagent.lean.scan import command_spans, scan_commands, tokenize
from leanagent.prover.generators.base import Premise

PREMISE_KINDS = frozenset(
    {"theorem", "lemma", "def", "abbrev", "instance", "inductive", "structure", "class"}
)
MAX_CODE = 400
MAX_PROOF = 1500


def declarations(text: str, namespace: str = "") -> list[Premise]:
    """Named declarations of ``text``, names relative to ``namespace`` where inside it."""
    found = []
    for cmd, _, end in command_spans(scan_commands(text), len(text)):
        if cmd.name is None or cmd.keyword not in PREMISE_KINDS:
            continue
        decl = text[cmd.keyword_offset : end]
        theorem = cmd.keyword in {"theorem", "lemma"}
        code = _header(decl) if theorem else decl.strip()
        name = cmd.name
        for scope in _scopes(namespace):
            if name.startswith(scope + "."):
                name = name[len(scope) + 1 :]
                break
        proof = tactic_block(decl[len(code) :]) if theorem else ""
        found.append(Premise(name, code[:MAX_CODE], cmd.keyword, proof if len(proof) <= MAX_PROOF else ""))
    return found


def tactic_block(body: str) -> str:
    """The tactics of a ``:= by ...`` proof, dedented; ``""`` for term proofs and sorry proofs."""
    body = body.strip()
    if not body.startswith(":="):
        return ""
    body = body[2:].strip()
    if not re.match(r"by\b", body):
        return ""
    rest = body[2:]
    first, _, more = rest.partition("\n")
    block = (first.strip() + "\n" + textwrap.dedent(more)) if first.strip() else textwrap.dedent(more)
    lines = [line.rstrip() for line in block.split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    words = {t.text for t in tokenize(block) if t.kind == "ident"}
    return "" if not lines or words & {"sorry", "admit"} else "\n".join(lines)


def _scopes(namespace: str) -> list[str]:
    """``A.B`` -> ``["A.B", "A"]``: the namespaces whose members are visible by short name."""
    parts = namespace.split(".") if namespace else []
    return [".".join(parts[:k]) for k in range(len(parts), 0, -1)]


def _header(decl: str) -> str:
    """A theorem up to its top-level ``:=``."""
    depth = 0
    tokens = tokenize(decl)
    for k, tok in enumerate(tokens):
        if tok.text in "([{⟨⦃⟦":
            depth += 1
        elif tok.text in ")]}⟩⦄⟧":
            depth -= 1
        elif depth == 0 and tok.text == ":" and k + 1 < len(tokens) and tokens[k + 1].text == "=":
            return decl[: tok.offset].strip()
    return decl.strip()


def local_premises(context: str, namespace: str, deps: list[Module]) -> tuple[Premise, ...]:
    """Declarations before the theorem in its file, then those of its imported project modules."""
    found = declarations(context, namespace)
    for mod in deps:
        found += declarations(mod.source, namespace)
    return tuple(found)


Retrieve = Callable[[str, int], list[Premise]]


def load_retriever(db: Path, file: Path, checkpoint: Path | None = None) -> tuple[Retrieve | None, str]:
    """A ``(state, k) -> premises`` function from the ``retrieval`` package, or None and why.

    Expected of ``retrieval``: ``load_retriever(db_path)`` returning an object whose
    ``retrieve(state, k, file=...)`` yields records with ``full_name`` and ``code``.
    """
    try:
        module = importlib.import_module("retrieval")
    except ImportError as exc:
        return None, f"the retrieval package cannot be imported: {exc}"
    factory = getattr(module, "load_retriever", None)
    if factory is None:
        return None, "the retrieval package provides no retriever yet (retrieval.load_retriever)"
    try:
        retriever = factory(db, checkpoint) if checkpoint else factory(db)
    except Exception as exc:  # a missing index or checkpoint: report, do not crash the prover
        return None, f"no retriever could be loaded: {exc}"

    def retrieve(state: str, k: int) -> list[Premise]:
        hits = retriever.retrieve(state, k, file=str(file))
        return [Premise(h.full_name, getattr(h, "code", ""), getattr(h, "kind", "theorem")) for h in hits]

    return retrieve, ""
