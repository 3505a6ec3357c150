"""Finding a user's own Lean toolchain (explicit setting, PATH, or elan)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from leanagent.engine.types import Engine, EngineError


def project_toolchain(start: Path) -> str | None:
    """The toolchain named by the nearest ``lean-toolchain`` at or above ``start``."""
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        marker = folder / "lean-toolchain"
        if marker.is_file():
            return marker.read_text().strip() or None
    return None


def lean_version(lean: Path) -> str | None:
    """``4.35.0`` from ``lean --version``, or None when it does not run."""
    try:
        proc = subprocess.run([str(lean), "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"version (\d+\.\d+\.\d+\S*?)[,)\s]", proc.stdout)
    return match.group(1) if proc.returncode == 0 and match else None


def explicit_engine(setting: str) -> Engine:
    """The engine named by ``LEANAGENT_LEAN``/config ``lean`` (a path or a command name)."""
    found = shutil.which(setting) or (setting if Path(setting).is_file() else None)
    if found is None or not os.access(found, os.X_OK):
        raise EngineError(
            f"LEANAGENT_LEAN (or config `lean`) is {setting!r}, which is not an executable; "
            "point it at a `lean` binary, set it to `embedded`, or unset it"
        )
    lean = Path(found).absolute()
    version = lean_version(lean)
    if version is None:
        raise EngineError(f"{lean} (from LEANAGENT_LEAN / config `lean`) does not run `lean --version`")
    return Engine("toolchain", lean, _sibling_lake(lean), (), version, f"explicit setting: lean = {setting}")


def _sibling_lake(lean: Path) -> Path | None:
    lake = lean.parent / "lake"
    return lake if lake.is_file() and os.access(lake, os.X_OK) else None


def _elan_home() -> Path:
    return Path(os.environ.get("ELAN_HOME") or Path.home() / ".elan")


def _elan_dir_name(toolchain: str) -> str:
    """elan's folder name for a toolchain: ``leanprover/lean4:v4.35.0`` -> ``leanprover--lean4---v4.35.0``."""
    return toolchain.replace("/", "--").replace(":", "---")


def _elan_default() -> str | None:
    settings = _elan_home() / "settings.toml"
    if not settings.is_file():
        return None
    match = re.search(r'^default_toolchain\s*=\s*"([^"]+)"', settings.read_text(), re.M)
    return match.group(1) if match else None


def find_toolchain(project: Path) -> tuple[Engine | None, str]:
    """A usable user toolchain for ``project`` and a note on what was looked at.

    Never runs an elan proxy for a toolchain that is not installed: elan would try to
    download it.
    """
    wanted = project_toolchain(project)
    elan = _elan_home()
    notes: list[str] = []
    candidates: list[tuple[Path, str]] = []
    for name, why in ((wanted, "the project's lean-toolchain"), (_elan_default(), "elan's default")):
        if not name:
            continue
        lean = elan / "toolchains" / _elan_dir_name(name) / "bin" / "lean"
        if lean.is_file():
            candidates.append((lean, f"elan toolchain {name} ({why})"))
        else:
            notes.append(f"elan toolchain {name} ({why}) is not installed")
    on_path = shutil.which("lean")
    if on_path and Path(on_path).resolve().parent != (elan / "bin").resolve():
        candidates.append((Path(on_path), f"`lean` on PATH ({on_path})"))
    for lean, why in candidates:
        version = lean_version(lean)
        if version is None:
            notes.append(f"{lean} does not run")
            continue
        if wanted and version not in wanted:
            why += f"; note: the project asks for {wanted}"
        return Engine("toolchain", lean, _sibling_lake(lean), (), version, why), "; ".join(notes)
    if not on_path and not candidates:
        notes.append("no `lean` on PATH")
    return None, "; ".join(notes)
