"""Step-by-step formal verification of worked math solutions (`leanagent verify-steps`).

inputs (records, step splitting) -> offline or lm formaliser (a `FormalStep` per step) ->
prover (verdicts from one Lean server, with vacuity checks) -> aggregate (a score per
solution) -> report (JSON, table, HTML) and store (the corpus database).

Layer: above ``curriculum``; may import every layer below, never the integrations or the CLI.
"""
