"""Tactic text is untrusted input: admit only text that can stay inside a proof.

The Dojo pastes a candidate tactic into a Lean document below the theorem's `by`. Text
that ends the proof block and starts a command (`theorem`, `axiom`, `#eval`,
`set_option`, ...), that proves by fiat (`sorry`, `admit`, `native_decide`), or that
reaches the meta level (`run_tac`, `by_elab`, syntax quotations, the code inside an
interpolated string such as `s!"{by sorry}"`) is rejected here, before Lean sees it. The
check is lexical and deliberately conservative: a banned word as any component of any
identifier is enough, and so is a brace in any string literal. Identifiers are read as
Lean reads them: a character outside Lean's identifier classes (`ª`, `²`, Cyrillic
homoglyphs, ...) is rejected rather than taken as part of a longer, harmless name, since
Lean would end the name before it (`sorryª` is `sorry` to Lean). Lean's own parser and
the final whole-file re-check with `#print axioms` are the next two lines of defence; how
the text is spliced into the proof is described at `leanagent.lean.dojo._indent`.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

from leanagent.source.tokens import (
    CLOSERS,
    OPENERS,
    block_comment_end,
    lean_id_first,
    lean_id_rest,
    name_parts,
    tokenize,
)

MAX_TACTIC_CHARS = 4000

COMMAND_WORDS = frozenset(
    """
    theorem lemma def example axiom axioms instance structure class inductive coinductive abbrev
    opaque irreducible_def namespace section end open export variable variables variable? universe
    universes import prelude module set_option attribute macro macro_rules syntax elab elab_rules
    notation notation3 infix infixl infixr prefix postfix mutual deriving noncomputable private
    protected public partial unsafe nonrec initialize builtin_initialize declare_syntax_cat run_cmd
    run_elab run_meta omit include local scoped meta register_option register_builtin_option
    add_decl_doc where termination_by termination_by? decreasing_by partial_fixpoint
    inductive_fixpoint coinductive_fixpoint simproc dsimproc simproc_decl dsimproc_decl
    builtin_simproc builtin_dsimproc builtin_simproc_decl builtin_dsimproc_decl simproc_pattern
    builtin_simproc_pattern unif_hint seal unseal init_quot grind_pattern builtin_grind_pattern
    recommended_spelling library_note alias binder_predicate declare_simp_like_tactic
    declare_config_elab declare_command_config_elab register_simp_attr register_label_attr
    register_tactic_tag tactic_extension register_linter_set register_error_explanation
    gen_injective_theorems compile_inductive syntax_abbrev declare_aesop_rule_sets
    assert_not_exists suppress_compilation unsuppress_compilation open_locale extends
    """.split()
)
"""Words that start (or modify) a top-level command."""

STUB_AXIOM = "_leanagent_stub"
"""The axiom that stands in for the proofs of the context in a Dojo's document."""

FIAT_WORDS = frozenset(
    """
    sorry admit stop sorryAx native_decide nativeDecide native ofReduceBool ofReduceNat reduceBool
    reduceNat trustCompiler lcProof lcUnreachable lcCast implemented_by extern run_tac by_elab
    bv_decide bv_decide? bv_check exact? apply? rw? library_search hint unsafeCast
    """.split()
) | {STUB_AXIOM}
"""Words that close goals without proof or run arbitrary meta code (`stop` is `repeat sorry`;
`exact?` and `apply?` admit the goal when their search fails)."""

BANNED_WORDS = COMMAND_WORDS | FIAT_WORDS

_PAIRS = {**OPENERS, "‹": "›"}
_CLOSERS = CLOSERS | {"›"}
_PLAIN_STRING = re.compile(r'"(?:\\.|[^"\\])*"', re.DOTALL)
_RAW_STRING = re.compile(r'r(#*)"(?:.|\n)*?"\1', re.DOTALL)
_BAD_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
"""Control, format (zero-width joiners, bidirectional overrides), surrogate, private-use and
unassigned code points."""
_LINE_BREAKS = {"\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


class UnsafeTactic(ValueError):
    """The tactic text was rejected before reaching Lean; the message says why."""


def sanitize_tactic(text: str) -> str:
    """Return `text` normalised for pasting into a proof, or raise `UnsafeTactic`.

    Normalised: comments removed, common indentation and trailing spaces removed, so
    the first line starts at column 0 and continuation lines keep relative indentation.
    """
    if len(text) > MAX_TACTIC_CHARS:
        raise UnsafeTactic(f"tactic longer than {MAX_TACTIC_CHARS} characters")
    for ch in text:
        if ch in _LINE_BREAKS or (ch != "\n" and unicodedata.category(ch) in _BAD_CATEGORIES):
            raise UnsafeTactic(f"control or line-break character {ch!r}")
        if ch != " " and unicodedata.category(ch) == "Zs":
            raise UnsafeTactic(f"control or line-break character {ch!r} (a space other than ' ')")
    tokens = tokenize(text)
    pieces: list[str] = []
    prev_end = 0
    stack: list[str] = []
    for k, tok in enumerate(tokens):
        pieces.append(_blank_comments(text[prev_end : tok.offset]))
        prev_end = tok.offset + len(tok.text)
        pieces.append(tok.text)
        _check_token(tok.kind, tok.text, tokens[k + 1].text if k + 1 < len(tokens) else "", stack)
    pieces.append(_blank_comments(text[prev_end:]))
    if stack:
        raise UnsafeTactic(f"unclosed bracket {stack[-1]!r}")
    return _layout("".join(pieces))


def _check_token(kind: str, word: str, following: str, stack: list[str]) -> None:
    if kind == "doc":
        raise UnsafeTactic("doc comment")
    if kind == "str" and not (_PLAIN_STRING.fullmatch(word) or _RAW_STRING.fullmatch(word)):
        raise UnsafeTactic("unterminated string literal")
    if kind == "str" and ("{" in word or "}" in word):
        raise UnsafeTactic("brace in a string literal (an interpolated string's braces hold code)")
    if kind == "ident":
        if word.startswith("#"):
            raise UnsafeTactic(f"command {word!r}")
        for part in name_parts(word):
            if not part.startswith("«"):
                _check_name_part(part)
            if part.strip("«»") in BANNED_WORDS:
                raise UnsafeTactic(f"forbidden word {part.strip('«»')!r}")
    if kind != "sym":
        return
    if word == "#" and following != "[":
        raise UnsafeTactic("'#' outside an array literal")
    if word == "@" and following == "[":
        raise UnsafeTactic("attribute '@['")
    if word in {"`", "$"}:
        raise UnsafeTactic(f"quotation or antiquotation {word!r}")
    if word in _PAIRS:
        stack.append(_PAIRS[word])
    elif word in _CLOSERS:
        if not stack or stack.pop() != word:
            raise UnsafeTactic(f"unbalanced {word!r}")


def _check_name_part(part: str) -> None:
    """An unescaped name component as the shared tokenizer read it (Python's `isalpha`,
    `isdigit`) must be one identifier to Lean too; else Lean would split it, and a banned
    word could hide in front of the character that ends Lean's identifier."""
    for k, ch in enumerate(part):
        if not (lean_id_first(ch) if k == 0 else lean_id_rest(ch)):
            raise UnsafeTactic(f"character {ch!r} in {part!r} is not part of a Lean identifier")


def _blank_comments(gap: str) -> str:
    """Replace the comments in the text between two tokens by spaces, keeping newlines."""
    out, i = [], 0
    while i < len(gap):
        if gap.startswith("--", i):
            end = gap.find("\n", i)
            end = len(gap) if end < 0 else end
        elif gap.startswith("/-", i):
            closed = block_comment_end(gap, i)
            if closed is None:
                raise UnsafeTactic("unterminated block comment")
            end = closed
        else:
            out.append(gap[i])
            i += 1
            continue
        out.append(re.sub(r"[^\n]", " ", gap[i:end]))
        i = end
    return "".join(out)


def _layout(text: str) -> str:
    lines = [line.rstrip() for line in textwrap.dedent(text).split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise UnsafeTactic("empty tactic")
    head = len(lines[0]) - len(lines[0].lstrip(" "))
    if any(len(line) - len(line.lstrip(" ")) < head for line in lines[1:]):
        raise UnsafeTactic("a continuation line is indented less than the tactic")
    return "\n".join(line[head:] for line in lines)
