"""Issue 17 in Chromium: a "not enough information" verdict that carries its red flags (clinic
page, patient report), an F page's way out, the reviewer's assessment page and queue, and the
clinic changelist at 1,280 px. Screenshots go to test-artifacts/screenshots/; every public page
here passes an axe audit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import User
from django.urls import reverse

from checklist.models import ClinicAssessment
from checklist.services.assessments import assessments_refresh
from checklist.services.reports import UnlistedClinic, report_create
from clinics.models import Claim, Clinic
from tests.e2e.conftest import SCREENSHOTS, _open_page, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password-42"
AVOID = "eternaluxe-caribe-stem-cell"
BLOCKING = {"serious", "critical"}


@pytest.fixture
def desktop(browser: Any) -> Iterator[Any]:
    yield from _open_page(browser, "desktop")


def blocking_violations(page: Any) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]


def close_up(page: Any, selector: str, name: str, viewport: str) -> None:
    """The part of a long page a person looks at, beside the full-page screenshot."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(selector).first.screenshot(path=str(SCREENSHOTS / f"{name}-{viewport}.png"))


def flagged_unknown_clinic() -> Clinic:
    """A demo clinic we know little about, given two misleading claims."""
    clinic = Clinic.objects.filter(current_assessment__grade="insufficient", published=True)[0]
    Claim.objects.create(clinic=clinic, text="Guaranteed results. Zero risk, permanent youth.")
    assessments_refresh()
    clinic.refresh_from_db()
    assert clinic.current_assessment.grade == "insufficient"
    return clinic


def test_a_not_enough_information_verdict_leads_with_its_red_flags(demo_site, page, viewport):
    clinic = flagged_unknown_clinic()
    page.goto(f"{demo_site}{clinic.get_absolute_url()}")
    badge = page.locator(".verdict .grade-badge")
    assert "red flags found" in badge.inner_text()
    assert "not a judgement" not in page.content()
    screenshot(page, "issue17-clinic-insufficient-red-flags", viewport)
    close_up(page, ".verdict", "issue17-clinic-insufficient-verdict", viewport)
    assert not blocking_violations(page)
    page.get_by_role("link", name="questions to ask this clinic").first.click()
    assert page.url.endswith("#questions")

    report = report_create(
        clinic=None,
        unlisted=UnlistedClinic(name="Glow Fast", country="MX"),
        answers={"realistic_claims": "yes", "no_fda_misuse": "yes"},
        marketing_text="Permanent results, guaranteed, with no risk at all. Cures ageing.",
    )
    assert report.grade == "insufficient" and report.red_flags
    page.goto(f"{demo_site}{report.private_url()}")
    assert "red flags found" in page.locator(".verdict .grade-badge").inner_text()
    screenshot(page, "issue17-report-insufficient-red-flags", viewport)
    close_up(page, ".verdict", "issue17-report-insufficient-verdict", viewport)
    assert not blocking_violations(page)

    page.goto(f"{demo_site}{reverse('clinics:directory')}?grade=insufficient")
    assert page.locator(".grade-warned").count() >= 1
    screenshot(page, "issue17-directory-insufficient-red-flags", viewport)
    close_up(page, ".grade-warned", "issue17-directory-row-warning", viewport)
    # the compare tray stays in view while the list scrolls
    tray = page.locator(".compare-bar")
    page.mouse.wheel(0, 200)
    box = tray.bounding_box()
    assert box is not None and box["y"] + box["height"] <= page.viewport_size["height"] + 1


def test_an_f_page_offers_graded_clinics_and_where_to_report(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/{AVOID}/")
    assert page.locator("#alternatives h2").is_visible()
    assert page.locator("#report-problem a[href^='https://']").count() >= 1
    screenshot(page, "issue17-clinic-avoid-way-out", viewport)
    close_up(page, "#alternatives", "issue17-clinic-avoid-alternatives", viewport)
    close_up(page, "#report-problem", "issue17-clinic-avoid-report-it", viewport)
    assert not blocking_violations(page)


def test_staff_screens_fit_1280_and_read_like_the_public_site(demo_site, desktop):
    page = desktop
    User.objects.create_superuser("sam", "sam@example.com", PASSWORD)
    page.goto(f"{demo_site}{reverse('admin:login')}")
    assert "Clinic Vetting staff" in page.content()
    page.fill("#id_username", "sam")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")

    page.goto(f"{demo_site}{reverse('admin:clinics_clinic_changelist')}")
    assert "Clinic Vetting staff" in page.inner_text("#site-name")
    width = page.evaluate("document.documentElement.scrollWidth")
    right = page.evaluate(
        "Math.max(...[...document.querySelectorAll('#result_list th')]"
        ".map(th => th.getBoundingClientRect().right))"
    )
    filters = page.evaluate(
        "document.querySelector('#changelist-filter').getBoundingClientRect().left"
    )
    screenshot(page, "issue17-admin-clinic-changelist", "desktop")
    assert width <= 1280 and right <= filters, (width, right, filters)
    for column in ("Failed must-pass", "Last reviewed", "Published"):
        header = page.locator("#result_list thead th", has_text=column).first
        assert header.is_visible()

    stored = ClinicAssessment.objects.filter(clinic__slug=AVOID).latest("created")
    page.goto(f"{demo_site}{reverse('admin:checklist_clinicassessment_change', args=[stored.pk])}")
    assert page.locator("h1", has_text="assessment of").is_visible()
    assert page.locator("#score-card").is_visible()
    screenshot(page, "issue17-admin-assessment", "desktop")
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.screenshot(path=str(SCREENSHOTS / "issue17-admin-assessment-top-desktop.png"))

    report = report_create(
        clinic=Clinic.objects.get(slug=AVOID),
        unlisted=None,
        answers={"realistic_claims": "yes"},
        marketing_text="Guaranteed results, zero risk.",
        shared=True,
    )
    page.goto(f"{demo_site}{reverse('admin:checklist_patientreport_changelist')}")
    assert "Guarantees results" in page.inner_text("#result_list")
    screenshot(page, "issue17-admin-report-queue", "desktop")
    page.goto(f"{demo_site}{reverse('admin:checklist_patientreport_change', args=[report.pk])}")
    screenshot(page, "issue17-admin-report", "desktop")
