"""Placeholder package: see the architecture section of README.md."""
