"""What a patient does on the public site, in a real browser, on a desktop and on a phone."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CAREFUL = "Lumenvale Skin & Regenerative Institute"
AVOID = "Eternaluxe Caribe Stem Cell Center"
GRADE_ORDER = ["Grade A", "Grade B", "Grade C", "Grade D", "Not enough information", "F · Avoid"]
ISSCR_ASK = (
    "https://www.closerlookatstemcells.org/stem-cells-medicine/stem-cell-treatments-what-to-ask/"
)


def _open_filters(page: Any) -> None:
    # Closed on phones until asked for; opened by site.js on wide screens. site.js is deferred:
    # wait until it has run, or a click meant to open the filters can close what it just opened.
    page.wait_for_load_state("domcontentloaded")
    filters = page.locator("details.filters")
    if filters.get_attribute("open") is None:
        page.get_by_text("Search and filters").click()
    expect(page.get_by_label("Country", exact=True)).to_be_visible()


def _first_amount(text: str) -> float:
    found = re.search(r"US\$([\d,]+)", text)
    return float(found.group(1).replace(",", "")) if found else float("inf")


def test_a_patient_browses_filters_and_sorts_the_directory(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/")
    expect(page.locator("#results-count")).to_contain_text("of 19 clinics")
    # The grade's words, without the red flags an "insufficient" badge carries after them.
    grades = [
        text.splitlines()[0].rstrip(" ·")
        for text in page.locator(".clinic-row .grade-badge").all_inner_texts()
    ]
    ranks = [GRADE_ORDER.index(g) for g in grades]
    assert ranks == sorted(ranks), "the default order is best grade first, 'avoid' last"

    _open_filters(page)
    page.get_by_label("Country", exact=True).select_option("TR")
    page.get_by_label("Sort by").select_option("price")
    page.get_by_role("button", name="Show clinics").click()

    expect(page).to_have_url(re.compile(r"country=TR"))
    rows = page.locator(".clinic-row")
    expect(rows).to_have_count(3)
    places = rows.locator(".clinic-row-place").all_inner_texts()
    assert all(place.endswith("Türkiye") for place in places), places
    prices = [_first_amount(t) for t in rows.locator(".clinic-row-price").all_inner_texts()]
    assert prices == sorted(prices), "lowest price first, unknown prices last"
    screenshot(page, "directory-filtered", viewport)

    _open_filters(page)
    page.get_by_label("Country", exact=True).select_option("")
    page.get_by_label("No red flags found").check()
    page.get_by_label("Sort by").select_option("name")
    page.get_by_role("button", name="Show clinics").click()
    expect(page).to_have_url(re.compile(r"no_red_flags=on"))
    expect(rows.locator(".red-flag")).to_have_count(0)
    names = rows.locator(".clinic-row-name").all_inner_texts()
    assert names and names == sorted(names)

    expect(page.locator(".filters-summary")).to_contain_text("1 in use")
    _open_filters(page)
    page.get_by_role("link", name="Clear filters").click()
    expect(page.locator("#results-count")).to_contain_text("of 19 clinics")


def test_a_search_with_no_result_says_so_and_offers_the_way_back(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/?q=no+such+clinic+anywhere")
    expect(page.get_by_role("heading", name="No clinics match this search")).to_be_visible()
    page.get_by_role("link", name="Show all clinics").click()
    expect(page.locator(".clinic-row")).to_have_count(19)


def test_a_patient_opens_a_clinic_and_checks_a_source(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/?q=Lumenvale")
    page.get_by_role("link", name=CAREFUL).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(CAREFUL)
    expect(page.locator(".verdict .grade-badge")).to_have_text("Grade A")
    expect(page.locator(".score-group")).to_have_count(6)
    source = page.locator("#score-group-cells a.source-link", has_text="What to ask").first
    # Only the address is checked: the test machine has no internet to follow it to.
    expect(source).to_have_attribute("href", ISSCR_ASK)

    page.get_by_role("link", name="How we check this: Your own cells").click()
    expect(page).to_have_url(re.compile(r"/methodology/#criterion-autologous_source$"))
    expect(page.locator("#criterion-autologous_source")).to_be_in_viewport()


def test_a_clinic_to_avoid_names_its_knockout_and_marks_its_claims(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/eternaluxe-caribe-stem-cell/")
    expect(page.locator(".verdict .grade-badge")).to_have_text("F · Avoid")
    expect(page.locator(".knockouts")).to_contain_text("Your own cells")
    expect(page.locator("mark.claim-flag").first).to_be_visible()
    expect(page.locator(".flag-notes li").first).to_contain_text(":")
    expect(page.locator("ol.questions li").first).to_be_visible()
    # Its doctor's certificate and its "FDA registered" badge were checked and did not hold.
    expect(page.locator(".credential-failed").first).to_contain_text("Checked: did not hold")


def test_a_patient_compares_three_clinics(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/")
    picks = [CAREFUL, AVOID, "Tidewell Renewal MD"]
    for name in picks:
        page.get_by_label(f"Compare {name}", exact=True).check()
    expect(page.locator("[data-compare-status]")).to_have_text("3 ticked. Ready to compare.")
    page.get_by_role("button", name="Compare ticked clinics").click()

    expect(page).to_have_url(re.compile(r"/clinics/compare/\?c="))
    table = page.locator("table.compare-table")
    expect(table.locator("thead th")).to_have_count(4)
    for name in picks:
        expect(table.locator("thead")).to_contain_text(name)
    expect(table.locator("tr.differs").first).to_be_visible()
    screenshot(page, "compare-three", viewport)

    page.get_by_role("link", name="Show only the points where they differ").click()
    rows = table.locator("tr.compare-row")
    expect(rows.first).to_be_visible()
    assert rows.count() == table.locator("tr.compare-row.differs").count()

    page.get_by_role("link", name=f"Remove {AVOID}").click()
    expect(table.locator("thead th")).to_have_count(3)


def test_a_clinic_page_leads_to_a_comparison(demo_site, page, viewport):
    page.goto(f"{demo_site}/clinics/lumenvale-skin-institute/")
    page.get_by_role("link", name="Compare with other clinics").click()
    expect(page.locator("#compare-lumenvale-skin-institute")).to_be_checked()
    page.get_by_label("Compare Tidewell Renewal MD", exact=True).check()
    page.get_by_role("button", name="Compare ticked clinics").click()
    expect(page.locator("table.compare-table thead th")).to_have_count(3)


def test_the_directory_and_comparison_work_without_javascript(demo_site, no_js_page):
    page = no_js_page
    page.goto(f"{demo_site}/clinics/")
    page.get_by_text("Search and filters").click()
    page.get_by_label("Grade", exact=True).select_option("A")
    page.get_by_role("button", name="Show clinics").click()
    expect(page.locator(".clinic-row .grade-badge").first).to_have_text("Grade A")
    for checkbox in page.locator(".clinic-row-compare input").all()[:2]:
        checkbox.check()
    page.get_by_role("button", name="Compare ticked clinics").click()
    expect(page.locator("table.compare-table thead th")).to_have_count(3)


def test_an_unknown_clinic_gets_the_sites_own_not_found_page(demo_site, page, viewport):
    response = page.goto(f"{demo_site}/clinics/no-such-clinic/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("We could not find that page")
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
