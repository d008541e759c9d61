"""The clinic profile: the JSON exchange format of import_clinics and the export.

``parse_profiles`` turns untrusted JSON into unsaved model instances, or raises
``ProfileError`` naming every bad record by index and slug and the field at fault.
``profile_from_rows`` turns a clinic's database rows back into the same format, so an
export imported into an empty database exports to the same JSON.
"""

from __future__ import annotations

import datetime
import decimal
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from .constraints import validate_constraints
from .models import (
    CellForm,
    CellSource,
    Claim,
    Clinic,
    Credential,
    CredentialKind,
    Delivery,
    Evidence,
    EvidenceKind,
    Lab,
    Manipulation,
    Practitioner,
    PriceQuote,
    Processing,
    ProcessingProtocol,
    Specialty,
    Treatment,
)

PRACTICE_KEYS: tuple[str, ...] = (
    "consultation",
    "written_consent",
    "consent_states_limited_data",
    "risks_disclosed",
    "follow_up",
    "complication_reporting",
    "outcomes_published",
    "procedures_performed",
    "charges_for_trial",
)
MAX_ERRORS = 50


@dataclass(frozen=True)
class FieldError:
    index: int
    slug: str | None
    field: str
    message: str

    def __str__(self) -> str:
        slug = f" (slug {self.slug!r})" if self.slug else ""
        return f"record {self.index}{slug}: {self.field}: {self.message}"


class ProfileError(Exception):
    """One or more records are invalid; nothing may be imported."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class PractitionerRecord:
    practitioner: Practitioner
    credentials: list[Credential] = field(default_factory=list)


@dataclass
class ClinicRecord:
    """One parsed profile: unsaved instances, foreign keys still to be set."""

    index: int
    clinic: Clinic
    practitioners: list[PractitionerRecord] = field(default_factory=list)
    credentials: list[Credential] = field(default_factory=list)
    protocols: list[ProcessingProtocol] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    prices: list[PriceQuote] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


class _Invalid(Exception):
    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message


# Converters: each takes (value, path) and returns the model value, None meaning unknown.


def _text(max_length: int, *, required: bool = False) -> Callable[[Any, str], str]:
    def convert(value: Any, path: str) -> str:
        if value is None:
            if required:
                raise _Invalid(path, "is required")
            return ""
        if not isinstance(value, str):
            raise _Invalid(path, f"must be a string, not {type(value).__name__}")
        value = value.strip()
        # PostgreSQL cannot store a NUL; no name, note or address has one.
        if "\x00" in value:
            raise _Invalid(path, "contains a NUL character (\\x00)")
        if required and not value:
            raise _Invalid(path, "must not be empty")
        if len(value) > max_length:
            raise _Invalid(path, f"is {len(value)} characters long; at most {max_length} allowed")
        return value

    return convert


def _bool(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _Invalid(path, f"must be true, false or null, not {value!r}")


def _int(maximum: int) -> Callable[[Any, str], int | None]:
    def convert(value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Invalid(path, f"must be a whole number, not {value!r}")
        if not 0 <= value <= maximum:
            raise _Invalid(path, f"must be between 0 and {maximum}, not {value}")
        return value

    return convert


def _hours(value: Any, path: str) -> decimal.Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(path, f"must be a number of hours, not {value!r}")
    if not 0 <= value <= 99:
        raise _Invalid(path, f"must be between 0 and 99 hours, not {value}")
    return decimal.Decimal(str(value)).quantize(decimal.Decimal("0.1"))


def _date(value: Any, path: str) -> datetime.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Invalid(path, f"must be a date as YYYY-MM-DD, not {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(path, f"{value!r} is not a date as YYYY-MM-DD") from None


def _choice(
    choices: type[models.TextChoices], *, default: str | None = None
) -> Callable[[Any, str], str]:
    allowed = [c.value for c in choices]

    def convert(value: Any, path: str) -> str:
        if value is None:
            if default is None:
                raise _Invalid(path, f"is required; one of {', '.join(allowed)}")
            return default
        if value not in allowed:
            raise _Invalid(path, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return convert


def _delivery(value: Any, path: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(path, f"must be a list such as [\"injection\"], not {value!r}")
    allowed = [c.value for c in Delivery]
    for i, item in enumerate(value):
        if item not in allowed:
            raise _Invalid(f"{path}[{i}]", f"{item!r} is not one of {', '.join(allowed)}")
    if len(set(value)) != len(value):
        raise _Invalid(path, "lists a delivery method twice")
    return list(value)


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(code for code, _ in Clinic._meta.get_field("country").choices)


def _country(value: Any, path: str) -> str:
    code = _text(2, required=True)(value, path).upper()
    # Checked here, not by full_clean: django-countries rebuilds its list of choices (some
    # 250 countries) for every instance it validates.
    if code not in _country_codes():
        field = Clinic._meta.get_field("country")
        raise _Invalid(path, field.error_messages["invalid_choice"] % {"value": code})
    return code


Spec = dict[str, tuple[str, Callable[[Any, str], Any]]]

CLINIC_SPEC: Spec = {
    "slug": ("slug", _text(120, required=True)),
    "name": ("name", _text(200, required=True)),
    "country": ("country", _country),
    "city": ("city", _text(120)),
    "website": ("website", _text(200)),
    "description": ("description", _text(20_000)),
    "published": ("published", _bool),
    "last_reviewed": ("last_reviewed", _date),
}
PRACTICES_SPEC: Spec = {
    key: (key, _int(10_000_000) if key == "procedures_performed" else _bool)
    for key in PRACTICE_KEYS
}
PRACTITIONER_SPEC: Spec = {
    "name": ("name", _text(200, required=True)),
    "role": ("role", _text(120)),
    # An unknown specialty is stored as "", as Django does for blank CharFields.
    "specialty": ("specialty", _choice(Specialty, default="")),
    "years_experience": ("years_experience", _int(70)),
}
CREDENTIAL_SPEC: Spec = {
    "kind": ("kind", _choice(CredentialKind)),
    "issuer": ("issuer", _text(200)),
    "number": ("number", _text(100)),
    "issued_on": ("issued_on", _date),
    "expires_on": ("expires_on", _date),
    "verified": ("verified", _bool),
    "verified_by": ("verified_by", _text(120)),
    "verified_on": ("verified_on", _date),
    "source_url": ("source_url", _text(200)),
    "verification_note": ("verification_note", _text(5_000)),
}
PROTOCOL_SPEC: Spec = {
    "name": ("name", _text(200, required=True)),
    "cell_source": ("cell_source", _choice(CellSource, default=CellSource.UNKNOWN)),
    "cell_form": ("cell_form", _choice(CellForm, default=CellForm.UNKNOWN)),
    "processing": ("processing", _choice(Processing, default=Processing.UNKNOWN)),
    "manipulation": ("manipulation", _choice(Manipulation, default=Manipulation.UNKNOWN)),
    "lab": ("lab", _choice(Lab, default=Lab.UNKNOWN)),
    "harvest_cc": ("harvest_cc", _int(5000)),
    "delivery": ("delivery", _delivery),
    "sessions": ("sessions", _int(100)),
    "procedure_hours": ("procedure_hours", _hours),
    "documented": ("documented", _bool),
}
CLAIM_SPEC: Spec = {
    "text": ("text", _text(20_000, required=True)),
    "source_url": ("source_url", _text(200)),
    "captured_on": ("captured_on", _date),
}
PRICE_SPEC: Spec = {
    "treatment": ("treatment", _choice(Treatment, default=Treatment.FULL_FACE)),
    "min_usd": ("min_usd", _int(10_000_000)),
    "max_usd": ("max_usd", _int(10_000_000)),
    "includes": ("includes", _text(300)),
}
EVIDENCE_SPEC: Spec = {
    "kind": ("kind", _choice(EvidenceKind)),
    "identifier": ("identifier", _text(200, required=True)),
    "title": ("title", _text(400)),
}
CHILD_LISTS = ("practitioners", "credentials", "protocols", "claims", "prices", "evidence")


def _apply(spec: Spec, data: Any, path: str, extra: Iterable[str] = ()) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise _Invalid(path or "record", f"must be an object, not {type(data).__name__}")
    unknown = sorted(set(data) - set(spec) - set(extra))
    if unknown:
        where = f"{path}." if path else ""
        # Quoted unless a plain name: an empty key or a control character must show as such.
        shown = unknown[0] if unknown[0].isidentifier() else repr(unknown[0])
        raise _Invalid(f"{where}{shown}", "is not a key of the clinic profile format")
    values = {}
    for key, (attr, convert) in spec.items():
        values[attr] = convert(data.get(key), f"{path}.{key}" if path else key)
    return values


def _list(data: Mapping, key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(key, f"must be a list, not {type(value).__name__}")
    return value


def _clean(instance: models.Model, path: str, exclude: tuple[str, ...]) -> None:
    # Check constraints in Python (clinics.constraints), not a query per constraint per row;
    # slug uniqueness is one query for the whole file, in clinics.services.clinics_import.
    try:
        instance.full_clean(
            exclude=list(exclude), validate_unique=False, validate_constraints=False
        )
        validate_constraints(instance, exclude=exclude)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            where = path if name == "__all__" else f"{path}.{name}" if path else name
            raise _Invalid(where, " ".join(messages)) from None


def _parse_credential(data: Any, path: str) -> Credential:
    credential = Credential(**_apply(CREDENTIAL_SPEC, data, path))
    _clean(credential, path, ("clinic", "practitioner"))
    return credential


def _parse_record(index: int, data: Any) -> ClinicRecord:
    values = _apply(CLINIC_SPEC, data, "", extra=(*CHILD_LISTS, "practices"))
    practices = data.get("practices")
    if practices is not None:
        values.update(_apply(PRACTICES_SPEC, practices, "practices"))
    if values["published"] is None:
        values["published"] = False
    clinic = Clinic(**values)
    _clean(clinic, "", ("country",))
    record = ClinicRecord(index=index, clinic=clinic)

    for i, item in enumerate(_list(data, "practitioners")):
        path = f"practitioners[{i}]"
        fields = _apply(PRACTITIONER_SPEC, item, path, extra=("credentials",))
        practitioner = Practitioner(**fields)
        _clean(practitioner, path, ("clinic",))
        credentials = [
            _parse_credential(c, f"{path}.credentials[{j}]")
            for j, c in enumerate(_list(item, "credentials"))
        ]
        record.practitioners.append(PractitionerRecord(practitioner, credentials))
    record.credentials = [
        _parse_credential(c, f"credentials[{i}]")
        for i, c in enumerate(_list(data, "credentials"))
    ]
    simple_children: tuple[tuple[str, Spec, type[models.Model]], ...] = (
        ("protocols", PROTOCOL_SPEC, ProcessingProtocol),
        ("claims", CLAIM_SPEC, Claim),
        ("prices", PRICE_SPEC, PriceQuote),
        ("evidence", EVIDENCE_SPEC, Evidence),
    )
    for key, spec, model in simple_children:
        children = []
        for i, item in enumerate(_list(data, key)):
            child = model(**_apply(spec, item, f"{key}[{i}]"))
            _clean(child, f"{key}[{i}]", ("clinic",))
            children.append(child)
        setattr(record, key, children)
    return record


def parse_profiles(data: Any) -> list[ClinicRecord]:
    """Validate every record; raise ProfileError listing each bad one, or return them all."""
    if not isinstance(data, list):
        raise ProfileError(
            [FieldError(0, None, "file", "must hold a JSON list of clinic profiles")]
        )
    records: list[ClinicRecord] = []
    errors: list[FieldError] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        slug = item.get("slug") if isinstance(item, Mapping) else None
        slug = slug if isinstance(slug, str) else None
        try:
            records.append(_parse_record(index, item))
        except _Invalid as invalid:
            errors.append(FieldError(index, slug, invalid.path, invalid.message))
        else:
            if slug in seen:
                errors.append(
                    FieldError(index, slug, "slug", f"repeats the slug of record {seen[slug]}")
                )
            seen.setdefault(slug, index)
        if len(errors) >= MAX_ERRORS:
            break
    if errors:
        raise ProfileError(errors)
    return records


# Export: database rows back to the profile format. Rows are plain mappings of column
# values (from QuerySet.values()), so exporting and scoring thousands of clinics builds no
# model instances.

CLINIC_COLUMNS: tuple[str, ...] = (
    "id", "slug", "name", "country", "city", "website", "description", "published",
    "last_reviewed", *PRACTICE_KEYS,
)
PRACTITIONER_COLUMNS = ("id", "clinic_id", "name", "role", "specialty", "years_experience")
CREDENTIAL_COLUMNS = (
    "clinic_id", "practitioner_id", "kind", "issuer", "number", "issued_on", "expires_on",
    "verified", "verified_by", "verified_on", "source_url", "verification_note",
)
PROTOCOL_COLUMNS = (
    "clinic_id", "name", "cell_source", "cell_form", "processing", "manipulation", "lab",
    "harvest_cc", "delivery", "sessions", "procedure_hours", "documented",
)
CLAIM_COLUMNS = ("clinic_id", "text", "source_url", "captured_on")
PRICE_COLUMNS = ("clinic_id", "treatment", "min_usd", "max_usd", "includes")
EVIDENCE_COLUMNS = ("clinic_id", "kind", "identifier", "title")

Row = Mapping[str, Any]


@dataclass
class ClinicRows:
    """One clinic's rows, as loaded by clinics.services.clinic_rows."""

    clinic: Row
    practitioners: list[tuple[Row, list[Row]]] = field(default_factory=list)
    credentials: list[Row] = field(default_factory=list)
    protocols: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    prices: list[Row] = field(default_factory=list)
    evidence: list[Row] = field(default_factory=list)


def _or_none(value: Any) -> Any:
    return None if value == "" else value


def _iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def _hours_out(value: decimal.Decimal | float | None) -> int | float | None:
    if value is None:
        return None
    value = decimal.Decimal(str(value))
    return int(value) if value == value.to_integral_value() else float(value)


def _credential_out(row: Row) -> dict[str, Any]:
    return {
        "kind": row["kind"],
        "issuer": _or_none(row["issuer"]),
        "number": _or_none(row["number"]),
        "issued_on": _iso(row["issued_on"]),
        "expires_on": _iso(row["expires_on"]),
        "verified": row["verified"],
        "verified_by": _or_none(row["verified_by"]),
        "verified_on": _iso(row["verified_on"]),
        "source_url": _or_none(row["source_url"]),
        "verification_note": _or_none(row["verification_note"]),
    }


def profile_from_rows(rows: ClinicRows) -> dict[str, Any]:
    clinic = rows.clinic
    return {
        "slug": clinic["slug"],
        "name": clinic["name"],
        "country": str(clinic["country"]),
        "city": _or_none(clinic["city"]),
        "website": _or_none(clinic["website"]),
        "description": _or_none(clinic["description"]),
        "published": clinic["published"],
        "last_reviewed": _iso(clinic["last_reviewed"]),
        "practitioners": [
            {
                "name": p["name"],
                "role": _or_none(p["role"]),
                "specialty": _or_none(p["specialty"]),
                "years_experience": p["years_experience"],
                "credentials": [_credential_out(c) for c in credentials],
            }
            for p, credentials in rows.practitioners
        ],
        "credentials": [_credential_out(c) for c in rows.credentials],
        "protocols": [
            {
                "name": p["name"],
                "cell_source": p["cell_source"],
                "cell_form": p["cell_form"],
                "processing": p["processing"],
                "manipulation": p["manipulation"],
                "lab": p["lab"],
                "harvest_cc": p["harvest_cc"],
                "delivery": list(p["delivery"] or ()),
                "sessions": p["sessions"],
                "procedure_hours": _hours_out(p["procedure_hours"]),
                "documented": p["documented"],
            }
            for p in rows.protocols
        ],
        "claims": [
            {"text": c["text"], "source_url": _or_none(c["source_url"]), "captured_on": _iso(c["captured_on"])}
            for c in rows.claims
        ],
        "prices": [
            {
                "treatment": p["treatment"],
                "min_usd": p["min_usd"],
                "max_usd": p["max_usd"],
                "includes": _or_none(p["includes"]),
            }
            for p in rows.prices
        ],
        "evidence": [
            {"kind": e["kind"], "identifier": e["identifier"], "title": _or_none(e["title"])}
            for e in rows.evidence
        ],
        "practices": {key: clinic[key] for key in PRACTICE_KEYS},
    }
