"""A clinic's details in plain words: highlighted claims, the price check, protocols,
credentials, the side-by-side comparison and evidence links."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Protocol

from checklist.engine.claims import REASONS, Flag, screen
from checklist.engine.criteria import (
    Catalogue,
    Criterion,
)
from checklist.engine.pricing import ABOVE_ADVICE, CHEAP_ADVICE, PriceStatus, price_check
from checklist.engine.scoring import Assessment

from .verdict import STATUS_LABELS, STATUS_SYMBOLS, claim_flag_label, money

# --- Claims ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a claim's text; `flags` is empty for the plain pieces between red flags."""

    text: str
    flags: tuple[Flag, ...] = ()

    @property
    def label_list(self) -> tuple[str, ...]:
        """Each flag's label, in English: a page translates each one (``translated_each``)."""
        return tuple(claim_flag_label(f.category) for f in self.flags)

    @property
    def labels(self) -> str:
        return "; ".join(self.label_list)


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
        "same_day_enzymatic": "Digested with enzymes into SVF and given back the same day: "
        "more than minimal handling.",
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
        "intrathecal": "into the spinal fluid (intrathecal)",
        "inhaled": "breathed in (inhaled or nebulised)",
        "intra_articular": "into a joint",
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
    treats_disease = getattr(protocol, "treats_disease", None)
    if treats_disease is True:
        delivery = f"{delivery} Offered for a disease or an injury, not only for the skin."
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
