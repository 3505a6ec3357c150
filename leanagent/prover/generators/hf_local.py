"""Any Hugging Face seq2seq checkpoint on this machine, e.g. ReProver's tactic generator.

A folder path, or a hub name already in the local Hugging Face cache: nothing is
downloaded (``local_files_only``). ReProver's generator takes the proof state alone, or
retrieved premises before it, which is our input format too.
"""

from __future__ import annotations

from pathlib import Path

from leanagent.prover.generators.seq2seq import META_FILE, InputFormat, Seq2SeqGenerator


def load_hf(name_or_path: str, *, premises: int = 0, max_beams: int = 16) -> Seq2SeqGenerator:
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging

    logging.disable_progress_bar()
    path = Path(name_or_path).expanduser()
    if (path / META_FILE).is_file():  # one of ours: keep the input format it was trained with
        return Seq2SeqGenerator.load(path, max_beams=max_beams, name=f"hf:{path.name}")
    source = str(path) if path.exists() else name_or_path
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)
        model = AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=True)
    except OSError as exc:
        raise ValueError(
            f"no Hugging Face seq2seq checkpoint at {name_or_path!r} on this machine "
            f"(a folder, or a hub name already in the local cache; nothing is downloaded): {exc}"
        ) from exc
    fmt = InputFormat(max_input_bytes=2048, premises=premises)
    return Seq2SeqGenerator(model, tokenizer, fmt, max_beams=max_beams, name=f"hf:{Path(source).name}")
