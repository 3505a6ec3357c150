"""Pieces of the tracer that need no Lean: hypothesis names, the library outline cache."""

from __future__ import annotations

from leanagent.config import get_settings
from leanagent.corpus.library import library_file
from leanagent.corpus.outline import outline
from leanagent.corpus.trace import _hypotheses
from leanagent.source.hashing import content_hash


def test_hypothesis_names_from_goals():
    goals = (
        "case succ\nn m : Nat\nih : n + 0 = n\nh :\n  a very long\n  type\n⊢ n + 1 = n + 1",
        "p q : Prop\nhp : p\n⊢ q",
    )
    assert _hypotheses(goals) == {"n", "m", "ih", "h", "p", "q", "hp"}


def test_library_outline_is_cached_by_content():
    text = "prelude\nimport Init.Prelude\n\ntheorem Foo.bar : True := True.intro\n"
    digest = content_hash(text + "salt-for-this-test")
    imports, decls = library_file(text, digest)
    assert imports == ("Init.Prelude",) and decls == outline(text).declarations
    cached = get_settings().cache_dir / "trace" / "library" / f"{digest}.json"
    assert cached.is_file()
    # A second call reads the cache (same answer even if the text were gone).
    assert library_file("", digest) == (imports, decls)


def test_constant_name_from_hover_signature():
    from leanagent.corpus.trace import _SIGNATURE_NAME

    names = [
        _SIGNATURE_NAME.match(sig).group(1)
        for sig in (
            "List.map_cons.{u, v} (f : α → β) : x",
            "Nat.add_comm (n m : Nat) : n + m = m + n",
            "trivial : True",
        )
    ]
    assert names == ["List.map_cons", "Nat.add_comm", "trivial"]
