from pathlib import Path

from checklist.engine.criteria import CATALOGUE
from checklist.management.commands.write_methodology import render_methodology

DOC = Path(__file__).resolve().parents[2] / "docs" / "methodology.md"


def test_docs_methodology_matches_the_catalogue():
    assert DOC.read_text(encoding="utf-8") == render_methodology(), (
        "docs/methodology.md is out of date: run `manage.py write_methodology`"
    )


def test_docs_methodology_names_every_criterion_and_its_points():
    text = DOC.read_text(encoding="utf-8")
    for criterion in CATALOGUE.criteria:
        assert f"(`{criterion.id}`)" in text
        assert f"{criterion.points} points" in text
