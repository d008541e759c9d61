"""A spreadsheet too long to preview in a request is checked and imported by background jobs
(issue 18, part 3; issue 16, item 5): the worker's preview counts the rows as new, changed,
unchanged and refused, naming each refused row; the curator confirms on the job's page; the
import is all or nothing, rescores what it wrote, and its upload is deleted once it is done."""

import json
from pathlib import Path

import pytest
from django.urls import reverse

from checklist.models import ClinicAssessment
from checklist.services.assessments import assessments_refresh
from clinics import import_forms
from clinics.models import Clinic
from clinics.services import clinic_profiles_export
from jobs.models import Job, JobState
from tests.clinics.test_admin_import import upload
from tests.factories import ClinicFactory
from tests.jobs.test_jobs import work

HEADER = ["slug", "name", "country", "city"]


@pytest.fixture
def signed_in(client, curator, settings, tmp_path, monkeypatch):
    settings.JOB_FILES = tmp_path
    # Three rows are "too long to preview" here, as 2,001 are in production.
    monkeypatch.setattr(import_forms, "MAX_IMPORT_ROWS", 2)
    client.force_login(curator)
    return client


def send(client, rows, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return upload(client, [HEADER, *rows])


def test_a_long_file_is_checked_on_a_worker_then_imported_on_confirmation(
    signed_in, django_capture_on_commit_callbacks
):
    ClinicFactory(slug="kept", name="Kept", country="US", city="Austin")
    rows = [
        ["kept", "Kept", "US", "Austin"],
        ["new-one", "New One", "MX", "Tijuana"],
        ["new-two", "New Two", "TR", "Istanbul"],
    ]
    response = send(signed_in, rows, django_capture_on_commit_callbacks)
    preview = Job.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:jobs_job_change", args=[preview.pk])
    assert preview.kind == "import_preview" and preview.state == JobState.QUEUED
    upload_path = Path(preview.params["file"])
    assert (
        upload_path.is_file()
        and upload_path.parent == Path(import_forms.settings.JOB_FILES) / "imports"
    )
    assert not Clinic.objects.filter(slug__startswith="new-").exists()

    work()
    preview.refresh_from_db()
    assert preview.state == JobState.DONE
    assert preview.result["counts"] == {"new": 2, "changed": 0, "unchanged": 1, "refused": 0}
    assert preview.summary.startswith("3 rows: 2 new, 0 changed, 1 unchanged, 0 refused")
    assert not Clinic.objects.filter(slug__startswith="new-").exists()  # a preview writes nothing
    page = signed_in.get(reverse("admin:jobs_job_change", args=[preview.pk])).content.decode()
    assert "Import these rows" in page and "No row is refused" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(reverse("admin:jobs_job_confirm", args=[preview.pk]))
    apply = Job.objects.get(kind="import_apply")
    assert response.url == reverse("admin:jobs_job_change", args=[apply.pk])
    # A second confirmation starts nothing more.
    response = signed_in.post(reverse("admin:jobs_job_confirm", args=[preview.pk]))
    assert Job.objects.filter(kind="import_apply").count() == 1
    work()
    apply.refresh_from_db()
    assert apply.state == JobState.DONE, apply.error
    assert apply.summary.endswith("imported and rescored.")
    assert set(Clinic.objects.values_list("slug", flat=True)) == {"kept", "new-one", "new-two"}
    assert ClinicAssessment.objects.filter(clinic__slug__startswith="new-").count() == 2
    assert not upload_path.exists()


def test_refused_rows_are_named_and_nothing_can_be_confirmed(
    signed_in, django_capture_on_commit_callbacks
):
    rows = [
        ["fine-one", "Fine One", "US", "Austin"],
        ["bad-country", "Bad Country", "Atlantis", "Nowhere"],
        ["fine-two", "Fine Two", "US", "Austin"],
    ]
    send(signed_in, rows, django_capture_on_commit_callbacks)
    work()
    preview = Job.objects.get()
    assert preview.state == JobState.DONE
    assert preview.result["counts"]["refused"] == 1 and not preview.result["confirmable"]
    refused = preview.result["refused"]
    assert refused[0]["row"] == 2 and "country" in refused[0]["message"]
    page = signed_in.get(reverse("admin:jobs_job_change", args=[preview.pk])).content.decode()
    assert "Row 2: country" in page and "Import these rows" not in page
    assert signed_in.post(reverse("admin:jobs_job_confirm", args=[preview.pk])).status_code == 403
    assert not Path(preview.params["file"]).exists()  # nothing to apply: not kept
    assert not Clinic.objects.exists()


def test_an_import_that_fails_when_applied_writes_nothing(
    signed_in, django_capture_on_commit_callbacks
):
    rows = [[f"clinic-{n}", f"Clinic {n}", "US", "Austin"] for n in range(3)]
    send(signed_in, rows, django_capture_on_commit_callbacks)
    work()
    preview = Job.objects.get()
    # Between the check and the import, another curator takes one of the slugs in another case.
    ClinicFactory(slug="CLINIC-1".lower() + "-x", name="Other")
    Clinic.objects.filter(slug="clinic-1-x").update(slug="Clinic-1")
    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(reverse("admin:jobs_job_confirm", args=[preview.pk]))
    work()
    apply = Job.objects.get(kind="import_apply")
    assert apply.state == JobState.FAILED
    assert apply.error.startswith("Row 2:") and "nothing was imported" in apply.error
    assert not Clinic.objects.filter(slug__in=["clinic-0", "clinic-2"]).exists()


def test_only_who_may_import_can_confirm(
    signed_in, reviewer, client, django_capture_on_commit_callbacks
):
    send(
        signed_in,
        [[f"c-{n}", f"C {n}", "US", "Austin"] for n in range(3)],
        django_capture_on_commit_callbacks,
    )
    work()
    preview = Job.objects.get()
    client.force_login(reviewer)
    page = client.get(reverse("admin:jobs_job_change", args=[preview.pk])).content.decode()
    assert "Import these rows" not in page
    assert client.post(reverse("admin:jobs_job_confirm", args=[preview.pk])).status_code == 403
    assert not Job.objects.filter(kind="import_apply").exists()


# --- clinic profiles as JSON ----------------------------------------------------------------------

PROFILES = reverse("admin:clinics_clinic_import_profiles")


def profiles_file(data, name="profiles.json"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, json.dumps(data).encode(), content_type="application/json")


def test_json_profiles_are_checked_by_a_worker_and_imported_on_confirmation(
    signed_in, django_capture_on_commit_callbacks
):
    ClinicFactory(slug="kept", name="Kept", country="US", city="Austin")
    ClinicFactory(slug="moved", name="Moved", country="US", city="Austin")
    assessments_refresh()
    exported = {p["slug"]: p for p in clinic_profiles_export(queryset=Clinic.objects.all())}
    data = [
        exported["kept"],
        {**exported["moved"], "city": "Dallas"},
        {"slug": "brand-new", "name": "Brand New", "country": "MX"},
    ]
    page = signed_in.get(PROFILES)
    assert page.status_code == 200 and "Check the file" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(PROFILES, {"file": profiles_file(data), "update": "on"})
    preview = Job.objects.get(kind="profiles_preview")
    assert response.url == reverse("admin:jobs_job_change", args=[preview.pk])
    work()
    preview.refresh_from_db()
    assert preview.state == JobState.DONE, preview.error
    assert preview.result["counts"] == {"new": 1, "changed": 1, "unchanged": 1, "refused": 0}
    # The check wrote nothing.
    assert not Clinic.objects.filter(slug="brand-new").exists()
    assert Clinic.objects.get(slug="moved").city == "Austin"
    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(reverse("admin:jobs_job_confirm", args=[preview.pk]))
    work()
    apply = Job.objects.get(kind="profiles_apply")
    assert apply.state == JobState.DONE, apply.error
    assert apply.summary == "3 clinics imported (1 new, 2 replaced) and rescored."
    assert Clinic.objects.get(slug="moved").city == "Dallas"
    assert Clinic.objects.get(slug="brand-new").current_assessment is not None
    assert not Path(preview.params["file"]).exists()


def test_json_profiles_with_problems_name_the_record_and_import_nothing(
    signed_in, django_capture_on_commit_callbacks
):
    data = [
        {"slug": "fine", "name": "Fine", "country": "US"},
        {"slug": "broken", "name": "Broken", "country": "Atlantis"},
    ]
    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(PROFILES, {"file": profiles_file(data)})
    work()
    preview = Job.objects.get()
    assert preview.result["confirmable"] is False
    assert preview.result["refused"][0]["row"] == 2
    assert "country" in preview.result["refused"][0]["message"]
    assert not Clinic.objects.exists()


def test_a_file_that_is_not_a_list_of_profiles_is_refused_at_once(signed_in):
    response = signed_in.post(PROFILES, {"file": profiles_file({"slug": "one"})})
    assert "must hold a list of clinic profiles" in response.content.decode()
    response = signed_in.post(
        PROFILES, {"file": profiles_file(None, name="x.json").__class__("x.json", b"{nope")}
    )
    assert "not valid JSON" in response.content.decode()
    assert not Job.objects.exists()


def test_only_curators_who_may_import_upload_profiles(client, reviewer, db):
    client.force_login(reviewer)
    assert client.get(PROFILES).status_code == 403
