"""Proof search over the Lean interface: tactic generators, best-first search, `leanagent prove`.

Public surface:

- ``generators``: ``TacticGenerator`` (one interface) and its implementations: the tactic
  ``portfolio``, the byte-level ``seq2seq`` model trained here, a local Hugging Face
  checkpoint (``hf_local``) and an OpenAI-compatible endpoint (``openai_api``);
  ``generators.build`` turns a spec string such as ``portfolio+seq2seq`` into one.
- ``search.best_first_search``: ReProver-style best-first search on a ``Dojo``.
- ``whole.whole_proof_search``: whole proofs from a language model (``generators.whole_proof``),
  checked in one batch, Lean's errors fed back for a bounded number of repair rounds.
- ``prove.prove_path``: find sorry theorems, search, verify by re-checking whole files,
  write back (``writeback``), record results for resuming (``results``).
- ``train_generator.train``: fit the seq2seq generator on traced (state, tactic) pairs.

Layer: may import ``mutation``, ``retrieval`` and everything below; never
``curriculum``, ``safe``, the integrations or the CLI.
"""
