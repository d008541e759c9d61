"""Issue 17, items 4 and 5 in Chromium: a patient copies the report's link, finds the public
registers of the clinic's country, updates their answers and keeps both versions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from checklist.models import PatientReport
from checklist.services.reports import report_create
from clinics.models import Clinic
from tests.checklist.test_answers import CAREFUL, DANGEROUS
from tests.e2e.conftest import SCREENSHOTS, _open_page, screenshot
from tests.e2e.test_checklist import STEPS, audit

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def clipboard_page(browser: Any, viewport: str) -> Iterator[Any]:
    yield from _open_page(browser, viewport, permissions=["clipboard-read", "clipboard-write"])


def uk_report() -> PatientReport:
    clinic = Clinic.objects.filter(country="GB", published=True).order_by("name").first()
    assert clinic is not None
    return report_create(clinic=clinic, unlisted=None, answers=DANGEROUS)


def test_a_patient_copies_the_link_then_updates_their_answers(demo_site, clipboard_page, viewport):
    page, found = clipboard_page, {}
    old = uk_report()
    page.goto(f"{demo_site}{old.private_url()}")
    audit(page, "report", found)

    page.get_by_role("button", name="Copy link").click()
    # the message follows the clipboard's promise: wait for it
    expect(page.locator("[data-copy-status]")).to_contain_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == page.url
    registers = page.locator("#registers")
    assert "General Medical Council medical register" in registers.inner_text()
    assert registers.get_by_role("link", name="Care Quality Commission", exact=False).count()
    screenshot(page, "report-copy-link", viewport)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    registers.screenshot(path=str(SCREENSHOTS / f"report-registers-{viewport}.png"))
    page.emulate_media(media="print")
    assert page.locator(".report-link-print").inner_text() == f"This report: {page.url}"
    assert not page.get_by_role("button", name="Copy link").is_visible()
    page.screenshot(path=str(SCREENSHOTS / f"report-print-link-{viewport}.png"), full_page=True)
    page.locator(".report-link-print").screenshot(
        path=str(SCREENSHOTS / f"report-print-footer-{viewport}.png")
    )
    page.emulate_media(media="screen")

    page.get_by_role("link", name="Update my answers").click()
    page.wait_for_url("**/check/questions/")
    assert "You are updating your report of" in page.locator("#updating-note").inner_text()
    for step in STEPS:
        if step == "people":
            # The earlier answer is chosen; the register is linked under the licence question.
            chosen = f"input[name='people-licensed_physicians'][value='{DANGEROUS['licensed_physicians']}']"
            assert page.is_checked(chosen)
            link = page.get_by_role("link", name="General Medical Council medical register")
            assert link.get_attribute("href").startswith("https://www.gmc-uk.org/")
            audit(page, "step-people-updating", found)
            screenshot(page, "check-update-people", viewport)
            page.check(
                f"input[name='people-licensed_physicians'][value='{CAREFUL['licensed_physicians']}']"
            )
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="See my report").click()
    page.wait_for_url("**/check/report/**")

    new = PatientReport.objects.exclude(pk=old.pk).get()
    assert new.previous_id == old.pk
    assert new.answers["licensed_physicians"] == CAREFUL["licensed_physicians"]
    versions = page.locator(".report-versions").inner_text()
    assert "This version" in versions and "Earlier version" in versions
    audit(page, "report-new-version", found)
    screenshot(page, "report-new-version", viewport)
    page.locator("header.report-header").screenshot(
        path=str(SCREENSHOTS / f"report-new-version-header-{viewport}.png")
    )

    page.get_by_role("link", name="open the earlier version").click()
    page.wait_for_url(f"**{old.private_url()}")
    assert "A newer version of this report exists" in page.locator(".report-newer").inner_text()
    audit(page, "report-old-version", found)
    screenshot(page, "report-old-version", viewport)
    page.locator("header.report-header").screenshot(
        path=str(SCREENSHOTS / f"report-old-version-header-{viewport}.png")
    )
    assert not found, f"serious or critical accessibility violations: {found}"


def test_without_javascript_the_link_is_shown_to_select(demo_site, no_js_page):
    report = uk_report()
    no_js_page.goto(f"{demo_site}{report.private_url()}")
    field = no_js_page.locator("#report-link")
    assert field.is_visible() and field.input_value() == no_js_page.url
    assert not no_js_page.get_by_role("button", name="Copy link").is_visible()
    screenshot(no_js_page, "report-copy-link-no-js", "desktop")
