"""A price as the clinic quoted it: the amounts in its currency are what a curator enters, and
the dollars scoring and sorting read are converted from them (PriceQuote.convert_to_usd).

Files written before quotes kept their currency give only ``min_usd`` and ``max_usd``; every
door (the JSON profile, the spreadsheet) reads them here, the same way, as a quote in dollars.
"""

from __future__ import annotations

from typing import Any, Final

from .choices import USD

USD_KEYS: Final = ("min_usd", "max_usd")


def quote_as_given(values: dict[str, Any]) -> tuple[str, str] | None:
    """A price given only as ``min_usd``/``max_usd`` was quoted in US dollars: its amounts are
    set from them. In another currency such a price cannot be read, and (key, message) says
    so; None when all is well. A price giving an amount is left as it is: its dollars are
    converted from it when it is written."""
    if values.get("min_amount") is not None or values.get("max_amount") is not None:
        return None
    given = [key for key in USD_KEYS if values.get(key) is not None]
    if not given:
        return None
    currency = values.get("currency") or USD
    if currency == USD:
        values["min_amount"], values["max_amount"] = values.get("min_usd"), values.get("max_usd")
        return None
    return given[0], (
        f"is converted from the price as quoted: a price in {currency} gives min_amount and "
        "max_amount in that currency"
    )
