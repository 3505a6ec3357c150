"""Attacks on the Dojo through tactic text: each is stopped by the sanitiser (a), and, with
the sanitiser switched off, by a later layer (b): the splicing (`_indent`), Lean itself, the
Dojo's reading of Lean's messages (the sorry warning) or the whole-theorem re-check.

(b) opens one Dojo on the false statement `theorem t : 1 = 2`, so any `ProofFinished` at all
is a forged proof.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import leanagent.lean.dojo as dojo_module
from leanagent.lean.dojo import Dojo, LeanError, ProofFinished, ProofTarget, TacticState, Timeout
from leanagent.lean.monitor import wait_gone
from leanagent.lean.sanitize import UnsafeTactic, sanitize_tactic

FIXTURES = Path(__file__).parent / "fixtures_dojo"

ATTACKS = [
    # proofs by fiat
    "exact sorry",
    "admit",
    "stop decide",
    "repeat sorry",
    "exact (sorry : _)",
    "exact (by sorry : 1 = 2)",
    "exact @sorryAx _ false",
    "exact «sorry»",
    "native_decide",
    "decide +native",
    "exact Lean.ofReduceBool _ _ rfl",
    "exact lcProof",
    "exact?",
    "apply?",
    "with_unfolding_all exact sorry",
    # meta level
    "run_tac Lean.Elab.Tactic.evalTactic (← `(tactic| sorry))",
    "exact by_elab return default",
    "exact `(1)",
    # code inside interpolated strings
    'have h := s!"{by exact sorry}"',
    'have h := m!"{(sorry : 1 = 2)}"',
    'have h := f!"{sorry}"',
    'exact (toString s!"{sorry}").length',
    # commands after the proof
    "skip\ntheorem x : False := sorry",
    "exact sorry\ntheorem t2 : 1 = 2 := sorry",
    "skip\naxiom evil : 1 = 2",
    "skip\n@[simp] axiom evil : 1 = 2",
    "skip\nopaque evil : 1 = 2",
    "skip\nsimproc evil (Nat.add _ _) := fun _ => pure .continue",
    "skip\ndsimproc evil (Nat.add _ _) := fun _ => pure .continue",
    "skip\nunif_hint (n : Nat) where n =?= 0 ⊢ n + 1 =?= 1",
    "skip\nseal Nat.add",
    "skip\nunseal Nat.add",
    "skip\ninit_quot",
    'skip\nmacro "evil" : tactic => `(tactic| sorry)',
    "skip\nelab_rules : tactic | `(tactic| skip) => pure ()",
    "skip\nmutual\ntheorem a : 1 = 2 := b\ntheorem b : 1 = 2 := a\nend",
    "skip\nend",
    "skip\nnamespace X",
    "skip\nexport Nat (add)",
    "skip\nalias foo := Nat.add",
    'skip\nlibrary_note "x" /-- y -/',
    "skip\ngrind_pattern Nat.add_comm => a + b",
    'skip\nrecommended_spelling "x" for "y" in [Nat.add]',
    'skip\nbinder_predicate x " > " y:term => `($x > $y)',
    'skip\ndeclare_simp_like_tactic evil "evil" fun _ => {}',
    "exact sorry\n#exit",
    "#exit",
    "skip\n#print axioms t",
    "#eval 1",
    "set_option warn.sorry false in exact sorry",
    "set_option warn.sorry false in exact sorry\n#exit",
    "set_option maxHeartbeats 0 in decide",
    "open Nat in exact sorry",
    # declaration suffixes: the theorem's own proof continues after the `by` block
    "exact t\ndecreasing_by all_goals sorry",
    "exact t\ntermination_by 0",
    "exact aux\nwhere aux : 1 = 2 := sorry",
    "skip\nderiving instance Repr for Nat",
    # closing the `by` block
    "skip)\ntheorem x : 1 = 2 := sorry",
    "exact (sorry",
    "skip /- swallow the rest",
    'exact "swallow the rest',
    "exact sorry\n/-- doc -/\ntheorem x : 1 = 2 := sorry",
    # layout: a line that would leave the block
    "  skip\nexact sorry",
    "skip\n\ttheorem x : 1 = 2 := sorry",
    "skip\u2028theorem x : 1 = 2 := sorry",
    "skip\rtheorem x : 1 = 2 := sorry",
    # identifiers that Lean reads differently from Python (or homoglyphs)
    "exact sorryª",
    "exact sorry²",
    "exact ªsorry",
    "exact ѕorry",  # Cyrillic dze
    "exact ｓｏｒｒｙ",  # fullwidth
    "exact sor\u200dry",  # zero-width joiner
    "exact sorry\u202e",  # bidirectional override
    "exact\u00a0sorry",  # no-break space
    "exact sorry\u0301",  # combining accent
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_the_sanitiser_rejects_the_attack(attack):
    with pytest.raises(UnsafeTactic):
        sanitize_tactic(attack)


@pytest.mark.parametrize(
    "text",
    [
        "exact α₁",
        "exact ℕ",
        "exact h₁ⱼ",
        "exact x'",
        "exact h!",
        "exact h?",
        'exact "no braces"',
        "exact 'x'",
    ],
)
def test_lean_identifier_characters_are_still_accepted(text):
    assert sanitize_tactic(text) == text


def _dedent_only(text: str) -> str:
    """The sanitiser switched off: common indentation, trailing spaces and blank lines go."""
    return "\n".join(line.rstrip() for line in textwrap.dedent(text).split("\n") if line.strip())


# With the sanitiser off, the layer that stops each attack (for the report; not asserted).
_pids: list[int] = []


@pytest.fixture(scope="module")
def false_dojo(engine):
    target = ProofTarget.from_statement("theorem t : 1 = 2", directory=FIXTURES)
    with Dojo(target, engine=engine) as (dojo, init):
        yield dojo, init
        _pids.extend(dojo.server.processes())
    assert wait_gone(_pids, timeout=10) == []


KNOWN_FORGERIES: dict[str, str] = {}
"""Attacks that yield `ProofFinished` with the sanitiser off (each a finding for the re-check)."""


@pytest.mark.parametrize(
    "attack",
    [
        pytest.param(a, marks=pytest.mark.xfail(reason=KNOWN_FORGERIES[a], strict=True))
        if a in KNOWN_FORGERIES
        else a
        for a in ATTACKS
    ],
)
def test_without_the_sanitiser_no_attack_finishes_the_proof(false_dojo, monkeypatch, attack):
    dojo, init = false_dojo
    monkeypatch.setattr(dojo_module, "sanitize_tactic", _dedent_only)
    result = dojo.run_tac(init, attack)
    if isinstance(result, LeanError):
        layer = {"unsafe": "splice", "lean": "lean/dojo", "recheck": "recheck"}.get(result.kind, result.kind)
        print(f"\nLAYER {attack!r}: {layer}: {result.message[:160]!r}")
    else:
        print(f"\nLAYER {attack!r}: {type(result).__name__}")
    assert isinstance(result, LeanError | TacticState | Timeout), result
    assert not isinstance(result, ProofFinished)


def test_a_state_made_by_hand_cannot_smuggle_its_tactics_in(false_dojo):
    """A state's tactics are re-checked when spliced: only sanitised text reaches Lean."""
    dojo, init = false_dojo
    for tactics in [("skip\n#eval 1",), ("  skip",), ("skip\n\nskip",), ("exact sorry",)]:
        forged = TacticState(init.goals, tactics)
        result = dojo.run_tac(forged, "skip")
        assert isinstance(result, LeanError) and result.kind == "unsafe", (tactics, result)


@pytest.mark.parametrize("text", ["", " skip", "skip\n\nskip", "skip ", "skip\rdone", "skip\n\tdone"])
def test_splicing_refuses_text_not_in_sanitised_form(text):
    with pytest.raises(UnsafeTactic):
        dojo_module._indent(text)


def test_splicing_puts_every_line_inside_the_block():
    spliced = dojo_module._indent("induction n with\n| zero => rfl\n| succ n ih =>\n  simp [ih]")
    lines = spliced.rstrip("\n").split("\n")
    indent = dojo_module.INDENT
    assert lines[0] == indent + "induction n with"  # the block's column: INDENT
    assert all(line.startswith(indent) for line in lines)  # no line shallower than the block
