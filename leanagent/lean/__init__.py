"""Everything that talks to Lean processes: checking files, the language server, the Dojo."""
