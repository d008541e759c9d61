"""Hostile input to every admin form, as a superuser (who sees every field): never a 500,
nothing half-saved, every error shown to the curator.

The forms are read from the pages themselves (every add form of every registered ModelAdmin,
inlines and their management forms included), so a form added later is covered without a change
here. Each example starts from what a browser would send for the form as it stands and changes
one to four fields: a hostile value, a missing field, a duplicated one, or a forged inline count.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import Any

import openpyxl
import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_export.admin import ImportMixin

from clinics.models import Clinic
from tests.security.conftest import count_hostile_case
from tests.security.html import as_post_data, form_fields
from tests.security.strategies import hostile_text

HYPOTHESIS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NOT_A_SENTENCE = ("Traceback", "object at 0x", "Exception", "<class")


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label in ("clinics", "checklist", "auth", "axes")
    }


def add_urls() -> list[str]:
    urls = []
    for model in admin.site._registry:
        try:
            urls.append(reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add"))
        except NoReverseMatch:
            continue
    return sorted(urls)


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("root", password="not-used-in-these-tests-1")


@pytest.fixture
def admin_client(superuser) -> Client:
    client = Client()
    client.force_login(superuser)
    return client


@dataclass(frozen=True)
class AdminForm:
    data: dict[str, list[str]]  # what a browser sends for the untouched form


def admin_form(html: str, form_id: str) -> AdminForm:
    fields = form_fields(html, form_id=form_id)
    assert fields, form_id
    return AdminForm(as_post_data(fields))


@pytest.fixture
def add_forms(admin_client) -> dict[str, AdminForm]:
    call_command("seed_demo", stdout=io.StringIO())
    forms = {}
    for url in add_urls():
        response = admin_client.get(url)
        if response.status_code != 200:
            continue  # nobody may add one (assessments, patient reports, lockout records)
        model_name = url.rstrip("/").split("/")[-2]
        forms[url] = admin_form(response.content.decode(), f"{model_name}_form")
    return forms


def test_every_registered_add_form_is_covered(add_forms):
    covered = {url.split("/")[-3] for url in add_forms}
    assert {"clinic", "practitioner", "credential", "user", "group"} <= covered


def mutate(form: AdminForm, changes: list[tuple[int, str, str]]) -> dict[str, list[str]]:
    data = {key: list(values) for key, values in form.data.items()}
    names = sorted(data)
    for index, kind, value in changes:
        name = names[index % len(names)]
        if kind == "value":
            data[name] = [value]
        elif kind == "drop":
            data.pop(name, None)
        elif kind == "duplicate":
            data[name] = [*data.get(name, []), value]
        elif kind == "forge_count":
            totals = [n for n in names if n.endswith("-TOTAL_FORMS")]
            if totals:
                data[totals[index % len(totals)]] = [value]
        elif kind == "add_field":
            data[value[:80] or "_"] = [value]
    return data


def shown_errors(response: Any) -> list[str]:
    context = response.context or {}
    messages: list[str] = []
    form = context.get("adminform")
    if form is not None:
        messages += [m for errors in form.form.errors.values() for m in errors]
    for inline in context.get("inline_admin_formsets", ()):
        messages += list(inline.formset.non_form_errors())
        for errors in inline.formset.errors:
            messages += [m for field_errors in errors.values() for m in field_errors]
    return messages


@pytest.mark.django_db
@HYPOTHESIS
@given(
    which=st.integers(min_value=0, max_value=100),
    changes=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=500),
            st.sampled_from(["value", "value", "drop", "duplicate", "forge_count", "add_field"]),
            hostile_text,
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_every_admin_add_form_survives_hostile_posts(admin_client, add_forms, which, changes):
    count_hostile_case()
    urls = sorted(add_forms)
    url = urls[which % len(urls)]
    data = mutate(add_forms[url], changes)
    before = row_counts()
    response = admin_client.post(url, data)
    # 400: more fields than Django reads, or a request too large; refused before any view.
    assert response.status_code in (200, 302, 400), url
    if response.status_code == 302:
        return  # valid after all: saved whole, in the admin's own transaction
    assert row_counts() == before, url
    if response.status_code == 200:
        body = response.content.decode()
        assert "errornote" in body or "errorlist" in body, url
        for message in shown_errors(response):
            assert message.strip() and not any(bad in message for bad in NOT_A_SENTENCE), message


def test_a_non_numeric_id_in_an_autocomplete_field_is_a_form_error(admin_client):
    response = admin_client.post(
        reverse("admin:clinics_practitioner_add"), {"clinic": "abc", "name": "x"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_huge_id_in_a_multiple_select_is_a_form_error(admin_client):
    response = admin_client.post(
        reverse("admin:auth_group_add"), {"name": "g", "permissions": ["9" * 26]}
    )
    assert response.status_code == 200
    assert "is not a valid value" in response.content.decode()


@pytest.fixture
def clinic_change_form(admin_client, add_forms) -> tuple[str, AdminForm, Clinic]:
    clinic = Clinic.objects.order_by("pk").first()
    url = reverse("admin:clinics_clinic_change", args=[clinic.pk])
    return url, admin_form(admin_client.get(url).content.decode(), "clinic_form"), clinic


def clinic_state(clinic: Clinic) -> dict[str, Any]:
    clinic.refresh_from_db()
    return {
        "clinic": {
            f.name: getattr(clinic, f.name)
            for f in Clinic._meta.concrete_fields
            if f.name != "updated"
        },
        "practitioners": list(clinic.practitioners.values()),
        "credentials": list(clinic.credentials.values()),
        "protocols": list(clinic.protocols.values()),
        "claims": list(clinic.claims.values()),
        "prices": list(clinic.prices.values()),
        "evidence": list(clinic.evidence.values()),
    }


@pytest.mark.django_db
@HYPOTHESIS
@given(
    changes=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=500),
            st.sampled_from(["value", "value", "drop", "duplicate", "forge_count"]),
            hostile_text,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_clinic_and_its_inlines_change_whole_or_not_at_all(
    admin_client, clinic_change_form, changes
):
    count_hostile_case()
    url, untouched, clinic = clinic_change_form
    before = clinic_state(clinic)
    response = admin_client.post(url, mutate(untouched, changes))
    assert response.status_code in (200, 302, 400)
    if response.status_code != 302:
        assert clinic_state(clinic) == before
    if response.status_code == 200:
        for message in shown_errors(response):
            assert message.strip() and not any(bad in message for bad in NOT_A_SENTENCE), message


@pytest.fixture
def import_forms(admin_client) -> dict[str, list[Any]]:
    """url -> the import form's fields, for every ModelAdmin that offers an import."""
    forms = {}
    for model in admin.site._registry:
        try:
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_import")
        except NoReverseMatch:
            continue
        forms[url] = form_fields(admin_client.get(url).content.decode())
    return forms


spreadsheet_rows = st.lists(st.lists(hostile_text, min_size=1, max_size=6), min_size=1, max_size=5)


@pytest.mark.django_db
@HYPOTHESIS
@given(
    which=st.integers(min_value=0, max_value=100),
    choices=st.lists(st.integers(min_value=0, max_value=100), min_size=4, max_size=4),
    content=st.one_of(
        st.binary(max_size=3000),
        hostile_text.map(lambda text: text.encode("utf-8")),
        spreadsheet_rows.map(
            lambda rows: "\n".join(
                ",".join(c.replace("\n", " ") for c in row) for row in rows
            ).encode()
        ),
    ),
    name=st.sampled_from(["clinics.csv", "clinics.xlsx", "clinics.json", "x", "../../etc/passwd"]),
)
def test_the_admin_spreadsheet_import_survives_hostile_files(
    admin_client, import_forms, which, choices, content, name
):
    if not import_forms:
        pytest.skip("no ModelAdmin offers an import")
    count_hostile_case()
    url = sorted(import_forms)[which % len(import_forms)]
    data: dict[str, Any] = {}
    for n, field in enumerate(import_forms[url]):
        if field.kind == "select" and field.options:
            data[field.name] = field.options[choices[n % len(choices)] % len(field.options)]
        elif field.kind == "hidden":
            data[field.name] = field.value
    data["import_file"] = SimpleUploadedFile(name, content)
    before = row_counts()
    response = admin_client.post(url, data)
    assert response.status_code in (200, 302, 400), url
    # The first step only reads and previews the file; nothing may be saved yet.
    assert row_counts() == before
    for message in import_file_errors(response):
        assert message.strip() and not any(bad in message for bad in NOT_A_SENTENCE), message


def import_file_errors(response: Any) -> list[str]:
    form = (response.context or {}).get("form")
    return list(form.errors.get("import_file", ())) if form is not None else []


def workbook(*rows: list[Any]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_of(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


CLINIC_ROW = "harbour-skin,Clínica Harbour,GB\r\n"

# (format, file, the start of the message shown under the file field)
MALFORMED_UPLOADS = {
    "csv whose first line is empty": (
        "csv",
        b"\r\nharbour-skin,Harbour Skin,GB\r\n",
        "The file's first line must be the column headings (the field names listed on this page), "
        "but it is empty",
    ),
    "csv of blank lines only": (
        "csv",
        b"\r\n\r\n\n",
        "The file has no column headings and no rows: it is empty, or only blank lines.",
    ),
    "empty file": ("csv", b"", "The submitted file is empty."),
    "csv with headings and no rows": (
        "csv",
        b"slug,name,country\r\n",
        "The file has column headings but no rows under them",
    ),
    "csv with headings and only empty rows": (
        "csv",
        b"slug,name,country\r\n,,\r\n\r\n",
        "The file has column headings but no rows under them",
    ),
    "csv with a heading written twice": (
        "csv",
        b"slug,name,name\r\nharbour-skin,Harbour,Harbour Skin\r\n",
        "The heading “name” is in the first line twice (columns 2 and 3)",
    ),
    "csv with a column of values and no heading": (
        "csv",
        b"slug,,country\r\nharbour-skin,Harbour Skin,GB\r\n",
        "Column 2 has values but no heading in the first line",
    ),
    "csv with a row longer than its headings": (
        "csv",
        b"slug,name\r\nharbour-skin,Harbour Skin,GB\r\n",
        "Line 2 has 3 cells but the first line has only 2 column headings",
    ),
    "csv with a cell beyond the csv module's limit": (
        "csv",
        b"slug,name\r\nharbour-skin," + b"a" * 140_000 + b"\r\n",
        "Line 2 cannot be read as CSV (field larger than field limit",
    ),
    "utf-16 text": (
        "csv",
        ("slug,name,country\r\n" + CLINIC_ROW).encode("utf-16"),
        "The file is UTF-16 text, not UTF-8: save it as “CSV UTF-8”",
    ),
    "utf-16 text without a byte order mark": (
        "csv",
        ("slug,name,country\r\n" + CLINIC_ROW).encode("utf-16-le"),
        "The file contains NUL characters, which a UTF-8 CSV file never does",
    ),
    "latin-1 text": (
        "csv",
        ("slug,name,country\r\n" + CLINIC_ROW).encode("latin-1"),
        "The file is not UTF-8 text: line 2 has the byte 0xED",
    ),
    "xlsx workbook sent as csv": (
        "csv",
        workbook(["slug"], ["harbour-skin"]),
        "This is an Excel workbook, not a CSV file",
    ),
    "xlsx that is really text": (
        "xlsx",
        b"slug,name,country\r\nharbour-skin,Harbour Skin,GB\r\n",
        "The file is not an Excel workbook (.xlsx): if it is a CSV file, choose “csv”",
    ),
    "xlsx that is a zip of something else": (
        "xlsx",
        zip_of("notes.txt", b"slug,name"),
        "The workbook could not be read (it may be damaged)",
    ),
    "xls workbook (or password-protected xlsx)": (
        "xlsx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        "This is an Excel 97–2003 workbook (.xls)",
    ),
    "xlsx whose first row is empty": (
        "xlsx",
        workbook([None, None, None], ["harbour-skin", "Harbour Skin", "GB"]),
        "The file's first row must be the column headings",
    ),
    "xlsx with an empty sheet": ("xlsx", workbook(), "The file has no column headings and no rows"),
    "xlsx with headings and no rows": (
        "xlsx",
        workbook(["slug", "name", "country"]),
        "The file has column headings but no rows under them",
    ),
    "xlsx with a heading written twice": (
        "xlsx",
        workbook(["slug", "name", "name"], ["harbour-skin", "Harbour", "Harbour Skin"]),
        "The heading “name” is in the first row twice (columns 2 and 3)",
    ),
}
WELL_FORMED_UPLOADS = {
    "csv": ("csv", ("slug,name,country\r\n" + CLINIC_ROW).encode()),
    "csv with a byte order mark, as Excel saves “CSV UTF-8”": (
        "csv",
        ("\ufeffslug,name,country\r\n" + CLINIC_ROW).encode(),
    ),
    "xlsx": (
        "xlsx",
        workbook(["slug", "name", "country"], ["harbour-skin", "Clínica Harbour", "GB"]),
    ),
}


def import_pages() -> list[tuple[str, ImportMixin]]:
    """Every ModelAdmin that offers an import, with its import page."""
    return sorted(
        (reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_import"), model_admin)
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, ImportMixin)
    )


def post_upload(client: Client, url: str, resource: str, file_format: str, content: bytes) -> Any:
    model_admin = dict(import_pages())[url]
    titles = [f().get_title() for f in model_admin.get_import_formats()]
    upload = SimpleUploadedFile(f"upload.{file_format}", content)
    data = {"resource": resource, "format": str(titles.index(file_format)), "import_file": upload}
    return client.post(url, data)


def resource_choices(fields: list[Any]) -> list[str]:
    """The resources the import page offers (a hidden field when there is only one)."""
    [resource] = [field for field in fields if field.name == "resource"]
    return resource.options or [resource.value]


def test_every_import_page_is_tried(import_forms):
    assert sorted(import_forms) == [url for url, _ in import_pages()]
    # clinics, their five kinds of child rows, evidence, enforcement actions
    assert resource_choices(import_forms[reverse("admin:clinics_clinic_import")]) == [
        str(n) for n in range(8)
    ]
    assert resource_choices(import_forms[reverse("admin:clinics_enforcementaction_import")]) == [
        "0"
    ]


@pytest.mark.parametrize(
    ("file_format", "content", "message"), MALFORMED_UPLOADS.values(), ids=list(MALFORMED_UPLOADS)
)
def test_a_malformed_upload_is_a_message_under_the_file_field_and_saves_nothing(
    admin_client, import_forms, file_format, content, message
):
    before = row_counts()
    for url, fields in import_forms.items():
        for resource in resource_choices(fields):
            response = post_upload(admin_client, url, resource, file_format, content)
            where = f"{url} resource {resource}"
            assert response.status_code == 200, where
            errors = import_file_errors(response)
            assert len(errors) == 1 and errors[0].startswith(message), (where, errors)
            assert escape(errors[0]) in response.content.decode(), where
            assert response.context.get("result") is None, where
            assert response.context.get("confirm_form") is None, where
    assert row_counts() == before


@pytest.mark.parametrize(
    ("file_format", "content"), WELL_FORMED_UPLOADS.values(), ids=list(WELL_FORMED_UPLOADS)
)
def test_the_same_clinic_in_a_well_formed_file_reaches_the_preview(
    admin_client, file_format, content
):
    url = reverse("admin:clinics_clinic_import")
    response = post_upload(admin_client, url, "0", file_format, content)
    assert import_file_errors(response) == []
    assert response.context["confirm_form"] is not None
    assert [row.import_type for row in response.context["result"].valid_rows()] == ["new"]
    assert not Clinic.objects.filter(slug="harbour-skin").exists()


@pytest.mark.parametrize("which", ["the same confirmation twice", "a forged file name"])
def test_confirming_a_file_no_longer_on_the_server_is_a_message_not_a_500(admin_client, which):
    url = reverse("admin:clinics_clinic_import")
    preview = post_upload(admin_client, url, "0", *WELL_FORMED_UPLOADS["csv"])
    confirmation = {**preview.context["confirm_form"].initial, "confirm": "Confirm import"}
    confirm_url = reverse("admin:clinics_clinic_process_import")
    if which == "a forged file name":
        confirmation["import_file_name"] = "no-such-upload"
    else:
        assert admin_client.post(confirm_url, confirmation).status_code == 302
    before = row_counts()
    response = admin_client.post(confirm_url, confirmation, follow=True)
    assert response.redirect_chain == [(url, 302)]
    assert "Nothing was imported by this confirmation" in response.content.decode()
    assert row_counts() == before


def test_a_superscript_digit_as_a_related_id_is_no_id():
    from clinics.admin_safety import _plausible_id

    assert _plausible_id("42") and not _plausible_id("¹") and not _plausible_id("4²")
