"""Reviewer screens read like the public site: an assessment is its clinic's score card, not a
JSON dump; the report queue shows labels and whole scores; the admin says whose it is."""

from __future__ import annotations

import pytest
from django.urls import reverse

from checklist.models import ClinicAssessment, PatientReport
from checklist.services.assessments import assessments_refresh
from checklist.services.reports import report_create
from tests.checklist.test_answers import CAREFUL

pytestmark = pytest.mark.django_db


def test_an_assessment_page_is_titled_by_its_clinic_and_shows_the_score_card(
    client, reviewer, red_flag_clinic
):
    assessments_refresh()
    stored = ClinicAssessment.objects.get(clinic=red_flag_clinic)
    ClinicAssessment.objects.filter(pk=stored.pk).update(score=23.456789012345, coverage=61.23456)
    client.force_login(reviewer)
    body = client.get(
        reverse("admin:checklist_clinicassessment_change", args=[stored.pk])
    ).content.decode()
    assert "<h1>Red Flag Clinic: assessment of " in body
    assert 'id="score-card"' in body and "Must pass" in body
    assert "F · Avoid" in body and ">23<" in body and "61%" in body
    assert "Uses cells that are not your own" in body and "Promises permanent results" in body
    assert "23.4" not in body and "61.2" not in body
    assert '"criterion_id"' not in body  # the results are not dumped


def test_the_report_queue_shows_flag_labels_and_whole_scores(client, reviewer, careful_clinic):
    assessments_refresh()
    report = report_create(
        clinic=careful_clinic,
        unlisted=None,
        answers={**CAREFUL, "realistic_claims": "yes"},
        marketing_text="Guaranteed results and zero risk.",
        shared=True,
    )
    PatientReport.objects.filter(pk=report.pk).update(score=71.123456789012345)
    client.force_login(reviewer)
    queue = client.get(reverse("admin:checklist_patientreport_changelist")).content.decode()
    assert "Guarantees results" in queue and "Says there is no risk" in queue
    rows = queue.split('id="result_list"')[1].split("</table>")[0]
    assert "guaranteed" not in rows and "no_risk" not in rows and "71.1" not in rows
    detail = client.get(
        reverse("admin:checklist_patientreport_change", args=[report.pk])
    ).content.decode()
    assert ">71<" in detail and 'id="score-card"' in detail and "71.12" not in detail


def test_the_admin_is_branded_for_staff(client, curator):
    client.force_login(curator)
    body = client.get(reverse("admin:index")).content.decode()
    assert "Clinic Vetting staff" in body and "Django administration" not in body
    client.logout()
    login = client.get(reverse("admin:login")).content.decode()
    assert "Clinic Vetting staff" in login
