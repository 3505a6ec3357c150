"""Alchemy-style mutation: grow the corpus with verified variants of its theorems.

- ``probes``: the premise shape index (the cheap filter) and the probes it selects;
- ``discover``: probing a theorem's initial state through the Dojo, batched;
- ``mutants``: mutated statements and proofs built from the goals Lean returned;
- ``verify``: many mutants per Lean file, checked by ``check_file``;
- ``run``: ``mutate(db, options)``, the resumable pipeline behind ``leanagent mutate``,
  and ``compare_filter`` (the filter against exhaustive probing, for the benchmark).

Layer: above ``retrieval``; may import it and everything below (``leanagent``'s ``config``
up to ``corpus``), never the prover or anything above.
"""
