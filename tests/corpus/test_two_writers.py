"""Two processes writing one corpus database at once: no collision, no lost row."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from leanagent.corpus.db import CorpusDB

HERE = Path(__file__).resolve().parent


def _writer(db_path: str, who: str, files: int, barrier) -> None:
    sys.path.insert(0, str(HERE))
    import conftest as r  # the record builders of this folder

    with CorpusDB(Path(db_path)) as db:
        repo = db.upsert_repo(r.PROJ)
        barrier.wait()
        for i in range(files):
            db.write_file(repo, r.proj_file(f"{who}{i}", n=4), trace_key=f"{who}{i}")


def test_two_processes_write_distinct_rows(tmp_path: Path):
    path = tmp_path / "corpus.db"
    CorpusDB(path).close()  # schema made once, before the race
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    procs = [context.Process(target=_writer, args=(str(path), who, 12, barrier)) for who in ("A", "B")]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [proc.exitcode for proc in procs] == [0, 0]
    with CorpusDB(path) as db:
        rows = db.db.execute("SELECT count(*), count(DISTINCT id) FROM theorems").fetchone()
        tactics = db.db.execute("SELECT count(*), count(DISTINCT id) FROM tactics").fetchone()
    assert rows == (2 * 12 * 4, 2 * 12 * 4)
    assert tactics == (2 * 12 * 4 * 3, 2 * 12 * 4 * 3)
