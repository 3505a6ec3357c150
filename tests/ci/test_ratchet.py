"""The baseline ratchet and --changed-since, on a real git repository made in the test."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leanagent.ci.exitcodes import ExitCode
from leanagent.cli import app

BASIC = """theorem a : 1 = 1 := rfl
theorem b : 2 = 2 := sorry
"""
USES = """import Demo.Basic
theorem c : 3 = 3 := rfl
"""
OTHER = """theorem o : 4 = 4 := rfl
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "repo"
    (root / "Demo").mkdir(parents=True)
    (root / "lakefile.toml").write_text('name = "demo"\n\n[[lean_lib]]\nname = "Demo"\n')
    (root / "Demo" / "Basic.lean").write_text(BASIC)
    (root / "Demo" / "Uses.lean").write_text(USES)
    (root / "Demo" / "Other.lean").write_text(OTHER)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "ci@example.com")
    git(root, "config", "user.name", "CI")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    monkeypatch.chdir(root)
    return root


def check(*args: str):
    return CliRunner().invoke(app, ["check", *args])


def checked_files(result) -> list[str]:
    start = result.output.index("{")
    data = json.loads(result.output[start : result.output.rindex("}") + 1])
    return sorted(Path(f["path"]).relative_to(Path.cwd()).as_posix() for f in data["files"])


def test_ratchet_fails_only_on_what_is_new_and_reports_what_was_fixed(engine, repo):
    base = repo / "ci" / "baseline.json"
    assert check(".").exit_code == ExitCode.FAILED  # b is a sorry
    made = check(".", "--baseline", str(base), "--update-baseline")
    assert made.exit_code == ExitCode.OK, made.output
    entries = json.loads(base.read_text())["files"]
    assert entries["Demo/Basic.lean"]["theorems"]["b"]["status"] == "sorry"
    assert check(".", "--baseline", str(base)).exit_code == ExitCode.OK  # the old sorry is not new

    (repo / "Demo" / "Basic.lean").write_text(BASIC.replace(":= sorry", ":= rfl"))  # fixes b
    (repo / "Demo" / "Uses.lean").write_text(USES + "theorem d : 1 = 2 := rfl\n")  # a new error
    result = check(".", "--baseline", str(base))
    assert result.exit_code == ExitCode.FAILED
    assert "new error: Demo/Uses.lean: d" in result.output
    assert "fixed (sorry -> ok): Demo/Basic.lean: b" in result.output

    (repo / "Demo" / "Uses.lean").write_text(
        USES.replace(":= rfl", ":= (fun _ => rfl) (propext (Iff.intro (id : True → True) id))")
        + "theorem e : 5 = 5 := sorry\n"
    )
    result = check(".", "--baseline", str(base))
    assert result.exit_code == ExitCode.FAILED
    assert "new axiom dependency: Demo/Uses.lean: c uses propext" in result.output
    assert "new sorry: Demo/Uses.lean: e" in result.output
    assert "new error" not in result.output

    (repo / "Demo" / "Uses.lean").write_text(USES)
    assert check(".", "--baseline", str(base)).exit_code == ExitCode.OK  # only fixes left


def test_changed_since_checks_changed_files_and_their_importers(engine, repo):
    assert checked_files(check(".", "--changed-since", "HEAD", "--json")) == []
    (repo / "Demo" / "Basic.lean").write_text(BASIC + "theorem a' : 1 = 1 := rfl\n")
    result = check(".", "--changed-since", "HEAD", "--json")
    assert checked_files(result) == ["Demo/Basic.lean", "Demo/Uses.lean"]  # Uses imports Basic
    git(repo, "commit", "-qam", "second")
    (repo / "Demo" / "Other.lean").write_text(OTHER + "theorem o' : 4 = 4 := rfl\n")
    assert checked_files(check(".", "--changed-since", "HEAD", "--json")) == ["Demo/Other.lean"]
    # against the first commit: Basic changed in a commit since, Other in the working tree
    result = check(".", "--changed-since", "HEAD~1", "--json")
    assert checked_files(result) == ["Demo/Basic.lean", "Demo/Other.lean", "Demo/Uses.lean"]
    (repo / "Demo" / "New.lean").write_text("import Demo.Other\ntheorem n : 0 = 0 := rfl\n")  # untracked
    assert "Demo/New.lean" in checked_files(check(".", "--changed-since", "HEAD", "--json"))


def test_changed_since_with_a_partial_baseline_update_keeps_other_files(engine, repo):
    base = repo / "baseline.json"
    assert check(".", "--baseline", str(base), "--update-baseline").exit_code == ExitCode.OK
    (repo / "Demo" / "Other.lean").write_text("theorem o : 4 = 4 := sorry\n")
    result = check(".", "--changed-since", "HEAD", "--baseline", str(base))
    assert result.exit_code == ExitCode.FAILED and "new sorry: Demo/Other.lean: o" in result.output
    assert "Demo/Basic.lean" not in result.output  # not checked, so not compared
    assert check(".", "--changed-since", "HEAD", "--baseline", str(base), "--update-baseline").exit_code == 0
    files = json.loads(base.read_text())["files"]
    assert set(files) == {"Demo/Basic.lean", "Demo/Uses.lean", "Demo/Other.lean"}
    assert files["Demo/Other.lean"]["theorems"]["o"]["status"] == "sorry"


def test_bad_revision_or_baseline_is_a_clear_error(engine, repo):
    result = check(".", "--changed-since", "no-such-ref")
    assert result.exit_code == ExitCode.UNUSABLE and "no-such-ref" in result.output
    (repo / "bad.json").write_text("{}")
    result = check(".", "--baseline", "bad.json")
    assert result.exit_code == ExitCode.UNUSABLE and "not a leanagent baseline" in result.output
