"""Each trick a file can play on the audit is caught; an honest file of the same shape is ok."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.lean.axioms import standard_lookalike, verdict
from leanagent.lean.check import check_file
from leanagent.lean.replay import replay
from leanagent.lean.tamper import lakefile_tampering, tampering

FIXTURES = Path(__file__).parent / "fixtures_audit"

# fixture -> (the theorem that must not be ok, or None for a file-level finding; words of the report)
TRICKS = {
    "ImplementedBy": ("claims_zero", "implemented_by alwaysTrue"),
    "Extern": ("double_one", "@[extern]"),
    "Unsafe": (None, "`unsafe` forged"),
    "NativeDecide": ("twenty", "Lean.ofReduceBool here is declared in NativeDecide"),
    "DecreasingSorry": ("half_zero", "sorry"),
    "InstanceSorry": ("small_100", "sorry"),
    "ShadowAxiom": ("one_is_two", "named like the standard propext"),
    "PreludeAxiom": ("anything", "propext here is declared in PreludeAxiom"),
    "AuditMacro": ("one_is_two", "`macro_rules` over `theorem`"),
    "AuditSyntax": ("t", "`syntax` over `#print`"),
    "CoreNotation": ("weird", "`infixl` over the core notation `+`"),
    "CoreInstance": ("two_is_one", "uses instance fake, which redefines core notation"),
    "NameNotation": ("t", "`notation` over the name `False`"),
    "ShadowName": ("X.t", "its statement uses X.False, which reads as the core False"),
}


def _text(report) -> str:
    return "\n".join([*report.errors, *report.sorries, *(t.message or "" for t in report.theorems)])


@pytest.mark.parametrize("name", sorted(TRICKS))
def test_trick_is_never_ok(engine, name):
    report = check_file(FIXTURES / f"{name}.lean", engine)
    theorem, words = TRICKS[name]
    assert report.status != "ok"
    assert words in _text(report), _text(report)
    if theorem is not None:
        (result,) = [t for t in report.theorems if t.name == theorem]
        assert result.status != "ok"


@pytest.mark.parametrize("name", sorted(TRICKS))
def test_honest_file_of_the_same_shape_is_ok(engine, name):
    honest = FIXTURES / f"{name}Honest.lean"
    if not honest.exists():
        honest = FIXTURES / {"AuditSyntax": "AuditMacroHonest", "PreludeAxiom": "ShadowAxiomHonest"}[name]
        honest = honest.with_suffix(".lean")
    report = check_file(honest, engine)
    assert report.status == "ok", (report.errors, report.sorries, report.theorems)
    assert report.theorems and all(t.ok for t in report.theorems)


def test_sorry_outside_theorems_is_reported_by_declaration(engine):
    """`decreasing_by sorry` and a sorry instance no theorem uses still make the file `sorry`."""
    report = check_file(FIXTURES / "DecreasingSorry.lean", engine)
    assert report.sorries == ["half uses sorry", "unused uses sorry"]
    assert {t.name: t.status for t in report.theorems} == {"half_zero": "sorry", "plain": "ok"}
    instances = check_file(FIXTURES / "InstanceSorry.lean", engine)
    assert "unusedInst uses sorry" in instances.sorries and instances.status == "sorry"


def test_user_axiom_named_like_a_standard_one_fails_the_file_even_unused(engine):
    report = check_file(FIXTURES / "ShadowAxiom.lean", engine)
    assert any("Mine.Classical.choice, named like the standard Classical.choice" in e for e in report.errors)
    assert {t.name: t.status for t in report.theorems}["plain"] == "ok"  # per theorem where it applies


def test_native_decide_axioms_are_named_in_the_verdict():
    status, message = verdict(["Lean.ofReduceBool", "propext"])
    assert status == "error" and "native_decide" in message
    assert standard_lookalike("Foo.propext'") == "propext"
    assert standard_lookalike("Classical.choice₂") == "Classical.choice"
    assert standard_lookalike("my_choice_free") is None


def test_rewriting_print_axioms_keeps_per_theorem_verdicts_but_fails_the_file():
    """The audit never reads `#print` output, so such a macro cannot change a theorem's
    verdict; it is still reported."""
    (found,) = tampering((Path(__file__).parents[1] / "lean" / "fixtures_trust" / "Forged.lean").read_text())
    assert "`#print`" in found.message and not found.theorems
    assert tampering('macro "triv" : tactic => `(tactic| fail "proved by magic")\n') == []


def test_replay_without_a_checker_says_why(engine, tmp_path):
    result = replay(engine, None, ["A"], 10)
    assert not result.available and "embedded engine ships no kernel replay checker" in result.reason
    path = tmp_path / "A.lean"
    path.write_text("theorem a : 1 = 1 := rfl\n")
    cli = CliRunner().invoke(app, ["check", str(path), "--replay"])
    assert cli.exit_code == 3, cli.output
    assert "no kernel replay checker" in cli.output


def test_macro_rules_over_core_notation_fails_its_theorems(engine):
    report = check_file(FIXTURES / "CoreNotation.lean", engine)
    assert any("`macro_rules` over the core notation `=`" in e for e in report.errors)
    assert {t.name: t.status for t in report.theorems} == {"weird": "error", "one_is_two": "error"}


def test_environment_writes_through_meta_programming_are_caught():
    """With a toolchain that has Lean's meta library, `addDeclWithoutChecking` skips the kernel."""
    text = (
        "import Lean\nopen Lean Elab Command\n"
        "run_cmd modifyEnv fun env => (env.addDeclWithoutChecking default).toOption.getD env\n"
        "theorem t : True := trivial\n"
    )
    (found,) = tampering(text)
    assert "addDeclWithoutChecking, modifyEnv" in found.message and found.theorems
    assert tampering("def modify (n : Nat) : Nat := n\ntheorem t : modify 1 = 1 := rfl\n") == []


def test_a_lakefile_that_turns_the_kernel_off_is_caught(tmp_path):
    (tmp_path / "lakefile.toml").write_text('name = "p"\nleanOptions = { "debug.skipKernelTC" = true }\n')
    (found,) = lakefile_tampering(tmp_path)
    assert "lakefile.toml mentions skipKernelTC" in found.message
    (tmp_path / "lakefile.toml").write_text('name = "p"\n')
    assert lakefile_tampering(tmp_path) == []


def test_without_a_compiled_module_a_forged_print_fails_the_theorems(engine, tmp_path):
    """An error elsewhere means Lean writes no .olean, so the verdicts fall back to the
    `#print axioms` replies; a file that rewrites `#print` gets no theorem through then."""
    forged = (Path(__file__).parents[1] / "lean" / "fixtures_trust" / "Forged.lean").read_text()
    path = tmp_path / "ForgedBroken.lean"
    path.write_text(forged + 'def broken : Nat := "not a number"\n')
    report = check_file(path, engine)
    assert report.status == "error"
    assert {t.name: t.status for t in report.theorems} == {"t": "error", "u": "error", "honest": "error"}
