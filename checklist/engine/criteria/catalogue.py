"""The catalogue's building blocks: criteria, options, sources, groups, and the catalogue with its
version. Bump `EDITION` by hand when an evaluation rule changes what it decides; the version's
digest covers ids, severities, points, groups and core groups by itself."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal, get_args

from checklist.engine.facts import (
    ClinicFacts,
)

Status = Literal["met", "partial", "not_met", "unknown", "not_applicable"]
Severity = Literal["knockout", "major", "minor"]
Evaluation = tuple[Status, str]

STATUSES: Final[tuple[Status, ...]] = get_args(Status)
SEVERITIES: Final[tuple[Severity, ...]] = get_args(Severity)
MET: Final[Status] = "met"
PARTIAL: Final[Status] = "partial"
NOT_MET: Final[Status] = "not_met"
UNKNOWN: Final[Status] = "unknown"
# The criterion cannot apply to this clinic (a research site that sells nothing makes no
# marketing claims): it leaves both the score and the coverage, as if it were not in the catalogue.
NOT_APPLICABLE: Final[Status] = "not_applicable"

# Bump when an evaluation rule changes what it decides; the digest covers the rest.
EDITION: Final = "2026.5"


# --- Building blocks -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """Where a criterion comes from. `url` is None for a source without a public address;
    `location` then says where its text is kept."""

    name: str
    url: str | None
    supports: str
    location: str = ""
    # Said out loud wherever the source is shown, so it is not read as firmer than it is; and
    # never shown to patients (staff pages and docs/methodology.md keep it, marked).
    unconfirmed: bool = False
    # What kind of source it is, strongest first in SOURCE_KINDS: a criterion lists its sources
    # in that order, so a patient reads the regulator before a broker.
    kind: str = "expert"

    @property
    def rank(self) -> int:
        return SOURCE_KINDS.index(self.kind)


# Strongest first: regulators and the law; professional bodies (ISSCR, ASAPS/ASPS); peer-reviewed
# studies; court and regulators' records; an expert's article; a commercial broker's guide.
SOURCE_KINDS: Final = ("regulator", "professional", "peer_reviewed", "record", "expert", "broker")


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str


# Every question offers it: "we don't know" is an answer, never a missing one.
UNKNOWN_OPTION: Final = Option("unknown", "I don't know / they didn't say")


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class CoreGroup:
    """Criteria of which at least one must be known before a letter grade is shown."""

    id: str
    title: str
    criterion_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    title: str
    group: str
    checks: str
    why_it_matters: str
    severity: Severity
    points: int
    question: str
    options: tuple[Option, ...]
    ask_clinic: str
    sources: tuple[Source, ...]
    evaluate: Callable[[ClinicFacts], Evaluation] = field(repr=False)
    # The ClinicFacts fields `evaluate` reads: for the methodology page and the answer forms.
    reads: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.id}: severity {self.severity!r} is not one of {SEVERITIES}")
        if isinstance(self.points, bool) or not isinstance(self.points, int) or self.points <= 0:
            raise ValueError(f"{self.id}: points must be a whole number above 0")
        if UNKNOWN_OPTION.value not in {o.value for o in self.options}:
            raise ValueError(f"{self.id}: options must include the {UNKNOWN_OPTION.value!r} option")
        if not self.sources:
            raise ValueError(f"{self.id}: a criterion needs at least one source")
        # Strongest first (a stable sort keeps the order written within each kind).
        object.__setattr__(self, "sources", tuple(sorted(self.sources, key=lambda s: s.rank)))

    @property
    def patient_sources(self) -> tuple[Source, ...]:
        """What patients are shown: every source but an unconfirmed citation."""
        return tuple(s for s in self.sources if not s.unconfirmed)

    @property
    def is_knockout(self) -> bool:
        return self.severity == "knockout"


GROUPS: Final[tuple[Group, ...]] = (
    Group("cells", "The cells and what is injected"),
    Group("processing", "How they are processed"),
    Group("people", "Who treats you"),
    Group("claims", "What they promise"),
    Group("evidence", "Evidence and oversight"),
    Group("care", "Consent, follow-up and cost"),
)


@dataclass(frozen=True)
class Catalogue:
    criteria: tuple[Criterion, ...]
    groups: tuple[Group, ...] = GROUPS
    core_groups: tuple[CoreGroup, ...] = ()
    edition: str = EDITION
    version: str = field(init=False)
    by_id: Mapping[str, Criterion] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ids = [c.id for c in self.criteria]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate criterion id(s): {', '.join(duplicates)}")
        group_ids = {g.id for g in self.groups}
        for criterion in self.criteria:
            if criterion.group not in group_ids:
                raise ValueError(f"{criterion.id}: unknown group {criterion.group!r}")
        for core in self.core_groups:
            missing = [i for i in core.criterion_ids if i not in ids]
            if missing or not core.criterion_ids:
                raise ValueError(f"core group {core.id}: unknown criteria {missing}")
        object.__setattr__(self, "by_id", MappingProxyType({c.id: c for c in self.criteria}))
        object.__setattr__(self, "version", f"{self.edition}-{self._digest()}")

    def _digest(self) -> str:
        # Everything that changes a score or a grade: which criteria, how much each weighs,
        # what a knockout is, and which criteria decide "not enough information".
        payload = {
            "criteria": [[c.id, c.severity, c.points, c.group] for c in self.criteria],
            "core_groups": [[g.id, list(g.criterion_ids)] for g in self.core_groups],
        }
        blob = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()[:8]

    def in_group(self, group_id: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.group == group_id)

    @property
    def knockouts(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.is_knockout)

    @property
    def possible_points(self) -> int:
        return sum(c.points for c in self.criteria)
