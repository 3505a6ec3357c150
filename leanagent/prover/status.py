"""The outcome of one theorem's proof attempt, as the search, the store and reports name it.

Values are the strings the JSON output and the ``prove_results`` table have always used,
so a ``ProofStatus`` compares, hashes, stores and serialises as its plain string.
"""

from __future__ import annotations

from enum import StrEnum


class ProofStatus(StrEnum):
    PROVED = "proved"
    """Found by the search and verified by a fresh whole-file check (for a search alone: the
    Dojo's ``ProofFinished``)."""
    FOUND = "found"
    """The search's Dojo finished a proof; only the whole-file check then makes it ``proved``."""
    FAILED = "failed"
    """The frontier ran out, the expansion cap was hit, or the whole-file check refused it."""
    TIMEOUT = "timeout"
    """The time limit ended the search."""
    ERROR = "error"
    """The attempt broke (engine, worker, Dojo): nothing was decided."""
