"""Lean source as text: tokens, commands, headers and imports, declarations, proofs' tactics.

Owns everything read from Lean source without running Lean: the tokenizer (``tokens``),
top-level commands and declaration names (``commands``), a declaration's statement and
name matching (``declarations``), file headers (``header``), modules and import graphs
(``modules``, ``imports``), tactic spans of a proof (``proofs``), a text's hash
(``hashing``). Starts no processes. May import only ``leanagent.config``; every other
layer may import it.
"""
