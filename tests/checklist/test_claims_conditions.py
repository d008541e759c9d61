"""The screener's disease vocabulary is ICD-10-CM's, derived by a script, never edited by hand;
it finds conditions in real clinic wording and leaves cosmetic concerns alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checklist.engine.claims.vocabulary import CONDITIONS_FILE, conditions

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_vocabulary_is_what_the_script_derives_from_icd_10_cm() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "claims_conditions.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == CONDITIONS_FILE.read_text(encoding="utf-8")
    assert len(done.stdout.splitlines()) > 5000


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("an option for chronic obstructive pulmonary disease", ["obstructive pulmonary disease"]),
        ("Stem cells for Cerebral Palsy", ["Cerebral Palsy"]),
        ("treats osteoarthritis and lumbago", ["osteoarthritis", "lumbago"]),
        ("haemorrhoids and anaemia", ["haemorrhoids", "anaemia"]),  # British spelling
        ("she has migraines", ["migraines"]),  # plural
        ("help with Parkinson's disease", ["Parkinson's disease"]),
    ],
)
def test_conditions_are_found_by_their_icd_names(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in conditions(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "softens wrinkles, fine lines and acne scars",
        "some swelling and bruising for a week",
        "restores volume to the cheeks and improves skin texture",
        "suitable for transgender patients",
        "skin tags and facial asymmetry are assessed at consultation",
    ],
)
def test_cosmetic_concerns_and_everyday_words_are_not_conditions(text: str) -> None:
    assert list(conditions(text)) == []
