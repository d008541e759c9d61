"""What is known about a clinic, as plain data, and its JSON round trip.

`None` always means "not known", and not known is not "no": a field is only `False`, `0` or an
empty set when someone looked and found nothing. Criteria read these facts and nothing else, so
a curated clinic and a patient's checklist answers can be scored, and compared, the same way.

Set-valued facts aggregate a clinic's protocols. A set may hold the member `UNKNOWN` (for
example `CellSource.UNKNOWN`): at least one protocol does not state that value. An empty set
means the clinic describes no protocol at all.

Pure module: no Django imports, no I/O. The Django adapter turns a `Clinic` into a profile
mapping and hands it to `facts_from_profile` (checklist.engine.profile_facts), with the
screenings stored with its claims (checklist.engine.stored) so that unchanged text is not
screened again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, TypeVar, get_type_hints

__all__ = [
    "CellForm",
    "CellSource",
    "ClinicFacts",
    "CredentialKind",
    "EvidenceKind",
    "Lab",
    "Manipulation",
    "Processing",
    "Specialty",
    "facts_from_dict",
    "facts_to_dict",
]


class CellSource(StrEnum):
    AUTOLOGOUS_ADIPOSE = "autologous_adipose"
    AUTOLOGOUS_BONE_MARROW = "autologous_bone_marrow"
    AUTOLOGOUS_OTHER = "autologous_other"
    ALLOGENEIC_DONOR = "allogeneic_donor"
    UMBILICAL_CORD = "umbilical_cord"
    PLACENTAL_AMNIOTIC = "placental_amniotic"
    EMBRYONIC = "embryonic"
    ANIMAL = "animal"
    PLANT = "plant"
    UNKNOWN = "unknown"


class CellForm(StrEnum):
    LIVE_CELLS = "live_cells"
    CULTURED_FIBROBLASTS = "cultured_fibroblasts"
    EXTRACT = "extract"
    EXOSOMES = "exosomes"
    GROWTH_FACTORS = "growth_factors"
    UNKNOWN = "unknown"


class Processing(StrEnum):
    CLOSED_SYSTEM = "closed_system"
    OPEN = "open"
    UNKNOWN = "unknown"


class Manipulation(StrEnum):
    SAME_DAY = "same_day"
    # Same day, but the fat is digested with enzymes into SVF: more than minimal manipulation.
    SAME_DAY_ENZYMATIC = "same_day_enzymatic"
    CULTURE_EXPANDED = "culture_expanded"
    UNKNOWN = "unknown"


class Lab(StrEnum):
    ON_SITE = "on_site"
    EXTERNAL_ACCREDITED = "external_accredited"
    EXTERNAL = "external"
    UNKNOWN = "unknown"


class EvidenceKind(StrEnum):
    PUBLICATION = "publication"
    TRIAL = "trial"


class Specialty(StrEnum):
    REGENERATIVE_MEDICINE = "regenerative_medicine"
    DERMATOLOGY = "dermatology"
    PLASTIC_SURGERY = "plastic_surgery"
    OTHER = "other"


class CredentialKind(StrEnum):
    MEDICAL_LICENSE = "medical_license"
    FACILITY_LICENSE = "facility_license"
    BOARD_CERTIFICATION = "board_certification"
    LAB_ACCREDITATION = "lab_accreditation"
    GMP_CERTIFICATE = "gmp_certificate"
    REGULATOR_REGISTRATION = "regulator_registration"
    TISSUE_ESTABLISHMENT_REGISTRATION = "tissue_establishment_registration"


AUTOLOGOUS_SOURCES: Final = frozenset(
    {
        CellSource.AUTOLOGOUS_ADIPOSE,
        CellSource.AUTOLOGOUS_BONE_MARROW,
        CellSource.AUTOLOGOUS_OTHER,
    }
)
# Live cells, as opposed to extracts, exosomes or growth factors that contain none.
LIVE_FORMS: Final = frozenset({CellForm.LIVE_CELLS, CellForm.CULTURED_FIBROBLASTS})
CELL_FREE_FORMS: Final = frozenset({CellForm.EXTRACT, CellForm.EXOSOMES, CellForm.GROWTH_FACTORS})
REGULATOR_KINDS: Final = frozenset(
    {CredentialKind.REGULATOR_REGISTRATION, CredentialKind.TISSUE_ESTABLISHMENT_REGISTRATION}
)
LAB_KINDS: Final = frozenset({CredentialKind.LAB_ACCREDITATION, CredentialKind.GMP_CERTIFICATE})


@dataclass(frozen=True, slots=True)
class ClinicFacts:
    """Everything the criteria may read. Every field defaults to `None`: not known."""

    # The cells and the product, across all the clinic's protocols.
    cell_sources: frozenset[CellSource] | None = None
    cell_forms: frozenset[CellForm] | None = None
    processing: frozenset[Processing] | None = None
    manipulation: frozenset[Manipulation] | None = None
    labs: frozenset[Lab] | None = None
    # True only when every protocol is written down; False when one is known not to be.
    protocol_documented: bool | None = None
    # A protocol delivers cells into the blood, the spinal fluid or the lungs (IV, intrathecal,
    # inhaled); False when every protocol's route is known and none does.
    systemic_delivery: bool | None = None
    # A protocol is offered for a disease or an injury rather than a cosmetic concern.
    treats_disease: bool | None = None
    # An extract, exosomes, growth factors or a plant product sold as "stem cells"; False when
    # the product holds live cells or is named for what it is; None when either is not known.
    product_misnamed: bool | None = None

    # The people who treat patients.
    has_practitioners: bool | None = None
    # Practitioners holding a verified medical licence that has not expired.
    verified_current_medical_licences: int | None = None
    # Medical licences on record that have expired (they no longer count as verified).
    expired_medical_licences: int | None = None
    regenerative_specialist: bool | None = None
    # Most years of experience among the regenerative-medicine specialists.
    specialist_years_experience: int | None = None

    # The clinic's own credentials: verified and not expired.
    facility_licence_verified: bool | None = None
    regulator_registration_verified: bool | None = None
    lab_accreditation_verified: bool | None = None
    # Kinds of clinic credential that have lapsed with no current one of the same kind.
    expired_facility_credentials: int | None = None

    # Categories flagged in the clinic's marketing text; empty = screened and clean.
    claim_flags: frozenset[str] | None = None

    # Cited evidence that can be checked (with a DOI or trial number).
    evidence_count: int | None = None
    evidence_kinds: frozenset[EvidenceKind] | None = None

    # Practices.
    consultation: bool | None = None
    written_consent: bool | None = None
    consent_states_limited_data: bool | None = None
    risks_disclosed: bool | None = None
    follow_up: bool | None = None
    complication_reporting: bool | None = None
    outcomes_published: bool | None = None
    procedures_performed: int | None = None
    charges_for_trial: bool | None = None
    # False for a research site that only enrols participants: marketing criteria do not apply.
    markets_treatments: bool | None = None
    release_testing: bool | None = None
    adverse_event_reporting: bool | None = None
    offered_as_study: bool | None = None
    ethics_review: bool | None = None
    sales_pressure: bool | None = None

    # Public enforcement records about the clinic or its doctors (clinics.enforcement): the
    # gravest found, one of ENFORCEMENT_RECORDS; None when never checked against the lists.
    enforcement_record: str | None = None
    # The record's kind and date, or when the lists were last updated (ISO date), for reasons.
    enforcement_detail: str | None = None

    # Price of a full-face treatment.
    country: str | None = None
    full_face_price_min_usd: float | None = None
    full_face_price_max_usd: float | None = None


# The gravest public record found, most serious first: harm to patients on record (a published
# report of harm, or an action about it); a court order or another legal action
# (FTC, state, board, foreign regulator); a regulator's letter about the products or claims with
# no close-out; one closed out within five years; a recall; nothing (checked, none found, or
# only letters closed long ago).
ENFORCEMENT_RECORDS: Final = (
    "harm",
    "legal_action",
    "open_letter",
    "closed_letter_recent",
    "recall",
    "none",
)

# Which enum each set-valued field holds; frozensets travel as sorted lists in JSON.
SET_FIELDS: Final[Mapping[str, type[StrEnum] | None]] = MappingProxyType(
    {
        "cell_sources": CellSource,
        "cell_forms": CellForm,
        "processing": Processing,
        "manipulation": Manipulation,
        "labs": Lab,
        # Claim categories belong to checklist.engine.claims; they are kept as plain strings.
        "claim_flags": None,
        "evidence_kinds": EvidenceKind,
    }
)
_HINTS: Final = get_type_hints(ClinicFacts)
BOOL_FIELDS: Final = frozenset(name for name, hint in _HINTS.items() if hint == bool | None)
INT_FIELDS: Final = frozenset(name for name, hint in _HINTS.items() if hint == int | None)
FLOAT_FIELDS: Final = frozenset(name for name, hint in _HINTS.items() if hint == float | None)
STR_FIELDS: Final = frozenset(name for name, hint in _HINTS.items() if hint == str | None)
FIELD_NAMES: Final = tuple(f.name for f in dataclasses.fields(ClinicFacts))


# --- JSON round trip -------------------------------------------------------------------------


def facts_to_dict(facts: ClinicFacts) -> dict[str, Any]:
    """JSON-ready dict, stored with each assessment so an old score can be re-explained."""
    out: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(facts, name)
        if isinstance(value, frozenset):
            out[name] = sorted(str(v) for v in value)
        else:
            out[name] = value
    return out


def facts_from_dict(data: Mapping[str, Any]) -> ClinicFacts:
    """Inverse of `facts_to_dict`. Missing keys are unknown; a key it does not know is an error,
    so a renamed field cannot vanish silently from stored facts."""
    unknown_keys = sorted(set(data) - set(FIELD_NAMES))
    if unknown_keys:
        raise ValueError(f"unknown fact field(s): {', '.join(unknown_keys)}")
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        raw = data.get(name)
        if raw is None:
            continue
        if name in SET_FIELDS:
            values[name] = _set_value(name, raw, SET_FIELDS[name])
        elif name in BOOL_FIELDS:
            if not isinstance(raw, bool):
                raise ValueError(f"{name}: expected true, false or null, got {raw!r}")
            values[name] = raw
        elif name in INT_FIELDS:
            values[name] = _count(name, raw)
        elif name in FLOAT_FIELDS:
            values[name] = _amount(name, raw)
        else:
            if not isinstance(raw, str):
                raise ValueError(f"{name}: expected a string, got {raw!r}")
            values[name] = raw
    return ClinicFacts(**values)


def _set_value(name: str, raw: Any, enum: type[StrEnum] | None) -> frozenset[Any]:
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Iterable):
        raise ValueError(f"{name}: expected a list, got {raw!r}")
    items = list(raw)
    if enum is None:
        if not all(isinstance(item, str) for item in items):
            raise ValueError(f"{name}: expected a list of strings, got {raw!r}")
        return frozenset(items)
    return frozenset(_member(enum, item, name) for item in items)


_E = TypeVar("_E", bound=StrEnum)


# value -> member of each enum, read before the enum's own lookup: a rescore reads hundreds of
# thousands of values, nearly all of them valid.
_MEMBERS: dict[type[StrEnum], Mapping[str, StrEnum]] = {}


def _member(enum: type[_E], value: Any, where: str) -> _E:
    members = _MEMBERS.get(enum)
    if members is None:
        members = _MEMBERS[enum] = {member.value: member for member in enum}
    if type(value) is str and value in members:
        return members[value]  # type: ignore[return-value]
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValueError(f"{where}: {value!r} is not one of {allowed}") from None


def _count(where: str, raw: Any) -> int:
    # bool is an int in Python; a count of True is a data error, not 1.
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise ValueError(f"{where}: expected a whole number of 0 or more, got {raw!r}")
    count: int = raw
    return count


def _amount(where: str, raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw < 0:
        raise ValueError(f"{where}: expected an amount of 0 or more, got {raw!r}")
    amount: float = raw
    return amount
