"""A patient completes the checklist in Chromium, on a phone and on a desktop."""

from __future__ import annotations

from typing import Any

import pytest

from checklist.engine.answers import questions_in
from checklist.models import PatientReport
from tests.checklist.test_answers import CAREFUL
from tests.e2e.conftest import SCREENSHOTS, screenshot
from tests.e2e.test_accessibility import _blocking_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

STEPS = ("cells", "processing", "people", "claims", "evidence", "care")
STEP_KEYS = {step: [question.key for question in questions_in(step)] for step in STEPS}


def answer(page: Any, step: str, answers: dict[str, str]) -> None:
    for key in STEP_KEYS[step]:
        page.check(f"input[name='{step}-{key}'][value='{answers[key]}']")


def audit(page: Any, where: str, found: dict[str, list[str]]) -> None:
    violations = _blocking_violations(page)
    if violations:
        found[where] = violations


def test_a_patient_checks_a_listed_clinic_goes_back_and_prints_the_report(
    demo_site, page, viewport
):
    found: dict[str, list[str]] = {}
    page.goto(f"{demo_site}/check/")
    audit(page, "start", found)
    page.fill("#clinic-search", "lumen")
    # Search-as-you-type shows the match without pressing Search.
    page.get_by_role(
        "button", name="Check this clinic: Lumenvale Skin & Regenerative Institute"
    ).click()
    page.wait_for_url("**/check/questions/")

    for index, step in enumerate(STEPS):
        assert page.locator("h1").inner_text()  # each step has its heading
        if step == "people":
            # Next with nothing chosen: the errors appear next to the questions.
            page.get_by_role("button", name="Next").click()
            assert page.locator(".invalid-feedback, .alert-warning").first.is_visible()
            audit(page, "step-with-errors", found)
        answers = {**CAREFUL, "sterile_closed_system": "open"} if step == "processing" else CAREFUL
        answer(page, step, answers)
        if step == "care":
            page.fill("input[name='care-price_amount']", "9500")
        audit(page, f"step-{step}", found)
        if index == 1:
            screenshot(page, "check-step-processing", viewport)
            page.get_by_role("button", name="Next").click()
            # Back to the processing step: the answer given there is still chosen; change it.
            page.get_by_role("button", name="Back").click()
            assert page.is_checked("input[name='processing-sterile_closed_system'][value='open']")
            page.check("input[name='processing-sterile_closed_system'][value='closed_system']")
        page.get_by_role("button", name="Next").click()

    assert "Finish" in page.locator("h1").inner_text()
    page.get_by_role("button", name="See my report").click()
    page.wait_for_url("**/check/report/**")
    report = PatientReport.objects.get()
    assert report.answers["sterile_closed_system"] == "closed_system"
    assert report.grade == "A" and report.price_usd == 9500
    assert "Grade A" in page.locator(".verdict").inner_text()
    assert page.locator("meta[name='robots']").get_attribute("content") == "noindex, nofollow"
    audit(page, "report", found)
    screenshot(page, "check-report", viewport)
    page.emulate_media(media="print")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"check-report-print-{viewport}.png"), full_page=True)
    assert not page.get_by_role("button", name="Print this report").is_visible()
    assert not found, f"serious or critical accessibility violations: {found}"


def test_a_patient_checks_an_unlisted_clinic_with_red_flags_shares_then_withdraws_the_report(
    demo_site, page, viewport
):
    found: dict[str, list[str]] = {}
    page.goto(f"{demo_site}/check/")
    page.fill("input[name='name']", "Coastline Youth Cells")
    page.select_option("select[name='country']", "MX")
    page.get_by_role("button", name="Start the checklist").click()
    page.wait_for_url("**/check/questions/")
    risky = {key: "unknown" for key in CAREFUL} | {"autologous_source": "umbilical_cord"}
    for step in STEPS:
        answer(page, step, risky)
        if step == "claims":
            page.fill(
                "textarea[name='claims-marketing_text']",
                "Permanent results, guaranteed, zero risk.",
            )
        page.get_by_role("button", name="Next").click()
    page.get_by_label("Share this report with the Clinic Vetting reviewers").check()
    page.get_by_role("button", name="See my report").click()
    page.wait_for_url("**/check/report/**")
    report_url = page.url
    text = page.locator("#red-flags").inner_text()
    assert "Your own cells" in text
    assert page.locator("#red-flags mark").count() >= 3
    assert "Avoid" in page.locator(".verdict").inner_text()
    screenshot(page, "check-report-avoid", viewport)

    # Stop sharing, then delete: each asks first, on a page of its own.
    page.get_by_role("link", name="Stop sharing this report").click()
    audit(page, "stop-sharing", found)
    page.get_by_role("button", name="Stop sharing").click()
    page.wait_for_url(report_url)
    assert "no longer shared" in page.locator(".messages").inner_text()
    assert not PatientReport.objects.get().shared
    audit(page, "report-not-shared", found)
    screenshot(page, "check-report-not-shared", viewport)
    page.get_by_role("link", name="Delete my report").click()
    audit(page, "delete", found)
    screenshot(page, "check-report-delete", viewport)
    page.get_by_role("button", name="Delete my report").click()
    page.wait_for_url("**/check/")
    assert "has been deleted" in page.locator(".messages").inner_text()
    assert not PatientReport.objects.exists()
    assert page.goto(report_url).status == 404
    assert not found, f"serious or critical accessibility violations: {found}"
