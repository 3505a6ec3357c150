"""A portfolio of standard tactics, instantiated for the goal at hand: the baseline and first pass.

No model: the goal's text is read just enough to fill in names (hypotheses to use or
destructure, variables to induct on, binders to introduce, definitions and earlier
lemmas that occur in the goal). Each tactic carries a fixed prior on the log-prob scale,
higher for moves that rarely hurt (``intro`` on an implication) than for guesses, so
best-first search ranks portfolio states the way it ranks a model's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from leanagent.prover.generators.base import Goal, Premise, Suggestion, TacticGenerator, dedupe
from leanagent.source.tokens import CLOSERS as CLOSING_BRACKETS
from leanagent.source.tokens import OPENERS, outside_brackets

CLOSERS: tuple[tuple[str, float], ...] = (
    ("rfl", -0.6),
    ("simp", -0.7),
    ("simp_all", -0.8),
    ("omega", -0.8),
    ("decide", -1.0),
    ("assumption", -0.8),
    ("trivial", -1.2),
    ("contradiction", -1.0),
    ("simp [*] at *", -1.4),
    ("intros; simp_all", -1.0),
    ("intros; omega", -1.3),
    ("constructor <;> simp_all", -1.3),
    ("constructor <;> intros <;> simp_all", -1.4),
    ("constructor <;> assumption", -1.5),
    ("exact ⟨_, _⟩", -2.5),
    ("apply Classical.byContradiction; intro h; simp_all", -2.2),
    ("simp_all <;> omega", -2.0),
    ("all_goals simp_all", -2.0),
    ("decide +revert", -2.2),
)
"""Tactics tried on every goal, with their priors."""

MATHLIB: tuple[tuple[str, float], ...] = (
    ("aesop", -0.7),
    ("linarith", -0.9),
    ("nlinarith", -1.5),
    ("norm_num", -0.9),
    ("positivity", -1.2),
    ("ring", -0.9),
    ("ring_nf", -1.6),
    ("tauto", -1.0),
    ("norm_num [*]", -1.4),
    ("field_simp", -1.8),
    ("push_neg", -1.8),
)
"""Added when the file imports Mathlib."""

ARITH = (
    "Nat.mul_add, Nat.add_mul, Nat.mul_assoc, Nat.add_assoc, Nat.mul_comm, Nat.add_comm, "
    "Nat.mul_left_comm, Nat.add_left_comm"
)
"""Distributivity, associativity and commutativity of + and * on Nat: simp with these puts
both sides of a semiring identity in one normal form (commutative lemmas are applied in a
fixed term order, so this terminates)."""

CORE_REWRITES: tuple[tuple[str, float], ...] = (
    (f"simp [{ARITH}]", -1.3),
    (f"simp_all [{ARITH}]", -1.5),
    (f"simp [{ARITH}] at * <;> omega", -1.9),
    ("simp [Nat.succ_eq_add_one] at *", -2.2),
    ("simp_all [or_comm, and_comm]", -1.6),
    ("rw [Nat.add_comm]", -2.2),
    ("rw [Nat.mul_comm]", -2.4),
)
"""Normalisation with core lemmas (under their real Lean names)."""

_BINDERS = ("∀", "∃", "fun", "λ", "Π", "Σ")
_LOGIC = re.compile(r"[∧∨→↔¬=≠≤<≥>∃∀]|\bTrue\b|\bFalse\b")
_DATA_HEADS = {"Nat", "ℕ", "List", "Bool", "Option", "Int", "ℤ", "Prod", "Sum", "Fin", "Array", "String"}
_IDENT = re.compile(r"[A-Za-z_\u0370-\u03ff\u1d00-\u1dbf\u2100-\u214f][\w.'!?\u2080-\u209c\u0370-\u03ff]*")


@dataclass(frozen=True)
class Hyp:
    name: str
    type: str

    @property
    def accessible(self) -> bool:
        return "✝" not in self.name and self.name != "_"


@dataclass(frozen=True)
class ParsedGoal:
    hyps: tuple[Hyp, ...]
    target: str
    case: str | None = None


def parse_state(state: str) -> list[ParsedGoal]:
    """The goals of a pretty-printed state (hypothesis lines, then ``⊢ target``)."""
    goals = []
    for block in re.split(r"\n\s*\n", state.strip()):
        lines = block.split("\n")
        case = None
        if lines and lines[0].startswith("case "):
            case, lines = lines[0][5:].strip(), lines[1:]
        entries: list[str] = []
        for line in lines:
            if line[:1].isspace() and entries:
                entries[-1] += " " + line.strip()
            else:
                entries.append(line.strip())
        hyps: list[Hyp] = []
        target = ""
        for entry in entries:
            if entry.startswith("⊢"):
                target = entry[1:].strip()
                continue
            names, sep, typ = entry.partition(" : ")
            if not sep:
                continue
            typ = typ.split(" := ")[0].strip()
            hyps += [Hyp(n, typ) for n in names.split()]
        if target:
            goals.append(ParsedGoal(tuple(hyps), target, case))
    return goals


def _top_level(text: str, ops: tuple[str, ...]) -> str | None:
    """The first of ``ops`` occurring outside brackets and binder bodies, if any."""
    for i in outside_brackets(text):
        if i > 0 and any(text.startswith(b + " ", i) for b in _BINDERS) and text[i - 1] in " (":
            return None  # a binder's body runs to the end
        for op in ops:
            if text.startswith(op, i):
                return op
    return None


def shape(prop: str) -> str:
    """The head connective of a proposition: forall, exists, not, imp, iff, or, and, eq, ne, ... or atom."""
    text = prop.strip()
    while text.startswith("(") and _matching(text, 0) == len(text) - 1:
        text = text[1:-1].strip()
    if text.startswith(("∀", "(∀")):
        return "forall"
    if text.startswith("∃"):
        return "exists"
    for op, kind in (("↔", "iff"), ("→", "imp"), ("∨", "or"), ("∧", "and")):
        if _top_level(text, (op,)):
            return kind
    if text.startswith("¬"):
        return "not"
    for op, kind in (("≠", "ne"), ("≤", "le"), ("≥", "le"), ("<", "lt"), (">", "lt"), ("=", "eq")):
        if _top_level(text, (op,)):
            return kind
    if text in {"True", "False"}:
        return text.lower()
    return "atom"


def _matching(text: str, i: int) -> int:
    depth = 0
    for j in range(i, len(text)):
        if text[j] in OPENERS:
            depth += 1
        elif text[j] in CLOSING_BRACKETS:
            depth -= 1
            if depth == 0:
                return j
    return -1


def binder_names(prop: str) -> list[str]:
    """Names bound by a leading ``∀`` (``∀ x y, ...``, ``∀ (a : α) {b : β}, ...``)."""
    text = prop.strip().lstrip("(").strip()
    if not text.startswith("∀"):
        return []
    body = text[1:]
    end = next((i for i in outside_brackets(body) if body[i] == ","), len(body))
    binders = body[:end]
    groups = re.findall(r"[({\[⦃]([^:(){}\[\]⦃⦄]+):", binders)
    if not groups:
        groups = [binders.split(":")[0]]
    names = [n for g in groups for n in g.split() if _IDENT.fullmatch(n)]
    return names[:6]


def _head(typ: str) -> str:
    match = _IDENT.match(typ.strip().lstrip("("))
    return match.group() if match else ""


@dataclass
class _Names:
    """Fresh hypothesis names that clash with nothing in the goal."""

    taken: set[str]

    def fresh(self, base: str = "h") -> str:
        k = 0
        name = base
        while name in self.taken:
            k += 1
            name = f"{base}{k}"
        self.taken.add(name)
        return name


SYMBOLIC_MOVES = frozenset({"unfold", "split", "cases", "fields", "witness", "by_cases", "tauto"})
"""The symbolic layer's kinds of moves (each an ordinary tactic), all on by default:
``unfold`` definitions and notations in goal and hypotheses, ``split`` on ``if``/``match``,
``cases`` on hypotheses (instantiated ∀s included), ``fields`` of a hypothesis that is a
structure (``apply h.trans``), ``witness`` terms for ``∃``, ``by_cases`` on propositional
atoms, ``tauto`` the complete propositional procedure."""


@dataclass
class Portfolio(TacticGenerator):
    """Standard tactics filled in for the goal; ``extra`` adds user tactics (with prior -1)."""

    extra: tuple[str, ...] = ()
    disabled: frozenset[str] = frozenset()
    premises_per_goal: int = 6
    """How many premises (retrieved or from the file) get rewrite/apply/simp tactics."""
    moves: frozenset[str] = SYMBOLIC_MOVES
    """Which kinds of symbolic moves to make (see ``SYMBOLIC_MOVES``)."""
    name: str = field(default="portfolio", init=False)
    cheap: bool = field(default=True, init=False)

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        goals = parse_state(goal.state)
        if not goals:
            return []
        out = [(t, lp) for t, lp in CLOSERS]
        out += [(t, -1.0) for t in self.extra]
        if goal.mathlib:
            out += list(MATHLIB)
        out += list(CORE_REWRITES)
        first = goals[0]
        names = _Names({h.name for h in first.hyps})
        out += _intro_moves(first, names)
        out += _hypothesis_moves(first, names)
        out += _target_moves(first, names)
        out += _premise_moves(first, goal, self.premises_per_goal)
        out += symbolic_moves(first, goal, names, self.moves)
        if len(goals) > 1:
            out += [("all_goals simp_all", -1.2), ("any_goals simp_all", -1.6), ("all_goals omega", -1.8)]
        kept = [Suggestion(t, lp, self.name) for t, lp in out if t not in self.disabled]
        return dedupe(kept)[:n]


def _intro_moves(goal: ParsedGoal, names: _Names) -> list[tuple[str, float]]:
    kind = shape(goal.target)
    out: list[tuple[str, float]] = []
    inaccessible = [
        h for h in goal.hyps if not h.accessible and h.name != "_" and not h.name.startswith("inst✝")
    ]
    if inaccessible:
        fresh = [names.fresh("x" if _is_data(h, goal) else "h") for h in inaccessible]
        out.append((f"rename_i {' '.join(fresh)}", -0.2))
    if kind == "forall":
        bound = [n if n not in names.taken else names.fresh(n) for n in binder_names(goal.target)]
        names.taken.update(bound)
        if bound:
            out.append((f"intro {' '.join(bound)}", -0.1))
        out.append(("intros", -1.0))
    elif kind in {"imp", "not"}:
        h = names.fresh()
        out += [
            (f"intro {h}", -0.1),
            (f"intro {h}; simp_all", -0.9),
            (f"intro {h}; cases {h} <;> simp_all", -1.3),
        ]
        premise = goal.target.split("→")[0] if kind == "imp" else ""
        if kind == "imp" and shape(premise) == "and":
            a, b = names.fresh(), names.fresh()
            out.append((f"intro ⟨{a}, {b}⟩", -0.3))
        elif kind == "imp" and shape(premise) == "or":
            out.append((f"rintro ({h} | {h})", -0.4))
        elif kind == "imp" and shape(premise) == "exists":
            x, hx = names.fresh("x"), names.fresh()
            out.append((f"intro ⟨{x}, {hx}⟩", -0.3))
    return out


def _is_type(hyp: Hyp) -> bool:
    return hyp.type in {"Prop", "Type"} or hyp.type.startswith(("Type ", "Sort"))


def _is_data(hyp: Hyp, goal: ParsedGoal) -> bool:
    """A variable of a data type (Nat, List, a user inductive, a type variable), not a proof."""
    head = _head(hyp.type)
    if _is_type(hyp) or "→" in hyp.type:
        return False
    if head in _DATA_HEADS or head in {h.name for h in goal.hyps if _is_type(h) and h.type != "Prop"}:
        return True
    if _LOGIC.search(hyp.type):
        return False
    props = {h.name for h in goal.hyps if h.type.endswith("Prop")}
    return bool(head) and head[0].isupper() and head not in props


def _is_inductive(hyp: Hyp, goal: ParsedGoal) -> bool:
    """Data one can do cases or induction on (not a value of a type variable)."""
    types = {h.name for h in goal.hyps if _is_type(h)}
    return _is_data(hyp, goal) and _head(hyp.type) not in types


def _hypothesis_moves(goal: ParsedGoal, names: _Names) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    target_kind = shape(goal.target)
    values = [h for h in goal.hyps if h.accessible and _is_data(h, goal)]
    data = [h for h in values if _is_inductive(h, goal)]
    proofs = [h for h in goal.hyps if h.accessible and not _is_data(h, goal) and not _is_type(h)]
    props = [h for h in goal.hyps if h.accessible and h.type == "Prop"]
    for h in proofs[-8:]:
        kind = shape(h.type)
        n = h.name
        out += [(f"exact {n}", -0.5), (f"apply {n}", -1.2), (f"simp at {n}", -2.2), (f"simp [{n}]", -1.5)]
        if kind == "and":
            a, b = names.fresh(), names.fresh()
            out += [(f"obtain ⟨{a}, {b}⟩ := {n}", -0.3), (f"exact {n}.1", -0.9), (f"exact {n}.2", -0.9)]
        elif kind == "or":
            a = names.fresh()
            out += [(f"rcases {n} with {a} | {a}", -0.4), (f"cases {n} <;> simp_all", -1.0)]
        elif kind == "exists":
            x, hx = names.fresh("x"), names.fresh()
            out += [(f"obtain ⟨{x}, {hx}⟩ := {n}", -0.3)]
        elif kind == "iff":
            out += [
                (f"rw [{n}]", -1.0),
                (f"rw [← {n}]", -1.4),
                (f"exact {n}.mp (by assumption)", -1.6),
                (f"exact {n}.mpr (by assumption)", -1.6),
            ]
            out += [(f"apply {n}.mp", -1.3), (f"apply {n}.mpr", -1.3)]
        elif kind == "eq":
            out += [
                (f"rw [{n}]", -0.8),
                (f"rw [← {n}]", -1.2),
                (f"subst {n}", -1.2),
                (f"simp [{n}] at *", -1.6),
            ]
        elif kind in {"imp", "forall"}:
            out += [
                (f"exact {n} (by assumption)", -1.3),
                (f"apply {n} <;> assumption", -1.4),
                (f"simp [{n}] at *", -1.8),
            ]
            for x in values[-4:] if kind == "forall" else []:
                out += [
                    (f"have := {n} {x.name}", -1.7),
                    (f"rw [{n} {x.name} (by assumption)]", -1.6),
                    (f"rw [{n} {x.name}]", -1.7),
                ]
        elif kind == "not":
            out += [(f"exact absurd (by assumption) {n}", -1.4), (f"exfalso; apply {n}", -1.3)]
        elif kind == "false":
            out += [(f"exact absurd {n} id", -1.0), (f"cases {n}", -0.5)]
        else:  # an atom: maybe an inductive predicate, or a definition hiding ∃ or ∧
            x, hx = names.fresh("x"), names.fresh()
            out += [
                (f"cases {n}", -1.6),
                (f"induction {n} <;> simp_all", -1.8),
                (f"obtain ⟨{x}, {hx}⟩ := {n}", -1.0),
            ]
    for x in data[-4:]:
        v = x.name
        others = [y.name for y in data if y.name != v]
        out += [
            (f"induction {v} <;> simp_all", -0.9),
            (f"induction {v} <;> simp [*]", -1.1),
            (f"cases {v} <;> simp_all", -1.1),
            (f"cases {v} <;> rfl", -1.6),
            (f"cases {v} <;> decide", -1.8),
            (f"induction {v} <;> omega", -1.9),
            (f"induction {v}", -1.4),
            (f"cases {v}", -1.5),
            (f"induction {v} <;> simp_all <;> omega", -2.1),
        ]
        if others:
            out.append((f"induction {v} generalizing {' '.join(others)} <;> simp_all", -1.7))
            out += [
                (f"cases {v} <;> cases {others[-1]} <;> {t}", -1.5) for t in ("simp_all", "decide", "rfl")
            ]
    if target_kind == "exists":
        out += [(f"exists {x.name}", -1.2) for x in values[-4:]]
    negations = "¬" in goal.target or any("¬" in h.type for h in goal.hyps)
    for p in props[-3:]:
        h = names.fresh()
        out.append((f"by_cases {h} : {p.name} <;> simp_all", -1.2 if negations else -1.7))
    return out


def _target_moves(goal: ParsedGoal, names: _Names) -> list[tuple[str, float]]:
    kind = shape(goal.target)
    moves: dict[str, list[tuple[str, float]]] = {
        "and": [("constructor", -0.2), ("refine ⟨?_, ?_⟩", -0.9)],
        "iff": [("constructor", -0.2), ("constructor <;> intro h <;> simp_all", -1.1)],
        "or": [
            ("simp_all [or_comm]", -1.5),
            ("left", -1.0),
            ("right", -1.0),
            ("left; assumption", -1.0),
            ("right; assumption", -1.0),
            ("left; simp_all", -1.4),
            ("right; simp_all", -1.4),
        ],
        "exists": [("refine ⟨_, ?_⟩", -1.6), ("constructor", -1.4), ("exact ⟨_, rfl⟩", -1.3)],
        "false": [("contradiction", -0.6), ("simp_all", -0.8)],
        "true": [("trivial", -0.2)],
        "eq": [("funext x", -2.0), ("funext x y", -2.2), ("congr", -2.2), ("apply propext", -2.4)],
        "ne": [("intro h", -0.4), ("decide", -1.0), ("simp", -1.0)],
        "atom": [("constructor", -1.5), ("intro x", -1.2), ("intros", -1.4)],
    }
    out = list(moves.get(kind, []))
    if kind not in {"false", "true"}:
        out.append(("exfalso", -2.4))
    return out


_NAME = re.compile(r"[^\W\d][\w'!?]+")
"""A name worth matching on: two characters or more, starting with a letter."""
_WORD = re.compile(r"[^\s()\[\]{}⟨⟩,:]+")


def words(text: str) -> set[str]:
    """Symbols and names of ``text``, dotted names also split (``e.swap.swap`` shows ``swap``)."""
    found = set(_WORD.findall(text))
    return found | {part for word in found if "." in word for part in word.split(".") if part}


def relevance(premise: Premise, seen: set[str]) -> float:
    """Shared names (not symbols or one-letter variables), normalised by the premise's size:
    a cheap stand-in for retrieval."""
    tokens = {w for w in words(premise.code or premise.name) if _NAME.fullmatch(w)}
    return len(tokens & seen) / (1 + len(tokens)) ** 0.5


def binders(statement: str, explicit_only: bool = False) -> list[tuple[str, str]]:
    """``(name, type)`` of each named binder before the statement's top-level colon, in order
    (only the ``( )`` ones with ``explicit_only``)."""
    out: list[tuple[str, str]] = []
    depth, start, explicit = 0, -1, False
    for i, ch in enumerate(statement):
        if ch in "({⦃[":
            depth += 1
            if depth == 1:
                start, explicit = i + 1, ch == "("
        elif ch in ")}⦄]":
            depth -= 1
            if depth == 0 and start >= 0:
                names, sep, typ = statement[start:i].partition(":")
                if sep and (explicit or not explicit_only):
                    out += [(n, " ".join(typ.split())) for n in names.split()]
                start = -1
        elif ch == ":" and depth == 0:
            break
    return out


LEMMA_KINDS = frozenset({"theorem", "lemma", "field"})
"""Premises one may ``apply``: theorems, and the fields of classes and structures."""


def conclusion(statement: str) -> str:
    """What a statement claims: its text after the top-level colon (binders stripped)."""
    return _split_at(statement, ":", unless=":=")[1].strip()


_TOKEN = re.compile(r"[A-Za-z_\u0370-\u03ff][\w.'\u2080-\u2089]*|\d+|\S")


def skeleton(text: str, variables: set[str]) -> str:
    """A proposition with its variables blanked (``a ∣ b + c`` -> ``_ ∣ _ + _``): what a
    premise's conclusion must look like to close a goal by ``exact``/``apply``."""
    return " ".join("_" if t in variables else t for t in _TOKEN.findall(text))


CORE_NAME = re.compile(r"(?:List|Nat|Option|Bool)\.[\w.']+")
"""A name in the core namespaces every file sees (a lemma or function one may cite by name)."""


def _premise_moves(goal: ParsedGoal, query: Goal, k: int) -> list[tuple[str, float]]:
    """Unfold the definitions the goal mentions; rewrite, apply and simp with the best premises
    (retrieved ones first, then the file's, ranked by overlap with the goal); and all of them
    at once as a simp set, alone or after induction."""
    seen = words(goal.target) | {w for h in goal.hyps for w in words(h.type)}
    out: list[tuple[str, float]] = []
    local = sorted(query.local, key=lambda p: -relevance(p, seen))
    related = [p for p in local if relevance(p, seen) > 0]
    mixed = [p for pair in itertools.zip_longest(related, query.premises[:k]) for p in pair if p is not None]
    used: set[str] = set()
    ranked = [p for p in (*mixed, *local) if not (p.name in used or used.add(p.name))]  # type: ignore[func-returns-value]
    defs = [p.name for p in ranked if p.kind in {"def", "abbrev"} and p.name.split(".")[-1] in seen][:4]
    defs += sorted(w for w in seen if CORE_NAME.fullmatch(w) and w.split(".")[1][:1].islower())[:2]
    defs += [d for d in notation_defs(query.local, seen) if d not in defs]
    lemmas = [p.name for p in ranked if p.kind in LEMMA_KINDS][:k]
    for rank, n in enumerate(lemmas):
        base = -1.0 - 0.15 * rank
        out += [
            (f"rw [{n}]", base),
            (f"apply {n}", base - 0.1),
            (f"apply {n} <;> assumption", base - 0.2),
            (f"simp_all [{n}] <;> omega", base - 0.9),
            (f"exact {n}", base - 0.2),
            (f"simp [{n}]", base - 0.3),
            (f"rw [← {n}]", base - 0.6),
            (f"simp_all [{n}]", base - 0.5),
            (f"exact {n} (by assumption)", base - 0.8),
        ]
    values = [h.name for h in goal.hyps if h.accessible and _is_data(h, goal)]
    for rank, p in enumerate(p for p in ranked if p.kind in LEMMA_KINDS and p.name in lemmas[:4]):
        arity = len(binders(p.code, explicit_only=True))
        if 0 < arity <= len(values):
            args = " ".join(values[:arity])
            base = -1.2 - 0.15 * rank
            out += [(f"have := {p.name} {args}", base), (f"have := {p.name} {args}; omega", base - 0.2)]
            out.append((f"have := {p.name} {args}; simp_all", base - 0.3))
    for rank, n in enumerate(defs):
        base = -0.8 - 0.2 * rank
        out += [(f"simp [{n}]", base), (f"unfold {n}", base - 0.3), (f"simp [{n}] at *", base - 0.6)]
    inductive = [h.name for h in goal.hyps if h.accessible and _is_inductive(h, goal)][-3:]
    sets = [(defs, -0.8)] if defs else []
    if defs and lemmas:
        sets += [(defs + lemmas[:4], -1.0), (defs + lemmas, -1.3)]
    sets.append(([*defs, ARITH], -1.2))
    for simp_set, base in sets:
        names = ", ".join(dict.fromkeys(simp_set))
        out += [(f"simp_all [{names}]", base), (f"simp [{names}] at * <;> omega", base - 0.8)]
        for v in inductive:
            others = [x for x in inductive if x != v]
            out.append((f"induction {v} <;> simp_all [{names}]", base - 0.2))
            out.append((f"induction {v} <;> simp_all [{names}] <;> omega", base - 0.5))
            out.append((f"cases {v} <;> simp_all [{names}]", base - 0.4))
            if others:
                out.append(
                    (f"induction {v} generalizing {' '.join(others)} <;> simp_all [{names}]", base - 0.5)
                )
                for o in others:
                    split = f"induction {v} generalizing {o} <;> cases {o} <;> simp_all [{names}]"
                    out += [(split, base - 0.7), (split + " <;> omega", base - 0.9)]
    return out


def notation_defs(local: tuple[Premise, ...], seen: set[str]) -> list[str]:
    """The definitions behind the file's notations whose symbol shows in the goal."""
    out = []
    for p in local:
        if p.kind == "notation":
            symbol = re.search(r'"\s*([^"\s]+)\s*"', p.code)
            if symbol and symbol.group(1) in seen and p.name not in out:
                out.append(p.name)
    return out


_CONNECTIVES = ("↔", "→", "∨", "∧")


def prop_atoms(prop: str) -> list[str]:
    """The atoms of a propositional formula (``p ∧ (q → r)`` -> p, q, r); none under a binder."""
    text = prop.strip()
    while text.startswith("(") and _matching(text, 0) == len(text) - 1:
        text = text[1:-1].strip()
    if not text or text.startswith(_BINDERS) or text in {"True", "False"}:
        return []
    if text.startswith("¬"):
        return prop_atoms(text[1:])
    op = _top_level(text, _CONNECTIVES)
    if op is None:
        return [] if any(b in text for b in ("∀", "∃", "fun ", "λ")) else [text]
    left, right = _split_at(text, op)
    return list(dict.fromkeys(prop_atoms(left) + prop_atoms(right)))


def _split_at(text: str, op: str, unless: str | None = None) -> tuple[str, str]:
    """``text`` around its first ``op`` outside brackets (not where ``unless`` starts);
    ``(text, "")`` when there is none."""
    for i in outside_brackets(text):
        if text.startswith(op, i) and not (unless and text.startswith(unless, i)):
            return text[:i], text[i + len(op) :]
    return text, ""


def _has_branch(text: str) -> bool:
    return bool(re.search(r"\bif\b|\bmatch\b", text))


def symbolic_moves(
    goal: ParsedGoal, query: Goal, names: _Names, moves: frozenset[str]
) -> list[tuple[str, float]]:
    """The symbolic layer (see ``SYMBOLIC_MOVES``): what a person does at once, as tactics."""
    out: list[tuple[str, float]] = []
    seen = words(goal.target) | {w for h in goal.hyps for w in words(h.type)}
    defs = [p.name for p in query.local if p.kind in {"def", "abbrev"} and p.name.split(".")[-1] in seen]
    defs = list(dict.fromkeys(defs + notation_defs(query.local, seen)))[:4]
    values = [h for h in goal.hyps if h.accessible and _is_data(h, goal)]
    proofs = [h for h in goal.hyps if h.accessible and not _is_data(h, goal) and not _is_type(h)]
    if "unfold" in moves:
        for rank, d in enumerate(defs):
            base = -0.6 - 0.2 * rank
            out += [(f"unfold {d} at *", base), (f"simp only [{d}] at *", base - 0.2)]
            if shape(goal.target) == "atom":
                out += [(f"unfold {d}; exists 0", base - 0.4), (f"unfold {d}; exists 1", base - 0.6)]
    if "split" in moves:
        branchy = _has_branch(goal.target) or any(_has_branch(h.type) for h in goal.hyps)
        base = -0.5 if branchy else -1.6
        out += [("split", base), ("split <;> simp_all", base - 0.2), ("split <;> omega", base - 0.3)]
        out += [(f"split at {h.name} <;> simp_all", base - 0.4) for h in proofs[-3:] if _has_branch(h.type)]
        for d in defs[:2]:
            out += [(f"unfold {d}; split <;> omega", -1.0), (f"unfold {d}; split <;> simp_all", -1.1)]
        inductive = [h.name for h in goal.hyps if h.accessible and _is_inductive(h, goal)][-2:]
        simp_set = ", ".join(defs[:3])
        for v in inductive if simp_set else []:
            for closer in ("omega", "simp_all", f"simp_all [{simp_set}] <;> omega"):
                tactic = f"induction {v} <;> simp_all [{simp_set}] <;> (try split) <;> {closer}"
                out.append((tactic, -1.2))
    if "cases" in moves:
        for h in proofs[-6:]:
            kind = shape(h.type)
            if kind == "iff":
                a, b = names.fresh(), names.fresh()
                out.append((f"obtain ⟨{a}, {b}⟩ := {h.name}", -0.9))
            elif kind == "forall":
                body = h.type.split(",", 1)[-1]
                for x in values[-3:]:
                    a = names.fresh()
                    if shape(body) == "or":
                        out.append((f"rcases {h.name} {x.name} with {a} | {a}", -0.6))
                    elif shape(body) in {"and", "exists"}:
                        out.append((f"obtain ⟨{a}, {names.fresh()}⟩ := {h.name} {x.name}", -0.7))
                    else:
                        out.append((f"have {a} := {h.name} {x.name}", -1.1))
    if "witness" in moves and shape(goal.target) == "exists":
        newest = [x.name for x in reversed(values[-3:])]  # obtained from hypotheses last
        sums = [f"{b} + {a}" for i, a in enumerate(newest) for b in newest[i + 1 :]]
        terms = newest[:1] + sums[:1] + newest[1:2] + sums[1:] + newest[2:]
        terms += [x.name for x in values[:-3][-2:]] + ["0", "1"]
        for rank, t in enumerate(dict.fromkeys(terms)):
            base = -0.6 - 0.08 * rank
            out += [
                (f"refine ⟨{t}, ?_⟩ <;> omega", base),
                (f"refine ⟨{t}, ?_⟩ <;> simp_all; done", base - 0.2),
            ]
            if rank < 2:  # a witness that leaves its claim open: for the likeliest only
                out.append((f"exists {t}", base - 0.3))
    if "cases" in moves:
        out += _instantiations(goal, query, proofs)
    if "fields" in moves:
        out += _projections(query, [h for h in goal.hyps if h.accessible])
    atoms = list(dict.fromkeys(a for t in (goal.target, *(h.type for h in proofs)) for a in prop_atoms(t)))
    atoms = [
        a for a in atoms if "✝" not in a and not _LOGIC.search(a.replace("True", "").replace("False", ""))
    ]
    atoms = atoms[:5]
    propositional = all(not any(b in t for b in ("∀", "∃")) for t in (goal.target, *(h.type for h in proofs)))
    variables = {h.name for h in goal.hyps if h.type == "Prop"}
    if "by_cases" in moves:  # the Prop variables get theirs in _hypothesis_moves
        for a in [a for a in atoms if a not in variables][:3]:
            out.append((f"by_cases {names.fresh()} : {a} <;> simp_all", -1.3))
    if "tauto" in moves and atoms:
        out.append((tauto_script(atoms, names), -0.7 if propositional else -1.2))
    return out


def tauto_script(atoms: list[str], names: _Names) -> str:
    """Decides a classical propositional claim over ``atoms``: a case split on each atom (by
    excluded middle), after which ``simp_all`` evaluates every hypothesis and the goal to
    ``True``/``False``. It closes the goal or fails (a half-done split is no state worth
    keeping)."""
    splits = " <;> ".join(f"by_cases {names.fresh()} : {a}" for a in atoms)
    return f"{splits} <;> simp_all; done"  # a decision procedure: all or nothing


def explicit_arguments(premise: Premise) -> list[bool]:
    """The explicit arguments of a theorem or field, in order: True for a proof, False for data."""
    if premise.kind == "field":
        typ = premise.code.partition(" : ")[2].strip()
        data: list[str] = []
        if typ.startswith("∀"):
            head, _, typ = typ[1:].partition(",")
            data = [n for n in re.split(r"[\s(){}:]+", head.split(":")[0]) if n]
        props, rest = 0, typ
        while (op := _top_level(rest, ("→",))) is not None:
            props += 1
            rest = rest.split(op, 1)[1]
        props += rest.strip().startswith("¬")
        return [False] * len(data) + [True] * props
    return [_is_proof_type(t) for _, t in binders(premise.code, explicit_only=True)]


def _is_proof_type(typ: str) -> bool:
    """Whether a binder's type is a proposition (``a ∣ b``, ``lt a b``) rather than data."""
    if _LOGIC.search(typ.replace("→", "")):
        return True
    return "→" not in typ and len(typ.split()) > 1 and _head(typ) not in _DATA_HEADS


def _projections(query: Goal, hyps: list[Hyp]) -> list[tuple[str, float]]:
    """A hypothesis whose type is a structure of the file (``h : Equivalence' R``) used through
    its fields (``apply h.trans``): a field's type is often a definition (``Transitive' R``)
    that ``apply`` unfolds but a premise's text does not show."""
    fields: dict[str, list[str]] = {}
    for p in query.local:
        if p.kind == "field" and "." in p.name:
            owner, _, name = p.name.rpartition(".")
            fields.setdefault(owner.rpartition(".")[2], []).append(name)
    out: list[tuple[str, float]] = []
    for h in [h for h in hyps if _head(h.type).rpartition(".")[2] in fields][-4:]:
        for name in fields.get(_head(h.type).rpartition(".")[2], [])[:6]:
            projection = f"{h.name}.{name}"
            out += [(f"apply {projection}", -0.7), (f"exact {projection}", -0.8)]
            out.append((f"apply {projection} <;> assumption", -0.9))
    return out


def _instantiations(goal: ParsedGoal, query: Goal, proofs: list[Hyp]) -> list[tuple[str, float]]:
    """Premises applied to the hypotheses (``have := trans _ _ _ h h2``, ``exact dvd_trans h1 h2``):
    forward steps a person takes at once, the data arguments left to unification."""
    out: list[tuple[str, float]] = []
    seen = words(goal.target) | {w for h in goal.hyps for w in words(h.type)}
    related = [p for p in query.local if p.kind in LEMMA_KINDS and relevance(p, seen) > 0]
    candidates = list(dict.fromkeys([*related[:6], *query.premises[:6]]))  # the file's own first
    hyps = [h.name for h in proofs[-3:]]
    for rank, p in enumerate(c for c in candidates if c.kind in LEMMA_KINDS):
        args = explicit_arguments(p)
        needed = sum(args)
        if not 0 < needed <= 2 or len(args) > 6:
            continue
        choices = [[h] for h in hyps] if needed == 1 else [[a, b] for a in hyps for b in hyps if a != b]
        for chosen in choices:
            fill = iter(chosen)
            call = " ".join([p.name, *(next(fill) if proof else "_" for proof in args)])
            base = -0.8 - 0.1 * rank
            out += [(f"exact {call}", base), (f"have := {call}", base - 0.1)]
    return out
