"""Where traced data comes from: the git commit of a repository; hashes over several parts.

A file's own hash is ``leanagent.source.hashing.content_hash``.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from leanagent.corpus.models import RepoInfo


def combine(*parts: str) -> str:
    """One hash over several (order matters): used for a file's trace key."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _git(root: Path, *args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def repo_info(root: Path, name: str | None = None) -> RepoInfo:
    """Provenance of a folder: git commit and remote when it is in a git work tree.

    The identity (``url``) of a local folder is its absolute path, even inside a bigger
    git repository, so two projects in one checkout stay two repositories.
    """
    root = root.resolve()
    commit = _git(root, "rev-parse", "HEAD")
    return RepoInfo(name=name or root.name, url=f"file://{root}", root=str(root), commit=commit)
