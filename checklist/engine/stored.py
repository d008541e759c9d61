"""What a claim keeps of its screening, and how it is read back (pure).

A claim stores a digest of the text that was screened and each flag's category and span
(`stored_screening`); `flags_from_stored` gives back `screen(text)` only when that stored
verdict is this screener's on this very text, so unchanged text is not screened again.

What reviewed curators' labels decide for one claim is kept beside it the same way
(`curation`, Claim.curated_flags): a flag dismissed, a missed category added, for the text they
judged; `curated` applies it to the screener's flags while the text is unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

# The version is read through the module when used: the one in force is the one checked.
from checklist.engine import claims
from checklist.engine.claims import Flag

__all__ = ["curated", "curation", "flags_as_stored", "flags_from_stored", "stored_screening"]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def stored_screening(text: str, flags: Iterable[Flag]) -> dict[str, Any]:
    """What a claim keeps of `screen(text)` (Claim.screening, JSON): a digest of the text that was
    screened, and each flag's category and span; the matched words and the reason follow."""
    return {"text": _digest(text), "flags": [[f.category, f.start, f.end] for f in flags]}


def _read_as(language: str) -> str:
    # "" (not detected) or a language the screener does not read: English.
    return language if language in claims.SCREENER_VERSIONS else "en"


def screener_version(language: str) -> str:
    """The version of the screener that reads ``language`` (a claim's; "" is English)."""
    language = _read_as(language)
    return claims.SCREENER_VERSION if language == "en" else claims.SCREENER_VERSIONS[language]


def screen_in(text: str, language: str) -> tuple[Flag, ...]:
    """`screen(text)` in the claim's language: English exactly as `screen(text)`."""
    language = _read_as(language)
    if language == "en":
        return tuple(claims.screen(text))
    return tuple(claims.screen(text, language=language))


def explain_in(text: str, language: str) -> tuple[claims.Decision, ...]:
    """`explain(text)` in the claim's language, as `screen_in` screens it."""
    return claims.explain(text, _read_as(language))


def flags_from_stored(
    text: str, screening: Any, screened_with: str, language: str = "en"
) -> tuple[Flag, ...] | None:
    """`screen(text)` as stored by `stored_screening`, or None when the stored screening is not
    this screener's verdict on this very text: another version screened it, the text has been
    edited since (however it was edited), or nothing usable is stored."""
    if screened_with != screener_version(language):
        return None
    return flags_as_stored(text, screening)


def flags_as_stored(text: str, screening: Any) -> tuple[Flag, ...] | None:
    """The flags stored by `stored_screening` for this very text, whichever screener made them
    (a patient's report shows the flags its grade was made from); None when the text has been
    edited since or nothing usable is stored."""
    if not isinstance(screening, Mapping) or screening.get("text") != _digest(text):
        return None
    try:
        return tuple(
            Flag(category, start, end, text[start:end], claims.REASONS[category])
            for category, start, end in screening["flags"]
        )
    except (KeyError, TypeError, ValueError):
        return None


def curation(text: str, dismissed: Iterable[str], added: Iterable[str]) -> dict[str, Any]:
    """What reviewed labels decide for one claim (Claim.curated_flags, JSON): the categories
    dismissed and those added, for this very text (a digest); {} when they decide nothing."""
    dismissed, added = sorted(set(dismissed)), sorted(set(added))
    if not dismissed and not added:
        return {}
    return {"text": _digest(text), "dismissed": dismissed, "added": added}


def curated(text: str, record: Any, flags: Iterable[Flag]) -> tuple[Flag, ...]:
    """The screener's flags on a claim with its reviewed labels applied: a dismissed category
    is not flagged, an added one is flagged over the whole claim (the curator named no span).
    A record made for another text (the claim was edited since) decides nothing."""
    flags = tuple(flags)
    if not isinstance(record, Mapping) or record.get("text") != _digest(text):
        return flags
    dismissed = set(record.get("dismissed") or ())
    kept = [f for f in flags if f.category not in dismissed]
    present = {f.category for f in kept}
    for category in record.get("added") or ():
        if category in claims.REASONS and category not in present and category not in dismissed:
            kept.append(Flag(category, 0, len(text), text, claims.REASONS[category]))
            present.add(category)
    return tuple(kept)
