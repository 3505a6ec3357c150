"""The layers of the README's Architecture section hold: import-linter's ``layers`` contract in
pyproject.toml, run over the real tree, and shown to catch a forbidden import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter", reason="import-linter (the dev extra) is not installed")

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("leanagent", "retrieval", "mutation")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` over the packages under ``root``, with ``root``'s pyproject.toml."""
    code = (
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_layers_hold():
    run = _lint(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "KEPT" in run.stdout and "BROKEN" not in run.stdout


def _copy_tree(dest: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    for package in PACKAGES:
        for source in (ROOT / package).rglob("*.py"):
            target = dest / source.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("leanagent/source/tokens.py", "leanagent.lean.check"),  # source may import only config
        ("leanagent/corpus/models.py", "retrieval.index"),  # a layer below importing one above
        ("leanagent/engine/types.py", "leanagent.lean.server"),  # engine below lean
    ],
)
def test_a_forbidden_import_breaks_the_contract(tmp_path: Path, module: str, forbidden: str):
    _copy_tree(tmp_path)
    assert _lint(tmp_path).returncode == 0  # the copy alone is clean
    path = tmp_path / module
    path.write_text(path.read_text(encoding="utf-8") + f"\nimport {forbidden}  # noqa\n", encoding="utf-8")
    run = _lint(tmp_path)
    assert run.returncode != 0
    assert "BROKEN" in run.stdout and forbidden in run.stdout, run.stdout
