"""The checkable claims of one step of a worked solution, read from its text.

A claim is exact arithmetic (rationals, `fractions.Fraction`) over the numbers the step
writes: `48 / 2 = 24`, `15% of $40 is $6`, `x + 7 = 19, so x = 12`, `17 is prime`,
`2 hours is 120 minutes`. What cannot be read with confidence is not guessed at: it is
left out, and the step records that some of its text went unread (`Reading.unread`), so a
step is never judged on part of what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from leanagent.safe.numbers import normalise_numbers, normalise_symbols

# --------------------------------------------------------------------------- expressions


@dataclass(frozen=True)
class Num:
    """A literal as written: ``value = num / den`` (``2.50`` is 250/100, ``15%`` is 15/100)."""

    num: int
    den: int = 1

    @property
    def value(self) -> Fraction:
        return Fraction(self.num, self.den)


@dataclass(frozen=True)
class Var:
    """An unknown of an equation the solution solves (``x``)."""

    name: str


@dataclass(frozen=True)
class Bin:
    op: str
    """``+ - * / ^``"""
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Neg:
    arg: Expr


Expr = Num | Var | Bin | Neg


class NotExact(ValueError):
    """The expression has no exact value (division by zero, a fractional power, ...)."""


def evaluate(expr: Expr, env: dict[str, Fraction] | None = None) -> Fraction:
    env = env or {}
    if isinstance(expr, Num):
        return expr.value
    if isinstance(expr, Var):
        if expr.name not in env:
            raise NotExact(f"unknown {expr.name}")
        return env[expr.name]
    if isinstance(expr, Neg):
        return -evaluate(expr.arg, env)
    a, b = evaluate(expr.left, env), evaluate(expr.right, env)
    if expr.op == "+":
        return a + b
    if expr.op == "-":
        return a - b
    if expr.op == "*":
        return a * b
    if expr.op == "/":
        if b == 0:
            raise NotExact("division by zero")
        return a / b
    if b.denominator != 1 or not 0 <= b <= 64 or (a == 0 and b == 0):
        raise NotExact("power")
    return a ** int(b)


def variables(expr: Expr) -> set[str]:
    if isinstance(expr, Var):
        return {expr.name}
    if isinstance(expr, Neg):
        return variables(expr.arg)
    if isinstance(expr, Bin):
        return variables(expr.left) | variables(expr.right)
    return set()


def is_atom(expr: Expr) -> bool:
    return isinstance(expr, Num | Var) or (isinstance(expr, Neg) and isinstance(expr.arg, Num))


def numbers(expr: Expr) -> list[Num]:
    if isinstance(expr, Num):
        return [expr]
    if isinstance(expr, Neg):
        return numbers(expr.arg)
    if isinstance(expr, Bin):
        return numbers(expr.left) + numbers(expr.right)
    return []


# --------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class Relation:
    """``lhs rel rhs`` over rationals; ``rel`` in ``= ≠ < > ≤ ≥``."""

    lhs: Expr
    rel: str
    rhs: Expr
    text: str = ""


@dataclass(frozen=True)
class Remainder:
    """``dividend = divisor * quotient + remainder`` over the naturals (quotient optional)."""

    dividend: int
    divisor: int
    remainder: int
    quotient: int | None = None
    text: str = ""


@dataclass(frozen=True)
class Divisible:
    number: int
    divisor: int
    negated: bool = False
    text: str = ""


@dataclass(frozen=True)
class Prime:
    number: int
    negated: bool = False
    text: str = ""


Claim = Relation | Remainder | Divisible | Prime


@dataclass
class Reading:
    """What was read of one step."""

    claims: list[Claim] = field(default_factory=list)
    values: list[Fraction] = field(default_factory=list)
    """Numbers the step mentions outside its claims (restated or newly stated quantities)."""
    results: list[Fraction] = field(default_factory=list)
    """Values the step's claims establish (the right end of each chain)."""
    unread: list[str] = field(default_factory=list)
    """Fragments that look like math but could not be read (a relation with no readable side)."""


# --------------------------------------------------------------------------- tokens

_NUMBER = r"\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\$?\.\d+"
_N = r"(\$?(?:\d{1,3}(?:,\d{3})+|\d+))"
_TOKEN = re.compile(
    rf"(?P<num>(?:{_NUMBER})%?)|(?P<op>\*\*|mod\b|[-+*/^()])|(?P<rel>[=<>≤≥≠≈])|(?P<word>[a-z][a-z']*)|(?P<other>\S)"
)
_VARIABLE_NAMES = set("xyznmkpqrtw")
_STOP_WORDS = {"and", "so", "then", "but", "or", "if", "because", "since", "thus", "therefore", "hence"}
"""Words that end an expression (they join clauses, not units)."""


@dataclass(frozen=True)
class Token:
    kind: str
    """``num``, ``op``, ``rel``, ``var``, ``word``, ``sep``"""
    text: str
    start: int
    end: int


def literal(text: str) -> Num:
    """A written number (``$1,234.50``, ``15%``, ``.5``) exactly, as written."""
    percent = text.endswith("%")
    digits = text.rstrip("%").lstrip("$").replace(",", "")
    if "." in digits:
        whole, frac = digits.split(".")
        num, den = int(whole or "0") * 10 ** len(frac) + int(frac), 10 ** len(frac)
    else:
        num, den = int(digits), 1
    return Num(num, den * 100) if percent else Num(num, den)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        value = m.group(0)
        if kind == "op" and value == "**":
            value = "^"
        if kind == "word" and value in _VARIABLE_NAMES:
            kind = "var"
        if kind == "word" and value in _STOP_WORDS or kind == "other":
            kind = "sep"
        if kind == "num" and m.group(0).endswith("%"):
            follower = re.match(r"\s*(\$?\d)", text[m.end() :])
            if follower:  # 17 % 5: the remainder, not a percentage
                tokens.append(Token("num", value[:-1], m.start(), m.end() - 1))
                tokens.append(Token("op", "mod", m.end() - 1, m.end()))
                continue
        tokens.append(Token(kind, value, m.start(), m.end()))
    return _fix_variables(tokens)


def _fix_variables(tokens: list[Token]) -> list[Token]:
    """A letter is an unknown only next to an operator, relation or coefficient (``2x``)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.kind == "var":
            prev = tokens[i - 1] if i else None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            near = (prev and prev.kind in ("op", "rel") and prev.text != ")") or (
                nxt and nxt.kind in ("op", "rel") and nxt.text != "("
            )
            glued = prev is not None and prev.kind == "num" and prev.end == tok.start
            if not (near or glued):
                tok = Token("word", tok.text, tok.start, tok.end)
        out.append(tok)
    return out


# --------------------------------------------------------------------------- parsing


class _Parser:
    """Recursive descent over math tokens: + - (lowest), * / mod and juxtaposition, ^, unary -."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens, self.i = tokens, 0

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self) -> Expr:
        left = self.term()
        while (tok := self.peek()) and tok.kind == "op" and tok.text in "+-":
            self.take()
            left = Bin(tok.text, left, self.term())
        return left

    def term(self) -> Expr:
        left = self.unary()
        while tok := self.peek():
            if tok.kind == "op" and tok.text in ("*", "/"):
                self.take()
                left = Bin(tok.text, left, self.unary())
            elif tok.kind == "var" or (tok.kind == "op" and tok.text == "("):
                left = Bin("*", left, self.unary())  # 2x, 3(4 + 5)
            else:
                break
        return left

    def unary(self) -> Expr:
        tok = self.peek()
        if tok and tok.kind == "op" and tok.text == "-":
            self.take()
            return Neg(self.unary())
        return self.power()

    def power(self) -> Expr:
        base = self.atom()
        tok = self.peek()
        if tok and tok.kind == "op" and tok.text == "^":
            self.take()
            return Bin("^", base, self.unary())
        return base

    def atom(self) -> Expr:
        tok = self.peek()
        if tok is None:
            raise ValueError("expression ends early")
        self.take()
        if tok.kind == "num":
            return literal(tok.text)
        if tok.kind == "var":
            return Var(tok.text)
        if tok.kind == "op" and tok.text == "(":
            inner = self.expr()
            close = self.peek()
            if not close or close.text != ")":
                raise ValueError("unbalanced parenthesis")
            self.take()
            return inner
        raise ValueError(f"unexpected {tok.text!r}")


def parse_expression(tokens: list[Token]) -> Expr:
    parser = _Parser(tokens)
    expr = parser.expr()
    if parser.i != len(tokens):
        raise ValueError(f"unexpected {tokens[parser.i].text!r}")
    return expr


def _math(tok: Token) -> bool:
    return tok.kind in ("num", "op", "rel", "var")


def regions(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of math tokens; unit words between a value and an operator (``5 hours *
    60``), or after an operator or relation (``= a total of 36``), are skipped. "of" after
    a fraction or percentage is a product (``3/4 of 20``)."""
    out: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            tok.kind == "word"
            and tok.text == "of"
            and current
            and _ends_with_fraction(current)
            and _value_follows(tokens, i + 1)
        ):
            current.append(Token("op", "*", tok.start, tok.end))
            i += 1
            continue
        if _math(tok):
            if current and _adjacent_values(current[-1], tok):
                out.append(current)
                current = []
            if tok.kind == "op" and tok.text == "/" and i + 1 < len(tokens) and tokens[i + 1].kind == "word":
                i += 2  # $3/hour: a unit, not a division
                continue
            current.append(tok)
            i += 1
            continue
        if tok.kind == "word" and current:
            j = i
            while j < len(tokens) and tokens[j].kind == "word" and tokens[j].text != "of":
                j += 1
            nxt = tokens[j] if j < len(tokens) else None
            last = current[-1]
            of_follows = nxt is not None and nxt.kind == "word" and nxt.text == "of"
            if (
                nxt is not None and _math(nxt) and not (last.kind in ("num", "var") or last.text == ")")
            ):  # = a total of 36
                i = j
                continue
            if (
                nxt is not None
                and (nxt.kind in ("op", "rel") and nxt.text != "(")
                and (last.kind in ("num", "var") or last.text == ")")
            ):  # 5 hours * 60, 24 clips = ...
                i = j
                continue
            if of_follows and last.kind in ("op", "rel"):
                i = j + 1
                continue
        if current:
            out.append(current)
            current = []
        i += 1
    if current:
        out.append(current)
    return out


def _value_follows(tokens: list[Token], i: int) -> bool:
    while i < len(tokens) and tokens[i].kind == "word":
        i += 1
    return i < len(tokens) and (tokens[i].kind == "num" or tokens[i].text == "(")


def _adjacent_values(last: Token, tok: Token) -> bool:
    """Two values with nothing between them: two expressions, not one."""
    value_end = last.kind in ("num", "var") or last.text == ")"
    value_start = tok.kind == "num"
    return value_end and value_start


def _ends_with_fraction(tokens: list[Token]) -> bool:
    last = tokens[-1]
    if last.kind == "num" and last.text.endswith("%"):
        return True
    return len(tokens) >= 3 and last.kind == "num" and tokens[-2].text == "/" and tokens[-3].kind == "num"


# --------------------------------------------------------------------------- special claims

_QUOTIENT = re.compile(
    rf"{_N} (?:divided by|/) {_N} (?:is|=|equals|gives) {_N},? (?:r|rem|remainder|with (?:a )?remainder(?: of)?) {_N}"
)
_REMAINDER = [
    re.compile(rf"remainder (?:when|of) {_N} (?:is )?divided by {_N} (?:is|=|equals) {_N}"),
    re.compile(rf"{_N} divided by {_N} (?:leaves|gives|has|is) (?:a )?remainder (?:of )?{_N}"),
    re.compile(rf"dividing {_N} by {_N} (?:leaves|gives) (?:a )?remainder (?:of )?{_N}"),
    re.compile(rf"{_N} (?:mod|modulo|%) {_N} (?:is|=|equals) {_N}"),
]
_DIVISIBLE = re.compile(rf"{_N} (?:is|are) (not |n't )?(?:evenly |exactly )?divisible by {_N}")
_DIVIDES = re.compile(rf"{_N} (does not |doesn't )?divides? (?:evenly )?(?:into )?{_N}")
_MULTIPLE = re.compile(rf"{_N} is (not )?a multiple of {_N}")
_PARITY = re.compile(rf"{_N} is (not )?(?:an )?(even|odd)\b")
_PRIME = re.compile(rf"{_N} is (not )?(?:a )?(prime|composite)\b")


def _int(text: str) -> int:
    return int(text.lstrip("$").replace(",", ""))


def _special_claims(text: str) -> tuple[list[Claim], str]:
    """Remainder, divisibility and primality claims, and the text with them blanked out."""
    found: list[tuple[int, int, Claim]] = []

    def add(m: re.Match[str], claim: Claim) -> None:
        if not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), claim))

    for m in _QUOTIENT.finditer(text):
        a, b, q, r = (_int(g) for g in m.groups())
        add(m, Remainder(a, b, r, q, m.group(0)))
    for pattern in _REMAINDER:
        for m in pattern.finditer(text):
            a, b, r = (_int(g) for g in m.groups())
            add(m, Remainder(a, b, r, None, m.group(0)))
    for m in _DIVISIBLE.finditer(text):
        add(m, Divisible(_int(m.group(1)), _int(m.group(3)), bool(m.group(2)), m.group(0)))
    for m in _DIVIDES.finditer(text):
        add(m, Divisible(_int(m.group(3)), _int(m.group(1)), bool(m.group(2)), m.group(0)))
    for m in _MULTIPLE.finditer(text):
        add(m, Divisible(_int(m.group(1)), _int(m.group(3)), bool(m.group(2)), m.group(0)))
    for m in _PARITY.finditer(text):
        negated = bool(m.group(2)) != (m.group(3) == "odd")
        add(m, Divisible(_int(m.group(1)), 2, negated, m.group(0)))
    for m in _PRIME.finditer(text):
        negated = bool(m.group(2)) != (m.group(3) == "composite")
        add(m, Prime(_int(m.group(1)), negated, m.group(0)))
    found.sort(key=lambda f: f[0])
    for start, end, _ in found:
        text = text[:start] + "." + " " * (end - start - 1) + text[end:]
    return [c for _, _, c in found], text


# --------------------------------------------------------------------------- units

_UNIT_FACTORS: dict[str, tuple[str, Fraction]] = {}
for _dim, _table in {
    "time": {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800},
    "length": {
        "millimeter": Fraction(1, 1000), "centimeter": Fraction(1, 100), "meter": 1, "kilometer": 1000,
        "inch": Fraction(254, 10000), "foot": Fraction(3048, 10000), "feet": Fraction(3048, 10000),
        "yard": Fraction(9144, 10000), "mile": Fraction(16093440, 10000),
    },
    "mass": {"milligram": Fraction(1, 1000), "gram": 1, "kilogram": 1000, "ounce": None, "pound": None},
    "volume": {"milliliter": Fraction(1, 1000), "liter": 1},
    "money": {"cent": 1, "dollar": 100, "penny": 1, "pennies": 1, "nickel": 5, "dime": 10, "quarter": 25},
    "count": {"dozen": 12},
}.items():  # fmt: skip
    for _name, _factor in _table.items():
        if _factor is not None:
            _UNIT_FACTORS[_name] = (_dim, Fraction(_factor))
_UNIT_FACTORS["pound"] = ("weight", Fraction(16))
_UNIT_FACTORS["ounce"] = ("weight", Fraction(1))
_ALIASES = {
    "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "h": "hour", "sec": "second",
    "secs": "second", "s": "second", "cm": "centimeter", "mm": "millimeter", "m": "meter",
    "km": "kilometer", "ft": "foot", "in": "inch", "yd": "yard", "mi": "mile", "g": "gram",
    "kg": "kilogram", "mg": "milligram", "lb": "pound", "lbs": "pound", "oz": "ounce",
    "ml": "milliliter", "l": "liter", "inches": "inch", "feet": "foot", "cents": "cent",
    "metre": "meter", "metres": "meter", "litre": "liter", "litres": "liter",
}  # fmt: skip


def unit(word: str) -> tuple[str, Fraction] | None:
    """(dimension, size in that dimension's base unit) of a unit word, or None."""
    word = _ALIASES.get(word, word)
    if word not in _UNIT_FACTORS and word.endswith("s"):
        word = _ALIASES.get(word[:-1], word[:-1])
    return _UNIT_FACTORS.get(word)


_CONVERSION = re.compile(
    rf"(?<![\d.*/+-] )(?<![\d.]){_N}(\.\d+)? ([a-z]+) (?:=|is|are|equals|make|makes|in|has|have) {_N}(\.\d+)? ([a-z]+)"
)


_COMPUTED_CONVERSION = re.compile(
    rf"(?<![\d.]){_N}(\.\d+)? ([a-z]+) (?:=|is|are|equals|makes) [^.;:!?=]{{1,40}}?(?:=|is|are|equals) {_N}(\.\d+)? ([a-z]+)"
)


def _conversions(text: str) -> tuple[list[Claim], str]:
    """``2 hours = 120 minutes``: a conversion between units of one dimension; also when
    the text computes it on the way (``2 hours is 2 * 60 = 120 minutes``)."""
    claims: list[Claim] = []
    for m in _COMPUTED_CONVERSION.finditer(text):
        first, second = unit(m.group(3)), unit(m.group(6))
        if first and second and first[0] == second[0] and first[1] != second[1]:
            a, b = literal(m.group(1) + (m.group(2) or "")), literal(m.group(4) + (m.group(5) or ""))
            ratio = first[1] / second[1]
            claims.append(Relation(Bin("*", a, Num(ratio.numerator, ratio.denominator)), "=", b, m.group(0)))
    for m in list(_CONVERSION.finditer(text)):
        first, second = unit(m.group(3)), unit(m.group(6))
        if not first or not second or first[0] != second[0] or first[1] == second[1]:
            continue
        after = text[m.end() :].lstrip()
        if after[:1] in ("*", "/", "+", "-", "^"):
            continue
        a, b = literal(m.group(1) + (m.group(2) or "")), literal(m.group(4) + (m.group(5) or ""))
        ratio = first[1] / second[1]
        factor = Num(ratio.numerator, ratio.denominator)
        claims.append(Relation(Bin("*", a, factor), "=", b, m.group(0)))
        text = text[: m.start()] + "." + " " * (m.end() - m.start() - 1) + text[m.end() :]
    return claims, text


# --------------------------------------------------------------------------- steps

_ANNOTATION = re.compile(r"<<([^<>]*)>>")
_ENUMERATOR = re.compile(r"^\s*(?:step\s*\d+\s*[:.)-]|\d+\s*[.)]\s|[-*•]\s|#+\s*)", re.IGNORECASE)


def read_step(text: str) -> Reading:
    """The claims and stated values of one step (see the module docstring)."""
    reading = Reading()
    annotations = _ANNOTATION.findall(text)
    body = _ANNOTATION.sub("", text).replace("$", "")
    body = _ENUMERATOR.sub(" ", body)
    body = re.sub(r"(?<=\d),(?=\d{3}\b)", "", body)  # 1,234 -> 1234 before anything reads it
    body = normalise_numbers(body)
    specials, body = _special_claims(body)
    reading.claims += specials
    for claim in specials:
        if isinstance(claim, Remainder):
            reading.results.append(Fraction(claim.remainder))
    conversions, body = _conversions(body)
    reading.claims += conversions
    reading.results += [evaluate(c.rhs) for c in conversions if isinstance(c, Relation)]
    body = normalise_symbols(body)
    seen = set()
    for source in [*(normalise(a.replace("$", "")) for a in annotations), body]:
        for region in regions(tokenize(source)):
            for claim in _chain_claims(region, reading):
                key = (claim.lhs, claim.rel, claim.rhs)
                if key not in seen:
                    seen.add(key)
                    reading.claims.append(claim)
    return reading


def normalise(text: str) -> str:
    return normalise_symbols(normalise_numbers(text))


def _split_relations(region: list[Token]) -> tuple[list[list[Token]], list[str]]:
    sides: list[list[Token]] = [[]]
    rels: list[str] = []
    for tok in region:
        if tok.kind == "rel":
            rels.append(tok.text)
            sides.append([])
        else:
            sides[-1].append(tok)
    return sides, rels


def _chain_claims(region: list[Token], reading: Reading) -> list[Relation]:
    """The relations of one chain ``e0 = e1 = e2 ...``; run-on chains (``5 + 3 = 8 + 2 = 10``,
    each side computed from the value before) are read as the writer meant them."""
    sides, rels = _split_relations(region)
    while sides and not sides[0] and rels:  # "= 24" after words: the left side was prose
        sides.pop(0)
        rels.pop(0)
    while sides and not sides[-1] and rels:
        sides.pop()
        rels.pop()
    text = " ".join(t.text for t in region)
    exprs: list[Expr] = []
    for side in sides:
        try:
            exprs.append(parse_expression(side) if side else _raise())
        except ValueError:
            if rels:
                reading.unread.append(text)
            else:
                reading.values += [literal(t.text).value for t in region if t.kind == "num"]
            return []
    if not rels:
        if is_atom(exprs[0]) and not variables(exprs[0]):
            reading.values.append(evaluate(exprs[0]))  # -405 as a value, sign and all
        elif not variables(exprs[0]):  # a computation with no stated result claims nothing
            reading.values += [n.value for n in numbers(exprs[0])]
        return []
    claims: list[Relation] = []
    k = 0
    while k < len(rels):
        left, rel, right = exprs[k], rels[k], exprs[k + 1]
        split = _run_on(left, rel, right, sides[k + 1])
        if split is not None:
            head, rest = split
            if not is_atom(left):  # "4 hours is 4 * 60": a quantity named, then computed
                claims.append(Relation(left, "=", head, text))
            exprs[k + 1] = rest
            k += 1
            continue
        if is_atom(left) and not variables(left) and not variables(right) and not is_atom(right):
            try:
                named = evaluate(left) != evaluate(right)
            except NotExact:
                named = True
            if named:  # "in 5 years he will be 27 + 5": a quantity named before the computation
                reading.values.append(evaluate(left))
                k += 1
                continue
        if is_atom(left) and is_atom(right) and not (variables(left) or variables(right)):
            if rel != "=":
                claims.append(Relation(left, rel, right, text))
            else:  # "3 apples = $6": two quantities named together, not a computation
                reading.values += [evaluate(left), evaluate(right)]
        else:
            claims.append(Relation(left, rel, right, text))
        k += 1
    if len(exprs) > 2 and variables(exprs[0]) and not any(variables(e) for e in exprs[1:]):
        claims.append(Relation(exprs[0], rels[0], exprs[-1], text))  # 7x = 148 - 8 = 140: 7x = 140
    last = exprs[-1]
    solved = isinstance(exprs[0], Var) and not any(variables(e) for e in exprs[1:])
    if solved or not any(variables(e) for e in exprs):
        try:
            reading.results.append(evaluate(last))
        except NotExact:
            pass
    return claims


def _raise() -> Expr:
    raise ValueError("empty side")


def _run_on(left: Expr, rel: str, right: Expr, right_tokens: list[Token]) -> tuple[Expr, Expr] | None:
    """For ``a = b op c = d`` where b is a's value: (b, b op c), else None."""
    if rel != "=" or variables(left) or variables(right) or is_atom(right):
        return None
    try:
        if evaluate(left) == evaluate(right):
            return None
        value = evaluate(left)
    except NotExact:
        return None
    head = right_tokens[0] if right_tokens else None
    if head is None or head.kind != "num" or literal(head.text).value != value:
        return None
    if len(right_tokens) < 2 or right_tokens[1].kind != "op" or right_tokens[1].text in ("(", "^"):
        return None
    try:
        rest = parse_expression(right_tokens)
    except ValueError:
        return None
    return literal(head.text), rest
