"""A curator uploads a spreadsheet too long to preview while waiting: Chromium lands on the
job's page, which reloads itself with the preview when the worker is done, and the import is
confirmed from there (the page's script is static/js/jobs.js; the strict CSP holds)."""

from __future__ import annotations

import csv

import pytest
from django.urls import reverse

from clinics import import_forms
from clinics.models import Clinic
from clinics.roles import CURATORS
from jobs.models import Job, JobState
from jobs.services import job_run
from tests.e2e.conftest import screenshot
from tests.e2e.test_admin_review import staff_login, watch_console

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_long_import_is_previewed_by_a_worker_and_confirmed(
    demo_site, desktop, tmp_path, settings, monkeypatch
):
    settings.JOB_FILES = tmp_path / "jobs"
    monkeypatch.setattr(import_forms, "MAX_IMPORT_ROWS", 2)
    sheet = tmp_path / "three-clinics.csv"
    with sheet.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["slug", "name", "country", "city"])
        writer.writerows(
            [[f"import-{n}", f"Imported Clinic {n}", "MX", "Tijuana"] for n in range(3)]
        )
    page = desktop
    seen = watch_console(page)
    staff_login(page, demo_site, "ivan", CURATORS)

    page.goto(f"{demo_site}{reverse('admin:clinics_clinic_import')}")
    page.set_input_files("input[name=import_file]", str(sheet))
    page.select_option("select[name=format]", label="csv")
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/jobs/job/*/change/")
    preview = Job.objects.get(kind="import_preview")
    assert "a worker checks it now" in page.locator(".messagelist").inner_text()

    assert job_run(preview.pk) == JobState.DONE  # the worker's part
    page.wait_for_selector("text=Import these rows", timeout=10_000)  # the page reloaded itself
    assert "3 new" in page.locator(".field-preview").inner_text()
    screenshot(page, "admin-import-job-preview", "desktop")
    page.get_by_role("button", name="Import these rows").click()
    page.wait_for_url("**/admin/jobs/job/*/change/")
    apply = Job.objects.get(kind="import_apply")
    assert job_run(apply.pk) == JobState.DONE
    page.wait_for_selector(".field-summary >> text=imported and rescored", timeout=10_000)
    assert Clinic.objects.filter(slug__startswith="import-").count() == 3
    screenshot(page, "admin-import-job-done", "desktop")
    assert not seen["errors"], seen["errors"]
    assert not seen["csp"], seen["csp"]
