"""A reviewer's morning in Chromium: log in, read the dashboard, work a shared patient report
from the queue, and mark the clinic reviewed. Screenshots of the dashboard, the report and the
clinic's review page go to test-artifacts/screenshots/."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from checklist.models import PatientReport, ReportStatus
from checklist.services.assessments import assessment_refresh
from checklist.services.reports import report_create
from clinics.models import Claim, Clinic
from clinics.roles import REVIEWERS
from tests.checklist.test_answers import CAREFUL
from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password-42"
CLINIC = "lumenvale-skin-institute"


def staff_login(page: Any, site: str, username: str, group: str) -> User:
    """A staff member of ``group``, signed in to the admin through its login page."""
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    page.goto(f"{site}{reverse('admin:login')}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site}{reverse('admin:index')}")
    return user


def watch_console(page: Any) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"csp": [], "errors": []}
    page.on(
        "console",
        lambda m: seen["csp"].append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    return seen


def test_a_reviewer_works_a_shared_report_and_marks_the_clinic_reviewed(demo_site, desktop):
    page = desktop
    clinic = Clinic.objects.get(slug=CLINIC)
    # This patient was told the cells come from umbilical cord; the profile says their own fat.
    report = report_create(
        clinic=clinic,
        unlisted=None,
        answers={**CAREFUL, "autologous_source": "umbilical_cord"},
        shared=True,
    )
    assert report.discrepancy_count
    # A score history worth drawing: a flagged claim added, then taken back.
    claim = Claim.objects.create(clinic=clinic, text="Permanent results, guaranteed.")
    assessment_refresh(clinic=clinic)
    claim.delete()
    assessment_refresh(clinic=clinic)
    seen = watch_console(page)
    staff_login(page, demo_site, "rita", REVIEWERS)

    dashboard = page.locator(".cv-dashboard")
    assert "Clinics by grade" in dashboard.inner_text()
    assert page.locator("#cv-dash-grades svg.cv-bar").count() == 7
    screenshot(page, "admin-dashboard", "desktop")
    page.locator("#cv-dash-reports a", has_text="new").click()
    page.wait_for_url("**status__exact=new**")

    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1 and "Lumenvale" in rows.first.inner_text()
    rows.first.locator("th a").click()
    page.wait_for_url(f"**{reverse('admin:checklist_patientreport_change', args=[report.pk])}**")
    side_by_side = page.locator("table.cv-side-by-side")
    assert "umbilical cord" in side_by_side.inner_text().lower()
    screenshot(page, "admin-report", "desktop")
    page.select_option("select[name=status]", "actioned")
    page.fill("textarea[name=reviewer_notes]", "Asked the clinic; it uses the patient's own fat.")
    page.locator("input[name=_save]").click()
    page.wait_for_url("**/patientreport/**")
    assert "was changed successfully" in page.locator(".messagelist").inner_text()
    report.refresh_from_db()
    assert report.status == ReportStatus.ACTIONED and report.reviewed_at is not None

    # The demo marked the clinic reviewed; a curator's edit since makes its grade provisional.
    Clinic.objects.filter(pk=clinic.pk).update(city="Lisbon")
    assessment_refresh(clinic=clinic)
    page.goto(f"{demo_site}{reverse('admin:clinics_clinic_changelist')}?review=needs")
    assert page.locator(f"input.action-select[value='{clinic.pk}']").count() == 1
    page.goto(f"{demo_site}{reverse('admin:clinics_clinic_change', args=[clinic.pk])}")
    panel = page.locator("#cv-review-data")
    assert "changed since review" in page.locator(".cv-summary").inner_text()
    assert "→ Lisbon" in panel.inner_text()
    screenshot(page, "admin-clinic-changed-since-review", "desktop")
    panel.locator("textarea[name=note]").fill("Checked the new address on the clinic's site.")
    panel.get_by_role("button", name="Mark reviewed").click()
    page.wait_for_load_state("load")
    assert "marked reviewed" in page.locator(".messagelist").inner_text()
    clinic.refresh_from_db()
    assert clinic.last_reviewed == timezone.localdate() and not clinic.grade_is_provisional
    assert PatientReport.objects.get(pk=report.pk).status == ReportStatus.ACTIONED

    page.goto(f"{demo_site}{reverse('admin:clinics_clinic_change', args=[clinic.pk])}")
    review = page.locator(".cv-review")
    assert "Grade A" in review.locator(".cv-summary").inner_text()
    assert review.locator("#score-card").is_visible()
    assert review.locator("svg.cv-history-chart circle").count() == 3
    assert review.locator("svg.cv-history-chart polyline").count() == 1
    assert "needs review" not in review.locator(".cv-summary").inner_text()
    screenshot(page, "admin-clinic", "desktop")
    page.get_by_role("link", name="Preview public page").first.click()
    page.wait_for_load_state("load")
    assert "Preview: this clinic is published." in page.locator(".preview-banner").inner_text()
    assert not seen["errors"], seen["errors"]
    assert not seen["csp"], seen["csp"]
