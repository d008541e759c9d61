"""The Content-Security-Policy: sent on every page, and nothing on the public site or in the
staff admin (django-import-export and django-simple-history pages included) needs inline script.

The browser tests in tests/e2e check the public pages under the policy in Chromium; the last
test here does the same for the admin.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from checklist.models import PatientReport
from checklist.services.reports import UnlistedClinic, report_create
from clinics.models import Clinic
from tests.checklist.test_answers import CAREFUL
from tests.security.html import inline_code
from tests.security.policy import POLICY

PUBLIC_PAGES = (
    "/",
    "/clinics/",
    "/clinics/?q=skin&grade=Z&sort=drop+table",
    "/clinics/lumenvale-skin-institute/",
    "/clinics/compare/?c=lumenvale-skin-institute&c=eternaluxe-caribe-stem-cell",
    "/methodology/",
    "/check/",
    "/check/?q=clinic",
    "/clinics/no-such-clinic/",
)


def policy(response: Any) -> dict[str, list[str]]:
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in response["Content-Security-Policy"].split("; ")
    }


@pytest.fixture
def demo(db) -> PatientReport:
    call_command("seed_demo", stdout=io.StringIO())
    return report_create(
        clinic=None,
        unlisted=UnlistedClinic(name="Sunrise Skin", country="TR"),
        answers=dict(CAREFUL),
        shared=True,
    )


@pytest.mark.django_db
def test_every_public_page_sends_the_strict_policy_and_has_no_inline_code(client, demo):
    pages = [*PUBLIC_PAGES, demo.private_url()]
    for path in pages:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert policy(response) == POLICY, path
        assert inline_code(response.content.decode()) == [], path


def admin_pages(user: User) -> list[str]:
    """Every page each registered ModelAdmin serves without a form being sent: changelist,
    add, change, history, delete confirmation, import and export, for the first object."""
    pages = [reverse("admin:index"), reverse("admin:password_change")]
    for model, model_admin in admin.site._registry.items():
        first = model._default_manager.order_by("pk").first()
        for pattern in model_admin.urls:
            if not getattr(pattern, "name", None) or pattern.name.endswith("autocomplete"):
                continue
            for args in ((), (first.pk,) if first else None):
                if args is None:
                    continue
                try:
                    pages.append(reverse(f"admin:{pattern.name}", args=args))
                    break
                except NoReverseMatch:
                    continue
    return sorted(set(pages))


@pytest.mark.django_db
def test_every_admin_page_runs_without_inline_script(client, demo):
    user = User.objects.create_superuser("root", password="not-used-here-1234")
    client.force_login(user)
    pages = admin_pages(user)
    assert len(pages) > 20
    rendered = 0
    for path in pages:
        response = client.get(path)
        # 302: no such object for this admin (unshared reports); 403: nobody may add one;
        # 405: a step that only takes a form (import-export's process_import).
        assert response.status_code in (200, 302, 403, 405), path
        if response.status_code != 200:
            continue
        rendered += 1
        # The admin's one exception: inline style attributes, never scripts.
        assert policy(response) == {**POLICY, "style-src-attr": ["'unsafe-inline'"]}, path
        assert inline_code(response.content.decode()) == [], path
    assert rendered > 20


CHROMIUM = shutil.which("chromium")


def admin_in_chromium(
    base: str, paths: list[str], add_clinic: str
) -> tuple[list[str], list[str], str]:
    """Sign in, open each page, type a clinic's name; return the policy refusals, the script
    errors and the slug the admin's script filled in."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM_ARGS

    refused: list[str] = []
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_default_timeout(10_000)
        page.on(
            "console",
            lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None,
        )
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + reverse("admin:login"))
        page.fill("#id_username", "root")
        page.fill("#id_password", "a-long-test-password-42")
        page.click("input[type=submit]")
        page.wait_for_url(base + reverse("admin:index"))
        for path in paths:
            response = page.goto(base + path)
            if response is None or response.status != 200:
                errors.append(f"{path}: {response.status if response else 'no response'}")
            page.wait_for_load_state("load")
        page.goto(base + add_clinic)
        page.locator("#id_name").press_sequentially("Harbour Skin Clinic")
        slug = page.input_value("#id_slug")
        browser.close()
    return refused, errors, slug


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM, reason="chromium is not on PATH (apt-get install chromium)")
@pytest.mark.django_db(transaction=True)
def test_the_admin_works_in_chromium_under_its_policy_with_no_violation(live_server):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    call_command("seed_demo", stdout=io.StringIO())
    User.objects.create_superuser("root", password="a-long-test-password-42")
    clinic_id = Clinic.objects.order_by("pk").values_list("pk", flat=True).first()
    paths = [
        reverse("admin:index"),
        reverse("admin:clinics_clinic_changelist"),
        reverse("admin:clinics_clinic_add"),
        reverse("admin:clinics_clinic_change", args=[clinic_id]),
        reverse("admin:clinics_clinic_history", args=[clinic_id]),
        reverse("admin:clinics_credential_add"),
        reverse("admin:clinics_practitioner_add"),
        reverse("admin:checklist_patientreport_changelist"),
    ]
    for optional in ("admin:clinics_clinic_import", "admin:clinics_clinic_export"):
        with contextlib.suppress(NoReverseMatch):
            paths.append(reverse(optional))
    # Its own thread: the browser tests in tests/e2e keep a Playwright session open in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        refused, errors, slug = pool.submit(
            admin_in_chromium, live_server.url, paths, reverse("admin:clinics_clinic_add")
        ).result(timeout=300)
    assert refused == [], refused
    assert errors == [], errors
    # The prepopulated slug is filled by the admin's own script: scripts run.
    assert slug == "harbour-skin-clinic"
