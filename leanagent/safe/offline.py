"""The offline formaliser (the default): each step's claims as one Lean theorem, no model.

Arithmetic is exact over the integers: a rational side ``n / d`` (decimals, fractions and
percentages as written: ``2.50`` is ``250 / 100``, ``15%`` is ``15 / 100``) is cleared by
cross-multiplying, so ``48 / 2 = 24`` becomes ``(48 : Int) = 24 * 2`` and ``15% of 40 is 6``
becomes ``(15 * 40 : Int) = 6 * 100`` (the core library has no rational type). Numbers an
earlier step established become variables with that step's result as a hypothesis
(``(s1 : Int) (h1 : s1 = 24)``), and an equation the solution sets up is a hypothesis of
the steps that solve it, so each theorem states what the step relies on. Remainders,
divisibility and primality are claims over `Nat`.

A step whose text mentions a number that neither the problem, an earlier step nor its
own claims explain gets the flag `incomplete`: it cannot be verified on part of what it
says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import permutations

from leanagent.safe.claims import (
    Bin,
    Claim,
    Divisible,
    Expr,
    Neg,
    NotExact,
    Num,
    Prime,
    Reading,
    Relation,
    Remainder,
    Var,
    evaluate,
    literal,
    numbers,
    read_step,
    tokenize,
    variables,
)
from leanagent.safe.formal import FormalisedStep, FormalStep
from leanagent.safe.numbers import normalise

CONSTANTS = frozenset(
    Fraction(n) for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 24, 30, 52, 60, 100, 365, 1000)
)
"""Numbers a solution may use without saying where they come from (units, dozens, ...)."""
_FINAL = re.compile(r"(?:####|\banswer\b|\bfinal\b)", re.I)


@dataclass
class _Fact:
    """A result of an earlier step, as a variable: ``s2 = 72``; a fractional one scaled to an
    integer, ``s2_x100 = 1050`` for 10.50."""

    name: str
    value: Fraction

    @property
    def scale(self) -> int:
        return self.value.denominator if self.value.denominator == 1 else 10 ** _decimals(self.value)

    @property
    def variable(self) -> str:
        return self.name if self.scale == 1 else f"{self.name}_x{self.scale}"

    @property
    def hypothesis(self) -> str:
        return f"{self.variable} = {_int_term(self.value * self.scale)}"


def _decimals(value: Fraction) -> int:
    """Digits after the point of a decimal value (at most 6; a repeating one gets 6)."""
    for k in range(7):
        if (value * 10**k).denominator == 1:
            return k
    return 6


@dataclass
class _Context:
    given: set[Fraction]
    facts: list[_Fact] = field(default_factory=list)
    given_facts: list[_Fact] = field(default_factory=list)
    """The problem's numbers as facts, for steps that restate them."""
    equations: list[tuple[str, Relation]] = field(default_factory=list)
    """(text, relation) of the equations with unknowns set up so far."""
    solution: dict[str, Fraction] = field(default_factory=dict)
    last_result: Fraction | None = None


def problem_numbers(problem: str) -> list[Fraction]:
    """The numbers of the problem statement, in order, each once."""
    values: list[Fraction] = []
    for tok in tokenize(normalise(problem.replace("$", ""))):
        if tok.kind == "num" and literal(tok.text).value not in values:
            values.append(literal(tok.text).value)
    return values


def formalise_solution(problem: str, steps: list[str]) -> list[FormalisedStep]:
    """One `FormalisedStep` per step, in order (later steps see earlier results)."""
    given = problem_numbers(problem)
    ctx = _Context(set(given), given_facts=[_Fact(f"g{k}", v) for k, v in enumerate(given, start=1)])
    for claim in read_step(problem).claims:  # "Solve 3x - 5 = 16": the equation is given
        if isinstance(claim, Relation) and variables(claim.lhs) | variables(claim.rhs):
            rendered = _relation_prop(claim, ctx, {}, allow_vars=True)
            if rendered is not None:
                ctx.equations.append((rendered, claim))
                _solve(claim, ctx)
    out = []
    for index, text in enumerate(steps, start=1):
        out.append(_formalise(index, text, ctx))
    return out


def _formalise(index: int, text: str, ctx: _Context) -> FormalisedStep:
    reading = read_step(text)
    claims = list(reading.claims)
    incomplete = bool(reading.unread)
    ground = [c for c in claims if not (isinstance(c, Relation) and (variables(c.lhs) | variables(c.rhs)))]
    equations = [c for c in claims if isinstance(c, Relation) and (variables(c.lhs) | variables(c.rhs))]
    known = set(ctx.given) | {f.value for f in ctx.facts} | set(ctx.solution.values()) | CONSTANTS
    for claim in ground:
        if isinstance(claim, Relation):
            known |= {n.value for n in numbers(claim.lhs) + numbers(claim.rhs)}
    known |= set(reading.results)
    unexplained = [v for v in reading.values if v not in known]
    pool = sorted(known - CONSTANTS, key=lambda v: (v.denominator, v))
    for value in unexplained:
        guess = _explain(value, pool)
        if guess is not None:
            ground.append(guess)
        elif _FINAL.search(text) and ctx.last_result is not None:
            # "The answer is 73" after computing 72: checked against the last result
            ground.append(Relation(_num(value), "=", _num(ctx.last_result), "final answer"))
        else:
            incomplete = True
    step = _theorem(index, ground, equations, reading, ctx, text)
    step.incomplete = step.incomplete or incomplete
    return step


def _num(value: Fraction) -> Num:
    return Num(value.numerator, value.denominator)


def _explain(value: Fraction, pool: list[Fraction]) -> Relation | None:
    """A single operation on two known numbers that gives `value` (``so 72 clips``: 48 + 24)."""
    for a, b in permutations(pool, 2):
        for op in ("+", "-", "*", "/"):
            expr = Bin(op, _num(a), _num(b))
            try:
                if evaluate(expr) == value:
                    return Relation(expr, "=", _num(value), "inferred")
            except NotExact:
                continue
    return None


# --------------------------------------------------------------------------- Lean text


def _theorem(
    index: int, ground: list[Claim], equations: list[Relation], reading: Reading, ctx: _Context, text: str
) -> FormalisedStep:
    refs: dict[int, _Fact] = {}
    props: list[str] = []
    for claim in ground:
        prop = _claim_prop(claim, ctx, refs)
        if prop is not None:
            props.append(prop)
    var_names = sorted({v for e in equations for v in variables(e.lhs) | variables(e.rhs)})
    hypotheses_eq: list[str] = []
    equation_goals: list[str] = []
    if equations:
        earlier = [(t, r) for t, r in ctx.equations if (variables(r.lhs) | variables(r.rhs)) & set(var_names)]
        rest = list(equations)
        if not earlier:
            first = rest.pop(0)
            rendered = _relation_prop(first, ctx, refs, allow_vars=True)
            if rendered is None:
                return FormalisedStep(None, True, list(ground) + equations)
            ctx.equations.append((rendered, first))
            earlier = [(rendered, first)]
            _solve(first, ctx)
            if not rest and not props:
                equation_goals.append(rendered)  # the step sets the equation up: it restates it
        hypotheses_eq = [t for t, _ in earlier]
        for relation in rest:
            rendered = _relation_prop(relation, ctx, refs, allow_vars=True)
            if rendered is None:
                return FormalisedStep(None, True, list(ground) + equations)
            equation_goals.append(rendered)
        if rest:  # later steps build on what this one derived, right or wrong (as the writer did)
            newest = (equation_goals[-1], rest[-1])
            solved = variables(rest[-1].lhs) | variables(rest[-1].rhs)
            ctx.equations = [
                (t, r) for t, r in ctx.equations if not (variables(r.lhs) | variables(r.rhs)) & solved
            ]
            ctx.equations.append(newest)
            previous = dict(ctx.solution)
            for name in solved:
                ctx.solution.pop(name, None)
            _solve(rest[-1], ctx)
            witness_solution = previous
        else:
            witness_solution = ctx.solution
        var_names = sorted(
            {v for _, r in earlier for v in variables(r.lhs) | variables(r.rhs)} | set(var_names)
        )
    goals = props + equation_goals
    if not goals:
        restated = _restatement(reading, ctx, refs)
        if restated is None:
            return FormalisedStep(None, bool(reading.unread), [])
        goals = restated
    for result in reading.results:
        if not any(f.value == result for f in ctx.facts if f.name.startswith(f"s{index}")):
            taken = any(f.name.startswith(f"s{index}") for f in ctx.facts)
            name = f"s{index}_{len(ctx.facts)}" if taken else f"s{index}"
            ctx.facts.append(_Fact(name, result))
    if reading.results:
        ctx.last_result = reading.results[-1]
    variables_ = [(f.variable, "Int") for f in refs.values()] + [(v, "Int") for v in var_names]
    hyps = [(f"h_{f.variable}", f.hypothesis) for f in refs.values()]
    hyps += [(f"h{k}", h) for k, h in enumerate(hypotheses_eq, start=1)]
    witness = [_int_term(f.value * f.scale) for f in refs.values()]
    solution = witness_solution if equations else ctx.solution
    solvable = all(v in solution and solution[v].denominator == 1 for v in var_names)
    witness += [_int_term(solution[v]) for v in var_names if solvable]
    tactics = _tactics([f"h_{f.variable}" for f in refs.values()])
    if any(isinstance(c, Prime) for c in ground):  # trial division runs past `decide`'s recursion limit
        tactics += ("".join(f"subst h_{f.variable}\n" for f in refs.values()) + "decide +kernel",)
    goal = " ∧ ".join(f"({g})" for g in goals) if len(goals) > 1 else goals[0]
    formal = FormalStep(
        tuple(variables_), tuple(hyps), goal, tuple(witness) if solvable else None, tactics, "offline"
    )
    return FormalisedStep(formal, False, list(ground) + equations)


def _int_term(value: Fraction | int) -> str:
    return f"({int(value)})" if value < 0 else str(int(value))


def _tactics(ref_hyps: list[str]) -> tuple[str, ...]:
    substs = "".join(f"subst {h}\n" for h in ref_hyps)
    if substs:
        return (substs + "decide", substs + "omega", "omega", substs + "constructor <;> omega")
    return ("decide", "omega", "constructor <;> omega", "simp")


def _restatement(reading: Reading, ctx: _Context, refs: dict[int, _Fact]) -> list[str] | None:
    """A step that only restates numbers: each as the fact it repeats (given or earlier)."""
    goals = []
    for value in reading.values:
        fact = next((f for f in [*reversed(ctx.facts), *ctx.given_facts] if f.value == value), None)
        if fact is not None:
            refs[id(fact)] = fact
            goals.append(fact.hypothesis)
    return goals or None


def _ref(value: Fraction, ctx: _Context, refs: dict[int, _Fact]) -> str | None:
    """The variable of an earlier step's result equal to `value` (not a number of the problem)."""
    if value.denominator != 1 or value in ctx.given:
        return None
    fact = next((f for f in reversed(ctx.facts) if f.value == value and f.scale == 1), None)
    if fact is None:
        return None
    refs[id(fact)] = fact
    return fact.name


def _claim_prop(claim: Claim, ctx: _Context, refs: dict[int, _Fact]) -> str | None:
    if isinstance(claim, Relation):
        return _relation_prop(claim, ctx, refs, allow_vars=False)
    if isinstance(claim, Remainder):
        prop = f"(({claim.dividend} : Nat) % {claim.divisor} = {claim.remainder})"
        if claim.quotient is not None:
            prop = f"(({claim.dividend} : Nat) / {claim.divisor} = {claim.quotient}) ∧ {prop}"
        return prop if claim.divisor else None
    if isinstance(claim, Divisible):
        prop = f"({claim.divisor} : Nat) ∣ {claim.number}"
        return f"¬ ({prop})" if claim.negated else prop
    if isinstance(claim, Prime):
        if claim.number > 2000:  # beyond what `decide +kernel` checks by trial division
            return None
        n = claim.number
        prop = f"2 ≤ ({n} : Nat) ∧ ∀ d : Nat, d < {n} → 2 ≤ d → {n} % d ≠ 0"
        return f"¬ ({prop})" if claim.negated else prop
    return None


# A Lean expression being built: (text, precedence) with 1 = sum, 2 = product, 3 = atom.
_Lean = tuple[str, int]


def _wrap(e: _Lean, need: int) -> str:
    return e[0] if e[1] >= need else f"({e[0]})"


def _mul(a: _Lean | None, b: _Lean | None) -> _Lean | None:
    if a is None:
        return b
    if b is None:
        return a
    return (f"{_wrap(a, 2)} * {_wrap(b, 3 if b[1] == 2 else 2)}", 2)


def _fraction(expr: Expr, ctx: _Context, refs: dict[int, _Fact]) -> tuple[_Lean, _Lean | None]:
    """``expr`` as (numerator, denominator) Lean integer expressions (denominator None: 1)."""
    if isinstance(expr, Num):
        ref = _ref(expr.value, ctx, refs) if expr.den == 1 else None
        atom = (ref, 3) if ref else (str(expr.num), 3)
        return atom, ((str(expr.den), 3) if expr.den != 1 else None)
    if isinstance(expr, Var):
        return (expr.name, 3), None
    if isinstance(expr, Neg):
        (n, p), d = _fraction(expr.arg, ctx, refs)
        return (f"-{_wrap((n, p), 3)}", 2), d
    (na, da), (nb, db) = _fraction(expr.left, ctx, refs), _fraction(expr.right, ctx, refs)
    if expr.op in "+-":
        left, right = _mul(na, db), _mul(nb, da)
        assert left is not None and right is not None
        rhs = _wrap(right, 2) if expr.op == "-" else right[0]
        return (f"{left[0]} {expr.op} {rhs}", 1), _mul(da, db)
    if expr.op == "*":
        return _mul(na, nb), _mul(da, db)  # type: ignore[return-value]
    if expr.op == "/":
        if variables(expr.right):
            raise NotExact("an unknown in a denominator")
        return _mul(na, db), _mul(da, nb)  # type: ignore[return-value]
    exponent = evaluate(expr.right)
    if variables(expr) or exponent.denominator != 1 or not 0 <= exponent <= 64:
        raise NotExact("power")
    k = int(exponent)
    num = (f"{_wrap(na, 3)} ^ {k}", 2)
    den = (f"{_wrap(da, 3)} ^ {k}", 2) if da is not None else None
    return num, den


def _relation_prop(rel: Relation, ctx: _Context, refs: dict[int, _Fact], allow_vars: bool) -> str | None:
    has_vars = bool(variables(rel.lhs) | variables(rel.rhs))
    if has_vars and not allow_vars:
        return None
    try:
        (nl, dl), (nr, dr) = _fraction(rel.lhs, ctx, refs), _fraction(rel.rhs, ctx, refs)
        if not has_vars:
            evaluate(rel.lhs), evaluate(rel.rhs)
        if rel.rel not in ("=", "≠"):  # cross-multiplying keeps an order only when denominators are > 0
            for den in _denominators(rel.lhs) + _denominators(rel.rhs):
                if evaluate(den) <= 0:
                    return None
    except NotExact:
        return None
    digits = None if has_vars else _rounded_to(rel)
    if digits is not None or rel.rel == "≈":
        if digits is None or any(evaluate(d) <= 0 for d in _denominators(rel.lhs) + _denominators(rel.rhs)):
            return None
    if dl is not None and dr is not None and dl[0] == dr[0]:
        dl = dr = None
    left, right = _mul(nl, dr), _mul(nr, dl)
    assert left is not None and right is not None
    if digits is not None:  # |lhs - rhs| <= half a unit of the last digit written
        both = _mul(dl, dr)
        bound = f"5 * {_wrap(both, 2)}" if both else "5"
        scale = f"{10 ** (digits + 1)}"
        return (
            f"(({left[0]} - {_wrap(right, 2)}) * {scale} : Int) ≤ {bound} ∧ "
            f"(({right[0]} - {_wrap(left, 2)}) * {scale} : Int) ≤ {bound}"
        )
    return f"({left[0]} : Int) {rel.rel} {right[0]}"


def _rounded_to(rel: Relation) -> int | None:
    """Digits after the point to which the claim rounds its left side (``20 / 60 = 0.33``,
    ``100 / 3 ≈ 33.3``), or None for an exact claim."""
    if rel.rel not in ("=", "≈") or not isinstance(rel.rhs, Num):
        return None
    digits = (
        _decimals(Fraction(1, rel.rhs.den))
        if rel.rhs.den in (1, 10, 100, 1000, 10**4, 10**5, 10**6)
        else None
    )
    if digits is None:
        return None
    if rel.rel == "≈":
        return digits
    exact = evaluate(rel.lhs)
    longer = (exact * 10**digits).denominator != 1
    repeating = (exact * 10**6).denominator != 1
    if digits == 0:
        return 0 if repeating else None  # 100 / 3 = 33, but not 7 / 2 = 3
    return digits if longer else None


def _denominators(expr: Expr) -> list[Expr]:
    if isinstance(expr, Bin):
        own = [expr.right] if expr.op == "/" else []
        return own + _denominators(expr.left) + _denominators(expr.right)
    if isinstance(expr, Neg):
        return _denominators(expr.arg)
    return []


def _solve(equation: Relation, ctx: _Context) -> None:
    """The value of a single unknown of a linear equation, for the satisfiability witness."""
    names = variables(equation.lhs) | variables(equation.rhs)
    if len(names) != 1:
        return
    (name,) = names
    try:
        f0 = evaluate(Bin("-", equation.lhs, equation.rhs), {name: Fraction(0)})
        f1 = evaluate(Bin("-", equation.lhs, equation.rhs), {name: Fraction(1)})
        f2 = evaluate(Bin("-", equation.lhs, equation.rhs), {name: Fraction(2)})
    except NotExact:
        return
    slope = f1 - f0
    if slope == 0 or f2 - f1 != slope:
        return
    ctx.solution[name] = -f0 / slope
