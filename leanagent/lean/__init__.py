"""Everything that talks to Lean processes: checking files, the language server, the Dojo.

The only code that starts Lean or Lake. Layer: may import ``config``, ``source`` and
``engine``; never ``corpus`` or anything above.

The language-server client, by job: ``launch`` (command line, options, sandboxed start),
``rpc`` (JSON-RPC channel, errors), ``monitor`` (process tree, memory cap, reaper
registration; the reaper itself is ``reaper``), ``documents`` (leased, reused documents
and their edits) and ``server`` (``LeanServer``, which ties them together).
"""
