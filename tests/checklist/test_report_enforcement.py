"""A patient's report says what the public enforcement records held about the clinic when it
was made: records our curators linked, records whose firm matches the name the patient gave
(marked unconfirmed), nothing found with the lists' date, or that nothing was checked."""

from __future__ import annotations

import pytest
from django.urls import reverse

from checklist.services.reports import UnlistedClinic, report_create
from clinics.enforcement import enforcement_import
from clinics.models import EnforcementAction
from tests.checklist.test_answers import CAREFUL
from tests.clinics.test_enforcement import CSV_HEADER, csv_row
from tests.factories import ClinicFactory


def page(client, report) -> str:
    return client.get(reverse("checklist:report", args=[report.token])).content.decode()


@pytest.mark.django_db
def test_before_any_list_is_loaded_the_report_says_nothing_was_checked(client):
    report = report_create(clinic=ClinicFactory(), unlisted=None, answers=CAREFUL)
    assert report.enforcement == [] and report.enforcement_checked is None
    assert "We had not yet loaded the public enforcement lists" in page(client, report)


@pytest.mark.django_db
def test_a_listed_clinic_shows_its_linked_record_and_a_clean_one_the_lists_date(client):
    named = ClinicFactory(name="Lumen Skin Institute", city="Austin")
    clean = ClinicFactory(name="Harbor Dental", city="Miami")
    enforcement_import(text=CSV_HEADER + csv_row(city="Austin"), source="csv")
    EnforcementAction.objects.get().clinics.add(named)

    body = page(client, report_create(clinic=named, unlisted=None, answers=CAREFUL))
    assert (
        "Court injunction or consent decree</strong>, U.S. District Court (fictional), 1 May 2024"
        in body
    )
    assert "Our curators have linked it to this clinic." in body
    assert 'href="https://court.example/order.pdf"' in body

    body = page(client, report_create(clinic=clean, unlisted=None, answers=CAREFUL))
    assert "We found no public enforcement record about this clinic" in body


@pytest.mark.django_db
def test_an_unlisted_clinic_is_looked_up_by_the_name_the_patient_gave(client):
    enforcement_import(text=CSV_HEADER + csv_row(city="Austin"), source="csv")
    report = report_create(
        clinic=None,
        unlisted=UnlistedClinic(name="Lumen Skin Institute LLC", country="US", city="Austin"),
        answers=CAREFUL,
    )
    [found] = report.enforcement
    assert found["company"] == "Lumen Skin Institute" and found["confirmed"] is False
    body = page(client, report)
    assert "whose firm's name is like the one you gave" in body
    assert (
        "Not confirmed: name 100% like the record&#x27;s &#x27;Lumen Skin Institute&#x27;" in body
    )

    other = report_create(
        clinic=None, unlisted=UnlistedClinic(name="Harbor Dental", country="US"), answers=CAREFUL
    )
    assert other.enforcement == []
    assert "We found no public enforcement record about a firm of this name" in page(client, other)
