"""The patient checklist end to end through the test client: start, steps, report."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from checklist.engine.answers import questions_in
from checklist.forms import CHOOSE_AN_ANSWER
from checklist.models import PatientReport
from checklist.services.assessments import assessments_refresh
from tests.checklist.test_answers import CAREFUL, DANGEROUS
from tests.factories import PublicRegisterFactory

PREFIX = "checklist_wizard"
QUESTIONS_URL = reverse("checklist:questions")
# The wizard's steps are the catalogue's groups, each asking its own questions.
STEPS = {
    group: [question.key for question in questions_in(group)]
    for group in ("cells", "processing", "people", "claims", "evidence", "care")
}


def step_data(step, answers, **extra):
    data = {f"{PREFIX}-current_step": step}
    data.update({f"{step}-{key}": answers[key] for key in STEPS.get(step, ())})
    data.update({f"{step}-{key}": value for key, value in extra.items()})
    return data


def choose_listed(client, clinic):
    return client.post(reverse("checklist:start"), {"choice": "listed", "clinic": clinic.slug})


def choose_unlisted(client, **fields):
    data = {
        "choice": "unlisted",
        "name": "Sunrise Skin",
        "country": "TR",
        "city": "Izmir",
        "website": "",
    }
    data.update(fields)
    return client.post(reverse("checklist:start"), data)


def complete(client, answers, *, claims_extra=None, care_extra=None, shared=False):
    for step in STEPS:
        extra = {"claims": claims_extra or {}, "care": care_extra or {"price_currency": "USD"}}.get(
            step, {}
        )
        response = client.post(QUESTIONS_URL, step_data(step, answers, **extra))
        assert response.status_code == 200, f"{step}: {response.status_code}"
        assert not response.context["form"].errors, response.context["form"].errors
    finish = {f"{PREFIX}-current_step": "finish"}
    if shared:
        finish["finish-shared"] = "on"
    return client.post(QUESTIONS_URL, finish)


@pytest.mark.django_db
def test_start_page_finds_listed_clinics_without_javascript(client, careful_clinic):
    body = client.get(reverse("checklist:start"), {"q": "careful"}).content.decode()
    assert "Careful Clinic" in body and 'value="careful-clinic"' in body
    body = client.get(reverse("checklist:start"), {"q": "zzz"}).content.decode()
    assert "No clinic in our directory matches" in body


@pytest.mark.django_db
def test_suggestions_are_json_and_need_two_letters(client, careful_clinic, red_flag_clinic):
    assert client.get(reverse("checklist:suggestions"), {"q": "c"}).json() == {"results": []}
    results = client.get(reverse("checklist:suggestions"), {"q": "tijuana"}).json()["results"]
    assert results == [
        {"slug": "red-flag-clinic", "name": "Red Flag Clinic", "place": "Tijuana, Mexico"}
    ]


@pytest.mark.django_db
def test_unpublished_clinics_cannot_be_chosen(client, careful_clinic):
    careful_clinic.published = False
    careful_clinic.save()
    response = choose_listed(client, careful_clinic)
    assert response.status_code == 200
    assert "not in our directory" in response.content.decode()


@pytest.mark.django_db
def test_unlisted_clinic_errors_show_next_to_fields_and_keep_input(client):
    response = choose_unlisted(client, name="", country="", city="Bodrum", website="not a url")
    assert response.status_code == 200
    form = response.context["unlisted_form"]
    assert set(form.errors) == {"name", "country", "website"}
    assert 'value="Bodrum"' in response.content.decode()


@pytest.mark.django_db
def test_questions_without_a_chosen_clinic_go_back_to_the_start(client):
    response = client.get(QUESTIONS_URL)
    assert response.status_code == 302 and response["Location"] == reverse("checklist:start")


@pytest.mark.django_db
def test_careful_answers_about_a_listed_clinic_give_an_a_report(client, careful_clinic):
    assessments_refresh()
    assert choose_listed(client, careful_clinic)["Location"] == QUESTIONS_URL
    response = complete(
        client, CAREFUL, care_extra={"price_amount": "9000", "price_currency": "USD"}
    )
    assert response.status_code == 302
    report = PatientReport.objects.get()
    assert response["Location"] == report.private_url()
    assert (report.clinic, report.grade, report.shared) == (careful_clinic, "A", False)
    page = client.get(report.private_url())
    body = page.content.decode()
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in page["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in body
    assert "Grade A" in body
    assert "None found in your answers" in body
    assert "Your answers and our profile of this clinic" in body
    assert "9,000 USD" in body and "Within the typical range for this country." in body


@pytest.mark.django_db
def test_dangerous_answers_with_pasted_text_show_red_flags_first(client):
    choose_unlisted(client, country="MX", name="Playa Cells")
    text = "Our umbilical cord stem cells give PERMANENT results, guaranteed. <script>alert(1)</script>"
    complete(
        client,
        DANGEROUS,
        claims_extra={"marketing_text": text},
        care_extra={"price_amount": "20000", "price_currency": "MXN"},
        shared=True,
    )
    report = PatientReport.objects.get()
    assert report.grade == "F" and report.shared is True
    assert report.price_usd == 1100 and report.unlisted_name == "Playa Cells"
    assert {"autologous_source", "licensed_physicians", "permanent"} <= set(report.red_flags)
    body = client.get(report.private_url()).content.decode()
    assert (
        body.index("Red flags")
        < body.index("Questions to ask the clinic")
        < body.index("Score card")
    )
    assert (
        '<mark class="claim-flag">PERMANENT<span class="visually-hidden"> '
        "(flagged: Promises permanent results)</span></mark>"
    ) in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>alert(1)" not in body
    assert "Unusually cheap" in body
    assert "not in our directory" in body


@pytest.mark.django_db
def test_a_step_with_missing_answers_shows_errors_and_keeps_what_was_typed(client, careful_clinic):
    choose_listed(client, careful_clinic)
    for step in ("cells", "processing", "people"):
        client.post(QUESTIONS_URL, step_data(step, CAREFUL))
    text = "Results build over months."
    data = step_data("claims", CAREFUL, marketing_text=text)
    del data["claims-realistic_claims"]
    response = client.post(QUESTIONS_URL, data)
    assert response.status_code == 200
    assert response.context["wizard"]["steps"].current == "claims"
    assert response.context["form"].errors == {"realistic_claims": [CHOOSE_AN_ANSWER]}
    body = response.content.decode()
    assert text in body and CHOOSE_AN_ANSWER in body


@pytest.mark.django_db
def test_marketing_text_over_the_limit_is_refused_politely(client, careful_clinic):
    choose_listed(client, careful_clinic)
    for step in ("cells", "processing", "people"):
        client.post(QUESTIONS_URL, step_data(step, CAREFUL))
    response = client.post(QUESTIONS_URL, step_data("claims", CAREFUL, marketing_text="x" * 20_001))
    errors = response.context["form"].errors["marketing_text"]
    assert errors == [
        "Please paste at most 20,000 characters (this text has 20001). The most important part is enough."
    ]


@pytest.mark.django_db
def test_back_keeps_every_answer_including_the_step_left(client, careful_clinic):
    choose_listed(client, careful_clinic)
    client.post(QUESTIONS_URL, step_data("cells", {**CAREFUL, "autologous_source": "animal"}))
    half = step_data("processing", CAREFUL)
    del half["processing-lab_accredited"]
    half["wizard_goto_step"] = "cells"
    back = client.post(QUESTIONS_URL, half)
    assert back.context["wizard"]["steps"].current == "cells"
    assert back.context["form"]["autologous_source"].value() == "animal"
    forward = client.post(
        QUESTIONS_URL, step_data("cells", {**CAREFUL, "autologous_source": "animal"})
    )
    assert forward.context["wizard"]["steps"].current == "processing"
    assert forward.context["form"]["sterile_closed_system"].value() == "closed_system"


@pytest.mark.django_db
def test_a_forged_step_or_a_broken_form_gets_a_friendly_redirect(client, careful_clinic):
    choose_listed(client, careful_clinic)
    forged = client.post(QUESTIONS_URL, {f"{PREFIX}-current_step": "admin"}, follow=True)
    assert forged.status_code == 200 and "That step does not exist" in forged.content.decode()
    goto = client.post(
        QUESTIONS_URL, {f"{PREFIX}-current_step": "cells", "wizard_goto_step": "../x"}, follow=True
    )
    assert goto.status_code == 200
    broken = client.post(QUESTIONS_URL, {"nothing": "here"}, follow=True)
    assert broken.status_code == 200
    assert "expired or was interrupted" in broken.content.decode()


@pytest.mark.django_db
def test_an_expired_session_sends_the_patient_to_the_start(client, careful_clinic):
    choose_listed(client, careful_clinic)
    client.post(QUESTIONS_URL, step_data("cells", CAREFUL))
    client.cookies.clear()
    response = client.post(QUESTIONS_URL, step_data("processing", CAREFUL), follow=True)
    assert response.redirect_chain[-1][0] == reverse("checklist:start")
    assert "First choose the clinic" in response.content.decode()


@pytest.mark.django_db
def test_report_tokens_are_long_random_and_unguessable(client):
    choose_unlisted(client)
    complete(client, DANGEROUS)
    choose_unlisted(client)
    complete(client, DANGEROUS)
    tokens = list(PatientReport.objects.values_list("token", flat=True))
    assert len(set(tokens)) == 2
    for token in tokens:
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)  # 32 random bytes: 256 bits


@pytest.mark.django_db
def test_a_wrong_token_is_the_same_plain_404(client):
    choose_unlisted(client)
    complete(client, DANGEROUS)
    real = PatientReport.objects.get().token
    near = real[:-1] + ("A" if real[-1] != "A" else "B")
    responses = [client.get(f"/check/report/{t}/") for t in (near, "short", "x" * 43, "../../etc")]
    assert {r.status_code for r in responses} == {404}
    bodies = {r.content for r in responses}
    assert len(bodies) == 1
    assert real.encode() not in next(iter(bodies))


@pytest.mark.django_db
def test_report_page_queries_are_fixed(client, careful_clinic, django_assert_max_num_queries):
    assessments_refresh()
    choose_listed(client, careful_clinic)
    complete(client, CAREFUL)
    url = PatientReport.objects.get().private_url()
    # 1: session  2: the report joined to its clinic, the clinic's current assessment and the
    # report's other versions  3: the public registers of the clinic's country
    with django_assert_max_num_queries(3):
        assert client.get(url).status_code == 200
    PublicRegisterFactory.create_batch(4, country=careful_clinic.country)
    with django_assert_max_num_queries(3):
        assert client.get(url).status_code == 200
    # An updated version, seen from either side: still the same queries.
    client.get(reverse("checklist:update", args=[PatientReport.objects.get().token]))
    complete(client, CAREFUL)
    for report in PatientReport.objects.all():
        with django_assert_max_num_queries(3):
            assert client.get(report.private_url()).status_code == 200


@pytest.mark.django_db
def test_purge_deletes_only_old_unshared_reports(client):
    for shared in (False, True, False):
        choose_unlisted(client)
        complete(client, DANGEROUS, shared=shared)
    old = timezone.now() - datetime.timedelta(days=100)
    first, second, _third = PatientReport.objects.order_by("created")
    PatientReport.objects.filter(pk__in=[first.pk, second.pk]).update(created=old)
    out = StringIO()
    call_command("purge_reports", "--days", "90", stdout=out)
    assert "Deleted 1 unshared reports older than 90 days" in out.getvalue()
    assert set(PatientReport.objects.values_list("shared", flat=True)) == {True, False}
    assert PatientReport.objects.count() == 2


@pytest.mark.django_db
def test_only_shared_reports_reach_the_reviewers(client, reviewer):
    for shared in (False, True):
        choose_unlisted(client, name=f"Clinic shared={shared}")
        complete(client, DANGEROUS, shared=shared)
    client.force_login(reviewer)
    body = client.get(reverse("admin:checklist_patientreport_changelist")).content.decode()
    assert "Clinic shared=True" in body and "Clinic shared=False" not in body
    unshared = PatientReport.objects.get(shared=False)
    assert (
        client.get(reverse("admin:checklist_patientreport_change", args=[unshared.pk])).status_code
        == 302
    )
