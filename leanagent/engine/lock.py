"""Inter-process locks: an exclusive one on a file, so concurrent setups build only once, and
leases on cached build folders, so that no process removes a build another one still uses."""

from __future__ import annotations

import collections
import fcntl
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold ``flock(LOCK_EX)`` on ``path`` (created if absent) for the ``with`` body."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


_in_use: dict[Path, int] = {}
"""Build folder -> the descriptor of its lock file, held (shared) while this process uses it."""
_users: collections.Counter[Path] = collections.Counter()
"""How many callers of this process hold each folder (threads share one lock file handle)."""
_in_use_lock = threading.Lock()


def _lock_file(folder: Path) -> Path:
    return folder.with_name(f".{folder.name}.lock")


def hold_folder(folder: Path) -> None:
    """Mark ``folder`` in use by this process until ``release_folder`` (or its exit): a
    shared lock on its lock file, which eviction must take exclusively to remove it."""
    with _in_use_lock:
        if folder in _in_use:
            _users[folder] += 1
            return
    lock = _lock_file(folder)
    lock.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            try:
                same = os.stat(lock).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            with _in_use_lock:
                if folder in _in_use:  # another thread got there first
                    _users[folder] += 1
                    os.close(fd)
                else:
                    _in_use[folder], _users[folder] = fd, 1
            return
        os.close(fd)  # an eviction removed it (and its folder) while we waited: again


def release_folder(folder: Path) -> None:
    """This process no longer uses ``folder``: eviction may remove it."""
    with _in_use_lock:
        if _users[folder] > 1:
            _users[folder] -= 1
            return  # another caller in this process still uses it
        _users.pop(folder, None)
        fd = _in_use.pop(folder, None)
    if fd is not None:
        os.close(fd)  # drops the lock


def evict_folders(folders: list[Path]) -> list[Path]:
    """Remove each of ``folders`` that no process holds in use (its lock can be taken
    exclusively); returns the removed ones."""
    removed = []
    for old in folders:
        lock = _lock_file(old)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # in use
            shutil.rmtree(old, ignore_errors=True)
            lock.unlink(missing_ok=True)  # under the lock: a waiter sees it gone and retries
            removed.append(old)
        finally:
            os.close(fd)
    return removed
