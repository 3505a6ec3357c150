"""JUnit XML for CI test report viewers: a test suite per file, a test case per theorem.

Written with ``junitparser``. A theorem that is not ok is a ``<failure>`` whose ``type`` is its
status and whose text is Lean's whole message with its position (``file:line:col``); under
``--allow-sorry`` a ``sorry`` is ``<skipped>``. Problems of the file outside theorems (errors,
``sorry`` in a definition or instance) are one more test case, named ``(file)``. The root
carries only the attributes Jenkins' JUnit schema allows on ``<testsuites>``.
"""

from __future__ import annotations

from pathlib import Path

from junitparser import Failure, JUnitXml, Skipped, TestCase, TestSuite

from leanagent.ci.findings import Finding, file_findings, theorem_finding
from leanagent.lean.check import CheckReport

FILE_CASE = "(file)"


def _shown(path: str, root: Path) -> str:
    p = Path(path)
    return (p.relative_to(root) if p.is_absolute() and p.is_relative_to(root) else p).as_posix()


def _place(finding: Finding, root: Path) -> str:
    col = f":{finding.col}" if finding.col is not None else ""
    return f"{_shown(finding.file, root)}:{finding.line}{col}"


def _result(found: list[Finding], root: Path, allow_sorry: bool) -> list:
    """One result for the test case: a failure if anything is an error or (unless allowed)
    ``sorry``, else skipped; its text holds every finding whole, with its position."""
    first = found[0].message.splitlines()[0] if found[0].message else found[0].status
    if len(found) > 1:
        first += f" (and {len(found) - 1} more)"
    failing = [f for f in found if f.status == "error" or not allow_sorry]
    result = Failure(first, failing[0].status) if failing else Skipped(first, "sorry")
    result.text = "\n\n".join(f"{_place(f, root)}: {f.message}" for f in found)
    return [result]


def junit_xml(report: CheckReport, root: Path, *, allow_sorry: bool = False) -> JUnitXml:
    xml = JUnitXml("leanagent check")
    for file in report.files:
        suite = TestSuite(_shown(file.path, root))
        share = file.seconds / max(1, len(file.theorems))
        for thm in file.theorems:
            case = TestCase(thm.name, classname=_shown(file.path, root), time=round(share, 3))
            finding = theorem_finding(thm)
            if finding is not None:
                case.result = _result([finding], root, allow_sorry)
            suite.add_testcase(case)
        extra = file_findings(file)
        if extra:
            case = TestCase(FILE_CASE, classname=_shown(file.path, root), time=0.0)
            case.result = _result(extra, root, allow_sorry)
            suite.add_testcase(case)
        suite.update_statistics()
        xml.add_testsuite(suite)
    suites = list(xml)
    xml.tests = sum(s.tests for s in suites)
    xml.failures = sum(s.failures for s in suites)
    xml.errors = sum(s.errors for s in suites)
    xml.time = round(sum(s.time for s in suites), 3)
    return xml


def write_junit(report: CheckReport, path: Path, root: Path, *, allow_sorry: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    junit_xml(report, root, allow_sorry=allow_sorry).write(str(path), pretty=True)
