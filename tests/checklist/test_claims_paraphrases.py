"""The same claims in other words. Rules written on one set of clinic pages catch about half of
another set's red flags (docs/claims.md): they learn the sentences, not the claim. These
paraphrases were written here, from the categories and special cases of
../shared/data/CLAIMS.md, without looking at any corpus row, to ask whether a rule reaches the
claim's grammar (a share of patients pleased, certainty about the concern itself, "right after
the session") rather than one clinic's wording. Beside each claim stand honest sentences that
share its words, so that reaching further is not paid for with false flags."""

from __future__ import annotations

import pytest

from checklist.engine.claims import screen
from tests.checklist.paraphrases_en import CLAIMS, HONEST
from tests.checklist.paraphrases_es import ES_CLAIMS, ES_HONEST
from tests.checklist.paraphrases_tr import TR_CLAIMS, TR_HONEST

CLAIMS_BY_LANGUAGE = {"en": CLAIMS, "es": ES_CLAIMS, "tr": TR_CLAIMS}
HONEST_BY_LANGUAGE = {"en": HONEST, "es": ES_HONEST, "tr": TR_HONEST}


@pytest.mark.parametrize(
    ("language", "category", "text"),
    [
        (lang, category, text)
        for lang, cases in CLAIMS_BY_LANGUAGE.items()
        for category, text in cases
    ],
)
def test_a_claim_in_other_words_is_caught(language: str, category: str, text: str) -> None:
    assert category in {flag.category for flag in screen(text, language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [(lang, text) for lang, texts in HONEST_BY_LANGUAGE.items() for text in texts],
)
def test_an_honest_sentence_with_the_same_words_is_left_alone(language: str, text: str) -> None:
    assert not screen(text, language=language)
