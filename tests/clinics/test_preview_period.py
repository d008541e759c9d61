"""The preview period and the public lines of the clinic's reply (issue 20, part 3): a published
clinic's first grade, or a lower grade, waits GRADE_PREVIEW_DAYS for the clinic's reply while
the public keeps the grade it had; a better grade, and a knockout from a public record, are
published at once; the period ends by itself or when a curator ends it. The clinic page says
when the clinic reviewed its data, that it was invited and has not replied, or what it
disputes with the curators' answer."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from checklist.services.assessments import assessment_refresh, held_grades_publish
from clinics import portal
from clinics.models import Clinic
from tests.factories import ClaimFactory, ProcessingProtocolFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 4)


@pytest.fixture(autouse=True)
def preview(settings):
    settings.GRADE_PREVIEW_DAYS = 14


def refresh(clinic: Clinic, today: datetime.date = TODAY) -> Clinic:
    assessment_refresh(clinic=clinic, today=today)
    return Clinic.objects.select_related("current_assessment", "held_assessment").get(pk=clinic.pk)


def test_a_first_grade_waits_for_the_clinic(careful_clinic, client):
    Clinic.objects.filter(pk=careful_clinic.pk).update(published=True)
    clinic = refresh(careful_clinic)
    assert clinic.current_assessment is None and clinic.held_assessment is not None
    assert clinic.held_until == TODAY + datetime.timedelta(days=14)
    assert clinic.listing_grade == ""  # the directory shows no grade yet
    page = client.get(clinic.get_absolute_url()).content.decode()
    assert "before its first grade is published" in page


def test_a_lower_grade_waits_and_the_public_keeps_the_old_one(careful_clinic, client):
    Clinic.objects.filter(pk=careful_clinic.pk).update(published=True)
    with_grade = refresh(careful_clinic)
    held_grades_publish(Clinic.objects.filter(pk=careful_clinic.pk), today=TODAY)
    before = Clinic.objects.get(pk=careful_clinic.pk)
    first = before.listing_grade
    assert first in ("A", "B") and before.held_assessment_id is None, with_grade.held_until
    ClaimFactory(clinic=careful_clinic, text="Permanent results, guaranteed. Zero risk.")
    Clinic.objects.filter(pk=careful_clinic.pk).update(risks_disclosed=False, follow_up=False)
    clinic = refresh(careful_clinic)
    assert clinic.listing_grade == first and clinic.current_assessment.grade == first
    assert clinic.held_assessment.grade != first and clinic.held_until is not None
    page = client.get(clinic.get_absolute_url()).content.decode()
    assert "Under review with the clinic" in page
    # A newer result while it waits does not restart the period.
    later = refresh(careful_clinic, TODAY + datetime.timedelta(days=3))
    assert later.held_until == clinic.held_until
    # The period ends by itself at the next rescore on or after its last day.
    done = refresh(careful_clinic, clinic.held_until)
    assert done.held_assessment is None and done.held_until is None
    assert done.listing_grade == clinic.held_assessment.grade


def test_a_better_grade_is_published_at_once(careful_clinic):
    Clinic.objects.filter(pk=careful_clinic.pk).update(published=True, follow_up=False)
    refresh(careful_clinic)
    held_grades_publish(Clinic.objects.filter(pk=careful_clinic.pk), today=TODAY)
    lower = Clinic.objects.get(pk=careful_clinic.pk).listing_grade
    Clinic.objects.filter(pk=careful_clinic.pk).update(follow_up=True)
    clinic = refresh(careful_clinic)
    assert clinic.held_assessment is None
    assert clinic.listing_grade <= lower  # "A" < "B": at least as good, at once


def test_a_knockout_is_published_at_once(careful_clinic):
    Clinic.objects.filter(pk=careful_clinic.pk).update(published=True)
    refresh(careful_clinic)
    held_grades_publish(Clinic.objects.filter(pk=careful_clinic.pk), today=TODAY)
    ProcessingProtocolFactory(clinic=careful_clinic, cell_source="allogeneic_donor")
    clinic = refresh(careful_clinic)
    assert clinic.listing_grade == "F" and clinic.held_assessment is None


def test_an_unpublished_clinic_has_nothing_to_hold(careful_clinic):
    Clinic.objects.filter(pk=careful_clinic.pk).update(published=False)
    clinic = refresh(careful_clinic)
    assert clinic.current_assessment is not None and clinic.held_assessment is None


def test_a_curator_ends_the_period(careful_clinic, client, curator):
    from django.urls import reverse

    Clinic.objects.filter(pk=careful_clinic.pk).update(published=True)
    refresh(careful_clinic)
    client.force_login(curator)
    client.post(
        reverse("admin:clinics_clinic_changelist"),
        {"action": "publish_held", "_selected_action": [careful_clinic.pk]},
    )
    clinic = Clinic.objects.get(pk=careful_clinic.pk)
    assert clinic.held_assessment is None and clinic.current_assessment is not None


def test_the_public_lines_of_the_clinics_reply(
    careful_clinic, client, curator, settings, django_capture_on_commit_callbacks
):
    settings.GRADE_PREVIEW_DAYS = 0
    Clinic.objects.filter(pk=careful_clinic.pk).update(published=True)
    clinic = refresh(careful_clinic)
    url = clinic.get_absolute_url()
    assert "The clinic was invited" not in client.get(url).content.decode()
    # Each write retires the cached page when it commits.
    with django_capture_on_commit_callbacks(execute=True):
        invitation, _ = portal.invitation_create(clinic)
    invited_on = timezone.localdate(invitation.created_at)
    page = client.get(url).content.decode()
    assert (
        f"The clinic was invited on {invited_on:%-d %B %Y} to review its data and has not "
        "replied" in page
    )
    fact = portal.portal_facts(clinic)[0]
    with django_capture_on_commit_callbacks(execute=True):
        correction = portal.correction_submit(
            invitation,
            fact=fact,
            action="dispute",
            proposed_value="",
            statement="Our city is wrong.",
            public_line="We moved to Austin in 2025.",
        )
    page = client.get(url).content.decode()
    assert "has not replied" not in page
    assert (
        "The clinic disputes: “We moved to Austin in 2025.” Our curators are reviewing it." in page
    )
    with django_capture_on_commit_callbacks(execute=True):
        portal.correction_decline(
            correction, user=curator, reason="The state register still lists Dallas."
        )
        portal.facts_confirm_all(invitation)
    page = client.get(url).content.decode()
    assert "Our curators’ answer: “The state register still lists Dallas.”" in page
    assert f"The clinic reviewed its data on {timezone.localdate():%-d %B %Y}" in page
