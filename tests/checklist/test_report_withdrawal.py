"""Issue 16, item 11: a patient stops sharing a report or deletes it from its private page, and
shared reports are kept only for a retention period once their review is closed."""

from __future__ import annotations

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from checklist.models import PatientReport, ReportStatus
from checklist.services.reports import UnlistedClinic, report_create, reports_purge_reviewed
from tests.checklist.test_answers import CAREFUL, DANGEROUS
from tests.checklist.test_checklist_views import choose_listed, complete

pytestmark = pytest.mark.django_db


def make_report(*, shared: bool, name: str = "Sunrise Skin") -> PatientReport:
    return report_create(
        clinic=None,
        unlisted=UnlistedClinic(name=name, country="TR"),
        answers=DANGEROUS,
        marketing_text="Our stem cells cure arthritis.",
        shared=shared,
    )


def stop_url(report: PatientReport) -> str:
    return reverse("checklist:stop_sharing", kwargs={"token": report.token})


def delete_url(report: PatientReport) -> str:
    return reverse("checklist:delete", kwargs={"token": report.token})


def near(token: str) -> str:
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def csrf_of(response) -> str:
    return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.content)[1].decode()


# --- stop sharing ------------------------------------------------------------------------------


def test_the_report_page_offers_to_stop_sharing_only_a_shared_report(client):
    shared, private = make_report(shared=True), make_report(shared=False)
    shared_page = client.get(shared.private_url()).content.decode()
    private_page = client.get(private.private_url()).content.decode()
    assert stop_url(shared) in shared_page and delete_url(shared) in shared_page
    assert stop_url(private) not in private_page and delete_url(private) in private_page
    # links, not forms: the page may be cached, and a cached CSRF token would be one visitor's
    assert "csrfmiddlewaretoken" not in shared_page + private_page


def test_stopping_sharing_takes_the_report_out_of_the_queue_with_the_reviewers_notes(
    client, reviewer
):
    report = make_report(shared=True)
    PatientReport.objects.filter(pk=report.pk).update(
        status=ReportStatus.IN_REVIEW, assignee=reviewer, reviewer_notes="Asked the clinic."
    )
    confirm = client.get(stop_url(report))
    assert confirm.status_code == 200 and "csrfmiddlewaretoken" in confirm.content.decode()
    assert confirm["X-Robots-Tag"] == "noindex, nofollow"
    # not "no-referrer": the browser would post "Origin: null", which the CSRF check refuses
    assert confirm["Referrer-Policy"] == "same-origin"
    assert PatientReport.objects.get(pk=report.pk).shared  # a GET changes nothing

    response = client.post(stop_url(report), follow=True)
    assert response.redirect_chain == [(report.private_url(), 302)]
    assert "no longer shared" in response.content.decode()
    stored = PatientReport.objects.get(pk=report.pk)
    assert (stored.shared, stored.status, stored.assignee, stored.reviewer_notes) == (
        False,
        ReportStatus.NEW,
        None,
        "",
    )
    assert stored.answers == DANGEROUS  # the patient's report itself stays

    client.force_login(reviewer)
    queue = client.get(reverse("admin:checklist_patientreport_changelist")).content.decode()
    assert "Sunrise Skin" not in queue


def test_a_stopped_report_page_is_not_served_stale_from_the_cache(client):
    report = make_report(shared=True)
    for _ in range(2):  # a second visit would be the cached one
        assert stop_url(report) in client.get(report.private_url()).content.decode()
    Client().post(stop_url(report))
    page = client.get(report.private_url()).content.decode()
    assert stop_url(report) not in page and "not shared" in page


def test_stopping_an_unshared_report_changes_nothing(client):
    report = make_report(shared=False)
    for method in (client.get, client.post):
        response = method(stop_url(report))
        assert response.status_code == 302 and response["Location"] == report.private_url()
    assert PatientReport.objects.get(pk=report.pk).status == ReportStatus.NEW


# --- delete ------------------------------------------------------------------------------------


def test_deleting_asks_first_then_the_link_is_the_same_plain_404_as_a_wrong_token(client):
    report = make_report(shared=True)
    confirm = client.get(delete_url(report))
    assert confirm.status_code == 200 and "cannot be undone" in confirm.content.decode()
    assert PatientReport.objects.filter(pk=report.pk).exists()  # asking deletes nothing

    page = client.get(report.private_url())  # cached or not, the page must go
    assert page.status_code == 200
    response = client.post(delete_url(report), follow=True)
    assert response.redirect_chain == [(reverse("checklist:start"), 302)]
    assert "has been deleted" in response.content.decode()
    assert not PatientReport.objects.exists()

    anonymous = Client()
    gone = anonymous.get(report.private_url())
    wrong = anonymous.get(reverse("checklist:report", kwargs={"token": near(report.token)}))
    assert gone.status_code == wrong.status_code == 404
    assert gone.content == wrong.content
    for url in (stop_url(report), delete_url(report)):
        assert anonymous.get(url).status_code == 404
        assert anonymous.post(url).status_code == 404


@pytest.mark.parametrize("token", ["near", "short", "x" * 43, "%2e%2e"])
def test_a_wrong_token_cannot_delete_or_stop_sharing(client, token):
    report = make_report(shared=True)
    token = near(report.token) if token == "near" else token
    for name in ("checklist:delete", "checklist:stop_sharing"):
        url = reverse(name, kwargs={"token": token})
        assert client.post(url).status_code == 404
        assert client.get(url).status_code == 404
    assert PatientReport.objects.get(pk=report.pk).shared


@pytest.mark.parametrize("name", ["checklist:delete", "checklist:stop_sharing"])
def test_a_forged_post_without_the_csrf_token_is_refused(name):
    report = make_report(shared=True)
    browser = Client(enforce_csrf_checks=True)
    url = reverse(name, kwargs={"token": report.token})
    assert browser.post(url).status_code == 403
    assert PatientReport.objects.get(pk=report.pk).shared
    # the confirmation page's own form goes through
    token = csrf_of(browser.get(url))
    assert browser.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    assert not PatientReport.objects.filter(pk=report.pk, shared=True).exists()


def test_other_methods_are_not_allowed(client):
    report = make_report(shared=True)
    assert client.put(delete_url(report)).status_code == 405
    assert client.delete(delete_url(report)).status_code == 405
    assert PatientReport.objects.filter(pk=report.pk).exists()


@pytest.mark.parametrize("shared", [False, True])
def test_report_page_queries_stay_fixed_with_the_new_section(
    client, careful_clinic, django_assert_max_num_queries, shared
):
    choose_listed(client, careful_clinic)
    complete(client, CAREFUL, shared=shared)
    url = PatientReport.objects.get().private_url()
    # session, the report joined to its clinic and the clinic's current assessment, the public
    # registers of its country (issue 17)
    with django_assert_max_num_queries(3):
        assert client.get(url).status_code == 200


# --- retention ---------------------------------------------------------------------------------


def closed_report(days_ago: int | None, status: str = ReportStatus.DISMISSED) -> PatientReport:
    report = make_report(shared=True, name=f"Closed {days_ago} {status}")
    now = timezone.now()
    created = now - datetime.timedelta(days=400)
    reviewed = None if days_ago is None else now - datetime.timedelta(days=days_ago)
    PatientReport.objects.filter(pk=report.pk).update(
        status=status, reviewed_at=reviewed, created=created
    )
    return report


def names() -> set[str]:
    return set(PatientReport.objects.values_list("unlisted_name", flat=True))


def test_shared_reports_are_purged_180_days_after_their_review_closed():
    closed_report(181)
    closed_report(181, ReportStatus.ACTIONED)
    closed_report(179)
    closed_report(None, ReportStatus.NEW)  # never reviewed: still in the queue, however old
    closed_report(None, ReportStatus.IN_REVIEW)
    out = StringIO()
    call_command("purge_reports", stdout=out)
    assert "2 shared reports whose review closed more than 180 days ago" in out.getvalue()
    assert names() == {"Closed 179 dismissed", "Closed None new", "Closed None in_review"}


def test_the_retention_is_a_setting_and_an_argument(settings):
    closed_report(40)
    closed_report(20)
    settings.SHARED_REPORT_RETENTION_DAYS = 30
    call_command("purge_reports", stdout=StringIO())
    assert names() == {"Closed 20 dismissed"}
    call_command("purge_reports", "--shared-days", "10", stdout=StringIO())
    assert names() == set()


def test_a_closed_report_without_a_stamp_counts_from_its_creation():
    closed_report(None)  # created 400 days ago
    assert reports_purge_reviewed(days=180) == 1


def test_the_purge_refuses_a_retention_under_a_day():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--shared-days"):
        call_command("purge_reports", "--shared-days", "0", stdout=StringIO())
