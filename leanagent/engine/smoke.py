"""Smoke check: the engine must accept a true theorem and reject a false one."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from leanagent.engine.types import Engine, EngineError

# Only the most basic core features, written out in full so they need no notation.
GOOD = "theorem leanagent_smoke : @Eq Nat Nat.zero Nat.zero := @Eq.refl Nat Nat.zero\n"
BAD = "theorem leanagent_smoke : @Eq Nat Nat.zero (Nat.succ Nat.zero) := @Eq.refl Nat Nat.zero\n"
TIMEOUT_S = 120


def smoke_check(engine: Engine) -> float:
    """Check GOOD (must pass) and BAD (must fail); return the wall time of both runs."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="leanagent-smoke-") as tmp:
        for name, text, must_pass in (("Good.lean", GOOD, True), ("Bad.lean", BAD, False)):
            path = Path(tmp) / name
            path.write_text(text)
            try:
                proc = subprocess.run(
                    [str(engine.lean), str(path)],
                    capture_output=True,
                    text=True,
                    env=engine.env(),
                    timeout=TIMEOUT_S,
                    cwd=tmp,
                )
            except subprocess.TimeoutExpired:
                raise EngineError(f"smoke check: {engine.lean} took over {TIMEOUT_S} s on {name}") from None
            output = (proc.stdout + proc.stderr).strip()
            if must_pass and proc.returncode != 0:
                raise EngineError(
                    f"smoke check failed: {engine.lean} rejected a true theorem:\n{output[:2000]}"
                )
            if not must_pass and (proc.returncode == 0 or "error" not in output):
                raise EngineError(f"smoke check failed: {engine.lean} accepted a false theorem")
    return time.monotonic() - start
