"""Labelled word problems made here: correct solutions and ones with an injected error.

Every problem comes from a template with random numbers, its solution is written in one
of several styles (``48/2 = <<48/2=24>>24``, ``48 ÷ 2 = 24``, words), and a variant may carry
one error: wrong arithmetic (a result off, later steps carrying it on), wrong equation
solving, a dropped term (true arithmetic on the wrong terms) or a wrong unit conversion.
Each step has a label (is it correct) and each solution its final answer, so the
aggregator trains on solution labels and the bench measures step verdicts and best-of-n.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from leanagent.safe.claims import evaluate, normalise, parse_expression, regions, tokenize
from leanagent.safe.inputs import Solution

ERRORS = ("arithmetic", "equation", "dropped_term", "unit_conversion")


@dataclass
class _Step:
    """One computation ``expr = value`` with a sentence around it; ``value`` may be wrong."""

    template: str
    """With ``{e}`` (the written computation) and ``{v}`` (the result)."""
    expr: str
    value: Fraction
    correct: bool = True


def _fmt(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text


def _written(expr: str, value: Fraction, style: int) -> str:
    shown = _fmt(value)
    if style == 0:
        return f"{expr} = <<{expr.replace(' ', '')}={shown}>>{shown}"
    if style == 1:
        return f"{expr.replace('*', '×').replace('/', '÷')} = {shown}"
    if style == 2:
        words = (
            expr.replace("*", "times").replace("/", "divided by").replace("+", "plus").replace("-", "minus")
        )
        return f"{words} is {shown}"
    return f"{expr} = {shown}"


@dataclass
class _Problem:
    problem: str
    steps: list[_Step]
    answer: Fraction


def _shopping(rng: random.Random, error: str | None) -> _Problem:
    price = Fraction(rng.choice([75, 125, 150, 225, 250, 320, 480]), 100)
    count = rng.randint(3, 15)
    paid = (int(price * count) // 10 + 1) * 10 + rng.choice([0, 10])
    item = rng.choice(["pencils", "notebooks", "apples", "stickers"])
    problem = f"{item.capitalize()} cost ${_fmt(price)} each. Ana buys {count} {item} and pays with ${paid}. How much change does she get?"
    cost = price * count
    steps = [_Step("The {item} cost {e} dollars.", f"{count} * {_fmt(price)}", cost)]
    steps.append(_Step("Her change is {e} dollars.", f"{paid} - {{0}}", paid - cost))
    return _finish(problem, steps, rng, error, item=item)


def _halves(rng: random.Random, error: str | None) -> _Problem:
    first = 2 * rng.randint(10, 60)
    problem = f"Ben sold {first} tickets on Monday and half as many on Tuesday. How many tickets did he sell in all?"
    steps = [
        _Step("On Tuesday he sold {e} tickets.", f"{first} / 2", Fraction(first, 2)),
        _Step("In all he sold {e} tickets.", f"{first} + {{0}}", first + Fraction(first, 2)),
    ]
    return _finish(problem, steps, rng, error)


def _discount(rng: random.Random, error: str | None) -> _Problem:
    price = rng.choice([40, 60, 80, 120, 150, 200, 250])
    rate = rng.choice([10, 15, 20, 25, 30, 40])
    problem = f"A coat costs ${price} and is on sale for {rate}% off. What is the sale price?"
    off = Fraction(rate * price, 100)
    steps = [
        _Step("The discount is {e} dollars.", f"{rate}% of {price}", off),
        _Step("The sale price is {e} dollars.", f"{price} - {{0}}", price - off),
    ]
    return _finish(problem, steps, rng, error)


def _wage(rng: random.Random, error: str | None) -> _Problem:
    rate = rng.choice([12, 15, 18, 20, 24, 30])
    hours = rng.randint(2, 5)
    minutes = rng.choice([15, 30, 45])
    problem = (
        f"Eva earns ${rate} an hour. She worked {hours} hours and {minutes} minutes. How much did she earn?"
    )
    total_minutes = hours * 60 + minutes
    steps = [
        _Step("{h} hours is {e} minutes.", f"{hours} * 60", Fraction(hours * 60)),
        _Step("In all she worked {e} minutes.", f"{{0}} + {minutes}", Fraction(total_minutes)),
        _Step("She earns {e} dollars per minute.", f"{rate} / 60", Fraction(rate, 60)),
        _Step("So she earned {e} dollars.", "{2} * {1}", Fraction(rate, 60) * total_minutes),
    ]
    return _finish(problem, steps, rng, error, h=hours)


def _equation(rng: random.Random, error: str | None) -> _Problem:
    x, a = rng.randint(2, 20), rng.randint(2, 9)
    b = rng.randint(1, 30)
    c = a * x + b
    problem = f"Solve {a}x + {b} = {c}."
    steps = [
        _Step("Subtract {b} from both sides: {a}x = {e}.", f"{c} - {b}", Fraction(c - b)),
        _Step("Divide by {a}: x = {e}.", f"{{0}} / {a}", Fraction(x)),
    ]
    return _finish(problem, steps, rng, error, a=a, b=b)


def _total(rng: random.Random, error: str | None) -> _Problem:
    a, b, c = rng.randint(5, 40), rng.randint(5, 40), rng.randint(5, 40)
    problem = f"A farm has {a} cows, {b} pigs and {c} sheep. How many animals are there?"
    steps = [_Step("There are {e} animals.", f"{a} + {b} + {c}", Fraction(a + b + c))]
    return _finish(problem, steps, rng, error, dropped=f"{a} + {b}")


def _speed(rng: random.Random, error: str | None) -> _Problem:
    speed = rng.choice([40, 45, 50, 60, 72, 80])
    minutes = rng.choice([30, 90, 120, 150])
    problem = f"A bus drives at {speed} km per hour for {minutes} minutes. How far does it go?"
    steps = [
        _Step("{m} minutes is {e} hours.", f"{minutes} / 60", Fraction(minutes, 60)),
        _Step("It goes {e} km.", f"{speed} * {{0}}", speed * Fraction(minutes, 60)),
    ]
    return _finish(problem, steps, rng, error, m=minutes)


TEMPLATES: tuple[Callable[[random.Random, str | None], _Problem], ...] = (
    _shopping,
    _halves,
    _discount,
    _wage,
    _equation,
    _total,
    _speed,
)


def _finish(
    problem: str, steps: list[_Step], rng: random.Random, error: str | None, **names: object
) -> _Problem:
    """Inject `error` into one step (where the template allows it) and compute the values:
    later steps use the values as written, so a wrong result is carried on by correct
    arithmetic (those steps stay correct; the solution is wrong)."""
    target, kind = None, None
    applicable = {
        "equation": "a" in names,
        "unit_conversion": "h" in names or "m" in names,
        "dropped_term": "dropped" in names,
    }
    if error is not None and not applicable.get(error, True):
        error = "arithmetic"  # the template has no place for this kind of error
    if error == "arithmetic":
        target, kind = rng.randrange(len(steps)), "off"
    elif error == "equation" and "a" in names:
        target, kind = len(steps) - 1, "off"
    elif error == "unit_conversion" and ("h" in names or "m" in names):
        target, kind = 0, "factor"
        steps[0].expr = steps[0].expr.replace("60", "100")
    elif error == "dropped_term" and "dropped" in names:
        target, kind = 0, "dropped"
        steps[0].expr = str(names["dropped"])
    values: list[Fraction] = []
    for k, step in enumerate(steps):
        step.expr = step.expr.format(*(_fmt(v) for v in values))
        step.value = evaluate(parse_expression(regions(tokenize(normalise(step.expr)))[0]))
        if k == target:
            step.correct = False
            if kind == "off":
                unit = 1 if step.value.denominator == 1 else Fraction(1, 2)
                step.value += rng.choice([1, 2, 3, 5, 10, -1, -2, -4]) * unit
        values.append(step.value)
    return _Problem(problem, steps, values[-1])


@dataclass(frozen=True)
class Labelled:
    solution: Solution
    correct: bool
    """Whether the final answer is right."""
    error: str | None


def generate(n: int, seed: int = 0, error_rate: float = 0.5) -> list[Labelled]:
    """`n` labelled solutions: a share `error_rate` of them with one injected error."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        template = rng.choice(TEMPLATES)
        error = rng.choice(ERRORS) if rng.random() < error_rate else None
        state = rng.getstate()
        right = template(random.Random(rng.random()), None)
        rng.setstate(state)
        made = template(random.Random(rng.random()), error)
        out.append(_labelled(f"syn{seed}-{i}", made, right.answer, error, rng.randrange(4)))
    return out


def candidates(problems: int, n: int, seed: int = 0) -> list[list[Labelled]]:
    """For best-of-n selection: per problem, `n` candidate solutions (some with errors)."""
    rng = random.Random(seed)
    groups = []
    for p in range(problems):
        template = rng.choice(TEMPLATES)
        numbers = rng.random()
        right = template(random.Random(numbers), None)
        group = []
        for k in range(n):
            error = rng.choice(ERRORS) if rng.random() < 0.6 else None
            made = template(random.Random(numbers), error)
            group.append(_labelled(f"bon{seed}-{p}-{k}", made, right.answer, error, rng.randrange(4)))
        groups.append(group)
    return groups


def _labelled(sid: str, made: _Problem, right: Fraction, error: str | None, style: int) -> Labelled:
    steps = [s.template.format(e=_written(s.expr, s.value, style), **_names(made)) for s in made.steps]
    steps.append(f"The answer is {_fmt(made.answer)}.")
    labels = [s.correct for s in made.steps] + [True]
    solution = Solution(sid, made.problem, tuple(steps), _fmt(made.answer), tuple(labels))
    return Labelled(
        solution, made.answer == right, error if made.answer != right or not all(labels) else None
    )


def _names(made: _Problem) -> dict[str, object]:
    """Template names a sentence may use ({item}, {a}, ...), read back from the problem."""

    found: dict[str, object] = {"item": "items", "h": "", "m": "", "a": "", "b": ""}
    if m := re.search(r"buys \d+ (\w+)", made.problem):
        found["item"] = m.group(1)
    if m := re.search(r"worked (\d+) hours", made.problem):
        found["h"] = m.group(1)
    if m := re.search(r"for (\d+) minutes", made.problem):
        found["m"] = m.group(1)
    if m := re.search(r"Solve (\d+)x \+ (\d+)", made.problem):
        found["a"], found["b"] = m.group(1), m.group(2)
    return found
