"""leanagent: a Lean 4 theorem-proving agent."""

__version__ = "0.1.0"
