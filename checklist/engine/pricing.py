"""Regional reference prices for a full-face treatment, the price check, and the dated rates
that turn a quote in another currency into US dollars (pure, no Django).

A price far below the usual range is a warning: it may not buy what the clinic describes.
A price above it is worth questioning too, but it is not by itself a danger.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Final, Literal

PriceStatus = Literal["below", "within", "above", "no_range", "unknown"]

PRICE_SOURCE: Final = (
    "PlacidWay, a commercial medical-tourism broker: skin stem-cell therapy guide (cost table "
    "for a full-face treatment; estimates that can vary significantly)"
)


@dataclass(frozen=True, slots=True)
class PriceRange:
    country: str
    country_name: str
    low_usd: int
    high_usd: int
    source: str = PRICE_SOURCE

    def __str__(self) -> str:
        return f"{_usd(self.low_usd)}–{_usd(self.high_usd)}"


@dataclass(frozen=True, slots=True)
class PriceVerdict:
    status: PriceStatus
    message: str
    range: PriceRange | None = None


# Approximate reference rates to US dollars, fixed in the code (not live) so a report and a
# clinic's converted price are reproducible. Good enough to place a quote against a range that spans thousands of dollars.
RATES_AS_OF: Final = "2026-11-01"
USD_PER_UNIT: Final[Mapping[str, Decimal]] = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "CAD": Decimal("0.73"),
    "MXN": Decimal("0.055"),
    "TRY": Decimal("0.029"),
    "AED": Decimal("0.2723"),
    "THB": Decimal("0.028"),
    "COP": Decimal("0.00025"),
    "KRW": Decimal("0.00072"),
    "CHF": Decimal("1.13"),
}
CURRENCY_NAMES: Final[Mapping[str, str]] = {
    "USD": "US dollars",
    "EUR": "Euros",
    "GBP": "British pounds",
    "CAD": "Canadian dollars",
    "MXN": "Mexican pesos",
    "TRY": "Turkish lira",
    "AED": "UAE dirhams",
    "THB": "Thai baht",
    "COP": "Colombian pesos",
    "KRW": "South Korean won",
    "CHF": "Swiss francs",
}

# How a page writes an amount in each currency: a sign a reader knows, or the ISO code.
CURRENCY_SIGNS: Final[Mapping[str, str]] = {
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "CAD": "CA$",
    "MXN": "MX$",
}


def to_usd(amount: Decimal | int, currency: str) -> int:
    """Whole US dollars at the fixed reference rate; KeyError for a currency not in the table."""
    return int((Decimal(amount) * USD_PER_UNIT[currency]).to_integral_value())


# Keyed by ISO 3166-1 alpha-2 code.
FULL_FACE_RANGES: Final[Mapping[str, PriceRange]] = MappingProxyType(
    {
        "US": PriceRange("US", "the United States", 7_000, 15_000),
        "GB": PriceRange("GB", "the United Kingdom", 6_000, 12_000),
        "MX": PriceRange("MX", "Mexico", 3_500, 8_000),
        "TR": PriceRange("TR", "Turkey", 2_500, 7_000),
    }
)

# "UK" is not the ISO code but it is what people type.
_ALIASES: Final = MappingProxyType({"UK": "GB"})

CHEAP_ADVICE: Final = "Unusually cheap: ask exactly what is injected and who processes it."
ABOVE_ADVICE: Final = "Above the typical range."


def reference_range(country: str | None) -> PriceRange | None:
    if not country:
        return None
    code = country.strip().upper()
    return FULL_FACE_RANGES.get(_ALIASES.get(code, code))


def price_check(country: str | None, min_usd: float | None, max_usd: float | None) -> PriceVerdict:
    """Compare a quoted full-face price (either bound may be missing) with its country's range.

    The cheapest quoted price decides "below", because that is the offer a patient may be
    tempted by; otherwise the dearest decides "above".
    """
    if min_usd is None and max_usd is None:
        return PriceVerdict("unknown", "No price for a full-face treatment is known.")
    low = min_usd if min_usd is not None else max_usd
    high = max_usd if max_usd is not None else min_usd
    assert low is not None and high is not None  # narrowed: at least one bound is known
    quoted = _usd(low) if low == high else f"{_usd(low)}–{_usd(high)}"
    reference = reference_range(country)
    if reference is None:
        where = (
            f"for {country.strip().upper()}"
            if country and country.strip()
            else ("because the country is not known")
        )
        return PriceVerdict(
            "no_range",
            f"Quoted {quoted}; there is no reference range {where}, "
            "so the price cannot be compared.",
        )
    typical = f"typical for a full face in {reference.country_name}: {reference}"
    if low < reference.low_usd:
        return PriceVerdict("below", f"{CHEAP_ADVICE} Quoted {quoted}; {typical}.", reference)
    if high > reference.high_usd:
        return PriceVerdict("above", f"{ABOVE_ADVICE} Quoted {quoted}; {typical}.", reference)
    return PriceVerdict("within", f"Quoted {quoted}, within the range {typical}.", reference)


def _usd(amount: float) -> str:
    return f"${amount:,.0f}"
