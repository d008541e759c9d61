"""The same claims in other words. Rules written on one set of clinic pages catch about half of
another set's red flags (docs/claims.md): they learn the sentences, not the claim. These
paraphrases were written here, from the categories and special cases of
../shared/data/CLAIMS.md, without looking at any corpus row, to ask whether a rule reaches the
claim's grammar (a share of patients pleased, certainty about the concern itself, "right after
the session") rather than one clinic's wording. Beside each claim stand honest sentences that
share its words, so that reaching further is not paid for with false flags."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checklist.engine.claims.measure import LABELS
from tests.checklist.paraphrases_en import CLAIMS, HONEST
from tests.checklist.paraphrases_enforcement import ENFORCEMENT_CLAIMS, ENFORCEMENT_HONEST
from tests.checklist.paraphrases_es import ES_CLAIMS, ES_HONEST
from tests.checklist.paraphrases_session20 import SESSION20_CLAIMS, SESSION20_HONEST
from tests.checklist.paraphrases_session21 import SESSION21_CLAIMS, SESSION21_HONEST
from tests.checklist.paraphrases_session22 import SESSION22_CLAIMS, SESSION22_HONEST
from tests.checklist.paraphrases_session23 import SESSION23_CLAIMS, SESSION23_HONEST
from tests.checklist.paraphrases_session24 import SESSION24_CLAIMS, SESSION24_HONEST
from tests.checklist.paraphrases_session25 import SESSION25_CLAIMS, SESSION25_HONEST
from tests.checklist.paraphrases_session26 import SESSION26_CLAIMS, SESSION26_HONEST
from tests.checklist.paraphrases_session27 import SESSION27_CLAIMS, SESSION27_HONEST
from tests.checklist.paraphrases_session28 import SESSION28_CLAIMS, SESSION28_HONEST
from tests.checklist.paraphrases_session29 import SESSION29_CLAIMS, SESSION29_HONEST
from tests.checklist.paraphrases_session30 import SESSION30_CLAIMS, SESSION30_HONEST
from tests.checklist.paraphrases_tr import TR_CLAIMS, TR_HONEST
from tests.checklist.vetoed import assert_caught, assert_left_alone

# Later sessions keep their paraphrases in files of their own, each a dict by language: a new
# file joins these two tuples.
MORE_CLAIMS = (
    ENFORCEMENT_CLAIMS,
    SESSION20_CLAIMS,
    SESSION21_CLAIMS,
    SESSION22_CLAIMS,
    SESSION23_CLAIMS,
    SESSION24_CLAIMS,
    SESSION25_CLAIMS,
    SESSION26_CLAIMS,
    SESSION27_CLAIMS,
    SESSION28_CLAIMS,
    SESSION29_CLAIMS,
    SESSION30_CLAIMS,
)
MORE_HONEST = (
    ENFORCEMENT_HONEST,
    SESSION20_HONEST,
    SESSION21_HONEST,
    SESSION22_HONEST,
    SESSION23_HONEST,
    SESSION24_HONEST,
    SESSION25_HONEST,
    SESSION26_HONEST,
    SESSION27_HONEST,
    SESSION28_HONEST,
    SESSION29_HONEST,
    SESSION30_HONEST,
)
CLAIMS_BY_LANGUAGE = {
    language: cases + [case for more in MORE_CLAIMS for case in more[language]]
    for language, cases in {"en": CLAIMS, "es": ES_CLAIMS, "tr": TR_CLAIMS}.items()
}
HONEST_BY_LANGUAGE = {
    language: texts + [text for more in MORE_HONEST for text in more[language]]
    for language, texts in {"en": HONEST, "es": ES_HONEST, "tr": TR_HONEST}.items()
}


@pytest.mark.parametrize(
    ("language", "category", "text"),
    [
        (lang, category, text)
        for lang, cases in CLAIMS_BY_LANGUAGE.items()
        for category, text in cases
    ],
)
def test_a_claim_in_other_words_is_caught(language: str, category: str, text: str) -> None:
    assert_caught(text, category, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [(lang, text) for lang, texts in HONEST_BY_LANGUAGE.items() for text in texts],
)
def test_an_honest_sentence_with_the_same_words_is_left_alone(language: str, text: str) -> None:
    assert_left_alone(text, language)


# Rounds kept as data (tests/checklist/data/paraphrases_session*_LANG.tsv): each was written from
# CLAIMS.md alone, in voices the rules had not heard, and screened once before any tuning
# (docs/claims.md has the figures). A row the screener still gets wrong says so in `still`
# ("missed" or "flagged") and is a strict xfail: it fails the day the screener gets it right, so
# the file is brought up to date rather than left to flatter. "vetoed": the rules catch it and
# the trained encoder sets it aside; "encoder": an honest row the encoder flags and the rules do
# not; both held both ways (vetoed.py).
ROUNDS = sorted((Path(__file__).parent / "data").glob("paraphrases_session*_*.tsv"))


def _round_rows() -> list[object]:
    cases = []
    for path in ROUNDS:
        language = path.stem.rsplit("_", 1)[1]
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                marks = (
                    [pytest.mark.xfail(reason=f"still {row['still']}", strict=True)]
                    if row["still"] in ("missed", "flagged")
                    else []
                )
                cases.append(
                    pytest.param(
                        language,
                        row["label"],
                        row["text"],
                        row["still"],
                        marks=marks,
                        id=f"{path.stem}-{len(cases)}",
                    )
                )
    return cases


@pytest.mark.parametrize(("language", "label", "text", "still"), _round_rows())
def test_a_round_in_new_voices_is_read_right(
    language: str, label: str, text: str, still: str
) -> None:
    if label == "ok":
        assert_left_alone(text, language, encoder=still == "encoder")
    else:
        assert_caught(text, label, language, vetoed=still == "vetoed")


def test_the_rounds_are_there_and_well_formed() -> None:
    assert ROUNDS
    for path in ROUNDS:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        assert rows, path
        for row in rows:
            assert row["label"] in LABELS, (path, row)
            # "vetoed" and "encoder": the rules and the trained encoder disagree (vetoed.py)
            assert row["still"] in ("", "missed", "flagged", "vetoed", "encoder"), (path, row)
            assert (row["still"] in ("flagged", "encoder")) <= (row["label"] == "ok"), (path, row)
            assert (row["still"] == "vetoed") <= (row["label"] != "ok"), (path, row)
