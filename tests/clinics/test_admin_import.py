"""Bulk import and export in the admin (django-import-export): a dry run first, errors that
name the row and the column, nothing saved when any row is bad, and the export of the list
as filtered."""

import csv
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from clinics.models import Clinic, Credential, Practitioner, ProcessingProtocol
from tests.factories import ClinicFactory, CredentialFactory, PractitionerFactory

IMPORT = reverse("admin:clinics_clinic_import")
CONFIRM = reverse("admin:clinics_clinic_process_import")
EXPORT = reverse("admin:clinics_clinic_export")
CSV_FORMAT, XLSX_FORMAT = "0", "1"
RESOURCES = {
    "clinics": "0",
    "practitioners": "1",
    "credentials": "2",
    "protocols": "3",
    "claims": "4",
    "prices": "5",
    "evidence": "6",
}
CLINIC_HEADER = [
    "slug",
    "name",
    "country",
    "city",
    "published",
    "consultation",
    "procedures_performed",
]


def csv_file(rows: list[list[str]], name: str = "rows.csv") -> SimpleUploadedFile:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode(), content_type="text/csv")


def upload(client, rows, resource="clinics", file=None):
    return client.post(
        IMPORT,
        {
            "resource": RESOURCES[resource],
            "format": XLSX_FORMAT if file is not None else CSV_FORMAT,
            "import_file": file or csv_file(rows),
        },
    )


def confirm(client, preview):
    form = preview.context["confirm_form"]
    assert form is not None, "the dry run found errors"
    return client.post(CONFIRM, {**form.initial, "confirm": "Confirm import"}, follow=True)


def row_errors(response) -> dict[int, dict[str, list[str]]]:
    return {
        row.number: {
            field: [str(e) for e in errors] for field, errors in row.field_specific_errors.items()
        }
        for row in response.context["result"].invalid_rows
    }


@pytest.fixture
def signed_in(client, curator):
    client.force_login(curator)
    return client


def test_a_dry_run_previews_the_rows_and_saves_nothing(signed_in):
    response = upload(
        signed_in,
        [
            CLINIC_HEADER,
            ["lumen-izmir", "Lumen Skin", "TR", "Izmir", "yes", "", "120"],
            ["coast-cells", "Coast Cells", "MX", "Tijuana", "no", "no", ""],
        ],
    )
    assert response.status_code == 200
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert [row.import_type for row in result.valid_rows()] == ["new", "new"]
    assert "Confirm import" in response.content.decode()
    assert not Clinic.objects.exists()


def test_confirming_imports_the_rows_scores_them_and_records_who(signed_in, curator):
    preview = upload(
        signed_in,
        [
            CLINIC_HEADER,
            ["lumen-izmir", "Lumen Skin", "TR", "Izmir", "yes", "", "120"],
            ["coast-cells", "Coast Cells", "MX", "Tijuana", "no", "no", ""],
        ],
    )
    response = confirm(signed_in, preview)
    assert response.status_code == 200
    lumen = Clinic.objects.get(slug="lumen-izmir")
    coast = Clinic.objects.get(slug="coast-cells")
    # Empty is unknown, "no" is a checked no.
    assert (lumen.consultation, coast.consultation) == (None, False)
    assert lumen.procedures_performed == 120 and lumen.published and not coast.published
    assert lumen.current_assessment is not None and coast.current_assessment is not None
    assert lumen.history.latest().history_user == curator


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_saved(signed_in):
    response = upload(
        signed_in,
        [
            CLINIC_HEADER,
            ["good-one", "Good One", "US", "Austin", "yes", "yes", "10"],
            ["bad-country", "Bad Country", "XX", "Nowhere", "maybe", "", "10"],
            ["bad-number", "Bad Number", "US", "Austin", "yes", "", "lots"],
        ],
    )
    assert response.status_code == 200
    errors = row_errors(response)
    assert set(errors) == {2, 3}
    assert set(errors[2]) == {"country", "published"}
    assert errors[2]["published"] == ["“maybe” is not yes, no or empty (unknown)."]
    assert "not a valid choice" in errors[2]["country"][0]
    assert errors[3] == {"procedures_performed": ["“lots” is not a whole number."]}
    assert response.context.get("confirm_form") is None
    body = response.content.decode()
    assert "Some rows failed to validate" in body and "procedures_performed" in body
    assert not Clinic.objects.exists()


def test_a_row_that_breaks_at_confirmation_undoes_the_whole_file(signed_in):
    first = ClinicFactory(slug="first")
    second = ClinicFactory(slug="second")
    preview = upload(
        signed_in,
        [
            ["clinic", "name", "specialty", "years_experience"],
            ["first", "Dr. One", "dermatology", "5"],
            ["second", "Dr. Two", "other", "7"],
        ],
        resource="practitioners",
    )
    assert preview.context["confirm_form"] is not None
    second.delete()  # the file no longer holds between the preview and the confirmation
    response = confirm(signed_in, preview)
    assert "Nothing was imported" in response.content.decode()
    assert not Practitioner.objects.filter(clinic=first).exists()


def test_children_name_their_clinic_by_slug_and_credentials_their_practitioner(signed_in):
    clinic = ClinicFactory(slug="lumen")
    preview = upload(
        signed_in,
        [
            ["clinic", "name", "specialty", "years_experience"],
            ["lumen", "Dr. Ada", "regenerative_medicine", "12"],
        ],
        resource="practitioners",
    )
    confirm(signed_in, preview)
    preview = upload(
        signed_in,
        [
            [
                "clinic",
                "practitioner",
                "kind",
                "number",
                "issued_on",
                "expires_on",
                "verified",
                "verified_on",
            ],
            [
                "lumen",
                "Dr. Ada",
                "medical_license",
                "L-1",
                "2015-01-01",
                "2030-01-01",
                "yes",
                "2026-01-05",
            ],
            ["lumen", "", "facility_license", "F-1", "", "", "", ""],
        ],
        resource="credentials",
    )
    confirm(signed_in, preview)
    licence = Credential.objects.get(number="L-1")
    assert licence.practitioner.name == "Dr. Ada" and licence.clinic is None
    assert Credential.objects.get(number="F-1").clinic == clinic
    clinic.refresh_from_db()
    assert clinic.current_assessment.results  # rescored after the import


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        (
            ["nowhere", "", "medical_license", "L", "", "", "", ""],
            "clinic",
            "No clinic has the slug “nowhere”",
        ),
        (
            ["lumen", "Dr. Nobody", "medical_license", "L", "", "", "", ""],
            "practitioner",
            "No practitioner named “Dr. Nobody”",
        ),
        (
            ["lumen", "", "facility_license", "L", "2020-01-01", "2019-01-01", "", ""],
            "expires_on",
            "cannot expire before it was issued",
        ),
        (
            ["lumen", "", "facility_license", "L", "", "", "yes", ""],
            "verified_on",
            "needs the date it was verified",
        ),
        (
            ["lumen", "", "facility_license", "L", "01/02/2020", "", "", ""],
            "issued_on",
            "“01/02/2020” is not a date written YYYY-MM-DD.",
        ),
        (
            ["lumen", "", "passport", "L", "", "", "", ""],
            "kind",
            "'passport' is not one of medical_license",
        ),
    ],
)
def test_credential_errors_point_at_the_column_to_fix(signed_in, row, column, message):
    ClinicFactory(slug="lumen")
    header = [
        "clinic",
        "practitioner",
        "kind",
        "number",
        "issued_on",
        "expires_on",
        "verified",
        "verified_on",
    ]
    response = upload(signed_in, [header, row], resource="credentials")
    errors = row_errors(response)
    assert list(errors) == [1]
    assert column in errors[1], errors
    assert message in " ".join(errors[1][column])
    assert not Credential.objects.exists()


def test_delivery_methods_are_a_comma_list_of_known_words(signed_in):
    ClinicFactory(slug="lumen")
    header = ["clinic", "name", "cell_source", "delivery", "harvest_cc"]
    bad = upload(
        signed_in,
        [header, ["lumen", "Facial", "autologous_adipose", "injection, teleport", "80"]],
        resource="protocols",
    )
    # The profile's own words (clinics.schema): the same message as a JSON import gives.
    assert "'teleport' is not one of injection" in row_errors(bad)[1]["delivery"][0]
    good = upload(
        signed_in,
        [header, ["lumen", "Facial", "autologous_adipose", "injection, Laser", "80"]],
        resource="protocols",
    )
    confirm(signed_in, good)
    assert ProcessingProtocol.objects.get().delivery == ["injection", "laser"]


def test_an_xlsx_file_imports_like_a_csv(signed_in):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(CLINIC_HEADER)
    sheet.append(["from-excel", "From Excel", "GB", "Leeds", True, None, 40])
    data = io.BytesIO()
    book.save(data)
    file = SimpleUploadedFile("clinics.xlsx", data.getvalue())
    confirm(signed_in, upload(signed_in, None, file=file))
    clinic = Clinic.objects.get(slug="from-excel")
    assert (
        clinic.country.code,
        clinic.published,
        clinic.consultation,
        clinic.procedures_performed,
    ) == ("GB", True, None, 40)


def test_an_upload_updates_clinics_by_slug(signed_in):
    ClinicFactory(slug="lumen", name="Old Name", city="Izmir")
    preview = upload(signed_in, [["slug", "name", "country"], ["lumen", "New Name", "TR"]])
    assert [r.import_type for r in preview.context["result"].valid_rows()] == ["update"]
    confirm(signed_in, preview)
    clinic = Clinic.objects.get(slug="lumen")
    assert (clinic.name, clinic.city) == ("New Name", "Izmir")


def test_the_export_follows_the_changelist_filters(signed_in):
    mexican = ClinicFactory(slug="tijuana", country="MX")
    ClinicFactory(slug="austin", country="US")
    PractitionerFactory(clinic=mexican, name="Dr. Mx")
    CredentialFactory(practitioner=PractitionerFactory(clinic=ClinicFactory(slug="elsewhere")))
    response = signed_in.post(
        f"{EXPORT}?country=MX", {"format": CSV_FORMAT, "resource": RESOURCES["clinics"]}
    )
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["slug"] for r in rows] == ["tijuana"]
    response = signed_in.post(
        f"{EXPORT}?country=MX", {"format": CSV_FORMAT, "resource": RESOURCES["practitioners"]}
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(r["clinic"], r["name"]) for r in rows] == [("tijuana", "Dr. Mx")]


def test_an_exported_sheet_imports_back_unchanged(signed_in, careful_clinic):
    exported = signed_in.post(EXPORT, {"format": CSV_FORMAT, "resource": RESOURCES["credentials"]})
    rows = list(csv.reader(io.StringIO(exported.content.decode())))
    preview = upload(signed_in, rows, resource="credentials")
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert {r.import_type for r in result.valid_rows()} == {"update"}
