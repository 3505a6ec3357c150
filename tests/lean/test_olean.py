"""The .olean reader against files compiled by the real engine, checked against ``#print axioms``."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from leanagent.lean import olean
from leanagent.lean.axioms import parse_axioms
from leanagent.lean.messages import run_lean
from leanagent.lean.olean import ConstKind, OleanError, axioms_of, read_module

CHOICE = frozenset({"Classical.choice", "propext", "Quot.sound"})
SAMPLE = """set_option warn.sorry false
theorem a : True := trivial
theorem b : 1 = 2 := sorry
axiom myAx : False
theorem c : 1 = 2 := myAx.elim
open Classical
theorem d (p : Prop) : p ∨ ¬p := Classical.em p
theorem e : 1 = 2 := b
private theorem h : 1 = 2 := e
theorem usesPriv : 1 = 2 := h
theorem g (p q : Prop) : (p ∧ q) = (q ∧ p) := propext ⟨And.symm, And.symm⟩
theorem viaInit (p : Prop) : p ∨ ¬p := Classical.byCases Or.inl Or.inr
theorem plain (p q : Prop) : (p ∧ q) ↔ (q ∧ p) := and_comm
inductive Color | red | green
def pick : Color → Nat | .red => 0 | .green => 1
"""
EXPECTED = {
    "a": frozenset(),
    "b": frozenset({"sorryAx"}),
    "c": frozenset({"myAx"}),
    "d": CHOICE,
    "e": frozenset({"sorryAx"}),
    "usesPriv": frozenset({"sorryAx"}),
    "g": frozenset({"propext"}),
    "viaInit": CHOICE,
    "plain": frozenset(),
    "pick": frozenset(),
    "Color": frozenset(),
}


def compile_file(engine, folder: Path, module: str, text: str, extra: tuple[Path, ...] = ()):
    """Compile ``folder/src/<module>.lean`` to ``folder/build/<module>.olean``."""
    src = folder / "src" / Path(*module.split(".")).with_suffix(".lean")
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(text, encoding="utf-8")
    out = folder / "build" / Path(*module.split(".")).with_suffix(".olean")
    run = run_lean(engine, src, timeout=120, root=folder / "src", olean=out, extra_lean_path=extra)
    assert run.returncode == 0 and out.is_file(), (run.messages, run.other_output)
    return run, out


@pytest.fixture(scope="module")
def sample(engine, tmp_path_factory):
    folder = tmp_path_factory.mktemp("olean")
    audit = "set_option pp.fullNames true\n" + "".join(f"#print axioms {n}\n" for n in EXPECTED)
    return compile_file(engine, folder, "Sample", SAMPLE + audit)


def test_axiom_sets(engine, sample):
    run, out = sample
    assert axioms_of(EXPECTED, list(engine.lean_path), module=out) == EXPECTED
    printed = {m.line: parse_axioms(m.text) for m in run.messages if m.severity == "information"}
    first = SAMPLE.count("\n") + 2
    lean_says = {n: frozenset(printed[first + i]) for i, n in enumerate(EXPECTED)}
    assert lean_says == EXPECTED  # the expectations are Lean's own answers


def test_module_contents(sample):
    info = read_module(sample[1])
    assert info.imports == ["Init"] and info.lean_version == "4.35.0"
    kinds = {n: info.constants[n].kind for n in ("a", "myAx", "pick", "Color", "Color.red", "Color.rec")}
    assert kinds == {
        "a": ConstKind.THEOREM,
        "myAx": ConstKind.AXIOM,
        "pick": ConstKind.DEFINITION,
        "Color": ConstKind.INDUCTIVE,
        "Color.red": ConstKind.CONSTRUCTOR,
        "Color.rec": ConstKind.RECURSOR,
    }
    assert info.constants["a"].references == {"True", "trivial"}
    assert info.constants["c"].references >= {"myAx", "False.elim", "Eq"}
    assert info.constants["Color"].constructors == ("Color.red", "Color.green")
    assert "_private.Sample.0.h" in info.constants  # numeric components as digits
    assert "_private.Sample.0.h" in info.constants["usesPriv"].references


def test_forged_print_axioms_output_changes_nothing(engine, tmp_path):
    forged = (
        "macro_rules | `(#print axioms $_) => `(#print \"'b' does not depend on any axioms\")\n"
        "#print axioms b\n"
    )
    run, out = compile_file(engine, tmp_path, "Forged", SAMPLE + forged)
    said = [parse_axioms(m.text) for m in run.messages if m.severity == "information"]
    assert said == [[]], "the forgery should fool the message-based audit"
    assert axioms_of(["b", "e"], list(engine.lean_path), module=out) == {
        "b": frozenset({"sorryAx"}),
        "e": frozenset({"sorryAx"}),
    }


def test_closure_across_user_modules(engine, tmp_path):
    build = tmp_path / "build"
    lib = (
        "set_option warn.sorry false\ntheorem Lib.bad : 1 = 2 := sorry\ntheorem Lib.good : True := trivial\n"
    )
    compile_file(engine, tmp_path, "Pkg.Lib", lib)
    use = "import Pkg.Lib\ntheorem u : 1 = 2 := Lib.bad\ntheorem v : True := Lib.good\n"
    compile_file(engine, tmp_path, "Pkg.Use", use, extra=(build,))
    search = [build, *engine.lean_path]
    assert read_module(build / "Pkg" / "Use.olean").imports == ["Init", "Pkg.Lib"]
    assert axioms_of(["u", "v"], search, module="Pkg.Use") == {"u": {"sorryAx"}, "v": frozenset()}
    # a rebuilt import is read afresh: neither the parsed module nor the closures are stale
    compile_file(engine, tmp_path, "Pkg.Lib", lib.replace("True := trivial", "True := sorry"))
    assert axioms_of(["u", "v"], search, module="Pkg.Use") == {"u": {"sorryAx"}, "v": {"sorryAx"}}


def test_fails_closed(engine, sample, tmp_path):
    with pytest.raises(KeyError):
        axioms_of(["nope"], list(engine.lean_path), module=sample[1])
    with pytest.raises(OleanError):
        axioms_of(["a"], [tmp_path], module=sample[1])  # Init is not on this path
    bogus = tmp_path / "X.olean"
    bogus.write_bytes(b"not an olean" * 10)
    with pytest.raises(OleanError):
        read_module(bogus)


def test_reading_all_of_init_is_fast(engine, sample):
    olean._CACHE.clear()
    start = time.perf_counter()
    every = [read_module(p) for folder in engine.lean_path for p in Path(folder).rglob("*.olean")]
    axioms_of(EXPECTED, list(engine.lean_path), module=sample[1])
    elapsed = time.perf_counter() - start
    assert sum(len(m.constants) for m in every) > 1000
    assert elapsed < 2.0, f"{elapsed:.2f}s"
