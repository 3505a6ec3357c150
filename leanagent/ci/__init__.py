"""``leanagent check`` for CI: report formats, the baseline ratchet, changed-file selection.

An integration: may import every layer below (``safe`` and down), not the other
integrations (``compat``, ``serve``) nor the CLI.
"""
