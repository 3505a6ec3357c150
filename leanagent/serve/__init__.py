"""``leanagent mcp``: Lean tools for editors and agents over the Model Context Protocol."""
