"""Lifelong learning over a curriculum of repositories (after LeanAgent).

- ``difficulty``: theorem difficulty and easy/medium/hard buckets (LeanAgent's rule, ours);
- ``order``: the repository order (LeanAgent's: most easy theorems first; ours: import
  graph, then easiest first);
- ``projects``: the curriculum's repositories, added to the dynamic database;
- ``progressive``: what the retriever trains on per setup (progressive with replay,
  LeanAgent, static, merge-all);
- ``metrics``: R[i][j] and the lifelong metrics; ``learn``: the resumable loop;
  ``report``: PNG plots and the HTML page.

Layer: above the prover; may import it and everything below, never ``safe``, the
integrations or the CLI.
"""
