"""The CI examples parse, and every `leanagent check` option they pass exists."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import typer.main
import yaml

from leanagent.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _check_options() -> set[str]:
    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    return {opt for param in command.params for opt in param.opts}


def _used_options(command_line: str) -> set[str]:
    line = re.sub(r"\$\{\{.*?\}\}", "", command_line)  # GitHub expressions
    words = shlex.split(line.replace("\n", " "))
    return {w for w in words if w.startswith("--")}


def _workflow_check_step() -> str:
    workflow = yaml.safe_load((EXAMPLES / "github-actions" / "lean-check.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    (run,) = [s["run"] for s in steps if "leanagent check" in s.get("run", "")]
    return run


def test_workflow_uses_existing_options_and_uploads_the_junit_it_writes():
    run = _workflow_check_step()
    used = _used_options(run)
    assert {"--format", "--junit", "--summary", "--baseline"} <= used <= _check_options()
    assert "--changed-since" in _check_options() and "--changed-since" in run
    workflow = yaml.safe_load((EXAMPLES / "github-actions" / "lean-check.yml").read_text())
    junit = shlex.split(run.split("--junit", 1)[1])[0]
    uploads = [
        s for s in workflow["jobs"]["check"]["steps"] if s.get("uses", "").startswith("actions/upload")
    ]
    assert uploads and uploads[0]["with"]["path"] == junit and uploads[0]["if"] == "always()"
    assert any(s.get("uses", "").startswith("actions/cache") for s in workflow["jobs"]["check"]["steps"])


def test_pre_commit_hook_uses_existing_options():
    config = yaml.safe_load((EXAMPLES / "pre-commit" / ".pre-commit-config.yaml").read_text())
    (hook,) = config["repos"][0]["hooks"]
    assert hook["entry"].startswith("leanagent check") and hook["pass_filenames"] is False
    assert _used_options(hook["entry"]) <= _check_options()
