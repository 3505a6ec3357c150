"""The root Lake workspace lists exactly the bundled projects, consistently."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_workspace_requires_every_bundled_project():
    projects = sorted(
        p.name
        for p in (REPO / "lean_projects").iterdir()
        if (p / "lakefile.toml").is_file() and p.name != "core"
    )
    lakefile = tomllib.loads((REPO / "lakefile.toml").read_text())
    required = sorted(r["name"] for r in lakefile.get("require", []))
    assert required == projects
    for req in lakefile.get("require", []):
        assert req["path"] == f"lean_projects/{req['name']}"
    manifest = json.loads((REPO / "lake-manifest.json").read_text())
    assert manifest["version"] == 7 and manifest["name"] == lakefile["name"]
    entries = sorted(manifest["packages"], key=lambda e: e["name"])
    assert [e["name"] for e in entries] == projects
    for entry in entries:
        assert entry["type"] == "path" and entry["dir"] == f"./lean_projects/{entry['name']}"


def test_toolchains_agree():
    root = (REPO / "lean-toolchain").read_text().strip()
    assert root == "leanprover/lean4:v4.35.0"
    for project in (REPO / "lean_projects").iterdir():
        marker = project / "lean-toolchain"
        if marker.is_file():
            assert marker.read_text().strip() == root, project
