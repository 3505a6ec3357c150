"""Natural-language math text made regular: numbers in words become digits, operator and
relation words become symbols, so one small grammar (`leanagent.safe.claims`) reads them."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_MULTIPLIERS = {"twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "thrice": 3, "quadruple": 4}

_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_WORD_RUN = re.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*\b", re.IGNORECASE)


def _words_value(text: str) -> int | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return total + current


def _digits(match: re.Match[str]) -> str:
    text = match.group(0)
    trailing = ""
    if re.search(r"\s+and$", text, re.IGNORECASE):  # never swallow the "and" after a number
        text, trailing = re.sub(r"\s+and$", "", text, flags=re.IGNORECASE), " and"
    value = _words_value(text)
    return text if value is None else f"{value}{trailing}"


_N = r"(\d+(?:\.\d+)?%?)"
_RULES: list[tuple[str, str]] = [
    (r"(?<=[a-z])-(?=[a-z])", ""),  # t-shirts: one word
    (
        r"\b(?:in|has|have) (?:an|a|one) (second|minute|hour|day|week|year|dozen|foot|yard|mile|meter|"
        r"kilometer|gram|kilogram|pound|liter|dollar)\b",
        r"in 1 \1",
    ),
    (
        r"\b(?:an|a|one) (second|minute|hour|day|week|dozen|foot|yard|mile|meter|kilometer|kilogram|pound|dollar) "
        r"(has|is|are|equals|=)(?= \d)",
        r"1 \1 \2",
    ),
    # fractions and multipliers in words ("a third of", "three quarters of", "twice")
    (r"\b(\d+) and a half\b", r"\1.5"),
    (r"\b(\d+) and (?:a|one) quarter\b", r"\1.25"),
    (r"\bone and a half\b", "1.5"),
    (r"\b(?:a|one) half\b", "1/2"),
    (r"\bhalf (?:as (?:many|much|long|far|old|big|large|tall) as|of|the)\b", "1/2 of"),
    (r"\bhalf\b(?= \$?\d)", "1/2 of"),
    (r"\b(?:a|one) (third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", r"1/@\1"),
    (
        r"\b(\d+)[\s-]+(thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|halves)\b",
        r"\1/@\2",
    ),
    (r"\b(\d+) dozens?\b", r"\1 * 12"),
    (r"\ba dozen\b", "12"),
    (r"\bdozen\b", "12"),
    (r"\b(\d+) percent\b", r"\1%"),
    (r"\b(\d+(?:\.\d+)?) per ?cent\b", r"\1%"),
]
_SYMBOL_RULES: list[tuple[str, object]] = [
    # operations as verbs and phrases ("divide 48 by 2 to get 24", "the sum of 5 and 7")
    (rf"\b(?:add|adding) {_N} (?:to|and) {_N}", r"(\1 + \2)"),
    (rf"\b(?:subtract|subtracting|take away|taking away|remove|removing) {_N} from {_N}", r"(\2 - \1)"),
    (rf"\b(?:multiply|multiplying) {_N} (?:by|and|with) {_N}", r"(\1 * \2)"),
    (rf"\b(?:divide|dividing) {_N} (?:by|between|among) {_N}", r"(\1 / \2)"),
    (rf"\b{_N} (?:subtracted from|taken away from|taken from) {_N}", r"(\2 - \1)"),
    (rf"\b{_N} added to {_N}", r"(\2 + \1)"),
    (rf"\b(?:the )?(?:sum|total) of {_N}((?:, {_N})*),? and {_N}", lambda m: _joined(m, "+")),
    (rf"\b(?:the )?product of {_N}((?:, {_N})*),? and {_N}", lambda m: _joined(m, "*")),
    (rf"\b(?:the )?difference (?:between|of) {_N} and {_N}", r"(\1 - \2)"),
    (rf"\b(?:the )?quotient of {_N} (?:and|by) {_N}", r"(\1 / \2)"),
    (rf"(?<!is )(?<!are )(?<!was )\b{_N} (?:more than|greater than) {_N}", r"(\2 + \1)"),
    (rf"(?<!is )(?<!are )(?<!was )\b{_N} (?:less than|fewer than) {_N}", r"(\2 - \1)"),
    (rf"\b{_N} increased by {_N}", r"(\1 + \2)"),
    (rf"\b{_N} (?:decreased by|reduced by) {_N}", r"(\1 - \2)"),
    (rf"\b{_N} halved\b", r"(\1 / 2)"),
    (
        r"\b(?:to get|to find|to give|leaves|leaving|gives us|giving|resulting in|we have|for a total of)\b",
        "=",
    ),
    # operators in words
    (r"\bmultiplied by\b", "*"),
    (r"\btimes as (?:many|much|long|far|old|big|large|tall|fast) as\b", "*"),
    (r"\bas (?:many|much|long|far|old|big|large|tall|fast) as\b", ""),
    (r"\btimes\b", "*"),
    (r"\bdivided by\b", "/"),
    (r"\bdivide by\b", "/"),
    (r"\bplus\b", "+"),
    (r"\bminus\b", "-"),
    (r"\bto the power of\b", "^"),
    (r"\bsquared\b", "^ 2"),
    (r"\bcubed\b", "^ 3"),
    (r"\bmod(?:ulo)?\b", "mod"),
    # relations in words (longest first)
    (r",?\s*\b(?:which|that|this|it) (?:is|are|was|makes|gives|equals|comes to)\b", " ="),
    (r"\b(?:is|are|was|were) (?:not equal to|unequal to)\b", "≠"),
    (r"\b(?:is|are|was|were) (?:greater|more|larger|bigger|higher) than or equal to\b", "≥"),
    (r"\b(?:is|are|was|were) (?:less|smaller|fewer|lower) than or equal to\b", "≤"),
    (r"\b(?:is|are|was|were) (?:greater|more|larger|bigger|higher|longer|older) than\b", ">"),
    (r"\b(?:is|are|was|were) (?:less|smaller|fewer|lower|shorter|younger) than\b", "<"),
    (r"\b(?:is|are|was|were) at least\b", "≥"),
    (r"\b(?:is|are|was|were) (?:at most|no more than)\b", "≤"),
    (r"\bexceeds\b", ">"),
    (r"~=|\b(?:is |are |was )?(?:about|approximately|roughly|nearly|almost|around)\b", "≈"),
    (r"(?<![<>!≠=])(?:!=|=/=)", "≠"),
    (r"<=", "≤"),
    (r">=", "≥"),
    (r"==+>?|=>|->|→|⇒", "="),
    (
        r"\b(?:is equal to|are equal to|equal to|equals|equal|is|are|was|were|makes|make|gives(?: us)?|"
        r"give|yields|results in|comes to|come to|totals|amounts to|we get|that's|will be|would be)\b",
        "=",
    ),
]


def _joined(match: re.Match[str], op: str) -> str:
    """``sum of 5, 7 and 3`` as ``(5 + 7 + 3)``."""
    middle = [x.strip() for x in match.group(2).split(",") if x.strip()]
    return "(" + f" {op} ".join([match.group(1), *middle, match.group(match.lastindex or 0)]) + ")"


_COMPILED = [(re.compile(p, re.IGNORECASE), r) for p, r in _RULES]
_COMPILED_SYMBOLS = [(re.compile(p, re.IGNORECASE), r) for p, r in _SYMBOL_RULES]
_FRACTION_REF = re.compile(r"/@([a-z]+)")


def _fraction_word(match: re.Match[str]) -> str:
    return "/" + str(_FRACTION_WORDS[match.group(1).lower()])


def normalise_numbers(text: str) -> str:
    """The text with numbers, fractions, percentages and multipliers as digits and symbols
    (lower case); operator and relation words are left as they are."""
    text = text.replace("\u2212", "-").replace("\u2013", "-").replace("\u00d7", "*").replace("\u00f7", "/")
    text = text.replace("\u22c5", "*").replace("\u00b7", "*").replace("\u2217", "*")
    text = text.replace("²", "^2").replace("³", "^3").replace("\u00a0", " ")
    text = _WORD_RUN.sub(_digits, text)
    text = re.sub(
        rf"\b({'|'.join(_MULTIPLIERS)})\b",
        lambda m: f"{_MULTIPLIERS[m.group(1).lower()]} *",
        text,
        flags=re.IGNORECASE,
    )
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
        text = _FRACTION_REF.sub(_fraction_word, text)
    text = re.sub(r"(?<=\d)\s*[xX]\s*(?=\$?\d)", " * ", text)  # 5 x 3
    return text.lower()


def normalise_symbols(text: str) -> str:
    """Operator and relation words of number-normalised text as symbols."""
    for pattern, replacement in _COMPILED_SYMBOLS:
        text = pattern.sub(replacement, text)
    return re.sub(r"=\s*≈|≈\s*=", "≈", text)  # "which is about"


def normalise(text: str) -> str:
    """The text with numbers as digits and math words as symbols (lower case)."""
    return normalise_symbols(normalise_numbers(text))
