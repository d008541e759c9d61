"""A curator captures a clinic's saved page in Chromium: the capture form starts a job, the job's
page links to the snapshot when the worker is done, the review page marks the proposals in the
page's text, the preview shows the grade the decisions would give, and saving writes the
accepted facts, cited; the public page then says when the website was last checked. The strict
CSP holds and the console stays clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse

from clinics.models import Citation, Clinic
from clinics.roles import CURATORS
from jobs.models import Job, JobState
from jobs.services import job_run
from tests.e2e.conftest import screenshot
from tests.e2e.test_admin_review import staff_login, watch_console

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CURE_ALL = Path(__file__).resolve().parents[1] / "capture" / "pages" / "cure-all.html"


def test_a_saved_page_is_captured_reviewed_and_its_donor_cells_accepted(
    demo_site, desktop, tmp_path, settings
):
    settings.JOB_FILES = tmp_path / "jobs"
    clinic = Clinic.objects.filter(published=True, listing_grade="A").order_by("name").first()
    assert clinic is not None, "the demo data has an A clinic"
    page = desktop
    seen = watch_console(page)
    staff_login(page, demo_site, "carla", CURATORS)

    page.goto(f"{demo_site}{reverse('admin:clinics_clinic_change', args=[clinic.pk])}")
    page.locator("#cv-website > summary").click()
    page.get_by_role("link", name="Capture from the website").click()
    page.fill("textarea[name=urls]", "")
    page.set_input_files("input[name=upload]", str(CURE_ALL))
    page.get_by_role("button", name="Capture").click()
    page.wait_for_url("**/admin/jobs/job/*/change/")
    job = Job.objects.get(kind="capture")
    assert job_run(job.pk) == JobState.DONE  # the worker's part
    link = page.get_by_role("link", name="Review the snapshot of cure-all.html")
    link.wait_for(timeout=10_000)  # the job's page reloaded itself
    link.click()

    text = page.locator(".cv-text")
    assert "Guaranteed" in text.inner_text()
    assert page.locator(".cv-text mark.cv-term").count() >= 3
    screenshot(page, "admin-capture-review", "desktop")
    donor = page.locator("tr.cv-proposal", has_text="Cell source")
    donor.get_by_label("Accept").check()
    page.select_option("select[name=protocol]", "new")
    page.get_by_role("button", name="Preview the grade").click()
    preview = page.locator(".cv-preview")
    assert "nothing is saved yet" in preview.inner_text()
    assert "F · Avoid" in preview.inner_text()
    clinic.refresh_from_db()
    assert clinic.listing_grade == "A" and not Citation.objects.exists()
    screenshot(page, "admin-capture-preview", "desktop")

    page.get_by_role("button", name="Save decisions").click()
    assert "Grade A → F" in page.locator(".messagelist").inner_text()
    clinic.refresh_from_db()
    assert clinic.listing_grade == "F"
    assert Citation.objects.get().passage.startswith("Our umbilical cord stem cells")
    assert not seen["errors"], seen["errors"]
    assert not seen["csp"], seen["csp"]
