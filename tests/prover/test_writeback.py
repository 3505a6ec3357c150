"""Finding sorry theorems and putting proofs in their place, byte for byte around them."""

from __future__ import annotations

from pathlib import Path

from leanagent.prover.writeback import apply_proofs, find_sorries, render_edit, verify_and_write
from leanagent.source.hashing import content_hash

TEXT = """namespace A

theorem one (p : Prop) (hp : p) : p := by sorry

/-- doc -/
theorem two (n : Nat) : n + 0 = n := by
    sorry -- keep this comment

theorem three : 1 = 1 := sorry

theorem done_already : 2 = 2 := rfl

example : True := by
  constructor
  sorry

end A
"""


def test_find_sorries_names_spans_and_namespaces():
    found = find_sorries(TEXT)
    assert [t.name for t in found] == ["A.one", "A.two", "A.three", "example@13"]
    assert [t.index for t in found] == [0, 1, 2, 4]
    assert all(t.namespace == "A" for t in found)
    two = found[1]
    assert two.statement(TEXT) == "/-- doc -/\ntheorem two (n : Nat) : n + 0 = n"
    assert TEXT[two.sorries[0] : two.sorries[0] + 5] == "sorry"
    assert two.declaration(TEXT).endswith("sorry")  # the trailing comment is not part of it


def test_edits_keep_layout():
    one, two, three, example = find_sorries(TEXT)
    new = apply_proofs(
        TEXT,
        {
            one: ("exact hp",),
            two: ("simp", "rfl"),
            three: ("rfl",),
            example: ("trivial",),
        },
    )
    assert "theorem one (p : Prop) (hp : p) : p := by exact hp\n" in new
    assert "n + 0 = n := by\n    simp\n    rfl -- keep this comment\n" in new
    assert "theorem three : 1 = 1 := by rfl\n" in new
    # a partial proof: its one sorry is filled in place, the user's steps kept
    assert "example : True := by\n  constructor\n  trivial\n" in new
    assert new.replace("by exact hp", "by sorry").startswith("namespace A\n\ntheorem one")
    assert "theorem done_already : 2 = 2 := rfl" in new


def test_multi_line_tactics_are_indented_as_a_block():
    text = "theorem t (p q : Prop) (h : p ∧ q) : q ∧ p := by sorry\n"
    (thm,) = find_sorries(text)
    start, end, replacement = render_edit(text, thm, ("constructor\n· exact h.2\n· exact h.1",))
    assert text[start:end] == "sorry"
    assert replacement == "\n  constructor\n  · exact h.2\n  · exact h.1"


def test_crlf_files_keep_their_line_ends():
    text = "theorem t (n : Nat) : n = n := by\r\n  sorry\r\n"
    (thm,) = find_sorries(text)
    new = apply_proofs(text, {thm: ("skip", "rfl")})
    assert new == "theorem t (n : Nat) : n = n := by\r\n  skip\r\n  rfl\r\n"


def test_verified_write_is_atomic_with_a_backup(standalone: Path):
    path = standalone / "Easy.lean"
    original = path.read_text()
    by_name = {t.name: t for t in find_sorries(original)}
    outcome = verify_and_write(path, original, {by_name["Easy.and_swap'"]: ("exact ⟨h.2, h.1⟩",)}, write=True)
    assert outcome.written and outcome.verified == {"Easy.and_swap'": True}
    assert outcome.backup == path.with_name("Easy.lean.bak")
    assert outcome.backup.read_text() == original
    new = path.read_text()
    assert new == original.replace("q ∧ p := by sorry", "q ∧ p := by exact ⟨h.2, h.1⟩")
    assert sorted(p.name for p in standalone.iterdir()) == ["Easy.lean", "Easy.lean.bak"]  # no temp file left


def test_a_proof_that_fails_the_recheck_is_never_written(standalone: Path):
    path = standalone / "Easy.lean"
    original = path.read_text()
    by_name = {t.name: t for t in find_sorries(original)}
    proofs = {by_name["Easy.not_really"]: ("rfl",), by_name["Easy.two_add_two"]: ("decide",)}
    outcome = verify_and_write(path, original, proofs, write=False)
    assert outcome.verified == {"Easy.not_really": False, "Easy.two_add_two": True}
    assert not outcome.written and path.read_text() == original
    outcome = verify_and_write(path, original, {by_name["Easy.not_really"]: ("rfl",)}, write=True)
    assert not outcome.written and outcome.backup is None
    assert path.read_text() == original and not path.with_name("Easy.lean.bak").exists()


def test_nothing_is_written_when_the_file_changed_meanwhile(standalone: Path):
    path = standalone / "Easy.lean"
    original = path.read_text()
    by_name = {t.name: t for t in find_sorries(original)}
    edited = original + "\n-- the user kept typing\n"
    path.write_text(edited)
    outcome = verify_and_write(path, original, {by_name["Easy.two_add_two"]: ("decide",)}, write=True)
    assert not outcome.written and outcome.error and path.read_text() == edited
    assert content_hash(edited) != content_hash(original)
