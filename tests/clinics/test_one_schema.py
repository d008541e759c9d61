"""One schema for a clinic record (clinics.schema): the same bad value gives the same message
through each door: a JSON profile, a spreadsheet row and the admin's form."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import pytest
from django import forms

from clinics.curation import PriceInline, ProtocolInline, SchemaModelForm
from clinics.models import Clinic, Practitioner, PriceQuote, ProcessingProtocol
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
        "'teleport' is not one of injection, microneedling, topical, laser, iv",
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
        "max_usd",
        {"treatment": "full_face", "min_usd": 5000, "max_usd": 8000},
        {"max_usd": 20_000_000},
        "must be between 0 and 10,000,000, not 20000000",
    ),
    Case(
        "a minimum price above the maximum",
        "prices",
        "max_usd",
        {"treatment": "full_face", "min_usd": 5000, "max_usd": 8000},
        {"min_usd": 9000},
        "The minimum price cannot be above the maximum.",
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


def spreadsheet_message(client, case: Case) -> str:
    row = {**case.good, **case.bad}
    header = ["clinic", *row]
    response = upload(
        client, [header, ["door-test", *(cell(v) for v in row.values())]], resource=case.kind
    )
    [errors] = row_errors(response).values()
    return errors[case.field][0]


FORMS = {
    "protocols": (ProcessingProtocol, ProtocolInline.form),
    "prices": (PriceQuote, PriceInline.form),
    "practitioners": (Practitioner, SchemaModelForm),
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
    assert spreadsheet_message(door, case) == case.message
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
