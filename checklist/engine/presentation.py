"""What the public pages show, worked out from assessments and facts (pure: no Django, no I/O).

Templates only lay these values out; every wording and every number a patient reads is decided
here, so the clinic page, the patient's report, the comparison and the admin say the same thing
in the same words. Functions take the engine's frozen results (`Assessment`, `Criterion`) or any
object with the named attributes (a model instance, a test double); they never query.

Text that came from a clinic is never marked safe here: `highlight` only cuts it into pieces,
and the template escapes each piece.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Protocol

from checklist.engine.claims import REASONS, Flag, rank, screen
from checklist.engine.criteria import (
    MET,
    NOT_MET,
    PARTIAL,
    UNKNOWN,
    Catalogue,
    Criterion,
    Source,
)
from checklist.engine.pricing import ABOVE_ADVICE, CHEAP_ADVICE, PriceStatus, price_check
from checklist.engine.scoring import Assessment, CriterionResult

# --- Statuses and grades -----------------------------------------------------------------------

STATUS_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {MET: "Met", PARTIAL: "Partly met", NOT_MET: "Not met", UNKNOWN: "Unknown"}
)
# A shape as well as a colour, so a status can be read in print and without colour vision.
STATUS_SYMBOLS: Final[Mapping[str, str]] = MappingProxyType(
    {MET: "✓", PARTIAL: "◐", NOT_MET: "✗", UNKNOWN: "?"}
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
        "insufficient": "We do not know enough about this clinic to give it a grade. That is "
        "not a judgement either way: ask the clinic the questions we list for it.",
    }
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


def _thousands(amount: float) -> str:
    return f"{amount:,.0f}"


def money(min_usd: float | None, max_usd: float | None) -> str:
    """'US$7,000–15,000', 'US$7,000', 'from US$7,000', or '' when nothing is known."""
    if min_usd is None and max_usd is None:
        return ""
    if max_usd is None:
        return f"from US${_thousands(min_usd or 0)}"
    if min_usd is None:
        return f"up to US${_thousands(max_usd)}"
    if min_usd == max_usd:
        return f"US${_thousands(min_usd)}"
    return f"US${_thousands(min_usd)}–{_thousands(max_usd)}"


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

    @property
    def is_avoid(self) -> bool:
        return self.grade == "F"


def verdict(assessment: Assessment, catalogue: Catalogue) -> Verdict:
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
    meaning = KNOCKOUT_MEANING if knockouts else GRADE_MEANINGS[assessment.grade]
    return Verdict(
        grade=assessment.grade,
        label=GRADE_LABELS[assessment.grade],
        meaning=meaning,
        score=assessment.score,
        coverage=assessment.coverage,
        knockouts=tuple(knockouts),
        missing_areas=tuple(core_titles.get(g, g) for g in assessment.insufficient_groups),
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
        return self.criterion.sources


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


# --- Claims ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a claim's text; `flags` is empty for the plain pieces between red flags."""

    text: str
    flags: tuple[Flag, ...] = ()

    @property
    def labels(self) -> str:
        return "; ".join(claim_flag_label(f.category) for f in self.flags)


@dataclass(frozen=True, slots=True)
class FlagNote:
    """One kind of red flag in a claim: the words that raised it and why it matters."""

    category: str
    label: str
    matches: tuple[str, ...]
    reason: str


def highlight(text: str, flags: Iterable[Flag] | None = None) -> tuple[Segment, ...]:
    """`text` cut into plain and flagged pieces, in order; joined, the pieces give `text` back.
    Flags whose spans overlap become one flagged piece carrying all of them. `flags` are the
    screener's flags on `text` when the caller has them stored; otherwise it is screened."""
    flags = sorted(screen(text) if flags is None else flags, key=lambda f: (f.start, f.end))
    merged: list[tuple[int, int, list[Flag]]] = []
    for flag in flags:
        if merged and flag.start < merged[-1][1]:
            start, end, group = merged[-1]
            merged[-1] = (start, max(end, flag.end), [*group, flag])
        else:
            merged.append((flag.start, flag.end, [flag]))
    segments: list[Segment] = []
    cursor = 0
    for start, end, group in merged:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], tuple(group)))
        cursor = end
    if cursor < len(text) or not segments:
        segments.append(Segment(text[cursor:]))
    return tuple(segments)


def flag_notes(segments: Iterable[Segment]) -> tuple[FlagNote, ...]:
    """Why the claim is flagged: one note per kind of flag, in the order they first appear,
    with every piece of wording that raised it."""
    matches: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    for segment in segments:
        for flag in segment.flags:
            found = matches.setdefault(flag.category, [])
            if segment.text not in found:
                found.append(segment.text)
            reasons.setdefault(flag.category, flag.reason or REASONS.get(flag.category, ""))
    return tuple(
        FlagNote(category, claim_flag_label(category), tuple(found), reasons[category])
        for category, found in matches.items()
    )


# --- Price -------------------------------------------------------------------------------------

PRICE_ADVICE: Final[Mapping[str, str]] = MappingProxyType(
    {
        "below": CHEAP_ADVICE,
        "above": f"{ABOVE_ADVICE} Ask what the extra cost pays for.",
        "within": "Within the typical range for this country.",
        "no_range": "We have no typical range for this country, so the price cannot be compared.",
        "unknown": "No full-face price is known. Ask for a written quote that lists what it "
        "includes.",
    }
)


@dataclass(frozen=True, slots=True)
class PriceSummary:
    status: PriceStatus
    quoted: str
    typical: str
    where: str
    advice: str
    # Positions along a shared axis, in percent, for the small range chart; None: no chart.
    typical_x: float | None = None
    typical_width: float | None = None
    quoted_x: float | None = None
    quoted_width: float | None = None


def price_summary(
    country: str | None, min_usd: float | None, max_usd: float | None
) -> PriceSummary:
    found = price_check(country, min_usd, max_usd)
    quoted = money(min_usd, max_usd)
    if found.range is None or found.status == "unknown":
        return PriceSummary(found.status, quoted, "", "", PRICE_ADVICE[found.status])
    reference = found.range
    low = min_usd if min_usd is not None else max_usd
    high = max_usd if max_usd is not None else min_usd
    assert low is not None and high is not None  # narrowed: a range was found for a price
    # A shared axis from 0 to a little past the larger figure; a single price gets a sliver.
    axis = max(reference.high_usd, high) * 1.1
    quoted_width = max((high - low) / axis * 100, 1.0)
    return PriceSummary(
        status=found.status,
        quoted=quoted,
        typical=money(reference.low_usd, reference.high_usd),
        where=reference.country_name,
        advice=PRICE_ADVICE[found.status],
        typical_x=reference.low_usd / axis * 100,
        typical_width=(reference.high_usd - reference.low_usd) / axis * 100,
        quoted_x=min(low / axis * 100, 99.0),
        quoted_width=quoted_width,
    )


# --- Protocols in plain words ------------------------------------------------------------------

SOURCE_SENTENCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "autologous_adipose": "Your own cells, taken from a small amount of your fat "
        "(a mini-liposuction under local anaesthetic).",
        "autologous_bone_marrow": "Your own cells, taken from your bone marrow.",
        "autologous_other": "Your own cells, taken from another tissue of your body.",
        "allogeneic_donor": "Cells from another person (a donor), not from you.",
        "umbilical_cord": "Cells from umbilical cord tissue of a donor, not from you.",
        "placental_amniotic": "Cells or tissue from a donor's placenta or amniotic membrane, "
        "not from you.",
        "embryonic": "Cells from embryos.",
        "animal": "Cells or extracts from animals.",
        "plant": "So-called plant stem cells: a plant extract, with no human cells in it.",
        "unknown": "The clinic does not say where the cells come from.",
    }
)
FORM_SENTENCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "live_cells": "Live cells are injected or applied.",
        "cultured_fibroblasts": "Skin cells (fibroblasts) grown in a lab are injected.",
        "extract": "An extract or 'conditioned medium' is used: fluid from cells, with no "
        "live cells in it.",
        "exosomes": "Exosomes are used: tiny particles released by cells, not cells. No "
        "exosome product is approved by the US FDA.",
        "growth_factors": "Growth factors are used: proteins, not cells.",
        "unknown": "The clinic does not say whether live cells or only an extract are used.",
    }
)
PROCESSING_SENTENCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "closed_system": "Processed in a closed, sterile system.",
        "open": "Processed in an open system, which is harder to keep sterile.",
        "unknown": "How the cells are processed is not stated.",
    }
)
MANIPULATION_SENTENCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "same_day": "Prepared and given back on the same day, with minimal handling.",
        "culture_expanded": "Grown in a lab for days or weeks before use (culture-expanded).",
        "unknown": "Whether the cells are used the same day or grown first is not stated.",
    }
)
LAB_SENTENCES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "on_site": "The lab is at the clinic.",
        "external_accredited": "An outside lab with an accreditation does the processing.",
        "external": "An outside lab does the processing; no accreditation was shown.",
        "unknown": "Which lab does the processing is not stated.",
    }
)
DELIVERY_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "injection": "injection with fine needles",
        "microneedling": "microneedling",
        "topical": "applied to the skin",
        "laser": "with laser treatment",
        "iv": "into a vein (IV drip)",
    }
)


class ProtocolLike(Protocol):
    name: str
    cell_source: str
    cell_form: str
    processing: str
    manipulation: str
    lab: str
    delivery: list[str]
    harvest_cc: int | None
    sessions: int | None
    procedure_hours: Any
    documented: bool | None


@dataclass(frozen=True, slots=True)
class ProtocolLine:
    label: str
    text: str


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def describe_protocol(protocol: ProtocolLike) -> tuple[ProtocolLine, ...]:
    """A treatment in plain sentences: where the cells come from, how they are processed and
    how they reach the skin."""
    source = SOURCE_SENTENCES.get(protocol.cell_source, SOURCE_SENTENCES["unknown"])
    if protocol.harvest_cc and protocol.cell_source.startswith("autologous"):
        source = f"{source} About {protocol.harvest_cc} cc is taken."
    processing = " ".join(
        (
            PROCESSING_SENTENCES.get(protocol.processing, PROCESSING_SENTENCES["unknown"]),
            MANIPULATION_SENTENCES.get(protocol.manipulation, MANIPULATION_SENTENCES["unknown"]),
            LAB_SENTENCES.get(protocol.lab, LAB_SENTENCES["unknown"]),
        )
    )
    ways = [DELIVERY_WORDS[d] for d in protocol.delivery or () if d in DELIVERY_WORDS]
    delivery = f"Given by {_join(ways)}." if ways else "How it is given is not stated."
    visit = []
    if protocol.sessions:
        visit.append(f"{protocol.sessions} session{'s' if protocol.sessions != 1 else ''}")
    if protocol.procedure_hours:
        hours = float(protocol.procedure_hours)
        visit.append(f"about {hours:g} hour{'s' if hours != 1 else ''} each")
    if visit:
        delivery = f"{delivery} {', '.join(visit).capitalize()}."
    if protocol.documented is True:
        written = "The clinic has a written protocol for this treatment."
    elif protocol.documented is False:
        written = "The clinic has no written protocol for this treatment."
    else:
        written = "Whether a written protocol exists is not known."
    return (
        ProtocolLine("Where the cells come from", source),
        ProtocolLine(
            "What is used", FORM_SENTENCES.get(protocol.cell_form, FORM_SENTENCES["unknown"])
        ),
        ProtocolLine("How they are processed", f"{processing} {written}"),
        ProtocolLine("How it is given", delivery),
    )


# --- Credentials -------------------------------------------------------------------------------

CREDENTIAL_STATUS_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "verified": "Verified",
        "expired": "Expired: no longer counts",
        "failed": "Checked: did not hold",
        "unverified": "Not yet checked",
    }
)


class CredentialLike(Protocol):
    def status(self, today: datetime.date) -> str: ...


@dataclass(frozen=True, slots=True)
class CredentialRow:
    credential: Any
    status: str

    @property
    def status_label(self) -> str:
        return CREDENTIAL_STATUS_LABELS.get(self.status, self.status)

    @property
    def expired(self) -> bool:
        return self.status == "expired"


def credential_rows(
    credentials: Iterable[CredentialLike], today: datetime.date
) -> tuple[CredentialRow, ...]:
    return tuple(CredentialRow(c, c.status(today)) for c in credentials)


# --- The comparison ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompareCell:
    status: str
    reason: str

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def symbol(self) -> str:
        return STATUS_SYMBOLS[self.status]


@dataclass(frozen=True, slots=True)
class CompareRow:
    criterion: Criterion
    # One cell per clinic, in column order; None when that clinic has no result for it.
    cells: tuple[CompareCell | None, ...]

    @property
    def differs(self) -> bool:
        return len({cell.status if cell else None for cell in self.cells}) > 1


@dataclass(frozen=True, slots=True)
class CompareGroup:
    id: str
    title: str
    rows: tuple[CompareRow, ...]

    @property
    def differing(self) -> int:
        return sum(1 for row in self.rows if row.differs)


def comparison(
    assessments: Sequence[Assessment | None], catalogue: Catalogue
) -> tuple[CompareGroup, ...]:
    """Criteria as rows, clinics as columns (in the order given), grouped as in the catalogue."""
    by_clinic = [
        {r.criterion_id: r for r in a.results} if a is not None else {} for a in assessments
    ]
    groups = []
    for group in catalogue.groups:
        rows = []
        for criterion in catalogue.in_group(group.id):
            cells = tuple(
                CompareCell(found[criterion.id].status, found[criterion.id].reason)
                if criterion.id in found
                else None
                for found in by_clinic
            )
            rows.append(CompareRow(criterion, cells))
        groups.append(CompareGroup(group.id, group.title, tuple(rows)))
    return tuple(groups)


# --- Evidence ----------------------------------------------------------------------------------

_DOI_PREFIX: Final = "10."


def evidence_link(identifier: str) -> str:
    """Where a cited DOI or trial number can be checked, or '' when it is neither."""
    value = identifier.strip()
    lowered = value.lower()
    for prefix in ("https://doi.org/", "http://doi.org/", "doi:"):
        if lowered.startswith(prefix):
            value = value[len(prefix) :].strip()
            lowered = value.lower()
    if value.startswith(_DOI_PREFIX) and "/" in value:
        return f"https://doi.org/{value}"
    if lowered.startswith("nct") and value[3:].isdigit() and len(value) == 11:
        return f"https://clinicaltrials.gov/study/{value.upper()}"
    return ""


# --- Score history (the admin) -------------------------------------------------------------------


class StoredAssessmentLike(Protocol):
    """A stored assessment: `ClinicAssessment` or anything with these attributes."""

    created: Any
    catalogue_version: str
    grade: str
    score: float
    coverage: float
    results: Sequence[Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One criterion whose status differs from the assessment before."""

    criterion_id: str
    title: str
    # None when the earlier assessment had no result for it (an older catalogue).
    before: str | None
    after: str | None

    @property
    def before_label(self) -> str:
        return STATUS_LABELS[self.before] if self.before else "not assessed"

    @property
    def after_label(self) -> str:
        return STATUS_LABELS[self.after] if self.after else "not assessed"


@dataclass(frozen=True, slots=True)
class HistoryRow:
    created: Any
    catalogue_version: str
    grade: str
    score: float
    coverage: float
    # Empty for the first assessment, which has nothing to differ from.
    changes: tuple[StatusChange, ...]
    first: bool

    @property
    def grade_label(self) -> str:
        return GRADE_LABELS.get(self.grade, self.grade)


def _statuses(row: StoredAssessmentLike) -> dict[str, str]:
    return {r["criterion_id"]: r["status"] for r in row.results}


def score_history(
    rows: Sequence[StoredAssessmentLike], catalogue: Catalogue
) -> tuple[HistoryRow, ...]:
    """A clinic's stored assessments, newest first, each with the criteria whose status moved
    since the one before it (in catalogue order; criteria the catalogue no longer has last).
    ``rows`` come oldest first."""
    position = {c.id: i for i, c in enumerate(catalogue.criteria)}
    history = []
    previous: dict[str, str] | None = None
    for row in rows:
        current = _statuses(row)
        changes: list[StatusChange] = []
        if previous is not None:
            every = current.keys() | previous.keys()
            moved = {cid for cid in every if current.get(cid) != previous.get(cid)}
            for cid in sorted(moved, key=lambda c: (position.get(c, len(position)), c)):
                criterion = catalogue.by_id.get(cid)
                changes.append(
                    StatusChange(
                        criterion_id=cid,
                        title=criterion.title if criterion else cid,
                        before=previous.get(cid),
                        after=current.get(cid),
                    )
                )
        history.append(
            HistoryRow(
                created=row.created,
                catalogue_version=row.catalogue_version,
                grade=row.grade,
                score=row.score,
                coverage=row.coverage,
                changes=tuple(changes),
                first=previous is None,
            )
        )
        previous = current
    return tuple(reversed(history))


@dataclass(frozen=True, slots=True)
class ChartPoint:
    x: float
    y: float
    score: float


@dataclass(frozen=True, slots=True)
class LineChart:
    """A score line in a `width` x `height` SVG box: 0 at the bottom, 100 at the top."""

    width: int
    height: int
    points: tuple[ChartPoint, ...]
    # Score lines to draw across the chart, as (score, y): 0, 50 and 100.
    grid: tuple[tuple[int, float], ...] = ()

    @property
    def polyline(self) -> str:
        """The `points` attribute of an SVG polyline: "x,y x,y ...", dot decimals."""
        return " ".join(f"{p.x:.2f},{p.y:.2f}" for p in self.points)

    @property
    def summary(self) -> str:
        """The line in words, for screen readers."""
        if not self.points:
            return "No assessments yet."
        scores = [f"{p.score:.0f}" for p in self.points]
        return f"Score over {len(scores)} assessments, oldest first: {', '.join(scores)}."


def score_history_points(
    scores: Sequence[float],
    *,
    width: int = 300,
    height: int = 80,
    margin: float = 14.0,
    labels: float = 14.0,
) -> LineChart:
    """Place scores (0-100, oldest first) evenly along the x axis, right of a ``labels`` wide
    strip for the 0/50/100 labels. A single score sits in the middle; scores outside 0-100 are
    held at the edges rather than drawn off the chart."""
    inner_w, inner_h = width - 2 * margin - labels, height - 2 * margin
    left = margin + labels

    def y_of(score: float) -> float:
        return margin + inner_h * (1 - min(max(score, 0.0), 100.0) / 100)

    count = len(scores)
    points = tuple(
        ChartPoint(
            x=left + (inner_w / 2 if count == 1 else inner_w * index / (count - 1)),
            y=y_of(value),
            score=value,
        )
        for index, value in enumerate(scores)
    )
    grid = tuple((level, y_of(level)) for level in (0, 50, 100))
    return LineChart(width=width, height=height, points=points, grid=grid)


# --- Bar chart (the admin's front page) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    key: str
    label: str
    count: int
    # Percent of the chart's width: the longest bar fills it.
    width: float


def bar_chart(counts: Sequence[tuple[str, str, int]]) -> tuple[Bar, ...]:
    """Horizontal bars from (key, label, count), scaled to the largest count; a zero count
    gets no bar, but keeps its row so the label and number still show."""
    largest = max((count for _, _, count in counts), default=0)
    return tuple(
        Bar(key, label, count, count / largest * 100 if largest else 0.0)
        for key, label, count in counts
    )
