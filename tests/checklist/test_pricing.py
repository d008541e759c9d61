"""The regional price check (no database)."""

from __future__ import annotations

import dataclasses

import pytest

from checklist.engine.pricing import FULL_FACE_RANGES, PriceVerdict, price_check, reference_range

CHEAP = "Unusually cheap: ask exactly what is injected and who processes it."


def test_the_reference_ranges_are_those_of_the_cost_table() -> None:
    assert {code: (r.low_usd, r.high_usd) for code, r in FULL_FACE_RANGES.items()} == {
        "US": (7_000, 15_000),
        "GB": (6_000, 12_000),
        "MX": (3_500, 8_000),
        "TR": (2_500, 7_000),
    }
    assert all("PlacidWay" in r.source for r in FULL_FACE_RANGES.values())


def test_a_quote_inside_the_range_is_within() -> None:
    verdict = price_check("US", 8_000, 12_000)

    assert verdict == PriceVerdict(
        "within",
        "Quoted $8,000–$12,000, within the range typical for a full face in the United "
        "States: $7,000–$15,000.",
        FULL_FACE_RANGES["US"],
    )


def test_the_range_bounds_are_within() -> None:
    assert price_check("TR", 2_500, 7_000).status == "within"


def test_a_quote_below_the_range_is_unusually_cheap() -> None:
    verdict = price_check("TR", 1_200, 2_000)

    assert (verdict.status, verdict.message) == (
        "below",
        f"{CHEAP} Quoted $1,200–$2,000; typical for a full face in Turkey: $2,500–$7,000.",
    )


def test_the_cheapest_offer_decides_below_even_when_the_top_is_above() -> None:
    assert price_check("MX", 1_000, 20_000).status == "below"


def test_a_quote_above_the_range_says_so() -> None:
    verdict = price_check("GB", 9_000, 13_000)

    assert (verdict.status, verdict.message) == (
        "above",
        "Above the typical range. Quoted $9,000–$13,000; typical for a full face in the United "
        "Kingdom: $6,000–$12,000.",
    )


def test_one_known_bound_is_compared_on_its_own() -> None:
    assert price_check("MX", None, 3_000).message.startswith(f"{CHEAP} Quoted $3,000;")
    assert price_check("MX", 9_000, None).status == "above"


def test_a_country_without_a_range_is_said_plainly() -> None:
    assert price_check("fr", 5_000, 5_000) == PriceVerdict(
        "no_range",
        "Quoted $5,000; there is no reference range for FR, so the price cannot be compared.",
    )


def test_an_unknown_country_has_no_range() -> None:
    assert price_check(None, 5_000, 6_000) == PriceVerdict(
        "no_range",
        "Quoted $5,000–$6,000; there is no reference range because the country is not known, "
        "so the price cannot be compared.",
    )


def test_no_price_is_unknown() -> None:
    assert price_check("US", None, None) == PriceVerdict(
        "unknown", "No price for a full-face treatment is known."
    )


@pytest.mark.parametrize("code", ["gb", " GB ", "UK", "uk"])
def test_the_united_kingdom_is_found_by_its_iso_code_and_by_uk(code: str) -> None:
    assert reference_range(code) == FULL_FACE_RANGES["GB"]


def test_verdicts_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        price_check("US", 1, 2).status = "within"  # type: ignore[misc]
