"""Solutions in: JSON, JSON lines, plain text; bad input gets a clear error."""

from __future__ import annotations

import json

import pytest

from leanagent.safe.inputs import InputError, parse_solutions, read_solutions, split_steps


def test_records_with_steps_or_a_solution_text():
    one = {"id": "a", "problem": "p", "steps": ["1 + 1 = 2", " ", "2 + 2 = 4"]}
    two = {"id": 7, "problem": "q", "solution": "First, 2 * 3 = 6.\nThen 6 + 1 = 7.\n#### 7"}
    (a,) = parse_solutions(json.dumps(one))
    assert a.id == "a" and a.steps == ("1 + 1 = 2", "2 + 2 = 4")
    listed = parse_solutions(json.dumps([one, two]))
    assert [s.id for s in listed] == ["a", "7"] and listed[1].steps[-1] == "#### 7"
    lines = parse_solutions(json.dumps(one) + "\n\n" + json.dumps(two) + "\n")
    assert [s.steps for s in lines] == [s.steps for s in listed]


def test_plain_text_is_one_step_per_line_or_sentence(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("She had 5 apples.\nShe ate 2, so 5 - 2 = 3 are left.\n")
    (solution,) = read_solutions(path)
    assert solution.id == "mine.txt" and len(solution.steps) == 2
    assert split_steps("He pays $2.50 each. So 4 cost 4 * 2.50 = $10.") == (
        "He pays $2.50 each.",
        "So 4 cost 4 * 2.50 = $10.",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty input"),
        ('{"id": "x"}', "needs `steps`"),
        ('{"id": "x", "steps": "1 + 1 = 2"}', "list of strings"),
        ('{"id": "x", "steps": []}', "no steps"),
        ('{"id": "x", "steps": ["a"]}\n{"id": broken}', ":2: not JSON"),
        ('{"id": "x", "steps": ["a", "b"], "labels": [true]}', "one boolean per step"),
        ("[1, 2]", "expected an object"),
    ],
)
def test_bad_input_is_refused_with_where_and_why(text, message):
    with pytest.raises(InputError, match=message):
        parse_solutions(text, "in.jsonl")


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_solutions(tmp_path / "missing.jsonl")
