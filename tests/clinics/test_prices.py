"""Prices in the page's language (issue 21, part 1): the engine's wording translated, whole
numbers grouped the language's way and the reference rate's date in its words; English is the
engine's own."""

from __future__ import annotations

import pytest
from django.utils import translation

from checklist.engine import presentation
from clinics import prices


def test_english_prices_are_the_engines_own():
    assert prices.money(7_000, 15_000) == presentation.money(7_000, 15_000) == "US$7,000–15,000"
    assert prices.quoted_money("MXN", 90_000, 140_000, 4_950, 7_700) == (
        "MX$90,000–140,000 as quoted (about US$4,950–7,700 at the 2026-11-01 rate)"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", ["US$7.000–15.000", "desde US$7.000", "hasta US$15.000"]),
        ("tr", ["US$7.000–15.000", "US$7.000 itibaren", "en çok US$15.000"]),
    ],
)
def test_spanish_and_turkish_group_thousands_and_say_from_and_up_to(language, expected):
    with translation.override(language):
        shown = [prices.money(7_000, 15_000), prices.money(7_000, None), prices.money(None, 15_000)]
    assert shown == expected


def test_a_quote_in_pesos_reads_in_spanish_with_the_rate_date_in_spanish():
    with translation.override("es"):
        shown = prices.quoted_money("MXN", 90_000, 140_000, 4_950, 7_700)
    assert shown == (
        "MX$90.000–140.000 según la cotización (unos US$4.950–7.700 al tipo de cambio del "
        "1 nov 2026)"
    )


def test_the_clinic_page_shows_its_price_in_the_pages_language(client, db):
    from tests.factories import PriceQuoteFactory

    clinic = PriceQuoteFactory(min_usd=7_000, max_usd=15_000).clinic
    english_url = clinic.get_absolute_url()
    with translation.override("es"):
        spanish_url = clinic.get_absolute_url()
    spanish, english = client.get(spanish_url), client.get(english_url)
    assert "US$7.000–15.000" in spanish.content.decode()
    assert "US$7,000–15,000" in english.content.decode()
