"""The clinic's right of reply in Chromium, the whole loop (issue 20, part 5): a curator invites
a clinic; the clinic opens its private link in a browser of its own, disputes a fact with a
PDF; the curator accepts; the grade changes; the public page shows the reply. The portal pages
pass axe, the strict CSP holds, and the consoles stay clean."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from clinics.models import Clinic, ClinicCorrection
from clinics.roles import CURATORS
from tests.capture.test_capture import minimal_pdf
from tests.e2e.conftest import _open_page, screenshot
from tests.e2e.test_admin_review import staff_login, watch_console

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SLUG = "schafbergquell-frischzellen"  # a demo clinic failing one knockout: animal cells


@pytest.fixture
def clinic_page(browser: Any) -> Iterator[Any]:
    yield from _open_page(browser, "desktop")


def axe_clean(page: Any) -> None:
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, [(v["id"], v["nodes"][0]["target"]) for v in serious]


def test_invite_dispute_accept_and_the_public_page_shows_it(
    demo_site, desktop, clinic_page, tmp_path, settings
):
    settings.EVIDENCE_FILES = tmp_path / "evidence"
    clinic = Clinic.objects.get(slug=SLUG)
    assert clinic.listing_grade == "F"
    curator = desktop
    curator_seen = watch_console(curator)
    staff_login(curator, demo_site, "carla", CURATORS)

    # The curator invites the clinic from its admin page; the link is shown once.
    curator.goto(f"{demo_site}{reverse('admin:clinics_clinic_change', args=[clinic.pk])}")
    curator.locator("#cv-reply > summary").click()
    curator.get_by_role("link", name="Invite the clinic to review its data").click()
    curator.get_by_role("button", name="Create the invitation").click()
    link = curator.get_by_label("The portal link").input_value()
    assert "/portal/enter/" in link

    # The clinic opens it in its own browser: the address loses the secret at once.
    page = clinic_page
    clinic_seen = watch_console(page)
    page.goto(link)
    assert page.url == f"{demo_site}{reverse('portal:home')}"
    assert "Schafbergquell" in page.locator("h1").inner_text()
    axe_clean(page)
    screenshot(page, "clinic-portal-home", "desktop")
    row = page.locator("tr", has_text="Cell source").first
    row.get_by_role("link", name="Correct: Cell source").click()
    page.get_by_label("Change the value").check()
    page.get_by_label("The right value").fill("Patient's own fat (autologous adipose)")
    page.get_by_label("Your explanation").fill(
        "We stopped using animal cells in 2025; our protocol uses the patient's own fat."
    )
    page.get_by_label("One line for the public page (optional)").fill(
        "We use only the patient's own fat since 2025."
    )
    pdf = tmp_path / "protocol.pdf"
    pdf.write_bytes(minimal_pdf("Autologous adipose protocol, 2025"))
    page.set_input_files("input[name=documents]", str(pdf))
    axe_clean(page)
    page.get_by_role("button", name="Send the correction").click()
    page.wait_for_url("**/portal/#corrections")
    assert "Waiting for a curator" in page.locator("#corrections").inner_text()
    correction = ClinicCorrection.objects.get(clinic=clinic)
    assert correction.documents.count() == 1
    assert Clinic.objects.get(pk=clinic.pk).listing_grade == "F"  # nothing changed yet

    # The curator accepts, writing the value the cell source takes.
    curator.goto(
        f"{demo_site}{reverse('admin:clinics_cliniccorrection_change', args=[correction.pk])}"
    )
    assert "protocol.pdf" in curator.locator("#content-main").inner_text()
    curator.fill("input[name=value]", "autologous_adipose")
    curator.fill("textarea[name=reason]", "The protocol document shows the patient's own fat.")
    curator.get_by_role("button", name="Accept and write the value").click()
    assert "the clinic was rescored" in curator.locator(".messagelist").inner_text()
    clinic.refresh_from_db()
    assert clinic.listing_grade != "F"

    # The clinic sees the answer; the public page shows the grade and the reply.
    page.reload()
    assert "Accepted" in page.locator("#corrections").inner_text()
    page.goto(f"{demo_site}{clinic.get_absolute_url()}")
    reply = page.locator(".clinic-reply").inner_text()
    assert "at the clinic’s request" in reply and "Patient's own fat" in reply
    assert page.locator(".verdict .grade-badge, .verdict [class*=grade]").first.is_visible()
    screenshot(page, "clinic-page-after-reply", "desktop")
    for seen in (curator_seen, clinic_seen):
        assert not seen["errors"], seen["errors"]
        assert not seen["csp"], seen["csp"]
