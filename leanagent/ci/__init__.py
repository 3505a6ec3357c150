"""``leanagent check`` for CI: report formats, the baseline ratchet, changed-file selection."""
