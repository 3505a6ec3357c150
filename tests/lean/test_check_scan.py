"""The Lean source scanner and the axiom audit's bookkeeping (no Lean run needed)."""

from __future__ import annotations

from leanagent.lean.axioms import instrument, parse_axioms, verdict
from leanagent.lean.check import judge
from leanagent.lean.messages import LeanRun, parse_messages
from leanagent.source.commands import command_spans, scan_commands
from leanagent.source.header import header_imports, read_header

SOURCE = """/-! Module doc: theorem fake1 -/
import Foo.Bar
public import Baz
namespace A.B
/-- doc: theorem fake2 -/
@[simp] private theorem t1 : "theorem fake3" = "x" := rfl -- theorem fake4
section
example : 'a' = 'a' := rfl
theorem _root_.top (h' : True) : True := h'
end
end A.B
namespace C
protected lemma «odd name».x : True := trivial
instance : Inhabited Nat := ⟨theorem_like⟩
deriving instance Repr for Nat
/- a block /- nested -/ comment with theorem fake5 -/
end C
mutual
theorem m1 : True := trivial
theorem m2 : True := trivial
end
theorem z.{u} : True := by
  exact (fun x => x) trivial
"""


def test_header_imports():
    assert header_imports(SOURCE) == ["Foo.Bar", "Baz"]
    assert header_imports("prelude\nimport Init.Prelude\ntheorem x : True := trivial\nimport No") == [
        "Init.Prelude"
    ]


def test_read_header_reads_only_what_it_needs_and_knows_prelude():
    header = read_header(SOURCE)
    assert header.imports == ("Foo.Bar", "Baz") and not header.prelude
    assert SOURCE[: header.end].endswith("public import Baz") and header.lean_imports == (
        "Init",
        "Foo.Bar",
        "Baz",
    )
    long_doc = (
        "/-! " + "x" * 10_000 + " -/\nprelude\nimport Init.Core\n" + "theorem t : True := trivial\n" * 500
    )
    header = read_header(long_doc)  # past the first 4096 characters
    assert header.prelude and header.lean_imports == ("Init.Core",)
    assert long_doc[: header.end].endswith("import Init.Core")


def test_command_spans_cover_the_text_from_each_start():
    text = "/-- é doc -/\ntheorem a : True := trivial\n\n@[simp] theorem b : True := trivial\n"
    spans = [
        (cmd.name, text[start:stop]) for cmd, start, stop in command_spans(scan_commands(text), len(text))
    ]
    assert spans == [
        ("a", "/-- é doc -/\ntheorem a : True := trivial\n\n"),
        ("b", "@[simp] theorem b : True := trivial\n"),
    ]


def test_declarations_and_names():
    theorems = [(c.keyword, c.name, c.keyword_line) for c in scan_commands(SOURCE) if c.is_theorem]
    assert theorems == [
        ("theorem", "A.B.t1", 6),
        ("example", None, 8),
        ("theorem", "top", 9),
        ("lemma", "C.«odd name».x", 13),
        ("theorem", "m1", 19),
        ("theorem", "m2", 20),
        ("theorem", "z", 22),
    ]


def test_command_starts_include_doc_and_attributes():
    t1 = next(c for c in scan_commands(SOURCE) if c.name == "A.B.t1")
    assert (t1.line, t1.col) == (5, 0) and t1.modifiers == ("private",)
    kinds = [c.keyword for c in scan_commands(SOURCE)]
    assert kinds.count("instance") == 1 and "deriving" in kinds


def test_instrumented_copy_keeps_positions_and_names_examples():
    commands = scan_commands(SOURCE)
    audited = instrument(SOURCE, commands, "Mod")
    original = SOURCE.splitlines()
    copy = audited.text.splitlines()
    assert copy[: len(original)][8:] == original[8:]  # only the example's line changed
    assert copy[7].startswith("noncomputable def _leanagent_example_")
    audit = "set_option pp.fullNames true in #print axioms "  # full names whatever is open
    printed = [line for line in copy if line.startswith(audit)]
    assert printed[0] == audit + "_root_.A.B.t1"
    assert printed[1].startswith(audit + "_root_.A.B._leanagent_example_")
    assert len(printed) == 7 and sorted(audited.audit_lines.values()) == list(range(7))


def test_parse_axioms_and_verdict():
    assert parse_axioms("'x' does not depend on any axioms") == []
    assert parse_axioms("'x' depends on axioms: [propext,\n Classical.choice]") == [
        "propext",
        "Classical.choice",
    ]
    assert parse_axioms("something else") is None
    assert verdict(["propext", "Quot.sound"]) == ("ok", None)
    assert verdict(["sorryAx", "myax"])[0] == "sorry"
    status, message = verdict(["propext", "myax"])
    assert status == "error" and "myax" in message


def test_a_crash_is_never_ok():
    text = "theorem a : True := trivial\n"
    commands = scan_commands(text)
    audited = instrument(text, commands, "M")
    ok_reply = (
        '{"severity":"information","pos":{"line":3,"column":0},"data":"\'a\' does not depend on any axioms"}'
    )
    messages, _ = parse_messages(ok_reply)
    crashed = LeanRun(messages, -11, "Segmentation fault", 0.1)
    report = judge("f.lean", commands, audited, crashed, 10)
    assert report.status == "error" and "crashed" in report.errors[0]
    assert report.theorems[0].status == "error"
    clean = judge("f.lean", commands, audited, LeanRun(messages, 0, "", 0.1), 10)
    assert clean.status == "ok"


def test_prefixed_commands_end_the_previous_declaration():
    text = 'theorem a : True := trivial\n  local notation "x" => 1\nset_option pp.all true in\ntheorem b : True := trivial\n'
    found = [(c.keyword, c.line, c.col) for c in scan_commands(text)]
    assert found == [("theorem", 1, 0), ("notation", 2, 2), ("set_option", 3, 0), ("theorem", 4, 0)]


def test_superscript_digits_are_symbols_not_numbers():
    """`a⁻¹` (a postfix inverse) is an identifier then symbols; the file's commands are found."""
    text = 'postfix:max "⁻¹" => inv\n\ntheorem t (a : G) : a⁻¹⁻¹ = a := sorry\n'
    assert read_header(text).imports == ()
    assert [c.name for c in scan_commands(text) if c.is_theorem] == ["t"]
