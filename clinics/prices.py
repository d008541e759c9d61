"""Prices as the active language writes them: the engine's wording translated, whole numbers
grouped the language's way ('US$7,000' in English, 'US$7.000' in Spanish and Turkish) and the
reference rate's date in its words. Templates reach these through `{% money %}` and
`{% quoted_money %}`; views call them directly."""

from __future__ import annotations

import functools
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal
from django.utils import translation
from django.utils.translation import gettext

from checklist.engine import presentation
from checklist.engine.presentation.verdict import AS_QUOTED, FROM, UP_TO
from checklist.engine.pricing import RATES_AS_OF


@functools.lru_cache(maxsize=8)
def style(language: str) -> presentation.MoneyStyle:
    """The language's way with prices; English keeps the engine's own."""
    if language == "en":
        return presentation.MoneyStyle()
    locale = translation.to_locale(language)
    with translation.override(language):
        # Written out so that makemessages finds them; keyed by the engine's own wording.
        words = {
            FROM: gettext("from {0}"),
            UP_TO: gettext("up to {0}"),
            AS_QUOTED: gettext("{0} as quoted (about {1} at the {2} rate)"),
        }
    return presentation.MoneyStyle(
        translate=words.__getitem__,
        number=lambda amount: format_decimal(round(amount), format="#,##0", locale=locale),
        rate_date=format_date(date.fromisoformat(RATES_AS_OF), format="medium", locale=locale),
    )


def _active() -> presentation.MoneyStyle:
    return style(translation.get_language() or "en")


def money(low: float | None, high: float | None) -> str:
    """A range in US dollars: 'US$7,000–15,000', 'from US$7,000', or '' when nothing is known."""
    return presentation.money(low, high, _active())


def quoted_money(
    currency: str | None,
    low: float | None,
    high: float | None,
    low_usd: float | None,
    high_usd: float | None,
) -> str:
    """As the clinic quoted it, and in US dollars at the reference rate."""
    return presentation.quoted_money(currency, low, high, low_usd, high_usd, _active())
