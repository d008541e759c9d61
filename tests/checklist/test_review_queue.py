"""The reviewers' queue of shared patient reports: discrepancy detection, filters, the workflow
from new to actioned, the audit trail, and what curators cannot do."""

import importlib

import pytest
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from checklist.models import PatientReport, ReportStatus
from checklist.services.assessments import assessment_refresh
from checklist.services.reports import (
    UnlistedClinic,
    report_create,
    reports_assign,
    reports_set_status,
)
from tests.checklist.test_answers import CAREFUL, DANGEROUS
from tests.clinics.test_admin_review import (
    act,
    agreeing_answers,
    disagreeing_answers,
    messages_of,
    shared_report,
)
from tests.factories import ClinicFactory

QUEUE = reverse("admin:checklist_patientreport_changelist")


def change_url(report: PatientReport) -> str:
    return reverse("admin:checklist_patientreport_change", args=[report.pk])


def queue_form(report: PatientReport, **changes) -> dict[str, str]:
    data = {
        "status": report.status,
        "assignee": report.assignee_id or "",
        "reviewer_notes": report.reviewer_notes,
    }
    data.update(changes)
    return data


@pytest.fixture
def scored(careful_clinic, red_flag_clinic):
    assessment_refresh(clinic=careful_clinic)
    assessment_refresh(clinic=red_flag_clinic)
    careful_clinic.refresh_from_db()
    red_flag_clinic.refresh_from_db()
    return careful_clinic, red_flag_clinic


# --- discrepancy detection -----------------------------------------------------------------------


def test_a_report_that_contradicts_the_profile_stores_how_many_points_disagree(scored):
    careful, _ = scored
    report = shared_report(careful, disagreeing_answers())
    assert report.discrepancy_count == 1  # where the cells come from
    assert shared_report(careful, agreeing_answers()).discrepancy_count == 0


def test_a_report_on_an_unlisted_or_unscored_clinic_is_not_compared(db):
    unlisted = report_create(
        clinic=None, unlisted=UnlistedClinic("Elsewhere", "MX"), answers=CAREFUL, shared=True
    )
    unscored = report_create(clinic=ClinicFactory(), unlisted=None, answers=CAREFUL, shared=True)
    assert unlisted.discrepancy_count is None and unscored.discrepancy_count is None


def test_reports_made_before_the_count_existed_are_counted_by_the_migration(scored):
    careful, _ = scored
    report = shared_report(careful, disagreeing_answers())
    PatientReport.objects.update(discrepancy_count=None)
    migration = importlib.import_module("checklist.migrations.0004_report_queue")
    migration.count_discrepancies(apps, None)
    report.refresh_from_db()
    assert report.discrepancy_count == 1


def test_the_report_page_shows_the_discrepancies_side_by_side(client, reviewer, scored):
    careful, _ = scored
    report = shared_report(careful, disagreeing_answers())
    client.force_login(reviewer)
    body = client.get(change_url(report)).content.decode()
    table = body.split('<table class="cv-side-by-side">')[1].split("</table>")[0]
    assert "From umbilical cord or Wharton&#x27;s jelly" in table  # what the patient said
    assert '<span class="cv-status cv-status-not_met">Not met</span>' in table
    assert '<span class="cv-status cv-status-met">Met</span>' in table
    assert "1 point on which the patient's answers and the clinic's current profile" in body


def test_the_report_page_says_when_there_is_nothing_to_compare(client, reviewer, db):
    report = report_create(
        clinic=None, unlisted=UnlistedClinic("Elsewhere", "MX"), answers=CAREFUL, shared=True
    )
    client.force_login(reviewer)
    body = client.get(change_url(report)).content.decode()
    assert "checked a clinic that is not listed" in body


# --- filters -------------------------------------------------------------------------------------


@pytest.fixture
def queue(scored, reviewer):
    careful, red = scored
    reports = {
        "disagrees": shared_report(careful, disagreeing_answers()),
        "agrees": shared_report(careful, agreeing_answers()),
        "dangerous": shared_report(red, DANGEROUS),
        "unlisted": report_create(
            clinic=None, unlisted=UnlistedClinic("Elsewhere", "MX"), answers=CAREFUL, shared=True
        ),
    }
    PatientReport.objects.filter(pk=reports["dangerous"].pk).update(
        status=ReportStatus.IN_REVIEW, assignee=reviewer
    )
    report_create(clinic=careful, unlisted=None, answers=DANGEROUS, shared=False)
    return reports


def names(response, reports) -> set[str]:
    by_pk = {r.pk: name for name, r in reports.items()}
    return {by_pk[r.pk] for r in response.context["cl"].result_list}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"disagrees", "agrees", "dangerous", "unlisted"}),
        ({"status__exact": "new"}, {"disagrees", "agrees", "unlisted"}),
        ({"status__exact": "in_review"}, {"dangerous"}),
        ({"grade__exact": "F"}, {"dangerous", "disagrees"}),
        ({"red_flag": "any"}, {"dangerous", "disagrees"}),
        ({"red_flag": "none"}, {"agrees", "unlisted"}),
        ({"red_flag": "autologous_source"}, {"dangerous", "disagrees"}),
        ({"red_flag": "permanent"}, {"dangerous"}),
        ({"discrepancy": "yes"}, {"disagrees", "dangerous"}),
        ({"discrepancy": "no"}, {"agrees"}),
        ({"discrepancy": "not_compared"}, {"unlisted"}),
        ({"assigned": "me"}, {"dangerous"}),
        ({"assigned": "nobody"}, {"disagrees", "agrees", "unlisted"}),
    ],
)
def test_each_queue_filter_keeps_exactly_its_reports(client, reviewer, queue, params, expected):
    client.force_login(reviewer)
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    assert names(response, queue) == expected


def test_the_clinic_filter_lists_only_clinics_with_shared_reports(client, reviewer, queue, scored):
    careful, _ = scored
    ClinicFactory(name="Quiet Clinic")
    client.force_login(reviewer)
    response = client.get(QUEUE, {"clinic__id__exact": careful.pk})
    assert names(response, queue) == {"disagrees", "agrees"}
    body = response.content.decode()
    assert "Red Flag Clinic" in body and "Quiet Clinic" not in body


# --- the workflow --------------------------------------------------------------------------------


def test_a_reviewer_works_a_report_from_new_to_actioned_and_every_step_is_logged(
    client, reviewer, scored, django_user_model
):
    careful, _ = scored
    report = shared_report(careful, disagreeing_answers())
    colleague = django_user_model.objects.create_user("colleague", is_staff=True)
    colleague.groups.add(reviewer.groups.get())
    client.force_login(reviewer)

    assert names(client.get(QUEUE, {"status__exact": "new"}), {"r": report}) == {"r"}
    response = act(client, QUEUE, "assign_to_me", [report])
    assert messages_of(response) == ["1 report assigned to you."]
    response = act(client, QUEUE, "assign_to_chosen", [report], assignee=colleague.pk)
    assert messages_of(response) == ["1 report assigned to colleague."]
    response = act(client, QUEUE, "mark_in_review", [report])
    assert messages_of(response) == ["1 report set to “In review”."]
    report.refresh_from_db()
    assert (report.assignee, report.status, report.reviewed_at) == (colleague, "in_review", None)

    page = client.get(change_url(report)).content.decode()
    assert 'name="status"' in page and 'name="reviewer_notes"' in page
    assert 'name="grade"' not in page and 'name="answers"' not in page
    response = client.post(
        change_url(report),
        queue_form(report, status="actioned", reviewer_notes="Clinic confirmed donor cells."),
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.ACTIONED and report.reviewed_at is not None
    assert report.reviewer_notes == "Clinic confirmed donor cells."

    response = act(client, QUEUE, "reopen", [report])
    report.refresh_from_db()
    assert report.status == ReportStatus.NEW and report.reviewed_at is None
    trail = list(
        LogEntry.objects.filter(object_id=str(report.pk))
        .order_by("pk")
        .values_list("change_message", flat=True)
    )
    assert trail[:3] == [
        "Assigned to reviewer.",
        "Assigned to colleague.",
        "Status set to In review.",
    ]
    assert "Status" in trail[3] and trail[4] == "Status set to New."


def test_assigning_without_choosing_a_reviewer_changes_nothing(client, reviewer, queue):
    client.force_login(reviewer)
    response = act(client, QUEUE, "assign_to_chosen", [queue["agrees"]])
    assert messages_of(response) == [
        "Choose a reviewer in “Assign to” first; nothing was assigned."
    ]
    assert PatientReport.objects.get(pk=queue["agrees"].pk).assignee is None


def test_status_actions_count_only_the_reports_they_move(client, reviewer, queue):
    client.force_login(reviewer)
    response = act(client, QUEUE, "mark_in_review", [queue["dangerous"], queue["agrees"]])
    assert messages_of(response) == ["1 report set to “In review”."]
    response = act(client, QUEUE, "mark_dismissed", list(queue.values()))
    assert messages_of(response) == ["4 reports set to “Dismissed”."]
    assert set(PatientReport.objects.filter(shared=True).values_list("status", flat=True)) == {
        "dismissed"
    }
    assert not PatientReport.objects.filter(shared=True, reviewed_at__isnull=True).exists()


def test_a_reviewer_cannot_rewrite_what_the_patient_gave(client, reviewer, queue):
    report = queue["dangerous"]
    client.force_login(reviewer)
    data = {**queue_form(report), "grade": "A", "score": "99", "marketing_text": "edited"}
    assert client.post(change_url(report), data).status_code == 302
    report.refresh_from_db()
    assert (report.grade, report.marketing_text) == ("F", "")


def test_only_reviewers_and_superusers_can_be_assigned(client, reviewer, curator, queue):
    client.force_login(reviewer)
    response = client.post(
        change_url(queue["agrees"]), queue_form(queue["agrees"], assignee=curator.pk)
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert PatientReport.objects.get(pk=queue["agrees"].pk).assignee is None


def test_curators_cannot_see_or_change_the_queue(client, curator, queue):
    client.force_login(curator)
    report = queue["disagrees"]
    assert client.get(QUEUE).status_code == 403
    assert client.get(change_url(report)).status_code == 403
    assert (
        client.post(change_url(report), queue_form(report, status="dismissed")).status_code == 403
    )
    response = client.post(
        QUEUE, {"action": "mark_dismissed", "_selected_action": [report.pk], "index": "0"}
    )
    assert response.status_code == 403
    assert PatientReport.objects.get(pk=report.pk).status == ReportStatus.NEW


def test_services_move_and_assign_in_bulk_and_log_each_report(queue, reviewer):
    reports = PatientReport.objects.filter(shared=True)
    assert reports_assign(queryset=reports, assignee=reviewer, user=reviewer) == 3
    assert reports_assign(queryset=reports, assignee=None, user=reviewer) == 4
    assert reports_set_status(queryset=reports, status="actioned", user=reviewer) == 4
    assert reports_set_status(queryset=reports, status="actioned", user=reviewer) == 0
    assert LogEntry.objects.filter(user=reviewer).count() == 11
