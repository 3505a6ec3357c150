"""`leanagent verify-steps` end to end: JSON, the HTML report in a real browser, the corpus."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.corpus.db import CorpusDB
from leanagent.safe.prover import Verdict
from leanagent.safe.report import COLOURS
from leanagent.safe.store import REPO
from tests.browser import colour, rendered

SOLUTIONS = [
    {
        "id": "clips",
        "problem": "Natalia sold clips to 48 of her friends in April, and then she sold half as many in May.",
        "steps": ["Natalia sold 48/2 = 24 clips in May.", "Altogether 48 + 24 = 73 clips.", "Let us check."],
    },
    {
        "id": "sale",
        "problem": "A $80 coat is 25% off.",
        "solution": "The discount is 25% of $80, which is $20.\n",
    },
]


def test_verify_steps_json_html_and_corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in SOLUTIONS))
    db, html = tmp_path / "corpus.db", tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["verify-steps", str(path), "--db", str(db), "--json", "--html", str(html)]
    )
    assert result.exit_code == 0, result.output
    clips, sale = json.loads(result.stdout)["solutions"]
    assert clips["id"] == "clips" and sale["id"] == "sale"
    assert [s["verdict"] for s in clips["steps"]] == ["verified", "refuted", "unformalised"]
    assert clips["score"] == 0.0 and sale["score"] == 1.0
    refuted = clips["steps"][1]
    assert set(refuted) >= {"text", "verdict", "lean", "proof"}
    assert refuted["lean"].startswith("theorem s_clips_step_2") and "¬" in refuted["proof"]

    with rendered(html) as page:  # what a reader sees: each step coloured by its verdict
        step = page.locator(".step.refuted")
        assert step.is_visible() and "48 + 24 = 73" in step.inner_text()
        assert "¬" in page.locator(".step.refuted .proof").inner_text()
        red = COLOURS[Verdict.REFUTED]
        assert colour(page, ".step.refuted") == "rgb({}, {}, {})".format(
            *(int(red[i : i + 2], 16) for i in (1, 3, 5))
        )
        assert colour(page, ".step.verified") == "rgb(24, 106, 30)"
        assert colour(page, ".step.verified") != colour(page, ".step.unformalised")
        assert page.get_by_text("theorem s_sale_step_1").first.is_visible()

    with CorpusDB(db) as corpus:  # verified and refuted steps: a repository of their own
        repo_id = corpus.repo_ids()[REPO.url]
        rows = corpus.db.execute(
            "SELECT t.full_name, p.source, p.verified FROM theorems t JOIN files f ON f.id = t.file_id "
            "JOIN proofs p ON p.theorem_id = t.id WHERE f.repo_id = ? AND p.source LIKE 'safe:%' ORDER BY 1",
            [repo_id],
        ).fetchall()
    assert rows == [
        ("SafeSteps.s_clips_step_1", "safe:verified", 1),
        ("SafeSteps.s_clips_step_2_false", "safe:refuted", 1),
        ("SafeSteps.s_sale_step_1", "safe:verified", 1),
    ]


def test_verify_steps_table_and_bad_input(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("3 * 4 = 12\n12 + 1 = 14\n")
    result = CliRunner().invoke(app, ["verify-steps", str(path), "--no-store"])
    assert result.exit_code == 0, result.output
    assert "verified" in result.output and "refuted" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    result = CliRunner().invoke(app, ["verify-steps", str(bad), "--no-store"])
    assert result.exit_code == 2 and "needs `steps`" in result.output
