"""The categories of red-flag claims, in rank order, and the reason each is a red flag."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

CATEGORIES: tuple[str, ...] = (
    "fda_misrepresentation",
    "cure",
    "no_risk",
    "guaranteed",
    "permanent",
    "instant",
    "universal",
    "unverified_source",
)


@dataclass(frozen=True, slots=True)
class Flag:
    category: str
    start: int
    end: int
    match: str
    reason: str


REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "fda_misrepresentation": (
            "The FDA has not approved any stem-cell treatment for cosmetic use, so wording that "
            "suggests FDA approval, clearance or endorsement misleads you about how well the "
            "treatment has been checked."
        ),
        "cure": (
            "Cosmetic fat and stem-cell injections have not been shown to cure diseases or to "
            "stop or reverse ageing, so a promise to heal a condition or turn back the clock is "
            "not backed by evidence."
        ),
        "no_risk": (
            "Every fat harvest and injection carries some risk, such as infection, lumps or "
            "bruising, so a clinic that says there is none is hiding what could go wrong."
        ),
        "guaranteed": (
            "Results of fat and stem-cell treatments differ from person to person, so no honest "
            "clinic can promise your outcome or offer its own success figure as your odds."
        ),
        "permanent": (
            "Grafted fat and injected cells are partly reabsorbed and your face keeps ageing, so "
            "no result lasts forever or never needs repeating."
        ),
        "instant": (
            "Grafted fat takes weeks to months to settle and early fullness is mostly swelling, "
            "so a final result on the same day is not realistic."
        ),
        "universal": (
            "A careful clinic checks your health and tells some people the treatment is not "
            "right for them, so a treatment 'for everyone' means nobody is screening you."
        ),
        "unverified_source": (
            "Cells from donors, umbilical cord, placenta, embryos, animals or plants, or from a "
            "secret 'proprietary' source, carry extra risks and you cannot check what is in them."
        ),
    }
)

_RANK: Final[Mapping[str, int]] = MappingProxyType({c: i for i, c in enumerate(CATEGORIES)})


def rank(category: str) -> int:
    """Position of a category in the CLAIMS.md ranking: 0 is the most serious."""
    return _RANK[category]


def primary_category(flags: Iterable[Flag]) -> str | None:
    """The label CLAIMS.md gives a text with these flags: the highest-ranked one, or None."""
    categories = {flag.category for flag in flags}
    return min(categories, key=rank) if categories else None
