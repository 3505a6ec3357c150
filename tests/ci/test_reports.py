"""CI outputs of `leanagent check`: JUnit XML, GitHub annotations, the Markdown summary, exit codes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import xmlschema
from junitparser import Failure, JUnitXml, Skipped
from typer.testing import CliRunner

from leanagent.ci.exitcodes import ExitCode
from leanagent.ci.github import escape_data
from leanagent.cli import app

HERE = Path(__file__).parent
SCHEMA = HERE / "data" / "jenkins-junit.xsd"
SAMPLE = HERE / "fixtures_reports" / "Sample.lean"
LINE = {"bad": 4, "open_goal": 7, "helper": 10}  # where each finding of Sample.lean starts


@pytest.fixture
def sample(tmp_path, monkeypatch) -> Path:
    """Sample.lean in a fresh folder that is also the working directory (the repo root in CI)."""
    path = tmp_path / "src" / "Sample.lean"
    path.parent.mkdir()
    shutil.copy(SAMPLE, path)
    monkeypatch.chdir(tmp_path)
    return path


def _run(*args: str):
    return CliRunner().invoke(app, ["check", *args])


def test_junit_parses_with_junitparser_and_validates_against_jenkins_schema(engine, sample, tmp_path):
    out = tmp_path / "reports" / "junit.xml"
    result = _run(str(sample), "--junit", str(out))
    assert result.exit_code == ExitCode.FAILED, result.output
    xmlschema.XMLSchema(SCHEMA).validate(str(out))
    xml = JUnitXml.fromfile(str(out))
    (suite,) = list(xml)
    cases = {case.name: case for case in suite}
    assert set(cases) == {"good", "bad", "open_goal", "(file)"}  # a case per theorem, one for the file
    assert cases["good"].is_passed
    (failure,) = cases["bad"].result
    assert isinstance(failure, Failure) and failure.type == "error"
    assert failure.text.startswith(f"src/Sample.lean:{LINE['bad']}:0: Not a definitional equality")
    assert "is not definitionally equal to the right-hand side\n  2" in failure.text  # the whole message
    assert cases["open_goal"].result[0].type == "sorry"
    assert "helper uses sorry" in cases["(file)"].result[0].text
    assert (xml.tests, xml.failures) == (4, 3) and (suite.tests, suite.failures) == (4, 3)


def test_allowed_sorry_is_skipped_in_junit(engine, sample, tmp_path):
    out = tmp_path / "junit.xml"
    _run(str(sample), "--junit", str(out), "--allow-sorry")
    cases = {case.name: case for case in next(iter(JUnitXml.fromfile(str(out))))}
    assert isinstance(cases["open_goal"].result[0], Skipped)
    assert isinstance(cases["bad"].result[0], Failure)
    xmlschema.XMLSchema(SCHEMA).validate(str(out))


def test_schema_rejects_what_jenkins_would():
    """The schema is a real check: an attribute Jenkins' schema does not allow fails it."""
    bad = '<testsuites skipped="0"><testsuite name="a" tests="0" failures="0" errors="0"/></testsuites>'
    assert not xmlschema.XMLSchema(SCHEMA).is_valid(bad)
    assert xmlschema.XMLSchema(SCHEMA).is_valid(bad.replace(' skipped="0"', ""))


_COMMAND = re.compile(r"^::(error|warning) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    return (
        text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def _annotations(output: str) -> list[dict[str, str]]:
    found = []
    for line in output.splitlines():
        match = _COMMAND.match(line)
        if match:
            props = dict(p.split("=", 1) for p in match.group("props").split(","))
            found.append({**{k: _unescape(v) for k, v in props.items()}, "kind": match.group(1)})
            found[-1]["message"] = _unescape(match.group("message"))
    return found


def test_github_annotations_land_on_the_right_lines(engine, sample):
    result = _run(str(sample), "--format", "github")
    assert result.exit_code == ExitCode.FAILED
    notes = _annotations(result.output)
    by_title = {n["title"].split(":")[0]: n for n in notes}
    assert set(by_title) == {"bad", "open_goal", "file sorry"}
    assert all(n["file"] == "src/Sample.lean" and n["kind"] == "error" for n in notes)
    assert by_title["bad"]["line"] == str(LINE["bad"]) and by_title["bad"]["col"] == "1"  # 1-based there
    # the multi-line message arrives whole, in one annotation
    assert by_title["bad"]["message"].splitlines()[-2:] == [
        "is not definitionally equal to the right-hand side",
        "  2",
    ]
    # a verdict of the whole theorem covers its declaration's lines
    assert (by_title["open_goal"]["line"], by_title["open_goal"]["endLine"]) == ("7", "8")
    assert (by_title["file sorry"]["line"], by_title["file sorry"]["endLine"]) == ("10", "13")
    lines = sample.read_text().splitlines()
    assert lines[LINE["bad"] - 1].startswith("theorem bad") and lines[LINE["helper"] - 1].startswith(
        "def helper"
    )


def test_github_escaping_follows_the_toolkit():
    assert escape_data("50% done\nnext\r") == "50%25 done%0Anext%0D"
    # a message cannot start a workflow command of its own: it stays on the annotation's line
    assert "\n" not in escape_data("a\n::error::b") and "\r" not in escape_data("a\r\n::warning::c")


def test_summary_is_a_markdown_table(engine, sample, tmp_path):
    out = tmp_path / "summary.md"
    out.write_text("earlier step\n")
    _run(str(sample), "--summary", str(out))
    text = out.read_text()
    assert text.startswith("earlier step\n## leanagent check: ❌ not ok")  # appended, as GitHub expects
    assert "| 1 | 0 | 3 | 1 | 1 | 1 |" in text
    row = next(line for line in text.splitlines() if line.startswith("| error | bad |"))
    assert f"`src/Sample.lean:{LINE['bad']}:0`" in row and "<br>" in row  # one row, lines kept


def test_exit_codes(engine, tmp_path):
    good = tmp_path / "Good.lean"
    good.write_text("theorem t : 2 = 2 := rfl\n")
    assert _run(str(good)).exit_code == ExitCode.OK
    assert _run(str(SAMPLE)).exit_code == ExitCode.FAILED
    assert _run(str(tmp_path / "Missing.lean")).exit_code == ExitCode.UNUSABLE
    assert _run(str(good), "--format", "xml").exit_code == ExitCode.UNUSABLE
