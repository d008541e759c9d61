"""The catalogue of safety criteria, as plain data (pure: no Django imports, no I/O).

One catalogue drives the clinic page, the patient's checklist, the report, the methodology page
and the admin breakdown. Each criterion reads `ClinicFacts` and answers `met`, `partial`,
`not_met` or `unknown`, with one line a patient can understand.

Criterion ids are part of the interface: stored assessments, exports and URLs use them.
`CATALOGUE.version` changes by itself whenever a criterion is added or removed or its severity,
points or group change; bump `EDITION` by hand when an evaluation rule changes its outcomes
(tests/checklist/test_criteria.py pins those outcomes to the version and fails until you do).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, Literal, get_args

from checklist.engine.facts import (
    AUTOLOGOUS_SOURCES,
    LIVE_FORMS,
    CellForm,
    CellSource,
    ClinicFacts,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
)
from checklist.engine.pricing import price_check

Status = Literal["met", "partial", "not_met", "unknown"]
Severity = Literal["knockout", "major", "minor"]
Evaluation = tuple[Status, str]

STATUSES: Final[tuple[Status, ...]] = get_args(Status)
SEVERITIES: Final[tuple[Severity, ...]] = get_args(Severity)
MET: Final[Status] = "met"
PARTIAL: Final[Status] = "partial"
NOT_MET: Final[Status] = "not_met"
UNKNOWN: Final[Status] = "unknown"

# Bump when an evaluation rule changes what it decides; the hash below covers the rest.
EDITION: Final = "2026.2"


# --- Building blocks -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """Where a criterion comes from. `url` is None for a source without a public address;
    `location` then says where its text is kept."""

    name: str
    url: str | None
    supports: str
    location: str = ""
    # Said out loud wherever the source is shown, so it is not read as firmer than it is.
    unconfirmed: bool = False


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str


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


# --- Sources ---------------------------------------------------------------------------------


def _placidway(supports: str) -> Source:
    return Source(
        "PlacidWay: skin stem-cell therapy guide",
        None,
        supports,
        location="shared/sources/000_ba5aa75fd7812e5e.txt",
    )


def _expert(supports: str) -> Source:
    return Source(
        "Expert view on stem-cell protocols for skin rejuvenation",
        None,
        supports,
        location="shared/sources/004_f0b139e78b32d480.txt",
    )


def _isscr_ask(supports: str) -> Source:
    return Source(
        "ISSCR: What to ask a stem cell clinic",
        "https://www.closerlookatstemcells.org/stem-cells-medicine/stem-cell-treatments-what-to-ask/",
        supports,
    )


def _isscr_warning(supports: str) -> Source:
    return Source(
        "ISSCR: cautions about unproven stem-cell treatments",
        "https://aboutstemcells.org/info/what-should-i-be-cautious-about-if-i-am-considering-an-unproven-stem-cell-treatment",
        supports,
    )


def _fda_alert(supports: str) -> Source:
    return Source(
        "FDA consumer alert on regenerative medicine products (2020)",
        "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes",
        supports,
    )


def _fda_patient(supports: str) -> Source:
    return Source(
        "FDA: patient and consumer information about regenerative medicine therapies (2021)",
        "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies",
        supports,
    )


def _cfr(supports: str) -> Source:
    return Source("21 CFR 1271.10 and 1271.15(b)", "http://cfr.laws-info.com/text/21/1271/10", supports)


def _asaps(supports: str) -> Source:
    return Source(
        "ASAPS/ASPS position statement on stem cells and fat grafting (2012)",
        "https://journals.lww.com/plasreconsurg/Fulltext/2012/01000/ASAPS_ASPS_Position_Statement_on_Stem_Cells_and.53.aspx",
        supports,
    )


def _murdoch(supports: str) -> Source:
    return Source(
        "Murdoch et al. 2018: websites of stem-cell clinics",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5855243",
        supports,
    )


YIN_2017: Final = Source(
    "Yin et al. 2017, cited by the expert article (unconfirmed)",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5600176/",
    "Cited as a meta-analysis of adipose-derived stem cells for skin rejuvenation; unconfirmed: "
    "the title could not be matched to this PMC id.",
    unconfirmed=True,
)
CAL_META_ANALYSIS_2017: Final = Source(
    "Meta-analysis of cell-assisted lipotransfer, 2017 (doi 10.1186/s13018-017-0645-5, "
    "PMC5649090)",
    None,
    "Higher fat survival with cell-assisted transfer, but no significant difference in patient "
    "satisfaction overall: the evidence is still thin.",
)


# --- Options ---------------------------------------------------------------------------------

UNKNOWN_OPTION: Final = Option("unknown", "I don't know / they didn't say")
YES_NO: Final = (Option("yes", "Yes"), Option("no", "No"), UNKNOWN_OPTION)

CELL_SOURCE_OPTIONS: Final = (
    Option(CellSource.AUTOLOGOUS_ADIPOSE, "From my own fat (a small liposuction)"),
    Option(CellSource.AUTOLOGOUS_BONE_MARROW, "From my own bone marrow"),
    Option(CellSource.AUTOLOGOUS_OTHER, "From another tissue of my own body"),
    Option(CellSource.ALLOGENEIC_DONOR, "From another person (a donor)"),
    Option(CellSource.UMBILICAL_CORD, "From umbilical cord or Wharton's jelly"),
    Option(CellSource.PLACENTAL_AMNIOTIC, "From placenta or amniotic tissue"),
    Option(CellSource.EMBRYONIC, "From embryos"),
    Option(CellSource.ANIMAL, "From animals"),
    Option(CellSource.PLANT, 'From plants ("plant stem cells")'),
    UNKNOWN_OPTION,
)


# --- Wording helpers -------------------------------------------------------------------------


def _join(words: Iterable[str]) -> str:
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


SOURCE_WORDS: Final[Mapping[CellSource, str]] = MappingProxyType(
    {
        CellSource.AUTOLOGOUS_ADIPOSE: "your own fat",
        CellSource.AUTOLOGOUS_BONE_MARROW: "your own bone marrow",
        CellSource.AUTOLOGOUS_OTHER: "another tissue of your own",
        CellSource.ALLOGENEIC_DONOR: "donor",
        CellSource.UMBILICAL_CORD: "umbilical-cord",
        CellSource.PLACENTAL_AMNIOTIC: "placental or amniotic",
        CellSource.EMBRYONIC: "embryonic",
        CellSource.ANIMAL: "animal",
        CellSource.PLANT: "plant",
    }
)
FORM_WORDS: Final[Mapping[CellForm, str]] = MappingProxyType(
    {
        CellForm.LIVE_CELLS: "live cells",
        CellForm.CULTURED_FIBROBLASTS: "lab-grown fibroblasts",
        CellForm.EXTRACT: "a cell extract or conditioned medium",
        CellForm.EXOSOMES: "exosomes",
        CellForm.GROWTH_FACTORS: "growth factors",
    }
)
CLAIM_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "guaranteed": "guarantees results",
        "no_risk": "says there is no risk",
        "cure": "claims to cure disease or reverse ageing",
        "universal": "says it works for everyone",
        "unverified_source": "sells cells from donors, cords, animals, plants or a secret source",
        "fda_misrepresentation": "presents FDA registration, inspection or listing as approval",
    }
)
# Each flag counts against exactly one criterion, so one sentence is not penalised twice.
PROMISE_FLAGS: Final = ("guaranteed", "no_risk", "cure", "universal", "unverified_source")
TIMELINE_FLAGS: Final = ("instant", "permanent")
FDA_FLAGS: Final = ("fda_misrepresentation",)

# This project's thresholds, not a source's: enough years or cases to have met complications.
EXPERIENCED_YEARS: Final = 5
TRACK_RECORD_PROCEDURES: Final = 50


# --- Evaluations: the cells ------------------------------------------------------------------


def _autologous_source(facts: ClinicFacts) -> Evaluation:
    sources = facts.cell_sources
    if sources is None:
        return UNKNOWN, "Where the cells come from is not known."
    foreign = [s for s in CellSource if s in sources and s not in AUTOLOGOUS_SOURCES]
    foreign = [s for s in foreign if s is not CellSource.UNKNOWN]
    own = [s for s in CellSource if s in AUTOLOGOUS_SOURCES and s in sources]
    if foreign:
        return NOT_MET, (
            f"Uses {_join(SOURCE_WORDS[s] for s in foreign)} cells; for a cosmetic treatment "
            "only your own cells are acceptable."
        )
    if not own:
        return UNKNOWN, "The clinic does not say where the cells come from."
    where = _join(SOURCE_WORDS[s] for s in own)
    if CellSource.UNKNOWN in sources:
        return PARTIAL, (
            f"Some treatments use your own cells (from {where}); for others the source is not "
            "stated."
        )
    return MET, f"Uses only your own cells, from {where}."


def _no_embryonic_cells(facts: ClinicFacts) -> Evaluation:
    sources = facts.cell_sources
    if sources is None:
        return UNKNOWN, "Whether embryonic cells are used is not known."
    if CellSource.EMBRYONIC in sources:
        return NOT_MET, (
            "Uses embryonic cells, which raise ethical concerns; adult cells from your own body "
            "are the preferred source."
        )
    if not sources - {CellSource.UNKNOWN}:
        return UNKNOWN, "The clinic does not say where the cells come from."
    if CellSource.UNKNOWN in sources:
        return PARTIAL, (
            "No embryonic cells in the treatments described, but for some the source is not "
            "stated."
        )
    return MET, "No embryonic cells are used."


def _product_disclosed(facts: ClinicFacts) -> Evaluation:
    forms = facts.cell_forms
    if forms is None:
        return UNKNOWN, "What is injected or applied is not known."
    if not forms:
        return NOT_MET, (
            "The clinic describes no treatment, so it does not say what it injects or applies."
        )
    stated = [f for f in CellForm if f in forms and f is not CellForm.UNKNOWN]
    if not stated:
        return UNKNOWN, "The clinic does not say what is injected or applied."
    described = _join(FORM_WORDS[f] for f in stated)
    if CellForm.UNKNOWN in forms:
        return PARTIAL, f"Says what some treatments use ({described}), but not all of them."
    cell_free = " (no live cells)" if not LIVE_FORMS & set(stated) else ""
    return MET, f"Says plainly what is used: {described}{cell_free}."


# --- Evaluations: processing -----------------------------------------------------------------


def _sterile_closed_system(facts: ClinicFacts) -> Evaluation:
    processing = facts.processing
    if processing is None:
        return UNKNOWN, "How the cells are processed is not known."
    if Processing.OPEN in processing:
        return NOT_MET, (
            "At least one treatment handles cells in an open system, which raises the risk of "
            "contamination and infection."
        )
    if Processing.CLOSED_SYSTEM not in processing:
        return UNKNOWN, "The clinic does not say how the cells are processed."
    if Processing.UNKNOWN in processing:
        return PARTIAL, (
            "Some treatments process cells in a sterile, closed system; for others it is not "
            "stated."
        )
    return MET, "Cells are processed in a sterile, closed system."


def _minimal_manipulation(facts: ClinicFacts) -> Evaluation:
    handling = facts.manipulation
    if handling is None:
        return UNKNOWN, "Whether cells are used the same day or grown in a lab is not known."
    kinds = facts.evidence_kinds
    in_trial = None if kinds is None else EvidenceKind.TRIAL in kinds
    expanded = Manipulation.CULTURE_EXPANDED in handling
    if expanded and facts.charges_for_trial is True:
        # FDA and ISSCR: a "trial" that bills its patients is not the oversight it claims.
        return NOT_MET, (
            "Cells are grown in a lab under a \"trial\" that patients pay to join; a trial that "
            "charges patients does not give the oversight it claims."
        )
    if expanded and in_trial is False:
        return NOT_MET, (
            "Cells are grown in a lab with no registered trial on record; cells changed this "
            "much are regulated as a drug that needs approval."
        )
    same_day = Manipulation.SAME_DAY in handling
    sound = same_day or (expanded and in_trial is True)
    unclear = Manipulation.UNKNOWN in handling or (expanded and in_trial is None)
    if not sound:
        if expanded:
            return UNKNOWN, (
                "Cells are grown in a lab; whether that happens within a registered trial is "
                "not known."
            )
        return UNKNOWN, "The clinic does not say whether cells are used the same day."
    if unclear:
        return PARTIAL, (
            "Some treatments use cells the same day or within a registered trial; for others "
            "it is not clear."
        )
    if expanded:
        return MET, "Cells are grown in a lab only within a registered trial."
    return MET, "Cells are used the same day, with minimal handling."


def _complete(values: frozenset[Any] | None, unknown: Any) -> bool:
    # Known for every protocol: at least one protocol, and none that leaves it unstated.
    return values is not None and bool(values) and unknown not in values


def _protocol_documented(facts: ClinicFacts) -> Evaluation:
    documented = facts.protocol_documented
    if documented is None:
        return UNKNOWN, "Whether the clinic has a written processing protocol is not known."
    if not documented:
        return NOT_MET, (
            "No written processing protocol: how cells are isolated, counted and handled is "
            "not documented."
        )
    if _complete(facts.processing, Processing.UNKNOWN) and _complete(
        facts.manipulation, Manipulation.UNKNOWN
    ):
        return MET, (
            "A written protocol documents how cells are processed and whether they are used "
            "the same day."
        )
    return PARTIAL, (
        "A written protocol exists, but it leaves unclear how cells are processed or whether "
        "they are grown in a lab."
    )


def _lab_accredited(facts: ClinicFacts) -> Evaluation:
    accredited = facts.lab_accreditation_verified
    labs = facts.labs or frozenset()
    good = bad = unclear = 0
    for lab in labs:
        if lab is Lab.EXTERNAL_ACCREDITED or (lab is Lab.ON_SITE and accredited is True):
            good += 1
        elif lab is Lab.EXTERNAL or (lab is Lab.ON_SITE and accredited is False):
            bad += 1
        else:
            unclear += 1
    if good and not bad and not unclear:
        return MET, "Cells are processed in an accredited lab."
    if good:
        return PARTIAL, "Some processing is done in an accredited lab, but not all of it."
    if bad:
        if Lab.EXTERNAL in labs:
            return NOT_MET, "Cells are sent to an outside lab with no accreditation on record."
        return NOT_MET, "Its on-site lab holds no verified accreditation or GMP certificate."
    if accredited is True:
        if unclear:
            return PARTIAL, (
                "The clinic holds a verified lab accreditation, but which lab processes the "
                "cells is not stated."
            )
        return MET, "The clinic holds a verified lab accreditation or GMP certificate."
    return UNKNOWN, "Whether the lab that processes the cells is accredited is not known."


# --- Evaluations: people ---------------------------------------------------------------------


def _licensed_physicians(facts: ClinicFacts) -> Evaluation:
    licensed = facts.verified_current_medical_licences
    if licensed is not None and licensed >= 1:
        if licensed == 1:
            return MET, "A treating doctor holds a verified, current medical licence."
        return MET, f"{licensed} treating doctors hold a verified, current medical licence."
    if facts.has_practitioners is True and licensed == 0:
        expired = facts.expired_medical_licences
        if expired:
            return NOT_MET, (
                "No treating doctor holds a verified, current medical licence: "
                f"{expired} on record {_plural(expired, 'has', 'have')} expired."
            )
        return NOT_MET, "No treating doctor holds a verified, current medical licence."
    if facts.has_practitioners is False:
        return UNKNOWN, "The clinic names no treating doctor, so no licence can be checked."
    if facts.has_practitioners is True:
        return UNKNOWN, "Treating doctors are named, but no licence of theirs has been verified yet."
    return UNKNOWN, "Who treats patients is not known."


def _regenerative_specialist(facts: ClinicFacts) -> Evaluation:
    specialist = facts.regenerative_specialist
    if specialist is None:
        return UNKNOWN, "Whether a regenerative-medicine specialist treats patients is not known."
    if not specialist:
        return NOT_MET, "No treating doctor specialises in regenerative medicine."
    years = facts.specialist_years_experience
    if years is None:
        return PARTIAL, (
            "A regenerative-medicine specialist treats patients; their experience is not stated."
        )
    if years < EXPERIENCED_YEARS:
        return PARTIAL, (
            f"A regenerative-medicine specialist treats patients, with only {years} "
            f"{_plural(years, 'year', 'years')} of experience."
        )
    return MET, (
        f"A regenerative-medicine specialist with {years} years of experience treats patients."
    )


def _track_record(facts: ClinicFacts) -> Evaluation:
    performed = facts.procedures_performed
    signals: list[tuple[bool | None, str]] = [
        (facts.outcomes_published, "publishes its outcomes"),
        (facts.complication_reporting, "reports complications"),
        (
            None if performed is None else performed >= TRACK_RECORD_PROCEDURES,
            f"has performed {performed} procedures",
        ),
    ]
    shown = [words for value, words in signals if value is True]
    if len(shown) >= 2:
        return MET, f"Shows a track record: {_join(shown)}."
    if shown:
        return PARTIAL, f"Shows only part of a track record: {shown[0]}."
    if any(value is not None for value, _ in signals):
        return NOT_MET, (
            "No published outcomes, no complication reporting and no substantial number of "
            "procedures on record."
        )
    return UNKNOWN, "Nothing is known about its track record."


# --- Evaluations: claims ---------------------------------------------------------------------


NOT_SCREENED: Final = "None of its marketing text has been screened."


def _flag_check(facts: ClinicFacts, categories: tuple[str, ...], after: str) -> Evaluation | None:
    flags = facts.claim_flags
    if flags is None:
        return UNKNOWN, NOT_SCREENED
    found = [CLAIM_WORDS[c] for c in categories if c in flags]
    if found:
        return NOT_MET, f"Its marketing {_join(found)}{after}."
    return None


def _realistic_claims(facts: ClinicFacts) -> Evaluation:
    return _flag_check(facts, PROMISE_FLAGS, "") or (
        MET,
        "No unrealistic promises were found in its marketing.",
    )


def _realistic_timeline(facts: ClinicFacts) -> Evaluation:
    flags = facts.claim_flags
    if flags is None:
        return UNKNOWN, NOT_SCREENED
    promised = [c for c in TIMELINE_FLAGS if c in flags]
    if promised:
        return NOT_MET, (
            f"Its marketing promises {_join(promised)} results; results build over 3 to 6 "
            "months and the skin keeps ageing."
        )
    return MET, "Its marketing does not promise instant or permanent results."


def _no_fda_misuse(facts: ClinicFacts) -> Evaluation:
    after = (
        "; the only FDA-approved stem-cell products are cord-blood cells for blood disorders"
    )
    return _flag_check(facts, FDA_FLAGS, after) or (
        MET,
        "No misleading FDA claims were found in its marketing.",
    )


def _risks_disclosed(facts: ClinicFacts) -> Evaluation:
    if facts.risks_disclosed is None:
        return UNKNOWN, "Whether the clinic discloses side effects is not known."
    if not facts.risks_disclosed:
        return NOT_MET, (
            "Does not disclose side effects, though swelling, bruising, redness and infection "
            "can occur."
        )
    return MET, "Discloses side effects such as swelling, bruising, redness and infection."


# --- Evaluations: evidence and oversight -----------------------------------------------------


def _evidence_cited(facts: ClinicFacts) -> Evaluation:
    count = facts.evidence_count
    if count is None:
        return UNKNOWN, "Whether the clinic cites any evidence is not known."
    if count == 0:
        return NOT_MET, "Cites no peer-reviewed study or registered trial that can be checked."
    return MET, (
        f"Cites {count} {_plural(count, 'reference', 'references')} with a DOI or trial "
        "number."
    )


def _regulatory_oversight(facts: ClinicFacts) -> Evaluation:
    licence = facts.facility_licence_verified
    registration = facts.regulator_registration_verified
    if licence is True:
        if registration is True:
            return MET, (
                "The facility holds a verified, current licence and is registered with the "
                "regulator."
            )
        return MET, "The facility holds a verified, current licence."
    if registration is True:
        return PARTIAL, (
            "Registered with the regulator, but no verified facility licence; registration is "
            "an administrative step, not a review of the treatment."
        )
    if licence is False or registration is False:
        return NOT_MET, "No verified, current facility licence or registration with the regulator."
    return UNKNOWN, "Whether the facility is licensed or registered is not known."


def _facility_credentials_current(facts: ClinicFacts) -> Evaluation:
    lapsed = facts.expired_facility_credentials
    current = any(
        value is True
        for value in (
            facts.facility_licence_verified,
            facts.regulator_registration_verified,
            facts.lab_accreditation_verified,
        )
    )
    if lapsed is None:
        return UNKNOWN, "Whether the clinic's credentials are current is not known."
    if lapsed and current:
        return PARTIAL, (
            f"Some credentials are current, but {lapsed} "
            f"{_plural(lapsed, 'has', 'have')} expired without renewal."
        )
    if lapsed:
        return NOT_MET, (
            "The clinic's credentials on record have expired, and an expired credential is not "
            "verified."
        )
    if current:
        return MET, "The clinic's credentials on record are verified and current."
    return UNKNOWN, "No verified credential of the clinic is on record to check."


# --- Evaluations: consent, follow-up and cost ------------------------------------------------


def _informed_consent(facts: ClinicFacts) -> Evaluation:
    if facts.written_consent is None:
        return UNKNOWN, "Whether written consent is taken is not known."
    if not facts.written_consent:
        return NOT_MET, "No written informed consent is taken."
    if facts.consent_states_limited_data is True:
        return MET, "Written consent states that long-term safety data are limited."
    if facts.consent_states_limited_data is False:
        return PARTIAL, (
            "Written consent is taken, but it does not say that long-term data are limited."
        )
    return PARTIAL, (
        "Written consent is taken; whether it says long-term data are limited is not known."
    )


def _consultation(facts: ClinicFacts) -> Evaluation:
    if facts.consultation is None:
        return UNKNOWN, "Whether a doctor reviews your medical history first is not known."
    if not facts.consultation:
        return NOT_MET, "Treats without first reviewing your medical history and candidacy."
    return MET, "A consultation reviews your medical history and candidacy before treatment."


def _no_trial_fees(facts: ClinicFacts) -> Evaluation:
    if facts.charges_for_trial is None:
        return UNKNOWN, "Whether patients pay to take part in a trial is not known."
    if facts.charges_for_trial:
        return NOT_MET, (
            'Charges patients to take part in a "trial", a warning sign named by the ISSCR '
            "and the FDA."
        )
    return MET, "Does not charge patients to take part in a trial."


def _price_in_range(facts: ClinicFacts) -> Evaluation:
    verdict = price_check(
        facts.country, facts.full_face_price_min_usd, facts.full_face_price_max_usd
    )
    status: Status = {"within": MET, "above": PARTIAL, "below": NOT_MET}.get(
        verdict.status, UNKNOWN
    )
    return status, verdict.message


def _follow_up(facts: ClinicFacts) -> Evaluation:
    if facts.follow_up is None:
        return UNKNOWN, "Whether there is follow-up after treatment is not known."
    if not facts.follow_up:
        return NOT_MET, "No follow-up after treatment to catch and manage complications."
    return MET, "Scheduled follow-up after treatment to catch and manage complications."


# --- The catalogue ---------------------------------------------------------------------------

CRITERIA: Final[tuple[Criterion, ...]] = (
    # The cells and what is injected
    Criterion(
        id="autologous_source",
        title="Your own cells",
        group="cells",
        checks="The cells come from your own fat or bone marrow, not from a donor, umbilical "
        "cord, placenta, embryo, animal or plant.",
        why_it_matters="Your own cells cannot be rejected and carry no disease from someone "
        "else. Donor, animal and other outside sources for a cosmetic treatment carry real "
        "health risks, and no such product is approved for it.",
        severity="knockout",
        points=15,
        question="Where do the cells come from?",
        options=CELL_SOURCE_OPTIONS,
        ask_clinic="Will the cells come from my own fat or bone marrow? If not, exactly where "
        "do they come from, who supplies them, and how are they screened?",
        sources=(
            _placidway(
                "Cells for skin are typically taken from the patient's own fat or bone marrow; "
                "avoid clinics using cells from unverified sources such as animal or donor "
                "cells for cosmetic purposes."
            ),
            _expert("Adult stem cells from the patient's own body are the preferred source."),
            _fda_alert(
                "The only approved stem-cell products are cord-blood blood-forming cells; no "
                "exosome product is approved."
            ),
            _isscr_ask("If the cells are not your own, ask about the risk of immune reaction."),
            _cfr("Autologous use is one of the conditions for the lighter '361' regulation."),
        ),
        evaluate=_autologous_source,
        reads=("cell_sources",),
    ),
    Criterion(
        id="no_embryonic_cells",
        title="No embryonic cells",
        group="cells",
        checks="No embryonic cells are used.",
        why_it_matters="Embryonic cells raise ethical concerns and are not a source any "
        "careful clinic uses for skin; adult cells from your own body are preferred.",
        severity="knockout",
        points=10,
        question="Where do the cells come from?",
        options=CELL_SOURCE_OPTIONS,
        ask_clinic="Can you confirm in writing that no embryonic or fetal cells are used?",
        sources=(
            _expert(
                "The use of embryonic stem cells raises ethical concerns; adult autologous "
                "cells are the preferred source."
            ),
        ),
        evaluate=_no_embryonic_cells,
        reads=("cell_sources",),
    ),
    Criterion(
        id="product_disclosed",
        title="Says what is injected",
        group="cells",
        checks="The clinic says plainly whether it uses live cells, lab-grown fibroblasts, or "
        "an extract, exosomes or growth factors with no live cells.",
        why_it_matters='A "stem cell facial" may use live cells or only an extract or growth '
        "factors. You can only weigh risks and price when you know which.",
        severity="major",
        points=8,
        question="What exactly will be injected or applied to your skin?",
        options=(
            Option(CellForm.LIVE_CELLS, "Live cells from my own tissue"),
            Option(CellForm.CULTURED_FIBROBLASTS, "Fibroblasts grown in a lab from my own skin"),
            Option(CellForm.EXTRACT, "An extract or conditioned medium (no live cells)"),
            Option(CellForm.EXOSOMES, "Exosomes (no live cells)"),
            Option(CellForm.GROWTH_FACTORS, "Growth factors (no live cells)"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Exactly what will be injected or applied: live cells, lab-grown "
        "fibroblasts, or an extract, exosomes or growth factors with no live cells?",
        sources=(
            _placidway(
                'The term "stem cell facial" can be misleading: distinguish live cells from '
                "stem-cell extracts or growth factors."
            ),
            _fda_alert("No exosome product is FDA-approved."),
            _asaps(
                'Plain fat grafting should not be marketed as a "stem cell facelift".'
            ),
        ),
        evaluate=_product_disclosed,
        reads=("cell_forms",),
    ),
    # How they are processed
    Criterion(
        id="sterile_closed_system",
        title="Sterile, closed processing",
        group="processing",
        checks="Cells are processed in a sterile, closed system.",
        why_it_matters="Infection is the main risk of the procedure; a closed, sterile system "
        "keeps the cells from being contaminated between harvest and injection.",
        severity="major",
        points=8,
        question="Are your cells processed in a sterile, closed system?",
        options=(
            Option(Processing.CLOSED_SYSTEM, "Yes, in a sterile closed system"),
            Option(Processing.OPEN, "No, they are handled in the open"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Are my cells processed in a sterile, closed system, where, and by whom?",
        sources=(
            _placidway(
                "Harvested fat is processed in a sterile, closed system; the risk of infection "
                "is minimised by strict sterile protocols."
            ),
        ),
        evaluate=_sterile_closed_system,
        reads=("processing",),
    ),
    Criterion(
        id="minimal_manipulation",
        title="Minimal handling, or a registered trial",
        group="processing",
        checks="Cells are used the same day with minimal handling; cells grown (expanded) in "
        "a lab are used only within a registered trial.",
        why_it_matters="Cells grown in a lab over weeks are changed more and are regulated as "
        "a drug needing approval; same-day use in one procedure is the lighter, exempt path.",
        severity="major",
        points=8,
        question="Are the cells used the same day, or grown in a lab over days or weeks?",
        options=(
            Option(Manipulation.SAME_DAY, "The same day, in one visit"),
            Option(Manipulation.CULTURE_EXPANDED, "Grown in a lab over days or weeks"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Are my cells used the same day with minimal handling? If they are grown "
        "in a lab, which registered clinical trial (NCT number) covers this?",
        sources=(
            _cfr(
                "Minimal manipulation is a condition of 1271.10; 1271.15(b) exempts cells "
                "removed and implanted in the same surgical procedure."
            ),
            _fda_patient(
                "Products beyond these conditions need FDA approval; being charged outside an "
                "FDA-overseen trial is a red flag."
            ),
            _expert("Processing may include isolation and expansion in a laboratory."),
        ),
        evaluate=_minimal_manipulation,
        reads=("manipulation", "evidence_kinds", "charges_for_trial"),
    ),
    Criterion(
        id="protocol_documented",
        title="Written processing protocol",
        group="processing",
        checks="A written protocol says how cells are isolated, counted and checked, and "
        "whether they are used the same day or grown in a lab.",
        why_it_matters="Protocols differ widely between clinics; one that is written down can "
        "be checked, repeated and compared.",
        severity="major",
        points=6,
        question="Did the clinic show you its written protocol for processing your cells?",
        options=YES_NO,
        ask_clinic="Can I see your written protocol: how my cells are isolated, counted and "
        "checked, and whether they are used the same day or grown in a lab?",
        sources=(
            _placidway("Verify the clinic's protocols for cell processing."),
            _expert(
                "Treatment protocols lack standardisation across clinics; standardised "
                "protocols and reporting are needed."
            ),
            _isscr_ask("Ask how the cells are isolated, grown and delivered."),
            _isscr_warning("An unclear source or protocol is a warning sign."),
        ),
        evaluate=_protocol_documented,
        reads=("protocol_documented", "processing", "manipulation"),
    ),
    Criterion(
        id="lab_accredited",
        title="Accredited lab",
        group="processing",
        checks="Cells are processed in an on-site or outside lab that holds an accreditation "
        "or GMP certificate.",
        why_it_matters="An accredited lab is inspected against written standards for "
        "cleanliness and handling.",
        severity="minor",
        points=4,
        question="Is the lab that processes your cells accredited (for example, a GMP "
        "certificate)?",
        options=YES_NO,
        ask_clinic="Which lab processes my cells, and which accreditation or GMP certificate "
        "does it hold?",
        sources=(
            _expert("Cells are processed in a controlled laboratory environment."),
            _placidway("Fat is processed in an on-site lab."),
        ),
        evaluate=_lab_accredited,
        reads=("labs", "lab_accreditation_verified"),
    ),
    # Who treats you
    Criterion(
        id="licensed_physicians",
        title="Licensed doctors",
        group="people",
        checks="The treating doctors hold verified medical licences that have not expired.",
        why_it_matters="A licence that can be checked is the minimum: it means a medical board "
        "stands behind the person who treats you. An expired licence is not verified.",
        severity="knockout",
        points=15,
        question="Is the doctor who will treat you licensed, and did you check the licence "
        "with the medical board?",
        options=(
            Option("verified", "Yes, I checked a current licence with the medical board"),
            Option("expired", "The licence I found has expired"),
            Option("none", "No licence could be found"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="What is the treating doctor's full name and licence number, and which "
        "medical board can confirm it is current?",
        sources=(
            _placidway(
                "Choose a reputable clinic with experienced doctors and verify its credentials."
            ),
            _isscr_ask("Ask who will perform the procedure and what their qualifications are."),
        ),
        evaluate=_licensed_physicians,
        reads=(
            "has_practitioners",
            "verified_current_medical_licences",
            "expired_medical_licences",
        ),
    ),
    Criterion(
        id="regenerative_specialist",
        title="An experienced specialist",
        group="people",
        checks="An experienced doctor who specialises in regenerative medicine treats "
        f"patients ({EXPERIENCED_YEARS} years or more).",
        why_it_matters="Harvesting, processing and injecting cells are skills of their own; "
        "experience means complications are recognised and handled.",
        severity="major",
        points=8,
        question="Does a doctor who specialises in regenerative medicine treat you, and for "
        "how long have they done so?",
        options=(
            Option("experienced", f"Yes, for {EXPERIENCED_YEARS} years or more"),
            Option("new", f"Yes, for less than {EXPERIENCED_YEARS} years"),
            Option("no", "No"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Who will treat me, what is their specialty, and how many of these "
        "procedures have they performed?",
        sources=(
            _placidway(
                "The key to safety is a clinic with experienced doctors who specialise in "
                "regenerative medicine."
            ),
        ),
        evaluate=_regenerative_specialist,
        reads=("regenerative_specialist", "specialist_years_experience"),
    ),
    Criterion(
        id="track_record",
        title="Track record",
        group="people",
        checks="Publishes its outcomes, reports complications, and has performed "
        f"{TRACK_RECORD_PROCEDURES} or more procedures (two of the three).",
        why_it_matters="A clinic that counts and publishes its results and complications can "
        "be held to them; testimonials are not evidence.",
        severity="minor",
        points=3,
        question="Does the clinic publish its results and complications, and say how many "
        "procedures it has done?",
        options=YES_NO,
        ask_clinic="How many of these procedures have you performed, what were the results, "
        "and how do you record and report complications?",
        sources=(
            _placidway("Verify the clinic's track record with patients."),
            _isscr_warning("Testimonials offered as evidence are a warning sign."),
            _expert("Standard reporting guidelines are needed."),
        ),
        evaluate=_track_record,
        reads=("outcomes_published", "complication_reporting", "procedures_performed"),
    ),
    # What they promise
    Criterion(
        id="realistic_claims",
        title="No unrealistic promises",
        group="claims",
        checks="Its marketing does not guarantee results, claim there is no risk, claim to "
        "cure disease, promise it works for everyone, or sell cells from unverified sources.",
        why_it_matters="Every procedure has risks and results vary; promises that say "
        "otherwise are a recognised sign of an unproven treatment.",
        severity="major",
        points=10,
        question="Did the clinic guarantee results, say there is no risk, or say it works "
        "for everyone?",
        options=(
            Option("no", "No, it was careful about what to expect"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="What results can I realistically expect, how are they measured, and what "
        "happens if I see no improvement?",
        sources=(
            _placidway("Avoid clinics that make unrealistic promises."),
            _isscr_warning(
                "Claims of no risk and many conditions treated with one cell type are warning "
                "signs."
            ),
            _fda_alert("Be wary of claims made for unapproved regenerative products."),
        ),
        evaluate=_realistic_claims,
        reads=("claim_flags",),
    ),
    Criterion(
        id="no_fda_misuse",
        title="No misleading FDA claims",
        group="claims",
        checks='Its marketing does not present FDA registration, inspection, a trial listing '
        'or a device clearance as "FDA approval" of the treatment.',
        why_it_matters="Registration is an administrative duty, not a review, and a trial "
        "listing is not approval; a clinic that blurs this is misleading you about the main "
        "safeguard.",
        # Major, not knockout: the flag comes from automatic text screening, which can misfire,
        # and a knockout should rest on a checked fact about what is done to the patient.
        severity="major",
        points=10,
        question="Did the clinic say the treatment is FDA approved, cleared or registered?",
        options=(
            Option("no", "No"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Which FDA approval covers this treatment, by number? Is it approval of "
        "the treatment, or only a registration or a device clearance?",
        sources=(
            _fda_alert(
                "Only cord-blood blood-forming cells are approved; being registered with the "
                "FDA or listed in a trial registry is not approval."
            ),
            _fda_patient("Report harm from regenerative products through MedWatch."),
            _cfr("Registration is an administrative duty, not a review of the product."),
        ),
        evaluate=_no_fda_misuse,
        reads=("claim_flags",),
    ),
    Criterion(
        id="realistic_timeline",
        title="Realistic timeline",
        group="claims",
        checks="Results are described as gradual (at their best after 3 to 6 months) and not "
        "permanent.",
        why_it_matters="Early plumping is swelling; real change builds over months and the "
        "skin keeps ageing afterwards.",
        severity="minor",
        points=4,
        question="Did the clinic promise instant or permanent results?",
        options=(
            Option("no", "No, it said results build over months and fade with time"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="When will I see the final result, and how long does it usually last?",
        sources=(
            _placidway(
                "Results are not permanent; they unfold over months and peak at 3 to 6 months."
            ),
        ),
        evaluate=_realistic_timeline,
        reads=("claim_flags",),
    ),
    Criterion(
        id="risks_disclosed",
        title="Side effects disclosed",
        group="claims",
        checks="The clinic tells you about side effects: swelling and bruising, redness and "
        "tenderness, and the rare risk of infection.",
        why_it_matters="You can only consent to risks you were told about; few clinic websites "
        "state them.",
        severity="major",
        points=8,
        question="Did the clinic tell you about side effects such as swelling, bruising, "
        "redness and infection?",
        options=YES_NO,
        ask_clinic="What side effects and complications should I expect, how often do they "
        "happen, and what do you do if one occurs?",
        sources=(
            _placidway(
                "Swelling and bruising for a week or two, redness and tenderness for days, and "
                "a small risk of infection."
            ),
            _murdoch("Few stem-cell clinic websites state the risks of treatment."),
            _isscr_ask("Ask about the risks and what happens in an emergency."),
        ),
        evaluate=_risks_disclosed,
        reads=("risks_disclosed",),
    ),
    # Evidence and oversight
    Criterion(
        id="evidence_cited",
        title="Evidence cited",
        group="evidence",
        checks="The clinic cites peer-reviewed studies or a registered trial, with a DOI or "
        "trial number that can be checked.",
        why_it_matters="Research on stem cells for skin is early and long-term data are "
        "scarce; a clinic should be able to show what its treatment rests on.",
        severity="major",
        points=8,
        question="Did the clinic point you to published studies or a registered trial (with "
        "a DOI or NCT number)?",
        options=YES_NO,
        ask_clinic="Which peer-reviewed studies or registered trials (DOI or NCT number) "
        "support this treatment for skin?",
        sources=(
            _expert(
                "Some studies show promise but the field is early; rigorous trials are needed "
                "and evidence-based treatments remain the standard."
            ),
            YIN_2017,
            CAL_META_ANALYSIS_2017,
            _isscr_ask("Ask for the published evidence that the treatment works."),
        ),
        evaluate=_evidence_cited,
        reads=("evidence_count",),
    ),
    Criterion(
        id="regulatory_oversight",
        title="Licensed facility",
        group="evidence",
        checks="The facility holds a verified licence, or at least a registration, with the "
        "national regulator.",
        why_it_matters="Oversight by a regulator is what makes standards enforceable; a "
        "registration alone is an administrative step, not a review.",
        severity="major",
        points=8,
        question="Is the clinic licensed by the national health regulator?",
        options=YES_NO,
        ask_clinic="Which authority licenses this facility, and what is the licence or "
        "registration number?",
        sources=(
            _expert("Regulatory bodies need to oversee stem-cell clinics to ensure safety."),
            _isscr_ask("Ask whether a national regulator has approved the treatment."),
            _cfr("Registration is an administrative duty, not a review."),
        ),
        evaluate=_regulatory_oversight,
        reads=("facility_licence_verified", "regulator_registration_verified"),
    ),
    Criterion(
        id="facility_credentials_current",
        title="Credentials up to date",
        group="evidence",
        checks="The clinic's own licences, registrations and accreditations are current; an "
        "expired one is not verified.",
        why_it_matters="A credential that has lapsed no longer shows anyone is checking the "
        "clinic today.",
        severity="minor",
        points=3,
        question="Are the clinic's licence and certificates current (not expired)?",
        options=YES_NO,
        ask_clinic="When do your facility licence and lab certificates expire, and can I see "
        "the current ones?",
        sources=(
            _placidway("Verify the clinic's credentials."),
            _expert("Oversight is needed to ensure patient safety."),
        ),
        evaluate=_facility_credentials_current,
        reads=(
            "expired_facility_credentials",
            "facility_licence_verified",
            "regulator_registration_verified",
            "lab_accreditation_verified",
        ),
    ),
    # Consent, follow-up and cost
    Criterion(
        id="informed_consent",
        title="Honest written consent",
        group="care",
        checks="You sign a written consent that says long-term safety data are limited.",
        why_it_matters="Long-term data on these treatments are scarce; consent that says so "
        "lets you decide with the facts.",
        severity="major",
        points=8,
        question="Did you get a written consent form, and does it say that long-term data "
        "are limited?",
        options=(
            Option("yes_limited", "Yes, and it says long-term data are limited"),
            Option("yes", "Yes, but it does not mention limited data"),
            Option("no", "No written consent form"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="May I read the written consent form before the day, and does it state "
        "that long-term safety data are limited?",
        sources=(
            _expert("Long-term data on safety and efficacy are scarce."),
            _isscr_ask("Ask about consent and your rights as a patient."),
        ),
        evaluate=_informed_consent,
        reads=("written_consent", "consent_states_limited_data"),
    ),
    Criterion(
        id="consultation",
        title="Consultation first",
        group="care",
        checks="A doctor reviews your medical history and skin before deciding you are a "
        "candidate.",
        why_it_matters="Not everyone is a good candidate; a clinic that treats without asking "
        "cannot know whether you are.",
        severity="minor",
        points=4,
        question="Did a doctor review your medical history and skin before offering treatment?",
        options=YES_NO,
        ask_clinic="Who reviews my medical history before treatment, and what would make me "
        "unsuitable?",
        sources=(
            _placidway(
                "A consultation evaluates skin concerns and medical history to decide "
                "candidacy."
            ),
        ),
        evaluate=_consultation,
        reads=("consultation",),
    ),
    Criterion(
        id="no_trial_fees",
        title="No fees to join a trial",
        group="care",
        checks='The clinic does not charge you to take part in a "trial" or study.',
        why_it_matters="Real trials rarely charge participants; paying to be in a study "
        "outside regulator oversight is a recognised warning sign.",
        severity="major",
        points=8,
        question="Are you asked to pay to take part in a study or trial?",
        options=(
            Option("no", "No"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Is this a registered clinical trial? If so, what is its NCT number and "
        "why am I being charged to take part?",
        sources=(
            _isscr_warning("High costs or hidden fees are a warning sign."),
            _fda_patient("Being charged outside an FDA-overseen trial is a red flag."),
            _fda_alert("A listing in a trial registry is not FDA approval."),
        ),
        evaluate=_no_trial_fees,
        reads=("charges_for_trial",),
    ),
    Criterion(
        id="price_in_range",
        title="Price in the usual range",
        group="care",
        checks="The full-face price is within the usual range for the country.",
        why_it_matters="A price far below the range may not buy what is described; far above "
        "it, ask what the extra pays for.",
        severity="minor",
        points=3,
        question="Compared with the usual price for a full face in that country, the quote is:",
        options=(
            Option("within", "Within the usual range"),
            Option("below", "Below it"),
            Option("above", "Above it"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="What exactly does the price include, what is injected, and who processes "
        "it?",
        sources=(
            _placidway(
                "Estimated full-face costs (USD): US 7,000-15,000, UK 6,000-12,000, Mexico "
                "3,500-8,000, Turkey 2,500-7,000."
            ),
            _isscr_warning("High costs or hidden fees are a warning sign."),
        ),
        evaluate=_price_in_range,
        reads=("country", "full_face_price_min_usd", "full_face_price_max_usd"),
    ),
    Criterion(
        id="follow_up",
        title="Follow-up care",
        group="care",
        checks="A follow-up schedule after treatment, and a plan for managing complications.",
        why_it_matters="Infection and other complications show up after you leave; follow-up "
        "catches them early.",
        severity="minor",
        points=4,
        question="Is there a follow-up schedule after treatment, and someone to call if "
        "something goes wrong?",
        options=YES_NO,
        ask_clinic="When will I be seen after treatment, and who do I call if something goes "
        "wrong once I am home?",
        sources=(
            _placidway("Side effects and a small risk of infection follow treatment."),
            _isscr_ask("Ask what follow-up care is provided."),
        ),
        evaluate=_follow_up,
        reads=("follow_up",),
    ),
)

CORE_GROUPS: Final[tuple[CoreGroup, ...]] = (
    CoreGroup(
        "cells_and_product",
        "Cell source and product",
        ("autologous_source", "no_embryonic_cells", "product_disclosed"),
    ),
    CoreGroup(
        "credentials",
        "Credentials",
        (
            "licensed_physicians",
            "regulatory_oversight",
            "facility_credentials_current",
            "lab_accredited",
        ),
    ),
    CoreGroup("claims", "Claims", ("realistic_claims", "realistic_timeline", "no_fda_misuse")),
)

CATALOGUE: Final = Catalogue(criteria=CRITERIA, groups=GROUPS, core_groups=CORE_GROUPS)
