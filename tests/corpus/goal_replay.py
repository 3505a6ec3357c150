"""Helpers shared by the traced-goals tests: comparing traced goals with the Dojo's."""

from __future__ import annotations


def normalise(goals) -> tuple[str, ...]:
    """The same whitespace normalisation for every side: trailing spaces and blank edges go."""
    return tuple("\n".join(line.rstrip() for line in g.strip().splitlines()) for g in goals)


def top_level(tactics) -> list:
    """The tactics of the proof's own block, in order (not those nested inside another)."""
    top = []
    for t in sorted(tactics, key=lambda t: tuple(t.start)):
        if t.start.column == tactics[0].start.column and (not top or tuple(t.start) >= tuple(top[-1].end)):
            top.append(t)
    return top
