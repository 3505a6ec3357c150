"""Reading the claims of a step: numbers as people write them, exactly; nothing guessed."""

from __future__ import annotations

from fractions import Fraction

import pytest

from leanagent.safe.claims import Divisible, Prime, Relation, Remainder, evaluate, read_step
from leanagent.safe.numbers import normalise


def relations(text: str) -> list[tuple[Fraction, str, Fraction]]:
    return [
        (evaluate(c.lhs), c.rel, evaluate(c.rhs)) for c in read_step(text).claims if isinstance(c, Relation)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Natalia sold 48/2 = <<48/2=24>>24 clips in May.", [(24, "=", 24)]),
        (
            "She pays $1,234.50 + $10 = $1,244.50 in total.",
            [(Fraction(124450, 100), "=", Fraction(124450, 100))],
        ),
        ("15% of $40 is $6.", [(6, "=", 6)]),
        ("3/4 of 20 = 15 students", [(15, "=", 15)]),
        ("Tom has three times fourteen, which is forty-two marbles.", [(42, "=", 42)]),
        ("Twice 15 is 30 and half of 30 is fifteen.", [(30, "=", 30), (15, "=", 15)]),
        ("Divide 48 by 2 to get 25.", [(24, "=", 25)]),
        ("The sum of 5, 7 and 3 is 16.", [(15, "=", 16)]),
        ("2^5 = 32 and 5 squared is 24", [(32, "=", 32), (25, "=", 24)]),
        ("0.2 x 50 = $10", [(10, "=", 10)]),
        ("17 is greater than 12", [(17, ">", 12)]),
        ("2 hours is 120 minutes.", [(120, "=", 120)]),
        ("2 hours is 2 * 100 = 200 minutes.", [(120, "=", 200), (200, "=", 200)]),
    ],
)
def test_claims_are_read_exactly(text, expected):
    assert relations(text) == [(Fraction(a), r, Fraction(b)) for a, r, b in expected]


def test_run_on_chains_are_read_as_meant():
    # "5 + 3 = 8 + 2 = 10": each side continues from the value before
    assert relations("5 + 3 = 8 + 2 = 10") == [(8, "=", 8), (10, "=", 10)]
    # but a chain whose middle is not the value before is a false claim, not a run-on
    assert relations("5 + 3 = 9 + 2 = 11")[0] == (8, "=", 11)


def test_quantities_named_beside_a_computation_are_not_claims():
    assert relations("In five years he will be 27 + 5 = 32 years old.") == [(32, "=", 32)]
    assert relations("3 apples are $6.") == []
    assert set(read_step("3 apples are $6.").values) == {3, 6}


def test_equations_remainders_divisibility_and_primes():
    claims = read_step("x + 7 = 19, so x = 12").claims
    assert [c.rel for c in claims] == ["=", "="]
    assert read_step("The remainder when 17 is divided by 5 is 2.").claims == [
        Remainder(17, 5, 2, None, "remainder when 17 is divided by 5 is 2")
    ]
    assert isinstance(read_step("17 / 5 = 3 R 2").claims[0], Remainder)
    (div,) = read_step("24 is not divisible by 7").claims
    assert isinstance(div, Divisible) and div.negated and (div.number, div.divisor) == (24, 7)
    (prime,) = read_step("91 is not a prime number").claims
    assert isinstance(prime, Prime) and prime.negated and prime.number == 91
    assert read_step("126 is even").claims[0] == Divisible(126, 2, False, "126 is even")


def test_words_become_numbers_and_symbols():
    assert normalise("two hundred and fifty-six plus 3 percent") == "256 + 3%"
    assert normalise("three quarters of 20 equals 15") == "3/4 of 20 = 15"
    assert normalise("a dozen eggs") == "12 eggs"


def test_prose_without_math_claims_nothing():
    reading = read_step("Let's think step by step about the problem.")
    assert reading.claims == [] and reading.values == [] and reading.unread == []
