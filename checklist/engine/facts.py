"""What is known about a clinic, as plain data, and the pure adapters that build it.

`None` always means "not known", and not known is not "no": a field is only `False`, `0` or an
empty set when someone looked and found nothing. Criteria read these facts and nothing else, so
a curated clinic and a patient's checklist answers can be scored, and compared, the same way.

Set-valued facts aggregate a clinic's protocols. A set may hold the member `UNKNOWN` (for
example `CellSource.UNKNOWN`): at least one protocol does not state that value. An empty set
means the clinic describes no protocol at all.

Pure module: no Django imports, no I/O. The Django adapter turns a `Clinic` into a profile
mapping and hands it to `facts_from_profile`, with the screenings stored with its claims
(`stored_screening`, `flags_from_stored`) so that unchanged text is not screened again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, TypeVar, get_type_hints

# The version is read through the module when used: the one in force is the one checked.
from checklist.engine import claims
from checklist.engine.claims import Flag, screen

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
    "facts_from_profile",
    "facts_to_dict",
    "flags_from_stored",
    "stored_screening",
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

    # Public enforcement records about the clinic or its doctors (clinics.enforcement): the
    # gravest found, one of ENFORCEMENT_RECORDS; None when never checked against the lists.
    enforcement_record: str | None = None
    # The record's kind and date, or when the lists were last updated (ISO date), for reasons.
    enforcement_detail: str | None = None

    # Price of a full-face treatment.
    country: str | None = None
    full_face_price_min_usd: float | None = None
    full_face_price_max_usd: float | None = None


# The gravest public record found, most serious first: a court order or another legal action
# (FTC, state, board, foreign regulator); a regulator's letter about the products or claims with
# no close-out; one closed out within five years; a recall; nothing (checked, none found, or
# only letters closed long ago).
ENFORCEMENT_RECORDS: Final = (
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


# --- Clinic profile -> facts -----------------------------------------------------------------


# Text in, flags out: `claims.screen`, or a lookup of stored screenings that falls back on it.
Screener = Callable[[str], Sequence[Flag]]


def facts_from_profile(
    profile: Mapping[str, Any], *, today: date, screener: Screener | None = None
) -> ClinicFacts:
    """Facts from a clinic profile in the JSON format of DESIGN.md ("Clinic profile").

    Any key may be absent or null: unknown. A list that is present is taken as everything that
    was found, so `[]` means "looked and found none" (no practitioners, no evidence cited), with
    one exception: an empty `claims` list gives no text to screen, so claims stay unknown.
    A credential counts only when `verified` is true and it has not expired on `today` (it is
    valid through its `expires_on` date; no `expires_on` means no known expiry).
    Claim texts go through `screener` (default `claims.screen`), which must give what
    `screen` would.
    Raises `ValueError` naming the field when a value is not one the format allows.
    """
    if not isinstance(profile, Mapping):
        raise ValueError(f"profile: expected a mapping, got {type(profile).__name__}")
    country = profile.get("country")
    if country is not None and not isinstance(country, str):
        raise ValueError(f"country: expected an ISO alpha-2 code, got {country!r}")
    return ClinicFacts(
        **_protocol_facts(_list(profile, "protocols")),
        **_practitioner_facts(_list(profile, "practitioners"), today),
        **_facility_facts(_list(profile, "credentials"), today),
        claim_flags=_claim_flags(_list(profile, "claims"), screener or screen),
        **_evidence_facts(_list(profile, "evidence")),
        **_practice_facts(profile.get("practices")),
        country=_country_code(country),
        **_price_facts(_list(profile, "prices")),
    )


def _country_code(raw: str | None) -> str | None:
    code = (raw or "").strip().upper()
    return code or None


def _list(parent: Mapping[str, Any], key: str, where: str = "") -> list[Mapping[str, Any]] | None:
    raw = parent.get(key)
    if raw is None:
        return None
    path = f"{where}{key}"
    if type(raw) is not list and (
        isinstance(raw, (str, bytes, Mapping)) or not isinstance(raw, Iterable)
    ):
        raise ValueError(f"{path}: expected a list, got {raw!r}")
    items = list(raw)
    for index, item in enumerate(items):
        if type(item) is not dict and not isinstance(item, Mapping):
            raise ValueError(f"{path}[{index}]: expected an object, got {item!r}")
    return items


def _optional_bool(raw: Any, where: str) -> bool | None:
    if raw is not None and not isinstance(raw, bool):
        raise ValueError(f"{where}: expected true, false or null, got {raw!r}")
    return raw


def _protocol_set(
    protocols: list[Mapping[str, Any]], key: str, enum: type[_E]
) -> frozenset[_E] | None:
    unknown = _member(enum, "unknown", key)
    values: set[_E] = set()
    for index, protocol in enumerate(protocols):
        raw = protocol.get(key)
        # A protocol that leaves the value out is the same as one that says "unknown".
        values.add(unknown if raw is None else _member(enum, raw, f"protocols[{index}].{key}"))
    if values == {unknown}:
        return None
    return frozenset(values)


def _protocol_facts(protocols: list[Mapping[str, Any]] | None) -> dict[str, Any]:
    if protocols is None:
        return {}
    documented = [
        _optional_bool(p.get("documented"), f"protocols[{i}].documented")
        for i, p in enumerate(protocols)
    ]
    if not documented or False in documented:
        protocol_documented: bool | None = False
    elif None in documented:
        protocol_documented = None
    else:
        protocol_documented = True
    return {
        "cell_sources": _protocol_set(protocols, "cell_source", CellSource),
        "cell_forms": _protocol_set(protocols, "cell_form", CellForm),
        "processing": _protocol_set(protocols, "processing", Processing),
        "manipulation": _protocol_set(protocols, "manipulation", Manipulation),
        "labs": _protocol_set(protocols, "lab", Lab),
        "protocol_documented": protocol_documented,
    }


def _parse_date(raw: Any, where: str) -> date | None:
    if raw is None or isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise ValueError(f"{where}: expected a date as YYYY-MM-DD, got {raw!r}")


@dataclass(frozen=True, slots=True)
class _Credential:
    kind: CredentialKind
    verified: bool
    expired: bool
    # Nobody has checked it yet (verified is null): not a pass, and not a fail either.
    unchecked: bool = False

    @property
    def current(self) -> bool:
        return self.verified and not self.expired


def _credentials(items: list[Mapping[str, Any]], where: str, today: date) -> list[_Credential]:
    parsed = []
    for index, item in enumerate(items):
        path = f"{where}[{index}]"
        kind_raw = item.get("kind")
        if kind_raw is None:
            raise ValueError(f"{path}.kind: a credential needs a kind")
        expires_on = _parse_date(item.get("expires_on"), f"{path}.expires_on")
        verified = _optional_bool(item.get("verified"), f"{path}.verified")
        parsed.append(
            _Credential(
                kind=_member(CredentialKind, kind_raw, f"{path}.kind"),
                verified=verified is True,
                unchecked=verified is None,
                # Valid through its expiry date.
                expired=expires_on is not None and expires_on < today,
            )
        )
    return parsed


def _practitioner_facts(
    practitioners: list[Mapping[str, Any]] | None, today: date
) -> dict[str, Any]:
    if practitioners is None:
        return {}
    licensed = 0
    expired = 0
    unchecked = 0
    any_credentials_known = False
    specialties: list[Specialty | None] = []
    specialist_years: list[int] = []
    for index, person in enumerate(practitioners):
        path = f"practitioners[{index}]"
        raw_specialty = person.get("specialty")
        specialty = (
            None
            if raw_specialty is None
            else _member(Specialty, raw_specialty, f"{path}.specialty")
        )
        specialties.append(specialty)
        raw_years = person.get("years_experience")
        years = None if raw_years is None else _count(f"{path}.years_experience", raw_years)
        if specialty is Specialty.REGENERATIVE_MEDICINE and years is not None:
            specialist_years.append(years)
        items = _list(person, "credentials", f"{path}.")
        if items is None:
            continue
        any_credentials_known = True
        licences = [
            c
            for c in _credentials(items, f"{path}.credentials", today)
            if c.kind is CredentialKind.MEDICAL_LICENSE
        ]
        licensed += int(any(c.current for c in licences))
        expired += sum(c.expired for c in licences)
        unchecked += sum(c.unchecked and not c.expired for c in licences)
    if Specialty.REGENERATIVE_MEDICINE in specialties:
        specialist: bool | None = True
    elif None in specialties:
        specialist = None
    else:
        specialist = False
    # With nobody named there is nothing unknown about their licences: none is held.
    credentials_known = any_credentials_known or not practitioners
    # A licence on record that nobody has checked yet leaves the question open rather than
    # failing the knockout: "not yet verified" is not "unlicensed".
    if licensed == 0 and unchecked:
        credentials_known = False
    return {
        "has_practitioners": bool(practitioners),
        "verified_current_medical_licences": licensed if credentials_known else None,
        "expired_medical_licences": expired if credentials_known else None,
        "regenerative_specialist": specialist,
        "specialist_years_experience": max(specialist_years) if specialist_years else None,
    }


def _facility_facts(items: list[Mapping[str, Any]] | None, today: date) -> dict[str, Any]:
    if items is None:
        return {}
    credentials = _credentials(items, "credentials", today)

    def current(kinds: frozenset[CredentialKind]) -> bool | None:
        """True with a verified, current credential of these kinds. A list of checked
        credentials is the whole truth (none of these kinds: False), but a credential nobody
        has checked leaves it open: unchecked is unknown, not no (issue 15)."""
        if any(c.current and c.kind in kinds for c in credentials):
            return True
        mine = [c for c in credentials if c.kind in kinds] or credentials
        return None if any(c.unchecked for c in mine) else False

    # A kind has lapsed when everything on record of that kind has expired: a renewed licence
    # sitting next to its expired predecessor is not a lapse.
    kinds = {c.kind for c in credentials}
    lapsed = sum(
        all(c.expired for c in credentials if c.kind is kind)
        for kind in kinds
        if kind is not CredentialKind.MEDICAL_LICENSE
    )
    return {
        "facility_licence_verified": current(frozenset({CredentialKind.FACILITY_LICENSE})),
        "regulator_registration_verified": current(REGULATOR_KINDS),
        "lab_accreditation_verified": current(LAB_KINDS),
        "expired_facility_credentials": lapsed,
    }


def _claim_flags(
    items: list[Mapping[str, Any]] | None, screener: Screener
) -> frozenset[str] | None:
    if items is None:
        return None
    texts = []
    for index, claim in enumerate(items):
        text = claim.get("text")
        if text is not None and not isinstance(text, str):
            raise ValueError(f"claims[{index}].text: expected a string, got {text!r}")
        if text and text.strip():
            texts.append(text)
    if not texts:
        return None
    return frozenset(flag.category for text in texts for flag in screener(text))


def _evidence_facts(items: list[Mapping[str, Any]] | None) -> dict[str, Any]:
    if items is None:
        return {}
    checkable = 0
    kinds: set[EvidenceKind] = set()
    for index, item in enumerate(items):
        path = f"evidence[{index}]"
        raw_kind = item.get("kind")
        kind = None if raw_kind is None else _member(EvidenceKind, raw_kind, f"{path}.kind")
        identifier = item.get("identifier")
        if identifier is not None and not isinstance(identifier, str):
            raise ValueError(f"{path}.identifier: expected a DOI or NCT id, got {identifier!r}")
        # Evidence without a DOI or trial number cannot be checked, so it does not count.
        if not identifier or not identifier.strip():
            continue
        checkable += 1
        if kind is not None:
            kinds.add(kind)
    return {"evidence_count": checkable, "evidence_kinds": frozenset(kinds)}


_PRACTICE_BOOLS: Final = (
    "consultation",
    "written_consent",
    "consent_states_limited_data",
    "risks_disclosed",
    "follow_up",
    "complication_reporting",
    "outcomes_published",
    "charges_for_trial",
)


def _practice_facts(practices: Any) -> dict[str, Any]:
    if practices is None:
        return {}
    if not isinstance(practices, Mapping):
        raise ValueError(f"practices: expected an object, got {practices!r}")
    out: dict[str, Any] = {
        key: _optional_bool(practices.get(key), f"practices.{key}") for key in _PRACTICE_BOOLS
    }
    performed = practices.get("procedures_performed")
    out["procedures_performed"] = (
        None if performed is None else _count("practices.procedures_performed", performed)
    )
    return out


def _price_facts(prices: list[Mapping[str, Any]] | None) -> dict[str, Any]:
    if prices is None:
        return {}
    lows: list[float] = []
    highs: list[float] = []
    for index, price in enumerate(prices):
        path = f"prices[{index}]"
        if price.get("treatment") != "full_face":
            continue
        low = price.get("min_usd")
        high = price.get("max_usd")
        low = None if low is None else _amount(f"{path}.min_usd", low)
        high = None if high is None else _amount(f"{path}.max_usd", high)
        if low is not None and high is not None and low > high:
            raise ValueError(f"{path}: min_usd {low} is above max_usd {high}")
        if low is not None:
            lows.append(low)
        if high is not None:
            highs.append(high)
    return {
        "full_face_price_min_usd": min(lows) if lows else None,
        "full_face_price_max_usd": max(highs) if highs else None,
    }


# --- Stored screening ------------------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def stored_screening(text: str, flags: Iterable[Flag]) -> dict[str, Any]:
    """What a claim keeps of `screen(text)` (Claim.screening, JSON): a digest of the text that was
    screened, and each flag's category and span; the matched words and the reason follow."""
    return {"text": _digest(text), "flags": [[f.category, f.start, f.end] for f in flags]}


def flags_from_stored(text: str, screening: Any, screened_with: str) -> tuple[Flag, ...] | None:
    """`screen(text)` as stored by `stored_screening`, or None when the stored screening is not
    this screener's verdict on this very text: another version screened it, the text has been
    edited since (however it was edited), or nothing usable is stored."""
    if screened_with != claims.SCREENER_VERSION or not isinstance(screening, Mapping):
        return None
    if screening.get("text") != _digest(text):
        return None
    try:
        return tuple(
            Flag(category, start, end, text[start:end], claims.REASONS[category])
            for category, start, end in screening["flags"]
        )
    except (KeyError, TypeError, ValueError):
        return None
