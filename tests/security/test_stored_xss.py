"""Stored XSS is impossible: a clinic with a <script> payload in every text field, and a
patient's report with it in the unlisted clinic's name and the pasted marketing text, are shown
on every public page, the report and the admin, and the payload only ever appears escaped."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from checklist.models import PatientReport
from checklist.services.assessments import assessments_refresh
from clinics.models import Clinic
from tests.checklist.test_answers import CAREFUL
from tests.checklist.test_checklist_views import choose_unlisted, complete
from tests.factories import (
    ClaimFactory,
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    EvidenceFactory,
    PractitionerFactory,
    PriceQuoteFactory,
    ProcessingProtocolFactory,
)
from tests.security.strategies import XSS

ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
# In an attribute or after a quote: the other shapes a payload takes on its way out.
RAW = ('<script>alert("x")</script>', "<script>alert(", 'href="javascript:', "onerror=alert")
ATTRIBUTE_BREAKER = '"><script>alert("x")</script>'


def x(label: str) -> str:
    return f"{label} {XSS}"


@pytest.fixture
def hostile_clinic(db) -> Clinic:
    clinic = ClinicFactory(
        name=x("Clinic"),
        slug="hostile-clinic",
        city=x("City"),
        description=x("Description") + ATTRIBUTE_BREAKER,
        website="javascript:alert(1)",
    )
    practitioner = PractitionerFactory(clinic=clinic, name=x("Dr"), role=x("Role"))
    CredentialFactory(
        practitioner=practitioner,
        issuer=x("Issuer"),
        number=x("N")[:100],
        verified_by=x("Curator"),
        verification_note=x("Note"),
        source_url="javascript:alert(1)",
    )
    ClinicCredentialFactory(clinic=clinic, issuer=x("Facility issuer"), number=x("F")[:100])
    ProcessingProtocolFactory(clinic=clinic, name=x("Protocol"))
    ClaimFactory(
        clinic=clinic, text=x("Permanent results guaranteed"), source_url="javascript:alert(1)"
    )
    PriceQuoteFactory(clinic=clinic, includes=x("Includes"))
    EvidenceFactory(clinic=clinic, identifier=x("10.1/x")[:200], title=x("Evidence"))
    # A second clinic to compare it with.
    ClinicFactory(slug="plain-clinic", name="Plain Clinic")
    assessments_refresh()
    return clinic


@pytest.fixture
def hostile_report(db) -> PatientReport:
    client = Client()
    choose_unlisted(client, name=x("Unlisted"), city=x("Town"), country="MX")
    response = complete(
        client, CAREFUL, claims_extra={"marketing_text": x("Guaranteed, permanent")}, shared=True
    )
    assert response.status_code == 302
    return PatientReport.objects.get()


def assert_escaped(body: str, where: str, *, shows_data: bool = True) -> None:
    for raw in RAW:
        assert raw not in body, f"{where}: unescaped {raw!r}"
    if shows_data:
        assert "&lt;script&gt;" in body, f"{where}: the payload is not shown at all"


def test_every_public_page_escapes_stored_script(client, hostile_clinic, hostile_report):
    pages = {
        "/": True,
        "/clinics/": True,
        f"/clinics/?q={quote(XSS)}": True,
        "/clinics/?q=Clinic&sort=name": True,
        hostile_clinic.get_absolute_url(): True,
        "/clinics/compare/?c=hostile-clinic&c=plain-clinic": True,
        "/clinics/?c=hostile-clinic": True,
        "/check/?q=Clinic": True,
        f"/check/?q={quote(XSS)}": True,
        "/methodology/": False,
        hostile_report.private_url(): True,
    }
    for path, shows_data in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert_escaped(response.content.decode(), path, shows_data=shows_data)
    report = client.get(hostile_report.private_url()).content.decode()
    assert ESCAPED in report


def test_a_rejected_form_shows_what_was_typed_escaped(db):
    response = Client().post(
        "/check/", {"choice": "unlisted", "name": XSS, "city": ATTRIBUTE_BREAKER, "country": XSS}
    )
    assert response.status_code == 200
    assert_escaped(response.content.decode(), "start page with errors")


def test_search_as_you_type_is_json_that_no_browser_runs(client, hostile_clinic):
    response = client.get(reverse("checklist:suggestions"), {"q": "Clinic"})
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.json()["results"][0]["name"] == hostile_clinic.name


def test_every_admin_page_escapes_stored_script(client, hostile_clinic, hostile_report):
    client.force_login(User.objects.create_superuser("root", password="not-used-here-1234"))
    practitioner = hostile_clinic.practitioners.get()
    credential = practitioner.credentials.get()
    hostile_clinic.refresh_from_db()
    assessment = hostile_clinic.current_assessment
    pages = [
        reverse("admin:clinics_clinic_changelist"),
        reverse("admin:clinics_clinic_changelist") + f"?q={quote('Clinic')}",
        reverse("admin:clinics_clinic_change", args=[hostile_clinic.pk]),
        reverse("admin:clinics_clinic_history", args=[hostile_clinic.pk]),
        reverse("admin:clinics_clinic_delete", args=[hostile_clinic.pk]),
        reverse("admin:clinics_practitioner_changelist"),
        reverse("admin:clinics_practitioner_change", args=[practitioner.pk]),
        reverse("admin:clinics_credential_changelist"),
        reverse("admin:clinics_credential_change", args=[credential.pk]),
        reverse("admin:checklist_clinicassessment_changelist"),
        reverse("admin:checklist_clinicassessment_change", args=[assessment.pk]),
        reverse("admin:checklist_patientreport_changelist"),
        reverse("admin:checklist_patientreport_change", args=[hostile_report.pk]),
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_escaped(response.content.decode(), path)
    index = client.get(reverse("admin:index"))
    assert_escaped(index.content.decode(), "admin index", shows_data=False)
