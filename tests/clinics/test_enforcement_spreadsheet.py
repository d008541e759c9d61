"""Public enforcement records in the admin's spreadsheets (clinics.resources.EnforcementActionResource):
the profile's columns, the same words for a bad value as a JSON profile gets, an import that is
idempotent on the record and all or nothing, links to clinics by slug and to practitioners by
clinic and name, the clinics it touches rescored, curators only, and an export whose queries do
not grow with the records."""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from checklist.services.assessments import assessment_refresh
from clinics import schema
from clinics.choices import EnforcementKind
from clinics.models import Clinic, EnforcementAction
from clinics.profiles import ProfileError, parse_profiles
from tests.clinics.test_admin_import import row_errors
from tests.factories import ClinicFactory, EnforcementActionFactory, PractitionerFactory

IMPORT = reverse("admin:clinics_enforcementaction_import")
CONFIRM = reverse("admin:clinics_enforcementaction_process_import")
EXPORT = reverse("admin:clinics_enforcementaction_export")
CLINIC_EXPORT = reverse("admin:clinics_clinic_export")
FORMATS = {"csv": "0", "xlsx": "1"}
# The clinic list's sheets, in clinics.resources.CLINIC_RESOURCES: enforcement actions last.
CLINIC_LIST_ENFORCEMENT = "7"
COLUMNS = [*schema.attrs(schema.ENFORCEMENT), "clinics", "practitioners"]
GOOD_ROW = {
    "agency": "FDA CBER",
    "kind": "warning_letter",
    "reference": "CBER-24-01",
    "issued_on": "2024-03-01",
    "closed_out_on": "",
    "company": "Lumen Skin, LLC",
    "subject": "Unapproved HCT/P",
    "products": "Stem cell facial",
    "concerns": "products; claims",
    "url": "https://agency.example/letters/cber-24-01",
    "summary": "Marketed an unapproved cell product.",
    "clinics": "lumen",
    "practitioners": "",
}


def csv_bytes(rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def sheet(rows: list[dict[str, Any]], columns: list[str] = COLUMNS) -> list[list[Any]]:
    return [columns, *([row.get(c, "") for c in columns] for row in rows)]


def upload(client, content: bytes, file_format: str = "csv", url: str = IMPORT):
    file = SimpleUploadedFile(f"actions.{file_format}", content)
    return client.post(url, {"resource": "0", "format": FORMATS[file_format], "import_file": file})


def upload_rows(client, rows: list[dict[str, Any]], file_format: str = "csv"):
    table = sheet(rows)
    content = csv_bytes(table) if file_format == "csv" else xlsx_bytes(table)
    return upload(client, content, file_format)


def confirm(client, preview):
    form = preview.context["confirm_form"]
    assert form is not None, row_errors(preview) or preview.context["result"].base_errors
    return client.post(CONFIRM, {**form.initial, "confirm": "Confirm import"}, follow=True)


def export(client, file_format: str = "csv", url: str = EXPORT, resource: str = "0") -> bytes:
    response = client.post(url, {"format": FORMATS[file_format], "resource": resource})
    assert response.status_code == 200, response.status_code
    assert response["Content-Disposition"].startswith("attachment")
    return response.content


def read(content: bytes, file_format: str) -> list[list[Any]]:
    if file_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    book = openpyxl.load_workbook(io.BytesIO(content))
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def state() -> list[tuple[Any, ...]]:
    """Every action as its fields and links: what an import must leave unchanged."""
    actions = EnforcementAction.objects.prefetch_related("clinics", "practitioners").order_by(
        "issued_on", "company"
    )
    return [
        (
            *(getattr(a, attr) for attr in schema.attrs(schema.ENFORCEMENT)),
            sorted(c.slug for c in a.clinics.all()),
            sorted(p.pk for p in a.practitioners.all()),
        )
        for a in actions
    ]


@pytest.fixture
def signed_in(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def records(db):
    """Two clinics, one with a doctor; a court order naming both clinics, a closed-out letter
    naming the doctor, and a recall naming nothing."""
    lumen = ClinicFactory(slug="lumen", name="Lumen Skin")
    coast = ClinicFactory(slug="coast", name="Coast Cells", country="MX")
    doctor = PractitionerFactory(clinic=coast, name="Dr. Ana Ruiz, MD")
    order = EnforcementActionFactory(
        agency="U.S. District Court (S.D. Fla.)",
        kind=EnforcementKind.INJUNCTION,
        issued_on=datetime.date(2019, 6, 3),
        company="Lumen Skin, LLC; Coast Cells S.A.",
        concerns=["products", "manufacturing"],
    )
    order.clinics.add(lumen, coast)
    letter = EnforcementActionFactory(
        issued_on=datetime.date(2021, 2, 1), closed_out_on=datetime.date(2022, 5, 9)
    )
    letter.practitioners.add(doctor)
    EnforcementActionFactory(kind=EnforcementKind.RECALL, concerns=[], products="", reference="")
    return {"lumen": lumen, "coast": coast, "doctor": doctor, "order": order, "letter": letter}


# --- The columns ------------------------------------------------------------------------------


def test_the_export_has_the_profiles_columns_iso_dates_and_readable_lists(signed_in, records):
    rows = read(export(signed_in), "csv")
    assert rows[0] == COLUMNS
    by_company = {r[COLUMNS.index("company")]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    order = by_company["Lumen Skin, LLC; Coast Cells S.A."]
    assert order["issued_on"] == "2019-06-03" and order["closed_out_on"] == ""
    assert order["concerns"] == "products; manufacturing"
    assert order["clinics"] == "coast; lumen"
    letter = by_company[records["letter"].company]
    assert letter["closed_out_on"] == "2022-05-09"
    assert letter["practitioners"] == "coast: Dr. Ana Ruiz, MD"


# --- Round trip -------------------------------------------------------------------------------


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_exported_sheet_imports_back_unchanged(signed_in, records, file_format):
    before = state()
    content = export(signed_in, file_format)
    preview = upload(signed_in, content, file_format)
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors(), row_errors(preview)
    assert [r.import_type for r in result.rows] == ["skip"] * 3
    confirm(signed_in, preview)
    assert state() == before
    assert EnforcementAction.objects.count() == 3


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_export_imported_into_an_empty_list_exports_the_same(signed_in, records, file_format):
    content = export(signed_in, file_format)
    before = state()
    EnforcementAction.objects.all().delete()
    preview = upload(signed_in, content, file_format)
    assert {r.import_type for r in preview.context["result"].rows} == {"new"}
    confirm(signed_in, preview)
    assert state() == before
    assert read(export(signed_in, file_format), file_format) == read(content, file_format)


def test_reading_a_record_again_updates_its_action(signed_in, records):
    confirm(signed_in, upload_rows(signed_in, [GOOD_ROW]))
    action = EnforcementAction.objects.get(company="Lumen Skin, LLC")
    assert action.source == "spreadsheet" and action.concerns == ["products", "claims"]
    again = upload_rows(signed_in, [GOOD_ROW])
    assert [r.import_type for r in again.context["result"].rows] == ["skip"]
    # Spaces around a cell do not make another record.
    closed = {**GOOD_ROW, "agency": " FDA CBER ", "closed_out_on": "2025-01-10"}
    preview = upload_rows(signed_in, [closed])
    assert [r.import_type for r in preview.context["result"].rows] == ["update"]
    confirm(signed_in, preview)
    action.refresh_from_db()
    assert action.closed_out_on == datetime.date(2025, 1, 10)
    assert EnforcementAction.objects.filter(company="Lumen Skin, LLC").count() == 1


def test_a_sheet_without_link_columns_leaves_the_links_alone(signed_in, records):
    order = records["order"]
    row = {c: "" for c in schema.attrs(schema.ENFORCEMENT)}
    row.update(
        agency=order.agency,
        kind=order.kind,
        issued_on="2019-06-03",
        company=order.company,
        url=order.url,
        summary="Rewritten summary.",
    )
    columns = list(schema.attrs(schema.ENFORCEMENT))
    confirm(signed_in, upload(signed_in, csv_bytes(sheet([row], columns))))
    order.refresh_from_db()
    assert order.summary == "Rewritten summary."
    assert {c.slug for c in order.clinics.all()} == {"lumen", "coast"}


# --- Bad rows: named, the profile's words, nothing saved ---------------------------------------


def profile_message(record: dict[str, Any]) -> str:
    """What the JSON profile door says of the same record (clinics.profiles)."""
    values = {k: v for k, v in record.items() if k in schema.attrs(schema.ENFORCEMENT)}
    values["concerns"] = [c.strip() for c in values["concerns"].split(";")]
    values = {k: (None if v == "" else v) for k, v in values.items()}
    profile = {"slug": "door", "name": "Door", "country": "US", "enforcement": [values]}
    with pytest.raises(ProfileError) as error:
        parse_profiles([profile])
    [only] = error.value.errors
    return only.message


BAD_ROWS = [
    pytest.param(
        {"kind": "scolding"},
        "kind",
        "'scolding' is not one of warning_letter, untitled_letter",
        True,
        id="an unknown kind",
    ),
    pytest.param(
        {"closed_out_on": "2024-02-01"},
        "closed_out_on",
        "A matter cannot be closed out before it was issued.",
        True,
        id="a close-out before the letter",
    ),
    pytest.param(
        {"concerns": "products; gossip"},
        "concerns",
        "'gossip' is not one of products, claims",
        True,
        id="an unknown concern",
    ),
    pytest.param(
        {"clinics": "lumen; nowhere"},
        "clinics",
        "No clinic has the slug “nowhere”; import the clinic first.",
        False,
        id="an unknown clinic slug",
    ),
    pytest.param(
        {"practitioners": "coast: Dr. Nobody"},
        "practitioners",
        "No practitioner named “Dr. Nobody” at clinic “coast”",
        False,
        id="an unknown practitioner",
    ),
    pytest.param(
        {"issued_on": "03/01/2024"},
        "issued_on",
        "“03/01/2024” is not a date written YYYY-MM-DD.",
        False,
        id="a date not written ISO",
    ),
]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize(("bad", "column", "message", "as_in_profile"), BAD_ROWS)
def test_a_bad_row_is_named_with_its_column_and_nothing_is_imported(
    signed_in, records, file_format, bad, column, message, as_in_profile
):
    before = state()
    good = {**GOOD_ROW, "company": "Another Firm", "url": "https://agency.example/other"}
    preview = upload_rows(signed_in, [good, {**GOOD_ROW, **bad}], file_format)
    errors = row_errors(preview)
    assert list(errors) == [2], errors  # the second row under the header
    assert list(errors[2]) == [column], errors
    assert message in errors[2][column][0]
    if as_in_profile:
        # The same words as a JSON profile's record gets (one schema, clinics.schema).
        assert errors[2][column][0] == profile_message({**GOOD_ROW, **bad})
    assert preview.context.get("confirm_form") is None
    assert "Some rows failed to validate" in preview.content.decode()
    assert state() == before


def test_a_row_that_breaks_at_confirmation_undoes_the_whole_file(signed_in, records):
    second = {**GOOD_ROW, "company": "Another Firm", "clinics": "coast"}
    preview = upload_rows(signed_in, [GOOD_ROW, second])
    assert preview.context["confirm_form"] is not None
    before = state()
    Clinic.objects.filter(slug="coast").delete()  # the file no longer holds
    response = confirm(signed_in, preview)
    assert "Nothing was imported" in response.content.decode()
    assert response.redirect_chain[-1][0] == IMPORT
    assert not EnforcementAction.objects.filter(source="spreadsheet").exists()
    assert len(state()) == len(before)


# --- Links rescore ------------------------------------------------------------------------------


def enforcement_status(clinic: Clinic) -> str:
    clinic.refresh_from_db()
    return clinic.current_assessment.to_assessment().result("no_enforcement_history").status


def test_linking_by_spreadsheet_rescores_the_clinics_as_the_admin_does(signed_in, records):
    lumen, coast = records["lumen"], records["coast"]
    records["order"].clinics.clear()
    records["letter"].practitioners.clear()
    for clinic in (lumen, coast):
        assessment_refresh(clinic=clinic)
    assert enforcement_status(lumen) != "not_met" and enforcement_status(coast) != "not_met"
    # A court order linked to lumen, and one naming coast's doctor.
    rows = [
        {**GOOD_ROW, "kind": "injunction", "agency": "U.S. District Court", "clinics": "lumen"},
        {
            **GOOD_ROW,
            "kind": "injunction",
            "agency": "U.S. District Court",
            "company": "Dr. Ana Ruiz",
            "clinics": "",
            "practitioners": "coast: Dr. Ana Ruiz, MD",
        },
    ]
    confirm(signed_in, upload_rows(signed_in, rows))
    assert enforcement_status(lumen) == "not_met"
    assert enforcement_status(coast) == "not_met"
    # Unlinking by the sheet rescores the clinic the link left.
    unlinked = [{**rows[0], "clinics": ""}]
    confirm(signed_in, upload_rows(signed_in, unlinked))
    assert enforcement_status(lumen) != "not_met"


def test_the_admins_link_to_a_practitioner_rescores_the_practitioners_clinic(signed_in, records):
    coast, order = records["coast"], records["order"]
    order.clinics.clear()
    records["letter"].practitioners.clear()
    assessment_refresh(clinic=coast)
    assert enforcement_status(coast) != "not_met"
    data = {
        "company": order.company,
        "agency": order.agency,
        "kind": order.kind,
        "issued_on": "2019-06-03",
        "url": order.url,
        "practitioners": str(records["doctor"].pk),
        "matches-TOTAL_FORMS": "0",
        "matches-INITIAL_FORMS": "0",
        # the evidence documents' inline (clinics/document_admin.py), none attached
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    response = signed_in.post(
        reverse("admin:clinics_enforcementaction_change", args=[order.pk]), data
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert enforcement_status(coast) == "not_met"


# --- Who may ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "page", "import_post", "export_post"),
    [("curator", 200, 200, 200), ("reviewer", 403, 403, 403)],
)
def test_curators_import_and_export_reviewers_only_read(
    client, request, records, role, page, import_post, export_post
):
    client.force_login(request.getfixturevalue(role))
    changelist = client.get(reverse("admin:clinics_enforcementaction_changelist"))
    assert changelist.status_code == 200
    assert (IMPORT in changelist.content.decode()) is (role == "curator")
    assert client.get(IMPORT).status_code == page
    assert client.get(EXPORT).status_code == page
    before = state()
    response = upload(client, csv_bytes(sheet([GOOD_ROW])))
    assert response.status_code == import_post
    assert client.post(CONFIRM, {}).status_code == import_post
    response = client.post(EXPORT, {"format": FORMATS["csv"], "resource": "0"})
    assert response.status_code == export_post
    assert state() == before


# --- The clinic list's sheets -------------------------------------------------------------------


def test_the_clinic_list_exports_the_actions_of_the_clinics_it_shows(signed_in, records):
    content = export(signed_in, url=f"{CLINIC_EXPORT}?country=MX", resource=CLINIC_LIST_ENFORCEMENT)
    rows = read(content, "csv")
    assert rows[0] == COLUMNS
    # coast is linked to the order and its doctor to the letter; the recall names nobody.
    companies = sorted(r[COLUMNS.index("company")] for r in rows[1:])
    assert companies == sorted([records["order"].company, records["letter"].company])


def test_the_clinic_list_imports_the_actions_sheet_and_rescores(signed_in, records):
    lumen = records["lumen"]
    file = SimpleUploadedFile("actions.csv", csv_bytes(sheet([GOOD_ROW])))
    preview = signed_in.post(
        reverse("admin:clinics_clinic_import"),
        {"resource": CLINIC_LIST_ENFORCEMENT, "format": FORMATS["csv"], "import_file": file},
    )
    form = preview.context["confirm_form"]
    assert form is not None, row_errors(preview)
    signed_in.post(
        reverse("admin:clinics_clinic_process_import"),
        {**form.initial, "confirm": "Confirm import"},
    )
    action = EnforcementAction.objects.get(company="Lumen Skin, LLC")
    assert list(action.clinics.all()) == [lumen]
    lumen.refresh_from_db()
    assert lumen.current_assessment is not None


# --- Queries ------------------------------------------------------------------------------------

# session, user, the user's and the group's permissions (the curator's role), the actions
# (with the changelist's link counts), their clinics, their practitioners with their clinics
EXPORT_QUERIES = 7


def add_linked_actions(count: int) -> None:
    clinics = [ClinicFactory() for _ in range(3)]
    doctors = [PractitionerFactory(clinic=c) for c in clinics]
    for i in range(count):
        action = EnforcementActionFactory()
        action.clinics.add(clinics[i % 3], clinics[(i + 1) % 3])
        action.practitioners.add(doctors[i % 3])


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_exports_queries_are_pinned_and_do_not_grow(
    signed_in, django_assert_max_num_queries, file_format
):
    counts = []
    for more in (3, 60):
        add_linked_actions(more)
        with django_assert_max_num_queries(EXPORT_QUERIES) as captured:
            content = export(signed_in, file_format)
        counts.append(len(captured))
        assert len(read(content, file_format)) == 1 + EnforcementAction.objects.count()
    assert counts[0] == counts[1], counts
