"""`rescore --expired`: the daily job that catches credentials expiring between full rescores."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from checklist.models import ClinicAssessment
from checklist.services.assessments import assessment_refresh
from checklist.services.review import clinics_with_newly_expired_credentials
from tests.factories import (
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
)


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def assessed_days_ago(clinic, n: int) -> ClinicAssessment:
    """Score the clinic as it stood ``n`` days ago, stored with that date."""
    assessment = assessment_refresh(clinic=clinic, today=days(-n))
    ClinicAssessment.objects.filter(pk=assessment.pk).update(
        created=timezone.now() - datetime.timedelta(days=n)
    )
    return assessment


@pytest.fixture
def clinics(db):
    lapsed = ClinicFactory(name="Licence lapsed since")
    CredentialFactory(
        practitioner=PractitionerFactory(clinic=lapsed), issued_on=days(-900), expires_on=days(-3)
    )
    assessed_days_ago(lapsed, 10)

    facility = ClinicFactory(name="Facility licence lapsed since")
    CredentialFactory(practitioner=PractitionerFactory(clinic=facility))
    ClinicCredentialFactory(clinic=facility, issued_on=days(-900), expires_on=days(-1))
    assessed_days_ago(facility, 2)

    known = ClinicFactory(name="Expired before its assessment")
    CredentialFactory(
        practitioner=PractitionerFactory(clinic=known), issued_on=days(-900), expires_on=days(-20)
    )
    assessed_days_ago(known, 10)

    current = ClinicFactory(name="Everything current")
    CredentialFactory(practitioner=PractitionerFactory(clinic=current))
    assessed_days_ago(current, 10)

    expiring_today = ClinicFactory(name="Expires today")
    CredentialFactory(practitioner=PractitionerFactory(clinic=expiring_today), expires_on=days(0))
    assessed_days_ago(expiring_today, 10)

    never = ClinicFactory(name="Never assessed, expired")
    CredentialFactory(
        practitioner=PractitionerFactory(clinic=never), issued_on=days(-900), expires_on=days(-40)
    )
    ClinicFactory(name="Never assessed, nothing expired")
    return lapsed


def test_only_clinics_whose_credentials_expired_since_their_assessment_are_picked(clinics):
    picked = clinics_with_newly_expired_credentials(today=timezone.localdate())
    assert set(picked.values_list("name", flat=True)) == {
        "Licence lapsed since",
        "Facility licence lapsed since",
        "Never assessed, expired",
    }


def test_rescore_expired_rescores_them_and_keeps_the_summary_line(clinics):
    assert clinics.current_assessment.failed_knockouts == []
    out = StringIO()
    call_command("rescore", "--expired", "--no-progress", stdout=out)
    assert re.fullmatch(
        r"Rescored 3 clinics in \d+\.\d s \(\d+ per second\); 3 changed\n"
        r"Grades moved at 1 clinics \(catalogue [\w.-]+\):\n  \S+ \(insufficient -> F\)\n",
        out.getvalue(),
    )
    clinics.refresh_from_db()
    assert clinics.current_assessment.grade == "F"
    assert clinics.current_assessment.failed_knockouts == ["licensed_physicians"]
    again = StringIO()
    call_command("rescore", "--expired", "--no-progress", stdout=again)
    assert again.getvalue().startswith("Rescored 0 clinics in ")


@pytest.mark.django_db
def test_a_rescore_says_whose_grade_moved_and_from_what(careful_clinic, red_flag_clinic):
    from tests.factories import EnforcementActionFactory

    call_command("rescore", "--no-progress", stdout=StringIO())
    assert careful_clinic.assessments.get().grade == "A"
    # A published report of harm names the careful clinic: its grade moves, the other's not.
    report = EnforcementActionFactory(
        kind="harm_report", agency="CDC", concerns=["harm"], subject="Infections reported"
    )
    report.clinics.add(careful_clinic)
    out = StringIO()
    call_command("rescore", "--no-progress", stdout=out)
    assert "Grades moved at 1 clinics" in out.getvalue()
    assert f"{careful_clinic.slug} (A -> F)" in out.getvalue()
    assert red_flag_clinic.slug not in out.getvalue()
