"""Write-back refuses exercise files and flags proofs resting on placeholder definitions
(real whole-file checks; the files are the tests' own)."""

from __future__ import annotations

from pathlib import Path

from leanagent.prover.writeback import find_sorries, is_exercise_file, verify_and_write

PLACEHOLDER = """opaque secret : Nat

def bound : Nat := secret + 1

theorem bound_pos : 0 < bound := by
  sorry

theorem plain (a : Nat) : a + 0 = a := by
  sorry
"""


def _proofs(text: str, tactics: dict[str, str]):
    return {t: (tactics[t.name],) for t in find_sorries(text) if t.name in tactics}


def test_an_exercise_file_is_verified_but_never_written(tmp_path: Path, engine):
    path = tmp_path / "Ex.lean"
    text = "-- leanagent: exercises\n\ntheorem ex (a : Nat) : a + 0 = a := by\n  sorry\n"
    path.write_text(text)
    outcome = verify_and_write(path, text, _proofs(text, {"ex": "simp"}), write=True, engine=engine)
    assert outcome.verified == {"ex": True}
    assert not outcome.written and "exercise" in (outcome.error or "")
    assert path.read_text() == text and not list(tmp_path.glob("*.bak*"))


def test_the_exercises_setting_matches_paths_without_a_marker():
    assert is_exercise_file(Path("/p/Exercises/One.lean"), "theorem x : True := trivial", "*/Exercises/*")
    assert not is_exercise_file(Path("/p/Src/One.lean"), "theorem x : True := trivial", "*/Exercises/*")
    assert not is_exercise_file(Path("/p/Src/One.lean"), "-- leanagent: exercises are fun\n")


def test_a_proof_through_an_opaque_placeholder_is_flagged_and_not_written(tmp_path: Path, engine):
    path = tmp_path / "Place.lean"
    path.write_text(PLACEHOLDER)
    proofs = _proofs(PLACEHOLDER, {"bound_pos": "exact Nat.succ_pos secret", "plain": "simp"})
    outcome = verify_and_write(path, PLACEHOLDER, proofs, write=True, engine=engine)
    assert outcome.verified == {"bound_pos": True, "plain": True}
    assert "secret" in outcome.placeholders["bound_pos"] and "plain" not in outcome.placeholders
    assert not outcome.written and path.read_text() == PLACEHOLDER
