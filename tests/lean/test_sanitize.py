"""Tactic sanitising: what may reach Lean, and how it is normalised (no Lean needed)."""

from __future__ import annotations

import pytest

from leanagent.lean.sanitize import MAX_TACTIC_CHARS, UnsafeTactic, sanitize_tactic

ACCEPTED = {
    "simp": "simp",
    "  exact h  ": "exact h",
    "rw [Nat.add_comm] -- the usual": "rw [Nat.add_comm]",
    "exact ⟨h.1, h.2⟩": "exact ⟨h.1, h.2⟩",
    "exact #[1, 2].size": "exact #[1, 2].size",
    'exact "a--b /- c"': 'exact "a--b /- c"',
    "exact 'a'": "exact 'a'",
    "exact h'": "exact h'",
    "exact ‹p›": "exact ‹p›",
    "decide": "decide",
    "intro x\n\nexact x": "intro x\nexact x",
    "induction n with\n| zero => rfl\n| succ n ih => simp [ih]": "induction n with\n| zero => rfl\n| succ n ih => simp [ih]",
    "    cases h with\n    | inl a => exact a\n    | inr b => exact b": "cases h with\n| inl a => exact a\n| inr b => exact b",
    "constructor\n  · exact a": "constructor\n  · exact a",
    "simp [foo] /- nested /- block -/ comment -/": "simp [foo]",
    "exact theorem_about_x": "exact theorem_about_x",
    "exact h₁": "exact h₁",
    "exact α": "exact α",
    'exact "plain"': 'exact "plain"',
}

REJECTED = {
    "sorry": "sorry",
    "exact sorry": "sorry",
    "admit": "admit",
    "native_decide": "native_decide",
    "decide +native": "native",
    "decide (config := { native := true })": "native",
    "exact «sorry»": "sorry",
    "exact sorryAx _ false": "sorryAx",
    "exact Lean.ofReduceBool _ _ h": "ofReduceBool",
    "exact lcProof": "lcProof",
    "rfl\ntheorem evil : False := sorry": "theorem",
    "rfl\n  lemma evil : False := by simp": "lemma",
    "skip\naxiom evil : False": "axiom",
    "skip\ninstance : Inhabited Empty := sorry": "instance",
    "skip\nend": "end",
    "skip\nnamespace X": "namespace",
    "#eval 1": "#eval",
    "exact h\n#print axioms foo": "#print",
    "#exit": "#exit",
    "run_tac pure ()": "run_tac",
    "run_cmd pure ()": "run_cmd",
    "by_elab pure ()": "by_elab",
    "set_option maxHeartbeats 0 in simp": "set_option",
    "open Classical in simp": "open",
    "simp\n@[simp] def x := 1": "@[",
    "exact `(tactic| simp)": "quotation",
    "exact (foo": "unclosed",
    "exact foo)": "unbalanced",
    "exact ⟨a, b)": "unbalanced",
    'exact "abc': "string",
    'exact "abc\\"': "string",
    "simp /- never closed": "comment",
    "/-- doc -/ simp": "doc",
    "  simp\nexact h": "indented less",
    "simp\tat h": "control",
    "simp\rtheorem x": "line-break",
    "simp\u2028theorem x": "line-break",
    "": "empty",
    "   \n  ": "empty",
    "-- only a comment": "empty",
    "exact sorryª": "not part of a Lean identifier",
    "exact sorry²": "forbidden word 'sorry'",  # `²` ends the identifier, as in Lean
    "exact ѕorry": "not part of a Lean identifier",
    'have h := s!"{by exact sorry}"': "brace",
    "stop decide": "stop",
    "exact?": "exact?",
    "skip\nsimproc evil (Nat.add _ _) := fun _ => pure .continue": "simproc",
    "exact t\ndecreasing_by sorry": "decreasing_by",
    "exact aux\nwhere aux : 1 = 2 := sorry": "where",
    "skip\nseal Nat.add": "seal",
    "exact sor\u200dry": "control",
    "exact\u00a0h": "space",
}


@pytest.mark.parametrize("text,expected", list(ACCEPTED.items()))
def test_accepted_and_normalised(text, expected):
    assert sanitize_tactic(text) == expected


@pytest.mark.parametrize("text,reason", list(REJECTED.items()))
def test_rejected_with_a_reason(text, reason):
    with pytest.raises(UnsafeTactic, match=reason.replace("[", r"\[")):
        sanitize_tactic(text)


def test_length_cap():
    with pytest.raises(UnsafeTactic, match="longer"):
        sanitize_tactic("simp " + "x" * MAX_TACTIC_CHARS)


def test_normalised_text_is_a_fixed_point():
    for text in ACCEPTED:
        once = sanitize_tactic(text)
        assert sanitize_tactic(once) == once
