"""Premises for the generators: the file's own earlier declarations, the library's, and retrieval.

Local premises need no model: every declaration above the theorem in its file, and in
the project modules the file imports, is usable by name; a class's fields and the
definitions behind a file's notations come with them. Library premises (``LibraryPremises``)
are the theorems of the core library and of the imported project modules, embedded by the
retrieval encoder (the trained retriever, else the bundled MiniLM) and ranked by cosine
similarity to the goal: every one is accessible to any file, so no mask is needed. The
embeddings are cached on disk by content hash, so an index is built once per library
version. Retrieval over a traced corpus (``--retrieval``) is ``load_retriever``'s.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import textwrap
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from leanagent.prover.generators.base import Premise
from leanagent.prover.generators.portfolio import _is_proof_type, binders, conclusion, parse_state, skeleton
from leanagent.source.commands import command_spans, scan_commands
from leanagent.source.declarations import assignment
from leanagent.source.modules import Module
from leanagent.source.proofs import says_sorry
from leanagent.source.tokens import tokenize

PREMISE_KINDS = frozenset(
    {"theorem", "lemma", "def", "abbrev", "instance", "inductive", "structure", "class"}
)
MAX_CODE = 400
MAX_PROOF = 1500


def declarations(text: str, namespace: str = "", public_only: bool = False) -> list[Premise]:
    """Named declarations of ``text``, names relative to ``namespace`` where inside it; the
    fields of each class and structure; the definitions behind its notations (kind
    ``notation``, code the notation command). ``public_only`` leaves out private ones."""
    found = []
    for cmd, _, end in command_spans(scan_commands(text), len(text)):
        if cmd.keyword in NOTATION_KINDS and not public_only:
            found += _notation(text[cmd.keyword_offset : end].strip())
            continue
        if cmd.name is None or cmd.keyword not in PREMISE_KINDS:
            continue
        if public_only and "private" in cmd.modifiers:
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
        if cmd.keyword in {"class", "structure"}:
            found += _fields(name, decl)
    return found


NOTATION_KINDS = frozenset({"infix", "infixl", "infixr", "notation", "prefix", "postfix"})
_NOTATION = re.compile(r'"\s*([^"\s]+)\s*"[^"]*?=>\s*([A-Za-z_][\w.\']*)\s*$', re.S)
_FIELD = re.compile(r"^\s+([A-Za-z_][\w']*)\s*:\s*(.+)$")


def _notation(command: str) -> list[Premise]:
    """``local infix:50 " ≼ " => Below``: the premise ``Below`` of kind ``notation`` (its
    symbol is in the code), so the generators know to unfold ``Below`` where ``≼`` shows."""
    match = _NOTATION.search(command)
    return [Premise(match.group(2), command[:MAX_CODE], "notation")] if match else []


def _fields(owner: str, decl: str) -> list[Premise]:
    """The fields of a class or structure as premises ``Owner.field`` (kind ``field``)."""
    _, sep, body = decl.partition(" where")
    if not sep:
        return []
    out = []
    for line in body.split("\n"):
        match = _FIELD.match(line)
        if match and not match.group(1).startswith("mk"):
            typ = match.group(2).strip()
            kind = "field" if not re.search(r"(?:Prop|Type|Sort\b.*)$", typ) else "data field"
            out.append(Premise(f"{owner}.{match.group(1)}", f"{match.group(1)} : {typ}", kind))
    return out


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
    return "" if not lines or says_sorry(block) else "\n".join(lines)


def _scopes(namespace: str) -> list[str]:
    """``A.B`` -> ``["A.B", "A"]``: the namespaces whose members are visible by short name."""
    parts = namespace.split(".") if namespace else []
    return [".".join(parts[:k]) for k in range(len(parts), 0, -1)]


def _header(decl: str) -> str:
    """A theorem up to its top-level ``:=``."""
    tokens = tokenize(decl)
    at = assignment(tokens)
    return (decl if at is None else decl[: tokens[at].offset]).strip()


def local_premises(context: str, namespace: str, deps: list[Module]) -> tuple[Premise, ...]:
    """Declarations before the theorem in its file, then those of its imported project modules."""
    found = declarations(context, namespace)
    for mod in deps:
        found += declarations(mod.source, namespace)
    return tuple(found)


Retrieve = Callable[[str, int], list[Premise]]


def load_retriever(db: Path, file: Path, checkpoint: Path | None = None) -> tuple[Retrieve | None, str]:
    """A ``(state, k) -> premises`` function over the corpus ``db`` (``retrieval.load_retriever``),
    or None and why (the retrieval stack or its index missing: the prover goes on without)."""
    try:
        from retrieval import load_retriever as factory  # torch and faiss: only when asked for
    except ImportError as exc:
        return None, f"the retrieval package cannot be imported: {exc}"
    try:
        retriever = factory(db, checkpoint)
    except Exception as exc:  # a missing index or checkpoint: report, do not crash the prover
        return None, f"no retriever could be loaded: {exc}"

    def retrieve(state: str, k: int) -> list[Premise]:
        hits = retriever.retrieve(state, k, file=str(file))
        return [Premise(h.full_name, h.code, h.kind) for h in hits]

    return retrieve, ""


LIBRARY_KINDS = frozenset({"theorem", "lemma"})
QUERY_CACHE = 512


@dataclass(frozen=True)
class _Group:
    premises: list[Premise]
    index: object
    """A ``retrieval.index.PremiseIndex`` over the premises' embeddings."""


class LibraryPremises:
    """The theorems of some libraries (each a list of module texts), ranked for a goal: first
    those whose conclusion has the goal's shape (``skeleton``), best where their hypotheses'
    shapes are among the goal's, then the nearest by embedding."""

    def __init__(self, groups: list[_Group], encoder) -> None:
        self.groups = groups
        self.encoder = encoder
        self._queries: OrderedDict[str, object] = OrderedDict()
        self._shapes: dict[str, list[tuple[Premise, list[str]]]] = {}
        for group in groups:
            for premise in group.premises:
                bound = binders(premise.code)
                names = {n for n, _ in bound}
                shape = skeleton(conclusion(premise.code), names)
                if shape.replace("_", "").strip():
                    hyps = [skeleton(t, names) for _, t in bound if _is_proof_type(t)]
                    self._shapes.setdefault(shape, []).append((premise, hyps))

    def by_shape(self, state: str, k: int) -> list[Premise]:
        """The theorems whose conclusion has the shape of the first goal's target."""
        goals = parse_state(state)
        if not goals:
            return []
        names = {h.name for h in goals[0].hyps}
        have = {skeleton(h.type, names) for h in goals[0].hyps}
        hits = self._shapes.get(skeleton(goals[0].target, names), [])
        score = {
            p.name: sum(h in have for h in hyps) - 0.5 * sum(h not in have for h in hyps) for p, hyps in hits
        }
        return [p for p, _ in sorted(hits, key=lambda ph: -score[ph[0].name])[:k]]

    def __len__(self) -> int:
        return sum(len(g.premises) for g in self.groups)

    def retrieve(self, state: str, k: int) -> list[Premise]:
        """The ``k`` theorems closest to ``state``, best first."""
        query = self._queries.pop(state, None)
        if query is None:
            query = self.encoder.encode([state]).numpy()
        self._queries[state] = query
        while len(self._queries) > QUERY_CACHE:
            self._queries.popitem(last=False)
        hits = [(score, g.premises[i]) for g in self.groups for i, score in g.index.search(query, k)[0]]
        shaped = self.by_shape(state, k // 2)
        near = [p for _, p in sorted(hits, key=lambda h: -h[0])]
        return list(dict.fromkeys([*shaped, *near]))[:k]


_encoders: dict[str, object] = {}


def _encoder(spec: str):
    from retrieval.encoders import load_encoder

    if spec not in _encoders:
        _encoders[spec] = load_encoder(spec, max_seq_len=128, device="cpu", threads=1)
    return _encoders[spec]


def library_premises(libraries: list[list[str]], cache: Path) -> LibraryPremises:
    """An index per library (its modules' texts), built once per content (see the module docstring)."""
    from retrieval.corpus import MAX_PREMISE_CHARS
    from retrieval.index import PremiseIndex
    from retrieval.retriever import default_checkpoint, encoder_fingerprint

    spec = default_checkpoint()
    fingerprint = encoder_fingerprint(spec)
    groups = []
    for texts in libraries:
        premises = [
            p for text in texts for p in declarations(text, public_only=True) if p.kind in LIBRARY_KINDS
        ]
        if not premises:
            continue
        lines = [f"{p.name}\n{p.code[:MAX_PREMISE_CHARS]}" for p in premises]
        digest = hashlib.sha256("\0".join([fingerprint, *lines]).encode()).hexdigest()[:20]
        folder = cache / "premises" / digest
        folder.parent.mkdir(parents=True, exist_ok=True)
        with (cache / "premises" / ".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one process builds; the others then load it
            index = PremiseIndex.load(folder, use_gpu=False)
            if index is None or index.meta.count != len(premises):
                vectors = _encoder(spec).encode(lines).numpy()
                index = PremiseIndex.build(vectors, digest, fingerprint, use_gpu=False)
                index.save(folder)
        groups.append(_Group(premises, index))
    return LibraryPremises(groups, _encoder(spec))


def library_sources(core: Path | None, deps: list[Module]) -> list[list[str]]:
    """The libraries a file sees: the core library's modules (when its source is known) and
    the project modules it imports."""
    libraries = []
    if core is not None and core.is_dir():
        libraries.append([f.read_text(encoding="utf-8") for f in sorted(core.rglob("*.lean"))])
    if deps:
        libraries.append([m.source for m in deps])
    return libraries
