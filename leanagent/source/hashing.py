"""A source text's identity, independent of git and of where the file lies.

One definition for every table that keys on a file's text (the corpus's ``files``, the
prover's results): sha256 of the UTF-8 text, in hex.
"""

from __future__ import annotations

import hashlib


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
