"""Claims screening: finds red-flag marketing language in clinic text (pure, no Django)."""

from __future__ import annotations

from dataclasses import dataclass

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


def screen(text: str) -> tuple[Flag, ...]:
    """Placeholder: the real screener replaces this body."""
    return ()
