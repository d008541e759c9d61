"""The language a clinic published a claim in (issue 21): detected from the sentence with lingua
(offline; its models ship in the wheel), among the languages the site and its screener read, and
overridable by a curator. Loaded on first use: a page that shows claims never loads it."""

from __future__ import annotations

import functools
from typing import Any

from django.db import models


class ClaimLanguage(models.TextChoices):
    """The languages a claim is read in (the screener's and the site's)."""

    ENGLISH = "en", "English"
    SPANISH = "es", "Spanish"
    TURKISH = "tr", "Turkish"


CLAIM_LANGUAGES = tuple(ClaimLanguage.choices)


@functools.cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.SPANISH, Language.TURKISH
    ).build()


def detect(text: str) -> str:
    """The claim's language code, or "" when the text holds no words to tell by."""
    if not any(character.isalpha() for character in text):
        return ""
    found = _detector().detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else ""
