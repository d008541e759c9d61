"""A curator starts a background job in Chromium and watches its bar fill without reloading:
the progress comes from static/js/jobs.js (no inline script, the strict CSP holds)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from clinics.roles import CURATORS
from jobs.models import Job, JobState
from jobs.services import job_run
from tests.e2e.conftest import screenshot
from tests.e2e.test_admin_review import staff_login, watch_console

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_curator_starts_a_rescore_and_sees_it_finish(demo_site, desktop):
    page = desktop
    seen = watch_console(page)
    staff_login(page, demo_site, "carla", CURATORS)
    assert "Background jobs" in page.locator("#cv-dash-jobs").inner_text()

    page.goto(f"{demo_site}{reverse('admin:jobs_job_changelist')}")
    page.get_by_role("button", name="Rescore every clinic").click()
    page.wait_for_load_state("load")
    job = Job.objects.get()
    assert f"Job #{job.pk} queued" in page.locator(".messagelist").inner_text()
    state = page.locator(f"[data-job-progress$='/{job.pk}/progress/'] .cv-job-state")
    assert state.inner_text() == "Queued"
    screenshot(page, "admin-jobs-queued", "desktop")

    # The worker's part, here in the test: the page is not reloaded.
    assert job_run(job.pk) == JobState.DONE
    page.wait_for_function(
        "el => el.textContent === 'Done'", arg=state.element_handle(), timeout=10_000
    )
    bar = page.locator(f"[data-job-progress$='/{job.pk}/progress/'] progress")
    assert bar.get_attribute("value") == bar.get_attribute("max") == "20"
    assert "20 clinics rescored" in page.locator("td.field-outcome").first.inner_text()
    screenshot(page, "admin-jobs-done", "desktop")
    assert not seen["errors"], seen["errors"]
    assert not seen["csp"], seen["csp"]
