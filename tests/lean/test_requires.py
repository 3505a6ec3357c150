"""A project importing another one it requires by path in its lakefile.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from leanagent.lean.check import check_file, check_path
from leanagent.lean.project import required_modules, required_projects

FIXTURES = Path(__file__).parent / "fixtures" / "requires"


def test_required_projects_and_their_modules():
    app = FIXTURES / "App"
    assert required_projects(app) == [(FIXTURES / "Base").resolve()]
    assert set(required_modules(app)) == {"Base.Defs"}
    assert required_modules(FIXTURES / "Base") == {}


def test_project_check_compiles_the_required_project_first(engine):
    report = check_path(FIXTURES / "App", engine)
    assert report.ok, [f.errors for f in report.files]
    assert {t.name: t.status for t in report.theorems} == {
        "App.double_three": "ok",
        "App.double_even": "ok",
        "double_three'": "ok",
    }
    assert all("/App/" in f.path for f in report.files)  # Base is compiled, not reported


def test_one_file_of_a_requiring_project(engine):
    report = check_file(FIXTURES / "App" / "App" / "More.lean", engine)
    assert report.status == "ok", report.errors
    assert [t.status for t in report.theorems] == ["ok"]


def test_a_broken_required_module_is_named(engine, tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "requires")
    defs = tmp_path / "requires" / "Base" / "Base" / "Defs.lean"
    defs.write_text(defs.read_text().replace("omega", "exact rfl"))
    report = check_path(tmp_path / "requires" / "App", engine)
    assert not report.ok
    assert all(f.status == "error" for f in report.files)
    assert any("Base.Defs" in e for f in report.files for e in f.errors)
    single = check_file(tmp_path / "requires" / "App" / "App" / "Main.lean", engine)
    assert single.status == "error" and "Base.Defs" in single.errors[0]
