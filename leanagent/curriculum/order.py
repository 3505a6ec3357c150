"""The order repositories are learned in: LeanAgent's, and ours.

``leanagent``: by the absolute number of easy theorems, most first (LeanAgent's
``sort_repositories_by_difficulty``); with dependencies bundled in each repository's data
that is close to "largest first".

``ours``: a repository comes after every repository it imports (the import graph of the
traced files), and among those ready, the one whose theorems are easiest on average goes
first (the largest share of easy theorems, then the smallest share of hard ones, then the
name): easy to hard, as a curriculum means, and never a repository before what it builds on.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.dynamic import CORE_REPO
from leanagent.curriculum.difficulty import RepoBuckets, Rule, bucket_repositories, theorem_stats


@dataclass
class Curriculum:
    rule: Rule
    repositories: list[RepoBuckets]
    depends_on: dict[str, list[str]]

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.repositories]

    def to_json(self) -> dict:
        return {
            "curriculum": self.rule.value,
            "repositories": [
                {
                    "name": r.name,
                    **r.counts(),
                    "sorries": r.sorries,
                    "depends_on": self.depends_on.get(r.name, []),
                }
                for r in self.repositories
            ],
        }


def repo_dependencies(db: CorpusDB) -> nx.DiGraph:
    """Repositories (the core excluded), with an edge from importer to imported."""
    names = {rid: db.repo(rid).name for rid in db.repo_ids().values()}
    graph = db.import_graph()
    deps = nx.DiGraph()
    for module, data in graph.nodes(data=True):
        if "repo_id" not in data or names[data["repo_id"]] == CORE_REPO:
            continue
        deps.add_node(names[data["repo_id"]])
        for imported in graph.successors(module):
            rid = graph.nodes[imported].get("repo_id")
            if rid is not None and names[rid] not in (CORE_REPO, names[data["repo_id"]]):
                deps.add_edge(names[data["repo_id"]], names[rid])
    return deps


def _easiness(r: RepoBuckets) -> tuple[float, float, str]:
    total = max(1, sum(r.counts().values()))
    return (-len(r.easy) / total, len(r.hard) / total, r.name)


def build_curriculum(db: CorpusDB, rule: Rule, repos: list[str] | None = None) -> Curriculum:
    """The curriculum over ``repos`` (default: every traced repository but the core)."""
    stats = theorem_stats(db, repos)
    stats = [s for s in stats if s.repo != CORE_REPO]
    buckets = bucket_repositories(stats, rule)
    for name in repos or []:
        buckets.setdefault(name, RepoBuckets(name))
    deps = repo_dependencies(db).subgraph(buckets)
    depends_on = {n: sorted(deps.successors(n)) for n in buckets}
    if rule is Rule.LEANAGENT:
        ordered = sorted(buckets.values(), key=lambda r: (-len(r.easy), r.name))
    else:
        ordered = []
        remaining = dict(buckets)
        while remaining:
            ready = [r for n, r in remaining.items() if all(d not in remaining for d in depends_on[n])]
            pick = min(ready or remaining.values(), key=_easiness)  # a cycle cannot occur; be safe
            ordered.append(pick)
            del remaining[pick.name]
    return Curriculum(rule, ordered, depends_on)
