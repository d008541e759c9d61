"""One schema for a clinic record (clinics.schema): the same bad value gives the same message
through each door: a JSON profile, a spreadsheet row and the admin's form."""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from typing import Any

import openpyxl
import pytest
from django import forms
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import MaxValueValidator

from clinics import schema
from clinics.choices import CellSource, CredentialKind, Currency, Specialty
from clinics.curation import ClinicCredentialInline, PriceInline, ProtocolInline, SchemaModelForm
from clinics.models import Clinic, Credential, Practitioner, PriceQuote, ProcessingProtocol
from clinics.profiles import ProfileError, parse_profiles
from tests.clinics.test_admin_import import row_errors, upload
from tests.factories import ClinicFactory


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # protocols, prices, practitioners
    field: str
    good: dict[str, Any]
    bad: dict[str, Any]
    message: str
    formats: tuple[str, ...] = ("csv", "xlsx")


CASES = [
    Case(
        "a protocol's sessions over the limit",
        "protocols",
        "sessions",
        {"name": "Facial", "sessions": 3},
        {"sessions": 150},
        "must be between 0 and 100, not 150",
    ),
    Case(
        "a delivery method named twice",
        "protocols",
        "delivery",
        {"name": "Facial", "delivery": ["injection"]},
        {"delivery": ["injection", "injection"]},
        "lists a delivery method twice",
    ),
    Case(
        "an unknown delivery method",
        "protocols",
        "delivery",
        {"name": "Facial", "delivery": ["injection"]},
        {"delivery": ["teleport"]},
        "'teleport' is not one of injection, microneedling, topical, laser, iv, intrathecal, "
        "inhaled, intra_articular",
    ),
    Case(
        "years of experience over the limit",
        "practitioners",
        "years_experience",
        {"name": "Dr. Lee", "years_experience": 10},
        {"years_experience": 75},
        "must be between 0 and 70, not 75",
    ),
    Case(
        "a price over the limit",
        "prices",
        "max_amount",
        {"treatment": "full_face", "min_amount": 5000, "max_amount": 8000},
        {"max_amount": 200_000_000_000},
        "must be between 0 and 100,000,000,000, not 200000000000",
    ),
    Case(
        "a minimum price above the maximum",
        "prices",
        "max_amount",
        {"treatment": "full_face", "min_amount": 5000, "max_amount": 8000},
        {"min_amount": 9000},
        "The minimum price cannot be above the maximum.",
    ),
    Case(
        "a currency outside the rate table",
        "prices",
        "currency",
        {"treatment": "full_face", "currency": "MXN", "min_amount": 90_000, "max_amount": 140_000},
        {"currency": "PESOS"},
        "'PESOS' is not one of " + ", ".join(Currency.values),
    ),
    Case(
        "a credential that expires before it was issued",
        "credentials",
        "expires_on",
        {"kind": "facility_license", "issued_on": "2020-01-01", "expires_on": "2030-01-01"},
        {"expires_on": "2019-01-01"},
        "A credential cannot expire before it was issued.",
    ),
    Case(
        "a verified credential without the date it was verified",
        "credentials",
        "verified_on",
        {"kind": "facility_license", "verified": True, "verified_on": "2026-01-01"},
        {"verified_on": None},
        "A verified credential needs the date it was verified.",
    ),
    Case(
        "a credential of an unknown kind",
        "credentials",
        "kind",
        {"kind": "facility_license", "number": "L-1"},
        {"kind": "passport"},
        "'passport' is not one of " + ", ".join(CredentialKind.values),
    ),
    Case(
        "a doctor's medical licence on the clinic",
        "credentials",
        "kind",
        {"kind": "facility_license", "number": "F-1"},
        {"kind": "medical_license"},
        "A medical licence belongs to a doctor: add it under Practitioners, on the doctor's "
        "own credentials.",
    ),
    Case(
        "a doctor's board certification on the clinic",
        "credentials",
        "kind",
        {"kind": "facility_license", "number": "F-1"},
        {"kind": "board_certification"},
        "A board certification belongs to a doctor: add it under Practitioners, on the "
        "doctor's own credentials.",
    ),
    Case(
        "a protocol without a name",
        "protocols",
        "name",
        {"name": "Facial", "sessions": 3},
        {"name": None},
        "is required",
    ),
    Case(
        "a name too long",
        "protocols",
        "name",
        {"name": "Facial", "sessions": 3},
        {"name": "x" * 201},
        "is 201 characters long; at most 200 allowed",
    ),
    Case(
        "a NUL in a name",
        "protocols",
        "name",
        {"name": "Facial", "sessions": 3},
        {"name": "Fa\x00cial"},
        "contains a NUL character (\\x00)",
        # No spreadsheet carries one to the row checks: the upload refuses a CSV file with a
        # NUL as a whole (clinics.import_forms), and openpyxl will not write one.
        formats=(),
    ),
    Case(
        "a control character in a name",
        "protocols",
        "name",
        {"name": "Facial", "sessions": 3},
        {"name": "Fa\x1bcial"},
        "contains a control character (U+001B); none is allowed here",
        # openpyxl will not write one into a sheet.
        formats=("csv",),
    ),
    Case(
        "a line break in a name",
        "practitioners",
        "name",
        {"name": "Dr. Lee", "years_experience": 10},
        {"name": "Dr.\nLee"},
        "contains a control character (U+000A); none is allowed here",
    ),
    Case(
        "a right-to-left override in a name",
        "practitioners",
        "name",
        {"name": "Dr. Lee", "years_experience": 10},
        {"name": "Dr. \u202eeeL"},
        "contains an invisible formatting character (U+202E RIGHT-TO-LEFT OVERRIDE), which "
        "can make it read as something it is not; remove it",
    ),
    Case(
        "a zero-width space in a name",
        "protocols",
        "name",
        {"name": "Facial", "sessions": 3},
        {"name": "Fa\u200bcial"},
        "contains an invisible formatting character (U+200B ZERO WIDTH SPACE), which can make "
        "it read as something it is not; remove it",
    ),
    Case(
        "a quote in a web address",
        "credentials",
        "source_url",
        {"kind": "facility_license", "source_url": "https://board.example/verify"},
        {"source_url": 'https://board.example/"onmouseover="x'},
        "contains '\"', which a web address may not hold: write it percent-encoded (%22)",
    ),
    Case(
        "an angle bracket in a web address",
        "credentials",
        "source_url",
        {"kind": "facility_license", "source_url": "https://board.example/verify"},
        {"source_url": "https://board.example/<script>"},
        "contains '<', which a web address may not hold: write it percent-encoded (%3C)",
    ),
    Case(
        "a space in a web address",
        "credentials",
        "source_url",
        {"kind": "facility_license", "source_url": "https://board.example/verify"},
        {"source_url": "https://board.example/a b"},
        "contains a space, which a web address may not hold: write it percent-encoded (%20)",
    ),
    Case(
        "sessions below zero",
        "protocols",
        "sessions",
        {"name": "Facial", "sessions": 3},
        {"sessions": -1},
        "must be between 0 and 100, not -1",
    ),
    Case(
        "hours over the limit",
        "protocols",
        "procedure_hours",
        {"name": "Facial", "procedure_hours": 3.5},
        {"procedure_hours": 120},
        "must be between 0 and 99 hours, not 120",
    ),
    Case(
        "an unknown cell source",
        "protocols",
        "cell_source",
        {"name": "Facial", "cell_source": "autologous_adipose"},
        {"cell_source": "alien"},
        "'alien' is not one of " + ", ".join(CellSource.values),
    ),
    Case(
        "an unknown specialty",
        "practitioners",
        "specialty",
        {"name": "Dr. Lee", "specialty": "dermatology"},
        {"specialty": "astrology"},
        "'astrology' is not one of " + ", ".join(Specialty.values),
    ),
]


def json_message(case: Case) -> str:
    child = {**case.good, **case.bad}
    profile = {"slug": "door-test", "name": "Door Test", "country": "GB", case.kind: [child]}
    with pytest.raises(ProfileError) as error:
        parse_profiles([copy.deepcopy(profile)])
    [only] = error.value.errors
    return only.message


def cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(value)
    return "" if value is None else str(value)


def xlsx_file(rows: list[list[Any]]) -> SimpleUploadedFile:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return SimpleUploadedFile("rows.xlsx", data.getvalue())


def spreadsheet_message(client, case: Case, file_format: str) -> str:
    row = {**case.good, **case.bad}
    header = ["clinic", *row]
    if file_format == "csv":
        rows = [header, ["door-test", *(cell(v) for v in row.values())]]
        response = upload(client, rows, resource=case.kind)
    else:
        # A sheet's cells keep their numbers and yes/no as such; a list is still a text cell.
        typed = [", ".join(v) if isinstance(v, list) else v for v in row.values()]
        response = upload(
            client, None, resource=case.kind, file=xlsx_file([header, ["door-test", *typed]])
        )
    [errors] = row_errors(response).values()
    return errors[case.field][0]


FORMS = {
    "protocols": (ProcessingProtocol, ProtocolInline.form),
    "prices": (PriceQuote, PriceInline.form),
    "practitioners": (Practitioner, SchemaModelForm),
    "credentials": (Credential, ClinicCredentialInline.form),
}


def admin_message(case: Case) -> str:
    model, base = FORMS[case.kind]
    values = {**case.good, **case.bad}
    form_class = forms.modelform_factory(model, form=base, fields=list(values))
    data: dict[str, Any] = {k: v for k, v in values.items() if v is not None}
    form = form_class(data=data, instance=model(clinic=Clinic.objects.get(slug="door-test")))
    assert not form.is_valid()
    return form.errors[case.field][0]


@pytest.fixture
def door(client, curator):
    ClinicFactory(slug="door-test")
    client.force_login(curator)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_same_bad_value_gets_the_same_message_at_every_door(door, case):
    assert json_message(case) == case.message
    for file_format in case.formats:
        assert spreadsheet_message(door, case, file_format) == case.message, file_format
    assert admin_message(case) == case.message


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_good_value_passes_every_door(door, case):
    profile = {"slug": "door-ok", "name": "Door OK", "country": "GB", case.kind: [case.good]}
    assert parse_profiles([profile])
    model, base = FORMS[case.kind]
    form = forms.modelform_factory(model, form=base, fields=list(case.good))(
        data=case.good, instance=model(clinic=Clinic.objects.get(slug="door-test"))
    )
    assert form.is_valid(), form.errors


def test_the_profile_documents_field_reference_is_written_from_the_schema():
    from pathlib import Path

    from clinics.schema_docs import document_with_reference

    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinic-profile.md").read_text()
    assert doc == document_with_reference(doc), (
        "docs/clinic-profile.md is out of date: run `manage.py write_profile_doc`"
    )
    assert "| `sessions` | whole number from 0 to 100 |" in doc
    assert "Rule: The minimum price cannot be above the maximum." in doc


def test_the_schemas_limits_are_the_columns_limits():
    """The admin's fields leave length and range to the schema (SchemaModelForm), so a schema
    limit above a column's would let a value through to the database's refusal."""
    checked: set[str] = set()
    for model_name, fields in schema.FIELDS.items():
        model = apps.get_model("clinics", model_name)
        for spec in fields:
            column = model._meta.get_field(spec.attr)
            if "maxLength" in spec.json and column.max_length is not None:
                assert spec.json["maxLength"] == column.max_length, (model_name, spec.attr)
            # The model's own validators, not the range the database backend adds.
            for validator in column._validators:
                if isinstance(validator, MaxValueValidator):
                    assert spec.json["maximum"] == validator.limit_value, (model_name, spec.attr)
                    checked.add(spec.attr)
    assert {"years_experience", "harvest_cc"} <= checked
