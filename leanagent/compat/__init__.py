"""APIs of other tools on leanagent's engine (``lean_dojo``), so their scripts run unchanged."""
