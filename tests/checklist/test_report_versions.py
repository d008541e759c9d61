"""Issue 17, item 4: a patient keeps the report's link (copy it, or read it on the printout) and
updates their answers: the checklist reopens filled in from the report, and saving stores a
new version beside the old one, whose link keeps working."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from checklist.models import PatientReport
from checklist.services.reports import UnlistedClinic, report_create
from checklist.views import _report_cacheable
from tests.checklist.test_answers import CAREFUL, DANGEROUS
from tests.checklist.test_checklist_views import QUESTIONS_URL, complete

pytestmark = pytest.mark.django_db


def first_report(clinic=None, **extra) -> PatientReport:
    return report_create(
        clinic=clinic,
        unlisted=None if clinic else UnlistedClinic(name="Sunrise Skin", country="TR"),
        answers=DANGEROUS,
        marketing_text="Permanent results, guaranteed.",
        price_amount=Decimal("20000"),
        price_currency="TRY",
        **extra,
    )


def update_url(report: PatientReport) -> str:
    return reverse("checklist:update", kwargs={"token": report.token})


def test_update_my_answers_reopens_the_checklist_filled_in_from_the_report(client):
    report = first_report(shared=True)
    page = client.get(report.private_url()).content.decode()
    assert f'href="{update_url(report)}"' in page and "Update my answers" in page

    response = client.get(update_url(report))
    assert response.status_code == 302 and response["Location"] == QUESTIONS_URL
    step = client.get(QUESTIONS_URL)
    assert step.context["clinic_name"] == "Sunrise Skin"
    assert "You are updating your report of" in step.content.decode()
    # Every step is filled in: the first one's radio buttons are checked as answered.
    cells = step.context["form"]
    assert {key: cells[key].value() for key in cells.fields} == {
        key: DANGEROUS[key] for key in cells.fields
    }
    initial = step.context["view"].get_form_initial("care")
    assert initial["marketing_text"] == "Permanent results, guaranteed."
    assert (initial["price_amount"], initial["price_currency"]) == ("20000.00", "TRY")
    assert initial["shared"] is True


def test_saving_makes_a_new_version_beside_the_old_one_and_both_pages_say_so(client):
    old = first_report()
    client.get(update_url(old))
    response = complete(client, CAREFUL, care_extra={"price_currency": "USD"})
    new = PatientReport.objects.exclude(pk=old.pk).get()
    assert response["Location"] == new.private_url()
    assert new.previous == old and new.token != old.token
    assert new.unlisted_name == "Sunrise Skin" and str(new.unlisted_country) == "TR"
    old.refresh_from_db()
    assert old.answers == DANGEROUS and old.grade == "F"  # the old version is as it was

    new_page = client.get(new.private_url()).content.decode()
    assert "This version" in new_page and f"{new.created:%-d %B %Y, %H:%M}" in new_page
    assert "Earlier version" in new_page and f"{old.created:%-d %B %Y, %H:%M}" in new_page
    assert f'href="{old.private_url()}"' in new_page
    # The old link keeps working, and tells whoever opens it where the newer version is.
    old_page = Client().get(old.private_url())
    assert old_page.status_code == 200
    body = old_page.content.decode()
    assert "A newer version of this report exists" in body
    assert f'href="{new.private_url()}"' in body


def test_the_checklist_forgets_the_update_once_saved_or_when_another_clinic_is_chosen(client):
    old = first_report()
    client.get(update_url(old))
    client.post(
        reverse("checklist:start"), {"choice": "unlisted", "name": "Other", "country": "US"}
    )
    complete(client, CAREFUL)
    other = PatientReport.objects.get(unlisted_name="Other")
    assert other.previous is None
    assert "wizard_update_of" not in client.session


def test_a_report_with_versions_is_never_served_from_the_page_cache():
    lone = first_report()
    assert _report_cacheable(lone.token)
    later = first_report(previous=lone)
    assert not _report_cacheable(lone.token) and not _report_cacheable(later.token)


def test_deleting_the_earlier_version_leaves_the_later_one_whole(client):
    old = first_report()
    new = first_report(previous=old)
    client.post(reverse("checklist:delete", kwargs={"token": old.token}))
    new.refresh_from_db()
    assert new.previous is None
    page = client.get(new.private_url())
    assert page.status_code == 200 and "Earlier version" not in page.content.decode()


def test_the_report_shows_its_link_to_copy_and_prints_it_at_the_end(client):
    report = first_report()
    body = client.get(report.private_url()).content.decode()
    address = f"http://testserver{report.private_url()}"
    # Without JavaScript the link is in a read-only field to select; the copy button waits
    # for report.js to show it.
    assert f'id="report-link" type="text" readonly value="{address}"' in body
    assert 'data-copy-link="report-link" hidden>Copy link</button>' in body
    assert f'<p class="report-link-print d-none d-print-block">This report: {address}</p>' in body
    assert "<script>" not in body.replace("<script src=", "")  # no inline script (CSP)


def test_a_listed_clinic_no_longer_published_is_updated_as_an_unlisted_one(client, careful_clinic):
    old = first_report(clinic=careful_clinic)
    careful_clinic.published = False
    careful_clinic.save()
    client.get(update_url(old))
    complete(client, CAREFUL)
    new = PatientReport.objects.exclude(pk=old.pk).get()
    assert new.clinic is None and new.unlisted_name == careful_clinic.name
    assert new.previous == old


def test_a_report_whose_clinic_is_gone_cannot_be_updated_and_says_why(client, careful_clinic):
    old = first_report(clinic=careful_clinic)
    careful_clinic.delete()
    response = client.get(update_url(old), follow=True)
    assert response.redirect_chain[-1][0] == reverse("checklist:start")
    assert "no longer in our directory" in response.content.decode()


def test_updating_a_wrong_token_is_the_same_plain_404(client):
    assert client.get(reverse("checklist:update", kwargs={"token": "x" * 43})).status_code == 404
    assert client.get(reverse("checklist:update", kwargs={"token": "short"})).status_code == 404
    assert client.post(update_url(first_report())).status_code == 405
