"""The form an English rule takes: a category, its patterns, and the words around a match that
make it harmless. rules.py holds the rules themselves, as data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import _FLAGS


@dataclass(frozen=True, slots=True)
class _Rule:
    category: str
    pattern: re.Pattern[str]
    # skip the match when these follow it / precede it (harmless uses of a flag word)
    not_after: re.Pattern[str] | None = None
    not_before: re.Pattern[str] | None = None
    # the clause must also contain this (e.g. a result word next to "immediately")
    needs_in_clause: re.Pattern[str] | None = None
    # "guarantee" and "promise" count only when what is promised is an outcome
    outcome_only: bool = False


def _rule(
    category: str,
    *alternatives: str,
    not_after: str | None = None,
    not_before: str | None = None,
    needs_in_clause: str | None = None,
    outcome_only: bool = False,
) -> _Rule:
    # A rule's own pattern is matched against the lowercased text (_Doc.lower), without
    # IGNORECASE, which halves the time the rules take; so it is written in lower case
    # (tests/checklist/test_claims_rules.py holds every pattern to that).
    return _Rule(
        category=category,
        pattern=re.compile("|".join(f"(?:{a})" for a in alternatives)),
        not_after=re.compile(not_after, _FLAGS) if not_after else None,
        not_before=re.compile(not_before, _FLAGS) if not_before else None,
        needs_in_clause=re.compile(needs_in_clause, _FLAGS) if needs_in_clause else None,
        outcome_only=outcome_only,
    )
