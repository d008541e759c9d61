"""The verdict on an assessment: status and grade words, red flags, the score card, the questions
to ask. Shared by the clinic page, the patient's report and the admin."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from checklist.engine.claims import rank
from checklist.engine.criteria import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    UNKNOWN,
    Catalogue,
    Criterion,
    Source,
)
from checklist.engine.pricing import CURRENCY_SIGNS, RATES_AS_OF
from checklist.engine.scoring import Assessment, CriterionResult

# --- Statuses and grades -----------------------------------------------------------------------

STATUS_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        MET: "Met",
        PARTIAL: "Partly met",
        NOT_MET: "Not met",
        UNKNOWN: "Unknown",
        NOT_APPLICABLE: "Does not apply",
    }
)
# A shape as well as a colour, so a status can be read in print and without colour vision.
STATUS_SYMBOLS: Final[Mapping[str, str]] = MappingProxyType(
    {MET: "✓", PARTIAL: "◐", NOT_MET: "✗", UNKNOWN: "?", NOT_APPLICABLE: "–"}
)
SEVERITY_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {"knockout": "Must pass", "major": "Important", "minor": "Helpful"}
)
# The three parts of a group's bar, in drawing order: points earned, points lost to criteria
# not (fully) met, and points whose answer nobody knows.
BAR_PARTS: Final[tuple[tuple[str, str], ...]] = (
    ("earned", "Earned"),
    ("missed", "Missed"),
    ("unknown", "Unknown"),
)
GRADE_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "A": "Grade A",
        "B": "Grade B",
        "C": "Grade C",
        "D": "Grade D",
        "F": "F · Avoid",
        "insufficient": "Not enough information",
    }
)
# What a grade means, in words a patient uses; no "coverage", no "knockout".
GRADE_MEANINGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "A": "Meets nearly all of the safety points we check.",
        "B": "Meets most of the safety points we check; a few things are missing or unclear.",
        "C": "Meets some of the safety points we check. Ask about the gaps before you book.",
        "D": "Misses many of the safety points we check. Be cautious.",
        "F": "Misses most of the safety points we check. We suggest you look elsewhere.",
        "insufficient": "We do not know enough about this clinic to give it a grade. Ask the "
        "clinic the questions we list for it before you book.",
    }
)
# Said instead when little is known but what is known includes a red flag: too little to grade
# is never a reason to play down what was found.
INSUFFICIENT_WITH_RED_FLAGS: Final = (
    "We do not know enough about this clinic to give it a grade, and what we do know includes "
    "red flags. Read them first, and ask the clinic the questions we list before you book."
)
KNOCKOUT_MEANING: Final = (
    "Fails a safety point that matters too much to be made up for by anything else."
)
GRADE_FILTER_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    ("A", "A"),
    ("B", "B"),
    ("C", "C"),
    ("D", "D"),
    ("F", "F · Avoid"),
    ("insufficient", "Not enough information"),
)

# --- Red flags ---------------------------------------------------------------------------------

# The short name of a failed must-pass criterion, as a warning.
KNOCKOUT_FLAGS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "autologous_source": "Uses cells that are not your own",
        "no_embryonic_cells": "Uses embryonic cells",
        "licensed_physicians": "No verified, current medical licence",
    }
)
CLAIM_FLAG_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "fda_misrepresentation": "Misleading FDA claim",
        "cure": "Claims to cure or reverse ageing",
        "no_risk": "Says there is no risk",
        "guaranteed": "Guarantees results",
        "permanent": "Promises permanent results",
        "instant": "Promises instant results",
        "universal": "Says it suits everyone",
        "unverified_source": "Cells from an unverified source",
    }
)


def claim_flag_label(category: str) -> str:
    return CLAIM_FLAG_LABELS.get(category, category.replace("_", " ").capitalize())


def red_flag_label(flag: str, catalogue: Catalogue) -> str:
    """A stored red flag in words: a failed must-pass criterion's id or a claim category."""
    if flag in KNOCKOUT_FLAGS:
        return KNOCKOUT_FLAGS[flag]
    criterion = catalogue.by_id.get(flag)
    if criterion is not None:
        return f"Fails: {criterion.title}"
    return claim_flag_label(flag)


def red_flag_count(failed_knockouts: Iterable[str], claim_flags: Iterable[str]) -> int:
    """Red flags found: each failed must-pass point and each kind of misleading claim."""
    return len(tuple(failed_knockouts)) + len(set(claim_flags))


def red_flags_found(grade: str, count: int) -> str:
    """What a "not enough information" verdict adds when something alarming is known anyway:
    '1 red flag found', '4 red flags found'; '' for any other grade, or when nothing was found
    (a letter grade already weighs its red flags)."""
    if grade != "insufficient" or count <= 0:
        return ""
    return f"{count} red flag{'' if count == 1 else 's'} found"


def main_red_flag(
    failed_knockouts: Iterable[str], claim_flags: Iterable[str], catalogue: Catalogue
) -> str | None:
    """The one warning a directory row has room for: a failed must-pass first, then the most
    serious kind of misleading claim."""
    for criterion_id in failed_knockouts:
        if criterion_id in KNOCKOUT_FLAGS:
            return KNOCKOUT_FLAGS[criterion_id]
        criterion = catalogue.by_id.get(criterion_id)
        return f"Fails: {criterion.title}" if criterion else "Fails a must-pass check"
    categories = [c for c in claim_flags if c in CLAIM_FLAG_LABELS]
    if categories:
        return claim_flag_label(min(categories, key=rank))
    return None


# --- Money and dates ---------------------------------------------------------------------------


USD: Final = "USD"
# The price wording; another language's `MoneyStyle` translates these as they are.
FROM: Final = "from {0}"
UP_TO: Final = "up to {0}"
AS_QUOTED: Final = "{0} as quoted (about {1} at the {2} rate)"


def _thousands(amount: float) -> str:
    return f"{amount:,.0f}"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class MoneyStyle:
    """How a language writes prices: its wording, its whole numbers ('7,000', '7.000') and
    the date of the reference rate. English by default; the site builds one per language."""

    translate: Callable[[str], str] = _same
    number: Callable[[float], str] = _thousands
    rate_date: str = RATES_AS_OF


ENGLISH: Final = MoneyStyle()


def _range(low: float | None, high: float | None, sign: str, style: MoneyStyle) -> str:
    if low is None and high is None:
        return ""
    if high is None:
        return style.translate(FROM).format(f"{sign}{style.number(low or 0)}")
    if low is None:
        return style.translate(UP_TO).format(f"{sign}{style.number(high)}")
    if low == high:
        return f"{sign}{style.number(low)}"
    return f"{sign}{style.number(low)}–{style.number(high)}"


def money(min_usd: float | None, max_usd: float | None, style: MoneyStyle = ENGLISH) -> str:
    """'US$7,000–15,000', 'US$7,000', 'from US$7,000', or '' when nothing is known."""
    return _range(min_usd, max_usd, "US$", style)


def quoted_money(
    currency: str | None,
    min_amount: float | None,
    max_amount: float | None,
    min_usd: float | None,
    max_usd: float | None,
    style: MoneyStyle = ENGLISH,
) -> str:
    """A price as the clinic quoted it and in US dollars at the reference rate:
    'MX$90,000–140,000 as quoted (about US$4,950–7,700 at the 2026-11-01 rate)'. A quote in US
    dollars, or one whose currency is not known, reads as money() writes it."""
    quoted = _range(min_amount, max_amount, _sign(currency or USD), style)
    if not currency or currency == USD or not quoted:
        return money(min_usd, max_usd, style)
    usd = money(min_usd, max_usd, style)
    return style.translate(AS_QUOTED).format(quoted, usd, style.rate_date) if usd else quoted


def _sign(currency: str) -> str:
    return CURRENCY_SIGNS.get(currency, f"{currency}\N{NO-BREAK SPACE}")


# --- The verdict -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Knockout:
    criterion_id: str
    title: str
    reason: str


@dataclass(frozen=True, slots=True)
class Verdict:
    grade: str
    label: str
    meaning: str
    score: float
    coverage: float
    # Failed must-pass criteria, each with the reason it failed.
    knockouts: tuple[Knockout, ...]
    # Titles of the areas in which nothing at all is known.
    missing_areas: tuple[str, ...]
    # Red flags found (red_flag_count), whatever the grade.
    red_flags: int = 0

    @property
    def is_avoid(self) -> bool:
        return self.grade == "F"

    @property
    def warning(self) -> str:
        """'4 red flags found' beside "Not enough information", else ''."""
        return red_flags_found(self.grade, self.red_flags)


def verdict(assessment: Assessment, catalogue: Catalogue, *, red_flags: int = 0) -> Verdict:
    """The verdict on an assessment. ``red_flags`` is red_flag_count of what was found: the
    engine's Assessment holds the failed must-pass points but not the claims' categories."""
    knockouts = []
    for criterion_id in assessment.failed_knockouts:
        criterion = catalogue.by_id.get(criterion_id)
        reason = _result_or_none(assessment, criterion_id)
        knockouts.append(
            Knockout(
                criterion_id=criterion_id,
                title=criterion.title if criterion else criterion_id,
                reason=reason.reason if reason else "",
            )
        )
    core_titles = {group.id: group.title for group in catalogue.core_groups}
    if knockouts:
        meaning = KNOCKOUT_MEANING
    elif red_flags_found(assessment.grade, red_flags):
        meaning = INSUFFICIENT_WITH_RED_FLAGS
    else:
        meaning = GRADE_MEANINGS[assessment.grade]
    return Verdict(
        grade=assessment.grade,
        label=GRADE_LABELS[assessment.grade],
        meaning=meaning,
        score=assessment.score,
        coverage=assessment.coverage,
        knockouts=tuple(knockouts),
        missing_areas=tuple(core_titles.get(g, g) for g in assessment.insufficient_groups),
        red_flags=red_flags,
    )


def _result_or_none(assessment: Assessment, criterion_id: str) -> CriterionResult | None:
    try:
        return assessment.result(criterion_id)
    except KeyError:
        return None


# --- The score card ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoreRow:
    criterion: Criterion
    result: CriterionResult

    @property
    def status(self) -> str:
        return self.result.status

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.result.status]

    @property
    def symbol(self) -> str:
        return STATUS_SYMBOLS[self.result.status]

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.criterion.severity]

    @property
    def sources(self) -> tuple[Source, ...]:
        # Patients' pages: no unconfirmed citation (issue 17).
        return self.criterion.patient_sources


@dataclass(frozen=True, slots=True)
class BarSegment:
    """One part of a group's possible points, placed along the bar in percent."""

    part: str
    label: str
    points: float
    x: float
    width: float


@dataclass(frozen=True, slots=True)
class ScoreGroup:
    id: str
    title: str
    rows: tuple[ScoreRow, ...]
    earned: float
    possible: int
    unknown: int
    segments: tuple[BarSegment, ...]

    @property
    def percent(self) -> float:
        return self.earned / self.possible * 100 if self.possible else 0.0

    @property
    def summary(self) -> str:
        """The bar in words, for screen readers and for print."""
        parts = ", ".join(f"{s.label.lower()} {_points(s.points)}" for s in self.segments)
        return f"{_points(self.earned)} of {self.possible} points ({parts})"


def _points(value: float) -> str:
    return f"{value:g}"


def _segments(
    earned: float, missed: float, unknown: float, possible: int
) -> tuple[BarSegment, ...]:
    segments = []
    x = 0.0
    for (part, label), points in zip(BAR_PARTS, (earned, missed, unknown), strict=True):
        if points <= 0 or not possible:
            continue
        width = points / possible * 100
        segments.append(BarSegment(part, label, points, x, width))
        x += width
    return tuple(segments)


def score_card(assessment: Assessment, catalogue: Catalogue) -> tuple[ScoreGroup, ...]:
    """The assessment by criterion group, in catalogue order. A criterion the assessment has no
    result for (an older catalogue) is left out rather than shown as a guess."""
    results = {r.criterion_id: r for r in assessment.results}
    groups = []
    for group in catalogue.groups:
        rows = tuple(
            ScoreRow(criterion, results[criterion.id])
            for criterion in catalogue.in_group(group.id)
            if criterion.id in results
        )
        if not rows:
            continue
        possible = sum(r.result.points_possible for r in rows)
        earned = sum(r.result.points_earned for r in rows)
        unknown = sum(r.result.points_possible for r in rows if r.status == UNKNOWN)
        groups.append(
            ScoreGroup(
                id=group.id,
                title=group.title,
                rows=rows,
                earned=earned,
                possible=possible,
                unknown=unknown,
                segments=_segments(earned, possible - earned - unknown, unknown, possible),
            )
        )
    return tuple(groups)


# --- Questions to ask --------------------------------------------------------------------------

_ASK_ORDER: Final[Mapping[str, int]] = MappingProxyType({NOT_MET: 0, UNKNOWN: 1, PARTIAL: 2})
_SEVERITY_ORDER: Final[Mapping[str, int]] = MappingProxyType(
    {"knockout": 0, "major": 1, "minor": 2}
)


@dataclass(frozen=True, slots=True)
class Question:
    criterion_id: str
    title: str
    text: str
    status: str
    status_label: str


def questions_to_ask(assessment: Assessment, catalogue: Catalogue) -> tuple[Question, ...]:
    """A question for every criterion not plainly met: failures first, then what nobody knows,
    then what is only partly met; within each, the criteria that weigh most first."""
    position = {c.id: i for i, c in enumerate(catalogue.criteria)}
    picked = []
    for result in assessment.results:
        criterion = catalogue.by_id.get(result.criterion_id)
        if criterion is None or result.status not in _ASK_ORDER:
            continue
        picked.append((criterion, result))
    picked.sort(
        key=lambda pair: (
            _ASK_ORDER[pair[1].status],
            _SEVERITY_ORDER[pair[0].severity],
            position[pair[0].id],
        )
    )
    return tuple(
        Question(
            criterion_id=criterion.id,
            title=criterion.title,
            text=result.ask or criterion.ask_clinic,
            status=result.status,
            status_label=STATUS_LABELS[result.status],
        )
        for criterion, result in picked
    )
