"""A clinic profile (the JSON format of DESIGN.md, "Clinic profile") turned into `ClinicFacts`
(pure: no Django, no I/O). The Django adapter builds the profile mapping from a `Clinic`.

`None` is "not known" here as everywhere: a list that is present is everything that was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from checklist.engine.claims import Flag, screen
from checklist.engine.facts import (
    _E,
    CELL_FREE_FORMS,
    LAB_KINDS,
    LIVE_FORMS,
    REGULATOR_KINDS,
    CellForm,
    CellSource,
    ClinicFacts,
    CredentialKind,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
    Specialty,
    _amount,
    _count,
    _member,
)
from checklist.engine.pricing import USD_PER_UNIT, to_usd

__all__ = ["SYSTEMIC_ROUTES", "Screener", "facts_from_profile"]


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
        product_misnamed=_product_misnamed(_list(profile, "protocols"), _list(profile, "claims")),
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
        "systemic_delivery": _any_of(
            [
                _systemic(p.get("delivery"), f"protocols[{i}].delivery")
                for i, p in enumerate(protocols)
            ]
        ),
        "treats_disease": _any_of(
            [
                _optional_bool(p.get("treats_disease"), f"protocols[{i}].treats_disease")
                for i, p in enumerate(protocols)
            ]
        ),
        "cell_sources": _protocol_set(protocols, "cell_source", CellSource),
        "cell_forms": _protocol_set(protocols, "cell_form", CellForm),
        "processing": _protocol_set(protocols, "processing", Processing),
        "manipulation": _protocol_set(protocols, "manipulation", Manipulation),
        "labs": _protocol_set(protocols, "lab", Lab),
        "protocol_documented": protocol_documented,
    }


# The specialties whose doctors harvest, process and inject fat-derived cells for the skin: the
# guidance names regenerative medicine; fat grafting is the plastic surgeon's and the
# dermatologist's craft (ASAPS/ASPS).
SPECIALIST_FIELDS: Final = frozenset(
    {Specialty.REGENERATIVE_MEDICINE, Specialty.DERMATOLOGY, Specialty.PLASTIC_SURGERY}
)

# Routes that carry cells into the blood, the spinal fluid or the lungs.
SYSTEMIC_ROUTES: Final = frozenset({"iv", "intrathecal", "inhaled"})


def _systemic(raw: Any, where: str) -> bool | None:
    """Whether one protocol's routes include a systemic one; None when its route is not given."""
    if raw is None:
        return None
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Iterable):
        raise ValueError(f"{where}: expected a list, got {raw!r}")
    routes = list(raw)
    if not routes:
        return None
    return any(route in SYSTEMIC_ROUTES for route in routes)


def _any_of(values: Sequence[bool | None]) -> bool | None:
    """True when one protocol says so, False when every protocol says not, else unknown."""
    if True in values:
        return True
    if values and None not in values:
        return False
    return None


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
        if specialty in SPECIALIST_FIELDS and years is not None:
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
    if any(s in SPECIALIST_FIELDS for s in specialties):
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


_STEM_CELLS: Final = re.compile(r"\bstem[\s-]*cells?\b", re.IGNORECASE)


def _product_misnamed(
    protocols: list[Mapping[str, Any]] | None, claims: list[Mapping[str, Any]] | None
) -> bool | None:
    """Whether a product with no live human cells (an extract, exosomes, growth factors, a plant)
    is sold as "stem cells". Values were checked by the other adapters; no text is unknown."""
    if not protocols:
        return None
    forms = {p.get("cell_form") for p in protocols}
    sources = {p.get("cell_source") for p in protocols}
    cell_free = bool(forms & set(CELL_FREE_FORMS)) or CellSource.PLANT in sources
    if not cell_free:
        # Every protocol holds live cells: the name fits; otherwise it is not known.
        return False if forms <= set(LIVE_FORMS) else None
    texts = [c.get("text") for c in claims or ()]
    said = [t for t in texts if isinstance(t, str) and t.strip()]
    if not said:
        return None
    return any(_STEM_CELLS.search(text) for text in said)


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
    "markets_treatments",
    "release_testing",
    "adverse_event_reporting",
    "offered_as_study",
    "ethics_review",
    "sales_pressure",
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


def _in_usd(price: Mapping[str, Any], path: str) -> tuple[int | None, int | None]:
    """A quote giving only the amounts in its currency, converted at the reference rates (the
    export writes min_usd and max_usd as well, so this serves profiles written by hand)."""
    currency = price.get("currency") or "USD"
    if currency not in USD_PER_UNIT:
        raise ValueError(f"{path}.currency: {currency!r} is not a currency of the rate table")

    def converted(key: str) -> int | None:
        raw = price.get(key)
        return (
            None if raw is None else to_usd(Decimal(str(_amount(f"{path}.{key}", raw))), currency)
        )

    return converted("min_amount"), converted("max_amount")


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
        if low is None and high is None:
            low, high = _in_usd(price, path)
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
