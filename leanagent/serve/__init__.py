"""``leanagent mcp``: Lean tools for editors and agents over the Model Context Protocol.

An integration: may import every layer below (``safe`` and down), not the other
integrations (``ci``, ``compat``) nor the CLI.
"""
