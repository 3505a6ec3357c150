"""APIs of other tools on leanagent's engine (``lean_dojo``), so their scripts run unchanged.

An integration: may import every layer below (``safe`` and down), not the other
integrations (``ci``, ``serve``) nor the CLI.
"""
