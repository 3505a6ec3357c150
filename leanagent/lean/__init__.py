"""Everything that talks to Lean processes: checking files, the language server, the Dojo.

The only code that starts Lean or Lake. Layer: may import ``config``, ``source`` and
``engine``; never ``corpus`` or anything above.
"""
