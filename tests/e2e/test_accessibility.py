"""Every public page in Chromium: an axe-core audit, a strict Content-Security-Policy, no
sideways scrolling on a phone, and a full-page screenshot for people to look at."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGES = (
    ("home", "/"),
    ("directory", "/clinics/"),
    ("directory-no-results", "/clinics/?q=no+such+clinic"),
    ("directory-bad-query", "/clinics/?grade=Z&page=abc&sort=drop+table"),
    ("clinic-grade-a", "/clinics/lumenvale-skin-institute/"),
    ("clinic-avoid", "/clinics/eternaluxe-caribe-stem-cell/"),
    ("clinic-not-enough-information", "/clinics/sunvoyage-youth-clinic/"),
    ("clinic-nothing-known", "/clinics/palmetide-skin-lounge/"),
    (
        "compare",
        "/clinics/compare/?c=lumenvale-skin-institute&c=eternaluxe-caribe-stem-cell"
        "&c=tidewell-renewal-md&c=sunvoyage-youth-clinic",
    ),
    ("compare-too-few", "/clinics/compare/?c=lumenvale-skin-institute&c=nope"),
    ("methodology", "/methodology/"),
    ("check", "/check/"),
    ("not-found", "/clinics/no-such-clinic/"),
)
BLOCKING = {"serious", "critical"}
# What a later Content-Security-Policy will say: no inline scripts, handlers or styles.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _blocking_violations(page: Any) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]


def test_every_public_page_passes_an_axe_audit(demo_site, page, viewport):
    found = {}
    for name, path in PAGES:
        page.goto(f"{demo_site}{path}")
        screenshot(page, name, viewport)
        violations = _blocking_violations(page)
        if violations:
            found[name] = violations
    assert not found, f"serious or critical accessibility violations: {found}"


def test_every_public_page_runs_under_a_strict_content_security_policy(demo_site, page, viewport):
    def add_policy(route: Any) -> None:
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-security-policy": CSP}
        )

    page.route(f"{demo_site}/**", add_policy)
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page_errors: list[str] = []
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    for _name, path in PAGES:
        page.goto(f"{demo_site}{path}")
        page.wait_for_load_state("load")
        inline = page.evaluate(
            """() => ({
                scripts: document.querySelectorAll('script:not([src])').length,
                styles: document.querySelectorAll('[style]').length,
                handlers: [...document.querySelectorAll('*')].filter(
                    el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
            })"""
        )
        assert inline == {"scripts": 0, "styles": 0, "handlers": 0}, path
    assert not refused, refused
    assert not page_errors, page_errors


def test_no_page_scrolls_sideways_on_a_phone(demo_site, browser):
    from tests.e2e.conftest import VIEWPORTS

    context = browser.new_context(**VIEWPORTS["phone"])
    page = context.new_page()
    # The narrowest phones the site supports.
    page.set_viewport_size({"width": 360, "height": 740})
    wide = {}
    for name, path in PAGES:
        page.goto(f"{demo_site}{path}")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 360:
            wide[name] = width
    context.close()
    # The comparison table scrolls inside its own labelled region, not the page.
    assert not wide, f"pages wider than a 360 px phone: {wide}"
