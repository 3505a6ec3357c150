"""The traced corpus: tracing Lean sources through the language server into one SQLite
database, and the LeanDojo Benchmark 4 export/import of that database.

Public surface:

- ``trace.trace_path(path, db, options)``: trace a project, a folder of files or a file
  (incremental and resumable); returns a ``models.TraceSummary``.
- ``db.CorpusDB``: the database (schema in ``schema``): files, declarations (premises),
  theorems, proofs, tactics with goals, premise uses; ``accessible_premises`` (the one
  rule, ``access.Accessibility``, which retrieval's masks use too), ``import_graph``
  (networkx), ``add_proof`` for proofs found later.
- ``prove_results``: the prover's per-theorem results (``StoredResult``), get/put.
- ``leandojo_export.export_leandojo`` / ``leandojo_import.import_leandojo``.
- ``models``: the records crossing this boundary (``TracedFile``, ``TracedTheorem``,
  ``TracedTactic``, ``PremiseUse``, ``Declaration``, ``Pos``).

Owns the database schema (``schema``: every table, versioned migrations). Layer: may
import ``config``, ``source``, ``engine`` and ``lean``.
"""
