"""`leanagent check` against the real embedded engine."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from leanagent.lean.check import check_file, check_path

FIXTURES = Path(__file__).parent / "fixtures" / "check"


def statuses_of(report) -> dict[str, str]:
    return {t.name: t.status for t in report.theorems}


def cli(*args: str) -> tuple[int, dict]:
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "leanagent"), "check", "--json", *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=600,
    )
    return proc.returncode, json.loads(proc.stdout)


def test_ok_file(engine):
    report = check_file(FIXTURES / "ok.lean", engine)
    assert report.status == "ok" and report.errors == []
    assert statuses_of(report) == {
        "Fixture.refl_ok": "ok",
        "Fixture.imp_self_ok": "ok",
        "example@11": "ok",
        "top_ok": "ok",
    }
    assert all(set(t.axioms) <= {"propext", "Quot.sound", "Classical.choice"} for t in report.theorems)
    assert report.theorems[0].line == 5 and report.theorems[0].file == str(FIXTURES / "ok.lean")


def test_errors_are_attributed_to_their_theorem(engine):
    report = check_file(FIXTURES / "error.lean", engine)
    assert report.status == "error"
    assert statuses_of(report) == {"good": "ok", "bad": "error", "example@5": "error"}
    bad = report.theorems[1]
    assert bad.position is not None and bad.position[0] == 3 and bad.message
    example = report.theorems[2]
    assert example.position is not None and example.position[0] in (5, 6)


def test_sorry_is_not_ok(engine):
    report = check_file(FIXTURES / "sorry.lean", engine)
    assert report.status == "sorry"
    assert statuses_of(report) == {"fine": "ok", "unfinished": "sorry"}
    assert "sorryAx" in report.theorems[1].axioms


def test_user_axiom_makes_a_theorem_fail(engine):
    report = check_file(FIXTURES / "axiom.lean", engine)
    assert statuses_of(report) == {"uses_axiom": "error", "no_axiom": "ok"}
    uses = report.theorems[0]
    assert uses.axioms == ["everything_is_zero"] and "everything_is_zero" in uses.message
    assert report.status == "error"


def test_error_outside_theorems_fails_the_file(engine):
    report = check_file(FIXTURES / "outside.lean", engine)
    assert report.status == "error"
    assert report.errors and report.errors[0].startswith("1:")
    assert statuses_of(report) == {"after_broken": "ok"}


def test_timeout_is_an_error_never_ok(engine):
    report = check_file(FIXTURES / "ok.lean", engine, timeout=0.001)
    assert report.status == "error"
    assert any("timed out" in e for e in report.errors)
    assert report.theorems and all(t.status == "error" for t in report.theorems)


def test_user_files_are_not_modified(engine, tmp_path):
    target = tmp_path / "example.lean"
    shutil.copy(FIXTURES / "error.lean", target)
    before = (target.read_bytes(), target.stat().st_mtime_ns)
    check_file(target, engine)
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before
    assert [p.name for p in tmp_path.iterdir()] == ["example.lean"]


def test_folder_of_standalone_files(engine):
    report = check_path(FIXTURES / "folder", engine)
    assert report.ok
    assert statuses_of(report) == {"folder_a": "ok", "folder_b": "ok"}
    assert report.summary() == {"files": 2, "files_ok": 2, "theorems": 2, "ok": 2, "error": 0, "sorry": 0}


def test_project_files_import_each_other(engine):
    report = check_path(FIXTURES / "project", engine)
    assert report.ok, report.files
    assert statuses_of(report) == {"Proj.double_eq": "ok", "use_double": "ok"}
    assert len(report.files) == 3


def test_project_dependents_of_a_broken_file_are_reported(engine, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "project", project)
    base = project / "Proj" / "Base.lean"
    base.write_text(base.read_text().replace("rfl", "Nat.zero"))
    report = check_path(project, engine)
    by_file = {Path(f.path).name: f for f in report.files}
    assert by_file["Base.lean"].status == "error"
    assert by_file["Use.lean"].status == "error"
    assert "Proj.Base" in by_file["Use.lean"].errors[0]


def test_cli_json_shape_and_exit_codes(engine):
    rc, data = cli(str(FIXTURES / "ok.lean"))
    assert rc == 0
    assert set(data) >= {"theorems", "files", "summary"}
    thm = data["theorems"][0]
    assert set(thm) >= {"name", "file", "line", "status", "axioms"} and "message" not in thm
    assert data["summary"]["ok"] == 4
    rc, data = cli(str(FIXTURES / "error.lean"), str(FIXTURES / "folder"))
    assert rc == 1
    failed = [t for t in data["theorems"] if t["status"] == "error"]
    assert failed and all(t["message"] for t in failed)
    assert [f["status"] for f in data["files"]] == ["error", "ok", "ok"]


def test_single_project_file_gets_its_imports_compiled(engine, leanagent_cache):
    use = FIXTURES / "project" / "Proj" / "Use.lean"
    report = check_file(use, engine)
    assert report.ok, report
    assert statuses_of(report) == {"use_double": "ok"}
    builds = sorted((leanagent_cache / "deps").iterdir())
    again = check_file(use, engine)
    assert again.ok and sorted((leanagent_cache / "deps").iterdir()) == builds  # reused, not rebuilt


def test_folder_without_lakefile_may_import_siblings(engine, tmp_path):
    (tmp_path / "Lib").mkdir()
    (tmp_path / "Lib" / "A.lean").write_text("theorem lib_a (n : Nat) : n = n := rfl\n")
    (tmp_path / "B.lean").write_text("import Lib.A\ntheorem b_uses (n : Nat) : n = n := lib_a n\n")
    report = check_path(tmp_path, engine)
    assert report.ok, report.files
    assert statuses_of(report) == {"lib_a": "ok", "b_uses": "ok"}


def test_temporary_copy_checked_as_part_of_a_project(engine, tmp_path):
    """The prover's re-check: a modified copy outside the project still sees its imports."""
    copy = tmp_path / "Recheck.lean"
    copy.write_text((FIXTURES / "project" / "Proj" / "Use.lean").read_text())
    assert check_file(copy, engine).status == "error"  # alone, `import Proj.Base` is unknown
    report = check_file(copy, engine, project=FIXTURES / "project")
    assert report.ok and statuses_of(report) == {"use_double": "ok"}


def test_allow_sorry_changes_only_the_exit_code_for_sorry(engine):
    assert cli(str(FIXTURES / "sorry.lean"))[0] == 1
    rc, data = cli("--allow-sorry", str(FIXTURES / "sorry.lean"))
    assert rc == 0 and data["summary"]["sorry"] == 1
    assert cli("--allow-sorry", str(FIXTURES / "error.lean"))[0] == 1
