"""Read a LeanDojo Benchmark 4 dataset (ours or LeanDojo's own) into a corpus database."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.leandojo_format import (
    CORPUS,
    DEFAULT_KIND,
    METADATA,
    PARTS,
    STRATEGIES,
    from_ld,
    module_of_path,
)
from leanagent.corpus.models import (
    Declaration,
    Pos,
    PremiseUse,
    RepoInfo,
    TracedFile,
    TracedTactic,
    TracedTheorem,
)
from leanagent.source.hashing import content_hash

_MARK = re.compile(r"<a>(.*?)</a>", re.S)


@dataclass
class ImportSummary:
    src: str
    files: int = 0
    premises: int = 0
    theorems: int = 0
    tactics: int = 0


def _goals(state: str) -> tuple[str, ...]:
    return () if state == "no goals" else tuple(state.split("\n\n"))


def _unannotate(annotated: str, provenances: list[dict]) -> list[tuple[int, int, dict]]:
    """Spans of the marked premises in the plain tactic text, paired with their provenance."""
    spans, removed = [], 0
    for match, prov in zip(_MARK.finditer(annotated), provenances, strict=False):
        start = match.start() - removed
        spans.append((start, start + len(match.group(1)), prov))
        removed += len("<a></a>")
    return spans


def _tactic(index: int, raw: dict, modules: dict[str, str], codes: dict[str, str]) -> TracedTactic:
    annotated, provenances = raw["annotated_tactic"]
    text = raw["tactic"]
    uses = tuple(
        PremiseUse(
            full_name=prov["full_name"],
            module=modules.get(prov["def_path"], module_of_path(prov["def_path"])),
            path=prov["def_path"],
            def_start=from_ld(prov["def_pos"]),
            def_end=from_ld(prov["def_end_pos"]),
            statement=codes.get(prov["full_name"], ""),
            start=start,
            end=end,
        )
        for start, end, prov in _unannotate(annotated, provenances)
    )
    zero = Pos(0, 0)
    return TracedTactic(
        index=index,
        text=text,
        start=from_ld(raw["start"]) if "start" in raw else zero,
        end=from_ld(raw["end"]) if "end" in raw else zero,
        goals_before=_goals(raw["state_before"]),
        goals_after=_goals(raw["state_after"]),
        premises=uses,
        depth=int(raw.get("depth", 0)),
    )


def _theorem(raw: dict, modules: dict[str, str], codes: dict[str, str]) -> TracedTheorem:
    tactics = tuple(_tactic(i, t, modules, codes) for i, t in enumerate(raw["traced_tactics"]))
    statement = raw.get("statement", codes.get(raw["full_name"], ""))
    has_sorry = raw.get("has_sorry", False)
    kind = raw.get("proof_kind", "tactic" if tactics else "term")
    return TracedTheorem(
        full_name=raw["full_name"],
        start=from_ld(raw["start"]),
        end=from_ld(raw["end"]),
        statement=statement,
        proof=raw.get("proof", ""),
        proof_kind=kind,
        has_sorry=bool(has_sorry),
        tactics=tactics,
    )


def import_leandojo(db: CorpusDB, src: Path, strategy: str | None = None) -> ImportSummary:
    """Load ``corpus.jsonl`` and the theorems of one split strategy (all three parts).

    Files keep the repository named in the dataset (our ``repo`` key, else the theorems'
    ``url``, else ``metadata.json``'s ``from_repo``); files without source text get a
    content hash of their dataset record and no trace key, so a real trace redoes them.
    """
    summary = ImportSummary(src=str(src))
    meta = json.loads((src / METADATA).read_text(encoding="utf-8")) if (src / METADATA).exists() else {}
    names = {r["url"]: r.get("name") for r in meta.get("repos", [])}
    commits = {r["url"]: r.get("commit") or None for r in meta.get("repos", [])}
    default = meta.get("from_repo") or {"url": f"file://{src.resolve()}", "commit": ""}
    commits.setdefault(default["url"], default.get("commit") or None)

    lines = [json.loads(line) for line in (src / CORPUS).read_text(encoding="utf-8").splitlines() if line]
    modules = {ln["path"]: ln.get("module") or module_of_path(ln["path"]) for ln in lines}
    codes = {p["full_name"]: p["code"] for ln in lines for p in ln["premises"]}

    strategy = strategy or next((s for s in STRATEGIES if (src / s).is_dir()), None)
    by_file: dict[str, list[dict]] = defaultdict(list)
    file_repo: dict[str, str] = {}
    if strategy is not None:
        for part in PARTS:
            part_file = src / strategy / f"{part}.json"
            if part_file.exists():
                for raw in json.loads(part_file.read_text(encoding="utf-8")):
                    by_file[raw["file_path"]].append(raw)
                    file_repo.setdefault(raw["file_path"], raw["url"])
                    if raw.get("commit"):
                        commits.setdefault(raw["url"], raw["commit"])

    repo_ids: dict[str, int] = {}

    def repo_id(url: str) -> int:
        if url not in repo_ids:
            name = names.get(url) or url.rstrip("/").rsplit("/", 1)[-1]
            repo_ids[url] = db.upsert_repo(RepoInfo(name=name, url=url, root="", commit=commits.get(url)))
        return repo_ids[url]

    corpus_paths = set()
    for ln in lines:
        path = ln["path"]
        corpus_paths.add(path)
        url = ln.get("repo") or file_repo.get(path) or default["url"]
        decls = tuple(
            Declaration(
                full_name=p["full_name"],
                kind=p.get("kind") or DEFAULT_KIND,
                start=from_ld(p["start"]),
                end=from_ld(p["end"]),
                code=p["code"],
            )
            for p in ln["premises"]
            if p.get("full_name")
        )
        theorems = tuple(
            sorted(
                (_theorem(raw, modules, codes) for raw in by_file.get(path, [])),
                key=lambda t: t.start,
            )
        )
        tf = TracedFile(
            path=path,
            module=modules[path],
            content_hash=content_hash(json.dumps(ln, sort_keys=True, ensure_ascii=False)),
            imports=tuple(modules[p] for p in ln["imports"] if p in modules),
            declarations=decls,
            theorems=theorems,
            traced=bool(theorems),
        )
        db.write_file(repo_id(url), tf, trace_key=None, commit=commits.get(url))
        summary.files += 1
        summary.premises += len(decls)
        summary.theorems += len(theorems)
        summary.tactics += sum(len(t.tactics) for t in theorems)
    missing = sorted(set(by_file) - corpus_paths)
    if missing:
        raise ValueError(f"theorems refer to files missing from {CORPUS}: {missing[:5]}")
    return summary
