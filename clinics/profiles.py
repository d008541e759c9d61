"""The clinic profile: the JSON exchange format of import_clinics and the export.

``parse_profiles`` turns untrusted JSON into unsaved model instances, or raises
``ProfileError`` naming every bad record by index and slug and the field at fault.
``profile_from_rows`` turns a clinic's database rows back into the same format, so an
export imported into an empty database exports to the same JSON.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from . import schema
from .models import (
    Claim,
    Clinic,
    Credential,
    EnforcementAction,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)
from .quotes import quote_as_given
from .schema import PRACTICE_KEYS, Field, Invalid

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
    enforcement: list[EnforcementAction] = field(default_factory=list)


CHILD_LISTS = (
    "practitioners",
    "credentials",
    "protocols",
    "claims",
    "prices",
    "evidence",
    "enforcement",
)


def _apply(
    fields: tuple[Field, ...], data: Any, path: str, extra: Iterable[str] = ()
) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise Invalid(path or "record", f"must be an object, not {type(data).__name__}")
    unknown = sorted(set(data) - {f.key for f in fields} - set(extra))
    if unknown:
        where = f"{path}." if path else ""
        # Quoted unless a plain name: an empty key or a control character must show as such.
        shown = unknown[0] if unknown[0].isidentifier() else repr(unknown[0])
        raise Invalid(f"{where}{shown}", "is not a key of the clinic profile format")
    return {f.attr: f(data.get(f.key), f"{path}.{f.key}" if path else f.key) for f in fields}


def _list(data: Mapping, key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise Invalid(key, f"must be a list, not {type(value).__name__}")
    return value


def _clean(
    instance: models.Model, path: str, exclude: tuple[str, ...], owner: str | None = None
) -> None:
    # The rules across fields in Python (clinics.schema), not a query per constraint per row;
    # slug uniqueness is one query for the whole file, in clinics.services.clinics_import.
    try:
        instance.full_clean(
            exclude=list(exclude), validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            where = path if name == "__all__" else f"{path}.{name}" if path else name
            raise Invalid(where, " ".join(messages)) from None
    values = {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}
    if owner is not None:
        values[f"{owner}_id"] = schema.UNSAVED_OWNER
    # A child's owner is set when it is written, so the ownership rule is the database's.
    broken = schema.broken_rules(instance._meta.model_name, values, skip=(schema.OWNERSHIP_RULE,))
    if broken:
        raise Invalid(path, broken[0].message)


def _parse_credential(data: Any, path: str, *, owner: str) -> Credential:
    """``owner`` is where the profile lists it: "clinic" or "practitioner"."""
    credential = Credential(**_apply(schema.CREDENTIAL, data, path))
    _clean(credential, path, ("clinic", "practitioner"), owner=owner)
    return credential


def _parse_record(index: int, data: Any) -> ClinicRecord:
    values = _apply(schema.CLINIC, data, "", extra=(*CHILD_LISTS, "practices"))
    practices = data.get("practices")
    if practices is not None:
        values.update(_apply(schema.PRACTICES, practices, "practices"))
    if values["published"] is None:
        values["published"] = False
    clinic = Clinic(**values)
    _clean(clinic, "", ("country",))
    record = ClinicRecord(index=index, clinic=clinic)

    for i, item in enumerate(_list(data, "practitioners")):
        path = f"practitioners[{i}]"
        fields = _apply(schema.PRACTITIONER, item, path, extra=("credentials",))
        practitioner = Practitioner(**fields)
        _clean(practitioner, path, ("clinic",))
        credentials = [
            _parse_credential(c, f"{path}.credentials[{j}]", owner="practitioner")
            for j, c in enumerate(_list(item, "credentials"))
        ]
        record.practitioners.append(PractitionerRecord(practitioner, credentials))
    record.credentials = [
        _parse_credential(c, f"credentials[{i}]", owner="clinic")
        for i, c in enumerate(_list(data, "credentials"))
    ]
    simple_children: tuple[tuple[str, tuple[Field, ...], type[models.Model]], ...] = (
        ("protocols", schema.PROTOCOL, ProcessingProtocol),
        ("claims", schema.CLAIM, Claim),
        ("prices", schema.PRICE, PriceQuote),
        ("evidence", schema.EVIDENCE, Evidence),
    )
    for key, spec, model in simple_children:
        children = []
        for i, item in enumerate(_list(data, key)):
            values = _apply(spec, item, f"{key}[{i}]")
            if model is PriceQuote:
                unreadable = quote_as_given(values)
                if unreadable:
                    raise Invalid(f"{key}[{i}].{unreadable[0]}", unreadable[1])
            child = model(**values)
            _clean(child, f"{key}[{i}]", ("clinic",))
            if isinstance(child, PriceQuote):
                # Written in bulk, without save(): converted here.
                child.convert_to_usd()
            children.append(child)
        setattr(record, key, children)
    for i, item in enumerate(_list(data, "enforcement")):
        path = f"enforcement[{i}]"
        action = EnforcementAction(**_apply(schema.ENFORCEMENT, item, path))
        action.company = action.company or clinic.name
        _clean(action, path, ("website", "city", "country"))
        record.enforcement.append(action)
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
        except Invalid as invalid:
            errors.append(FieldError(index, slug, invalid.path, invalid.message))
        else:
            # Slugs are unique whatever the case: "Lumen" and "lumen" are one address to a reader.
            key = slug.lower() if slug else slug
            if key in seen:
                errors.append(
                    FieldError(index, slug, "slug", f"repeats the slug of record {seen[key]}")
                )
            seen.setdefault(key, index)
        if len(errors) >= MAX_ERRORS:
            break
    if errors:
        raise ProfileError(errors)
    return records


# Export: database rows back to the profile format. Rows are plain mappings of column
# values (from QuerySet.values()), so exporting and scoring thousands of clinics builds no
# model instances.

# The columns of each kind of row, from the schema (clinics.schema), with the keys that tie rows.
CLINIC_COLUMNS: tuple[str, ...] = ("id", *schema.attrs(schema.CLINIC), *PRACTICE_KEYS)
PRACTITIONER_COLUMNS = ("id", "clinic_id", *schema.attrs(schema.PRACTITIONER))
CREDENTIAL_COLUMNS = ("clinic_id", "practitioner_id", *schema.attrs(schema.CREDENTIAL))
PROTOCOL_COLUMNS = ("clinic_id", *schema.attrs(schema.PROTOCOL))
CLAIM_COLUMNS = ("clinic_id", *schema.attrs(schema.CLAIM))
PRICE_COLUMNS = ("clinic_id", *schema.attrs(schema.PRICE))
EVIDENCE_COLUMNS = ("clinic_id", *schema.attrs(schema.EVIDENCE))
ENFORCEMENT_COLUMNS = ("id", *schema.attrs(schema.ENFORCEMENT))

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
    enforcement: list[Row] = field(default_factory=list)


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


def _enforcement_out(row: Row) -> dict[str, Any]:
    return {
        "agency": row["agency"],
        "kind": row["kind"],
        "reference": _or_none(row["reference"]),
        "issued_on": _iso(row["issued_on"]),
        "closed_out_on": _iso(row["closed_out_on"]),
        "company": row["company"],
        "subject": _or_none(row["subject"]),
        "products": _or_none(row["products"]),
        "concerns": list(row["concerns"] or ()),
        "url": row["url"],
        "summary": _or_none(row["summary"]),
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
                "treats_disease": p["treats_disease"],
            }
            for p in rows.protocols
        ],
        "claims": [
            {
                "text": c["text"],
                "source_url": _or_none(c["source_url"]),
                "captured_on": _iso(c["captured_on"]),
                "language": _or_none(c["language"]),
                "gloss": _or_none(c["gloss"]),
            }
            for c in rows.claims
        ],
        "prices": [
            {
                "treatment": p["treatment"],
                "currency": p["currency"],
                "min_amount": p["min_amount"],
                "max_amount": p["max_amount"],
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
        "enforcement": [_enforcement_out(a) for a in rows.enforcement],
        "practices": {key: clinic[key] for key in PRACTICE_KEYS},
    }
