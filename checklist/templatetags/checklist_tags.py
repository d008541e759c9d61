"""Template access to checklist.engine.presentation, so a partial needs only the object it shows.

`{% score_card assessment as groups %}` lets `clinics/_score_card.html` take nothing but an
`Assessment`, which is what makes it reusable by the clinic page, the patient report and the
admin. Nothing here marks text safe: templates escape what these return.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from babel.numbers import format_decimal
from django import template
from django.utils import translation
from django.utils.translation import gettext, ngettext

from checklist.engine import presentation
from checklist.engine.criteria import CATALOGUE
from clinics import prices
from clinics.portal_language import long_date, long_datetime

register = template.Library()

# A date written out in the page's language: "11 May 2026", "11 de mayo de 2026", "11 Mayıs 2026"
# (`{{ day|long_date }}`; a fixed "j F Y" gave "11 mayo 2026" in Spanish).
register.filter("long_date", long_date)
register.filter("long_datetime", long_datetime)


@register.simple_tag
def score_card(assessment: Any) -> tuple[presentation.ScoreGroup, ...]:
    return presentation.score_card(assessment, CATALOGUE) if assessment else ()


# Prices in the page's language: `{% money min max as price %}`, `{% quoted_money ... %}`.
register.simple_tag(prices.money, name="money")
register.simple_tag(prices.quoted_money, name="quoted_money")


@register.simple_tag
def red_flag(assessment: Any) -> str:
    """The main red flag of a stored or computed assessment, or ''."""
    if assessment is None:
        return ""
    claim_flags = getattr(assessment, "claim_flags", ())
    flag = presentation.main_red_flag(assessment.failed_knockouts, claim_flags, CATALOGUE)
    return translated(flag) if flag else ""


@register.simple_tag
def red_flags_found(assessment: Any) -> str:
    """'4 red flags found' beside a "not enough information" grade, or ''. Takes a Verdict (which
    knows its count) or a stored assessment (counted from its knockouts and claim flags)."""
    if assessment is None:
        return ""
    if isinstance(assessment, presentation.Verdict):
        return assessment.warning
    count = presentation.red_flag_count(
        assessment.failed_knockouts, getattr(assessment, "claim_flags", ())
    )
    if not presentation.red_flags_found(assessment.grade, count):
        return ""
    return ngettext("%(count)s red flag found", "%(count)s red flags found", count) % {
        "count": count
    }


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@functools.cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The engine's sentences built with values, as patterns that give their values back: the
    most specific (the most fixed text) first."""
    from checklist.engine_messages import TEMPLATES

    found = []
    for sentence in sorted(TEMPLATES, key=lambda t: -len(re.sub(r"\{\d+\}", "", t))):
        parts = re.split(r"(\{\d+\})", sentence)
        # A list ("{0} and {1}", "{0}, {1}") joins words within one sentence, never two
        # sentences ("Processed in a closed system. Prepared and given back the same day.").
        joins_a_list = not re.search(r"[A-Za-z]{4,}", re.sub(r"\{\d+\}", "", sentence))
        slot = r"(?:(?![.!?]\s+[A-Z]).)+?" if joins_a_list else ".+?"
        pattern = "".join(
            f"(?P<s{part[1:-1]}>{slot})" if re.fullmatch(r"\{\d+\}", part) else re.escape(part)
            for part in parts
        )
        found.append((re.compile(f"^{pattern}$", re.DOTALL), sentence))
    return tuple(found)


# A list of n items is n - 1 joins deep ("a, b, c and d"): the five claim kinds of a promise.
MAX_DEPTH = 6


@register.filter
def translated(text: str | None, depth: int = 0) -> str:
    """An engine text (a criterion's title, a reason, a question) in the page's language: the
    engine is plain English; its texts are in the catalogues (checklist/engine_messages.py).
    A sentence built with values ("Quoted $7,500, within the range ...") is matched against the
    engine's templates, and the translated template is filled with its values, each translated
    in turn where the catalogue has it."""
    if not text:
        return text or ""
    found = gettext(text)
    if found != text or translation.get_language() in (None, "en") or depth > MAX_DEPTH:
        return found
    for pattern, sentence in _templates():
        match = pattern.match(text)
        if match is None:
            continue
        values = {
            name[1:]: _localised_numbers(translated(value, depth + 1))
            for name, value in match.groupdict().items()
        }
        filled = gettext(sentence).format(*(values[str(slot)] for slot in range(len(values))))
        # A value that opens the sentence ("{0} kaynaklı hücreler...") opens it capitalised.
        return _capitalised(filled) if text[:1].isupper() else filled
    # Sentences the engine strung together ("Processed in a closed system. The lab is at the
    # clinic."): each translated on its own.
    parts = SENTENCE_BREAK.split(text)
    if len(parts) > 1:
        return " ".join(translated(part, depth + 1) for part in parts)
    return text


# A number the engine wrote the English way: grouped with commas ("$6,500"), or five digits or
# more ungrouped ("10000 procedures"). Four bare digits may be a year, and are left alone.
ENGLISH_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{5,})(?![\d.,]\d)")


def _localised_numbers(value: str) -> str:
    """The whole numbers in a filled-in value grouped the page language's way ("6.500")."""
    locale = translation.to_locale(translation.get_language() or "en")
    return ENGLISH_NUMBER.sub(
        lambda found: format_decimal(int(found.group(0).replace(",", "")), locale=locale), value
    )


def _capitalised(text: str) -> str:
    """``text`` with its first letter capital, the Turkish way on Turkish pages (i -> İ)."""
    first = text[:1]
    if translation.get_language() == "tr" and first == "i":
        return "İ" + text[1:]
    return first.upper() + text[1:]


@register.filter
def translated_each(texts: Iterable[str] | None) -> str:
    """Several engine texts, each in the page's language, joined as a list ("a; b"): a piece of
    a claim flagged twice names both flags, and the joined English is no catalogue entry."""
    return "; ".join(translated(text) for text in texts or ())


@register.filter
def grade_label(grade: str | None) -> str:
    label = presentation.GRADE_LABELS.get(grade or "")
    return gettext(label) if label else gettext("Not assessed yet")


@register.filter
def svg_number(value: float | None) -> str:
    """A number for an SVG attribute: always a dot decimal, whatever the locale."""
    return f"{float(value or 0):.2f}"


@register.filter
def grade_meaning(grade: str | None) -> str:
    meaning = presentation.GRADE_MEANINGS.get(grade or "", "")
    return gettext(meaning) if meaning else ""


@register.filter
def evidence_link(identifier: str | None) -> str:
    return presentation.evidence_link(identifier or "")


@register.filter
def web_url(value: str | None) -> str:
    """The address if it is an http(s) URL, else '': stored URLs are validated, but a link
    built from data is only ever a web link."""
    url = (value or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


@register.filter
def links_for(links_by_key: dict[str, Any] | None, key: str) -> Any:
    """The public-register links filed under ``key`` (a criterion id), or none."""
    return (links_by_key or {}).get(key, ())
