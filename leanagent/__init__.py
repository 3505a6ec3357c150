"""leanagent: a Lean 4 theorem-proving agent.

Layers, lowest first (the README's Architecture section): ``config``, ``source``, ``engine``, ``lean``,
``corpus``, ``retrieval``, ``mutation``, ``prover``, ``curriculum``, ``safe``, the
integrations (``ci``, ``compat``, ``serve``), ``cli``. A module imports only from its own
layer or below; pyproject.toml's import-linter contract says so and tests/test_layers.py
enforces it.
"""

__version__ = "0.1.0"
