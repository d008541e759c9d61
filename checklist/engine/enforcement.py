"""A clinic's public enforcement records, read as the facts the criterion
``no_enforcement_history`` judges (pure: the records come as plain mappings)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Final

# Kinds of public action that are legal findings or orders, not letters or recalls.
_LEGAL_ACTIONS: Final = frozenset(
    {"injunction", "ftc_action", "state_action", "board_discipline", "foreign_regulator"}
)
_LETTERS: Final = frozenset({"warning_letter", "untitled_letter"})
_RECENT_YEARS: Final = 5


def enforcement_facts(
    records: Iterable[Mapping[str, Any]],
    *,
    checked_on: date | None,
    today: date,
) -> tuple[str | None, str | None]:
    """``(enforcement_record, enforcement_detail)`` from the public records linked to a
    clinic or its doctors (each with ``kind``, ``issued_on``, ``closed_out_on`` and, where
    known, ``concerns``), and the day the lists were last updated: never checked and nothing
    linked is unknown, not clear. Harm to patients on record (a published report of harm, or
    an action about harm) is the gravest finding, whatever the kind of record."""
    records = list(records)
    if not records and checked_on is None:
        return None, None
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    recent = today.replace(year=today.year - _RECENT_YEARS, day=day)
    graded: list[tuple[int, str, str]] = []
    for r in records:
        kind, issued, closed = r["kind"], r["issued_on"], r.get("closed_out_on")
        label = kind.replace("_", " ")
        if kind == "harm_report" or "harm" in (r.get("concerns") or ()):
            graded.append((0, "harm", f"{label}, {issued.isoformat()}"))
        elif kind in _LEGAL_ACTIONS:
            graded.append((1, "legal_action", f"{label}, {issued.isoformat()}"))
        elif kind in _LETTERS and closed is None:
            graded.append((2, "open_letter", f"{label}, {issued.isoformat()}"))
        elif kind in _LETTERS and closed is not None and closed >= recent:
            graded.append((3, "closed_letter_recent", f"{label}, closed out {closed.isoformat()}"))
        elif kind == "recall":
            graded.append((4, "recall", f"{label}, {issued.isoformat()}"))
    if graded:
        _, record, detail = min(graded)
        return record, detail
    return "none", (
        f"lists updated {checked_on.isoformat()}" if checked_on else "older records only"
    )
