"""Staff review in the admin: the clinic list's columns, filters and actions, the clinic page's
review panels, the preview of an unpublished clinic, the dashboard and the credentials due."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from checklist.models import ClinicAssessment, PatientReport, ReportStatus
from checklist.services.assessments import assessment_refresh, assessments_refresh
from checklist.services.reports import report_create
from clinics.models import Clinic
from clinics.services import clinics_mark_reviewed
from tests.checklist.test_answers import CAREFUL
from tests.factories import (
    ClaimFactory,
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
    ProcessingProtocolFactory,
)

CLINICS = reverse("admin:clinics_clinic_changelist")


def shown(response) -> set[str]:
    return {str(obj) for obj in response.context["cl"].result_list}


def act(client, url: str, action: str, objects, **extra):
    return client.post(
        url,
        {"action": action, "_selected_action": [o.pk for o in objects], "index": "0", **extra},
        follow=True,
    )


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def shared_report(clinic, answers=None, **kwargs) -> PatientReport:
    return report_create(
        clinic=clinic, unlisted=None, answers=answers or CAREFUL, shared=True, **kwargs
    )


def agreeing_answers() -> dict[str, str]:
    # What the careful clinic's profile says, as a patient would answer it (its on-site lab
    # shows no accreditation).
    return {**CAREFUL, "lab_accredited": "no"}


def disagreeing_answers() -> dict[str, str]:
    # The careful clinic's profile says its cells are the patient's own; this patient was
    # told they come from umbilical cord.
    return {**agreeing_answers(), "autologous_source": "umbilical_cord"}


@pytest.fixture
def graded(careful_clinic, red_flag_clinic):
    assessments_refresh()
    careful_clinic.refresh_from_db()
    red_flag_clinic.refresh_from_db()
    return careful_clinic, red_flag_clinic


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("root", password="pw-for-tests-only")


# --- the list ------------------------------------------------------------------------------------


def test_the_clinic_list_shows_grade_score_coverage_flags_knockouts_and_dates(
    client, reviewer, graded
):
    _, red = graded
    client.force_login(reviewer)
    body = client.get(CLINICS).content.decode()
    assert '<span class="cv-grade cv-grade-A">Grade A</span>' in body
    assert '<span class="cv-grade cv-grade-F">F · Avoid</span>' in body
    red_row = re.search(r"<tr>.*?Red Flag Clinic.*?</tr>", body, re.S).group(0)
    assessment = red.current_assessment
    flags = len(assessment.failed_knockouts) + len(assessment.claim_flags)
    assert f'<td class="field-red_flags">{flags}</td>' in red_row
    assert '<td class="field-knockouts">Your own cells; Licensed doctors</td>' in red_row
    assert f'<td class="field-last_assessed">{assessment.created:%Y-%m-%d}</td>' in red_row
    assert "never" in red_row and "needs review" in red_row


def test_sorting_by_score_puts_the_best_clinic_first(client, reviewer, graded):
    client.force_login(reviewer)
    columns = client.get(CLINICS).context["cl"].list_display
    score_column = list(columns).index("score")
    descending = client.get(CLINICS, {"o": f"-{score_column}"}).context["cl"].result_list
    assert [c.name for c in descending] == ["Careful Clinic", "Red Flag Clinic"]
    ascending = client.get(CLINICS, {"o": f"{score_column}"}).context["cl"].result_list
    assert [c.name for c in ascending] == ["Red Flag Clinic", "Careful Clinic"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"grade": "A"}, {"Careful Clinic"}),
        ({"grade": "F"}, {"Red Flag Clinic"}),
        ({"grade": "none"}, {"Unscored Clinic"}),
        ({"country": "MX"}, {"Red Flag Clinic"}),
        ({"knockout": "any"}, {"Red Flag Clinic"}),
        ({"knockout": "autologous_source"}, {"Red Flag Clinic"}),
        ({"knockout": "no_embryonic_cells"}, set()),
        ({"flagged_claims": "yes"}, {"Red Flag Clinic"}),
        ({"flagged_claims": "no"}, {"Careful Clinic", "Expiring Clinic", "Stale Clinic"}),
        ({"credentials": "expiring"}, {"Expiring Clinic"}),
        ({"review": "never"}, {"Red Flag Clinic", "Unscored Clinic", "Expiring Clinic"}),
        (
            {"review": "stale"},
            {"Red Flag Clinic", "Unscored Clinic", "Expiring Clinic", "Stale Clinic"},
        ),
    ],
)
def test_each_clinic_filter_keeps_exactly_its_clinics(client, reviewer, graded, params, expected):
    careful, _ = graded
    Clinic.objects.filter(pk=careful.pk).update(last_reviewed=timezone.localdate())
    ClinicFactory(name="Unscored Clinic", last_reviewed=None)
    expiring = ClinicFactory(name="Expiring Clinic")
    CredentialFactory(
        practitioner=PractitionerFactory(clinic=expiring),
        expires_on=timezone.localdate() + datetime.timedelta(days=30),
    )
    assessment_refresh(clinic=expiring)
    stale = ClinicFactory(
        name="Stale Clinic", last_reviewed=timezone.localdate() - datetime.timedelta(days=200)
    )
    assessment_refresh(clinic=stale)
    client.force_login(reviewer)
    response = client.get(CLINICS, params)
    assert response.status_code == 200
    assert shown(response) == expected


def test_needs_review_means_never_reviewed_changed_since_or_a_disagreeing_open_report(
    client, reviewer, graded
):
    careful, _ = graded
    quiet = ClinicFactory(name="Quiet Clinic")
    assessment_refresh(clinic=quiet)
    changed = ClinicFactory(name="Changed Clinic")
    assessment_refresh(clinic=changed)
    clinics_mark_reviewed(
        queryset=Clinic.objects.filter(pk__in=[careful.pk, quiet.pk, changed.pk]), user=reviewer
    )
    # Changed after its review, even on the same day: its data is no longer what was reviewed.
    ClaimFactory(clinic=changed, text="Our results speak for themselves.")
    assessment_refresh(clinic=changed)
    client.force_login(reviewer)
    assert shown(client.get(CLINICS, {"review": "needs"})) == {"Red Flag Clinic", "Changed Clinic"}

    report = shared_report(careful, disagreeing_answers())
    assert report.discrepancy_count > 0
    assert "Careful Clinic" in shown(client.get(CLINICS, {"review": "needs"}))
    # Once the report is dealt with, the clinic no longer waits for review.
    PatientReport.objects.filter(pk=report.pk).update(status=ReportStatus.DISMISSED)
    assert "Careful Clinic" not in shown(client.get(CLINICS, {"review": "needs"}))
    # A report that agrees with the profile is no reason to review it.
    assert shared_report(careful, agreeing_answers()).discrepancy_count == 0
    assert "Careful Clinic" not in shown(client.get(CLINICS, {"review": "needs"}))


# --- actions -------------------------------------------------------------------------------------


def test_mark_reviewed_stamps_today_records_the_reviewer_and_clears_needs_review(
    client, reviewer, graded
):
    careful, red = graded
    client.force_login(reviewer)
    response = act(client, CLINICS, "mark_reviewed", [careful, red])
    assert messages_of(response) == ["2 clinics marked reviewed today."]
    assert set(Clinic.objects.values_list("last_reviewed", flat=True)) == {timezone.localdate()}
    latest = red.history.latest()
    assert latest.history_user == reviewer and latest.last_reviewed == timezone.localdate()
    assert shown(client.get(CLINICS, {"review": "needs"})) == set()


def test_publish_and_unpublish_report_how_many_changed(client, curator, graded):
    careful, red = graded
    hidden = ClinicFactory(name="Hidden Clinic", published=False)
    client.force_login(curator)
    response = act(client, CLINICS, "publish", [careful, hidden])
    assert messages_of(response) == ["1 clinic published."]
    assert Clinic.objects.get(pk=hidden.pk).published is True
    response = act(client, CLINICS, "unpublish", [careful, red, hidden])
    assert messages_of(response) == ["3 clinics withdrawn from the public site."]
    assert not Clinic.objects.filter(published=True).exists()
    assert hidden.history.latest().history_user == curator


def test_publishing_and_reviewing_retire_the_cached_public_pages(
    client, curator, reviewer, graded, django_capture_on_commit_callbacks
):
    from pagecache.cache import data_version

    careful, _ = graded
    hidden = ClinicFactory(name="Hidden Clinic", published=False)
    client.force_login(curator)
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, CLINICS, "publish", [hidden])
    published = data_version()
    assert published > before
    with django_capture_on_commit_callbacks(execute=True):
        act(client, CLINICS, "publish", [hidden])  # already published: nothing to retire
    assert data_version() == published
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, CLINICS, "mark_reviewed", [careful])
    assert data_version() > published


def test_rescore_reports_how_many_clinics_and_how_many_changed(client, reviewer, graded):
    careful, red = graded
    ClaimFactory(clinic=careful, text="Guaranteed permanent results with zero risk.")
    client.force_login(reviewer)
    response = act(client, CLINICS, "rescore", [careful, red])
    assert messages_of(response) == ["2 clinics rescored; 1 changed."]
    assert careful.assessments.count() == 2


def test_the_review_date_is_set_by_a_review_only_never_typed(client, curator, superuser, graded):
    careful, _ = graded
    url = reverse("admin:clinics_clinic_change", args=[careful.pk])
    for user in (curator, superuser):
        client.force_login(user)
        assert 'name="last_reviewed"' not in client.get(url).content.decode()


# --- the clinic page -----------------------------------------------------------------------------


def test_the_clinic_page_shows_the_score_card_flagged_claims_and_links(client, reviewer, graded):
    _, red = graded
    shared_report(red)
    client.force_login(reviewer)
    body = client.get(reverse("admin:clinics_clinic_change", args=[red.pk])).content.decode()
    assert 'id="score-card"' in body and "Must pass" in body
    assert (
        '<mark class="claim-flag">Permanent<span class="visually-hidden"> (flagged: Promises '
        "permanent results)</span></mark>"
    ) in body
    assert "Claims: 1 recorded, 1 flagged" in body
    assert reverse("admin:clinics_clinic_history", args=[red.pk]) in body
    assert (
        f"{reverse('admin:checklist_patientreport_changelist')}?clinic__id__exact={red.pk}" in body
    )
    assert reverse("clinics:preview", kwargs={"slug": red.slug}) in body
    panels = body.split('<section class="cv-review"')[1].split("<fieldset")[0]
    assert " style=" not in panels and "<script" not in panels


def _change_page_with_claim(client, user, clinic, **claim) -> str:
    """The clinic's change page as ``user`` sees it, after a claim is added and scored."""
    ClaimFactory(clinic=clinic, **claim)
    assessment_refresh(clinic=clinic)
    client.force_login(user)
    return client.get(reverse("admin:clinics_clinic_change", args=[clinic.pk])).content.decode()


def test_the_claims_panel_says_which_phrases_were_read_but_not_flagged_and_why(
    client, reviewer, careful_clinic
):
    body = _change_page_with_claim(
        client,
        reviewer,
        careful_clinic,
        text="Beware of clinics that promise no risk. Results are not permanent.",
    )
    assert "Nothing flagged in this claim." in body
    assert (
        "Read but not flagged: <q>no risk</q> (no_risk: a warning about other clinics covers it); "
        "<q>permanent</q> (permanent: negated before it)."
    ) in body


def test_a_flag_of_the_encoders_own_names_it_with_its_probability(client, reviewer, careful_clinic):
    # no rule reads animal cells here; the trained encoder does, over the whole sentence
    text = "Fresh cells from the organs of unborn mountain lambs."
    body = _change_page_with_claim(client, reviewer, careful_clinic, text=text)
    assert re.search(
        rf"Why flagged: <q>{text}</q> \(unverified_source: trained encoder, "
        r"probability (0\.99\d|1\.000)\)\.",
        body,
    )
    # a reading a rule's flag stands for is not listed as read but not flagged
    body = _change_page_with_claim(client, reviewer, careful_clinic, text="Results are permanent.")
    assert "a flag of the same kind already stands there" not in body


def test_a_phrase_several_rules_read_and_its_context_dropped_is_listed_once(
    client, reviewer, careful_clinic
):
    text = "Beware of clinics that promise 100% guaranteed results."
    body = _change_page_with_claim(client, reviewer, careful_clinic, text=text)
    assert (
        "Read but not flagged: <q>100% guaranteed results</q> (guaranteed: a warning about "
        "other clinics covers it)."
    ) in body


def test_a_flag_read_by_several_rules_is_listed_once_with_each_of_them(
    client, reviewer, careful_clinic
):
    body = _change_page_with_claim(
        client, reviewer, careful_clinic, text="Results are 100% guaranteed."
    )
    why = re.search(r"Why flagged: (.*?)</p>", body, re.S)
    assert why is not None
    # one entry for the phrase, its readers side by side, not one entry for each
    assert why.group(1).count("<q>") == 1
    assert re.fullmatch(
        r"<q>100% guaranteed</q> \(guaranteed: [^;]*success odds finder[^;]*"
        r"(; trained encoder [\d.]+)?\)\.",
        why.group(1),
    )
    assert why.group(1).count(" · ") >= 1
    # the encoder read one passage for all of them: its probability is said once, at the end
    assert why.group(1).count("trained encoder") == 1
    assert re.search(r"; trained encoder (0\.[2-9]\d|1\.00)\)\.$", why.group(1))


def test_the_claims_panel_says_why_each_flag_was_raised_and_lets_a_curator_label_it(
    client, curator, reviewer, careful_clinic
):
    from checklist.models import ClaimLabel

    claim = ClaimFactory(clinic=careful_clinic, text="Stem cell treatment for COPD, no risk.")
    ClaimLabel.objects.create(
        claim=claim, category="cure", decision="confirmed", decided_by=reviewer
    )
    assessment_refresh(clinic=careful_clinic)
    client.force_login(curator)
    body = client.get(
        reverse("admin:clinics_clinic_change", args=[careful_clinic.pk])
    ).content.decode()
    # each flag with what raised it and the trained encoder's probability of its kind of claim
    assert re.search(
        r"Why flagged: <q>treatment for COPD</q> \(cure: treatment offered for a condition, "
        r"trained encoder (0\.[2-9]\d|1\.00)\); <q>no risk</q> \(no_risk: rule 6 \(no_risk\), "
        r"trained encoder (0\.[2-9]\d|1\.00)\)\.",
        body,
    )
    assert "Curators' labels: Flag confirmed cure, reviewer," in body
    add = reverse("admin:checklist_claimlabel_add")
    link = f"{add}?claim={claim.pk}&amp;category=no_risk&amp;decision=dismissed"
    assert link in body and f"{add}?claim={claim.pk}&amp;decision=added" in body
    # the link opens the label form filled in
    form = client.get(link.replace("&amp;", "&")).content.decode()
    assert f'value="{claim.pk}"' in form and '<option value="dismissed" selected>' in form
    # reviewers may read labels but not add them: no links for them
    client.force_login(reviewer)
    body = client.get(
        reverse("admin:clinics_clinic_change", args=[careful_clinic.pk])
    ).content.decode()
    assert "Teach the screener" not in body and "Why flagged" in body


def test_the_score_history_lists_every_assessment_with_what_changed_and_a_line(
    client, reviewer, careful_clinic
):
    first = assessment_refresh(clinic=careful_clinic)
    ClaimFactory(clinic=careful_clinic, text="Guaranteed results, permanent, with no risk at all.")
    second = assessment_refresh(clinic=careful_clinic)
    licence = careful_clinic.practitioners.get().credentials.get()
    licence.expires_on = timezone.localdate() + datetime.timedelta(days=10)
    licence.save()
    third = assessment_refresh(
        clinic=careful_clinic, today=licence.expires_on + datetime.timedelta(days=1)
    )
    assert len({first.pk, second.pk, third.pk}) == 3
    client.force_login(reviewer)
    response = client.get(reverse("admin:clinics_clinic_change", args=[careful_clinic.pk]))
    body = response.content.decode()
    assert "Score history: 3 assessments" in body
    history = response.context["review"]["history"]
    assert [row.score for row in history] == [third.score, second.score, first.score]
    assert history[-1].first and not history[0].first
    assert {c.criterion_id for c in history[1].changes} >= {"realistic_claims"}
    assert [c.criterion_id for c in history[0].changes] == ["licensed_physicians"]
    assert f"{history[0].changes[0].title}: met → <strong>not met</strong>" in body
    points = re.search(r'<polyline class="cv-history-line" points="([^"]+)"', body).group(1)
    assert len(points.split()) == 3
    assert body.count('class="cv-history-dot"') == 3


def test_an_unassessed_clinic_page_says_so(client, reviewer):
    clinic = ClinicFactory(name="New Clinic")
    client.force_login(reviewer)
    body = client.get(reverse("admin:clinics_clinic_change", args=[clinic.pk])).content.decode()
    assert "Not assessed yet" in body and "No assessment stored yet." in body


def test_hostile_clinic_text_is_escaped_in_the_admin(client, reviewer):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    clinic = ClinicFactory(name=hostile, slug="hostile", city=hostile)
    ClaimFactory(clinic=clinic, text=f"{hostile} Permanent results, guaranteed.")
    assessment_refresh(clinic=clinic)
    shared_report(clinic)
    client.force_login(reviewer)
    for url in (
        CLINICS,
        reverse("admin:clinics_clinic_change", args=[clinic.pk]),
        reverse("admin:checklist_patientreport_changelist"),
        reverse("admin:checklist_patientreport_change", args=[PatientReport.objects.get().pk]),
        reverse("clinics:preview", kwargs={"slug": clinic.slug}),
    ):
        body = client.get(url).content.decode()
        assert "<script>alert" not in body and "<img src=x" not in body, url


# --- the preview ---------------------------------------------------------------------------------


def test_staff_preview_an_unpublished_clinic_that_the_public_cannot_see(client, reviewer, graded):
    careful, _ = graded
    Clinic.objects.filter(pk=careful.pk).update(published=False)
    assert client.get(careful.get_absolute_url()).status_code == 404
    preview = reverse("clinics:preview", kwargs={"slug": careful.slug})
    anonymous = client.get(preview)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    client.force_login(reviewer)
    response = client.get(preview)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Preview: not published." in body and "Careful Clinic" in body
    assert 'id="score-card"' in body
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert client.get(careful.get_absolute_url()).status_code == 404
    assert client.get(reverse("clinics:preview", kwargs={"slug": "no-such"})).status_code == 404


def test_view_on_site_of_an_unpublished_clinic_opens_its_preview(client, reviewer, graded):
    careful, _ = graded
    Clinic.objects.filter(pk=careful.pk).update(published=False)
    client.force_login(reviewer)
    body = client.get(reverse("admin:clinics_clinic_change", args=[careful.pk])).content.decode()
    assert 'class="viewsitelink"' in body
    view_on_site = re.search(r'href="([^"]+)" class="viewsitelink"', body).group(1)
    assert view_on_site == reverse("clinics:preview", kwargs={"slug": careful.slug})
    assert client.get(view_on_site).status_code == 200


def test_staff_without_the_view_permission_cannot_preview(client, django_user_model, graded):
    careful, _ = graded
    nobody = django_user_model.objects.create_user("nobody", password="x", is_staff=True)
    client.force_login(nobody)
    assert client.get(reverse("clinics:preview", kwargs={"slug": careful.slug})).status_code == 403


# --- the dashboard -------------------------------------------------------------------------------


def test_the_dashboard_counts_grades_reports_credentials_and_stale_reviews_with_links(
    client, reviewer, graded
):
    careful, red = graded
    ClinicFactory(name="Unscored Clinic")
    shared_report(careful, disagreeing_answers())
    in_review = shared_report(red)
    PatientReport.objects.filter(pk=in_review.pk).update(status=ReportStatus.IN_REVIEW)
    report_create(clinic=careful, unlisted=None, answers=CAREFUL, shared=False)
    ClinicCredentialFactory(
        clinic=careful, expires_on=timezone.localdate() + datetime.timedelta(days=10)
    )
    client.force_login(reviewer)
    response = client.get(reverse("admin:index"))
    body = response.content.decode()
    dash = response.context["dash"]
    grades = {g.bar.key: g.bar.count for g in dash.grades}
    assert grades["A"] == 1 and grades["F"] == 1 and grades["none"] == 1 and grades["B"] == 0
    assert {f.label: f.count for f in dash.reports} == {
        "New": 1,
        "In review": 1,
        "Actioned": 0,
        "Dismissed": 0,
    }
    assert {f.label: f.count for f in dash.credentials} == {
        "Expired": 1,
        "Expiring within 60 days": 1,
    }
    assert {f.label: f.count for f in dash.clinics}["Not reviewed for 180 days"] == 3
    assert f"{CLINICS}?grade=A" in body and f"{CLINICS}?review=stale" in body
    assert "?status__exact=new" in body and "?expiry=expired" in body
    assert (
        '<svg class="cv-bar"' in body
        and "style=" not in body.split('id="content-main"')[0].split('class="cv-dashboard"')[-1]
    )


def test_the_dashboard_shows_curators_no_report_counts(client, curator, graded):
    client.force_login(curator)
    dash = client.get(reverse("admin:index")).context["dash"]
    assert dash.grades and dash.credentials and dash.reports == ()


def test_the_dashboard_costs_the_same_queries_for_few_and_many_rows(
    client, reviewer, django_assert_max_num_queries
):
    client.force_login(reviewer)
    ClinicFactory.create_batch(2)
    # session, user, permissions (2), three aggregates (clinics, reports, credentials),
    # the app list and recent actions
    with django_assert_max_num_queries(10) as few:
        client.get(reverse("admin:index"))
    for clinic in ClinicFactory.create_batch(20):
        assessment_refresh(clinic=clinic)
        shared_report(clinic)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("admin:index"))


# --- credentials due -----------------------------------------------------------------------------


def test_the_credentials_due_list_shows_expired_and_expiring_soonest_first_with_the_clinic(
    client, reviewer, graded
):
    careful, red = graded
    soon = ClinicCredentialFactory(
        clinic=careful, number="SOON", expires_on=timezone.localdate() + datetime.timedelta(days=20)
    )
    ClinicCredentialFactory(
        clinic=careful,
        number="LATER",
        expires_on=timezone.localdate() + datetime.timedelta(days=90),
    )
    client.force_login(reviewer)
    url = reverse("admin:clinics_credential_changelist")
    response = client.get(url, {"expiry": "due"})
    rows = list(response.context["cl"].result_list)
    assert [c.number for c in rows][-1] == "SOON"
    assert rows[0].expires_on < timezone.localdate()  # the red flag clinic's expired licence first
    assert "LATER" not in {c.number for c in rows}
    body = response.content.decode()
    assert reverse("admin:clinics_clinic_change", args=[red.pk]) in body
    assert reverse("admin:clinics_clinic_change", args=[careful.pk]) in body
    assert soon.number in body


# --- query counts --------------------------------------------------------------------------------


def _populate(n: int) -> None:
    for _ in range(n):
        clinic = ClinicFactory()
        practitioner = PractitionerFactory(clinic=clinic)
        CredentialFactory(practitioner=practitioner)
        ClinicCredentialFactory(
            clinic=clinic, expires_on=timezone.localdate() + datetime.timedelta(days=10)
        )
        ProcessingProtocolFactory(clinic=clinic)
        ClaimFactory(clinic=clinic, text="Permanent results, guaranteed.")
        assessment_refresh(clinic=clinic)
        shared_report(clinic, disagreeing_answers())


# Every list costs session, user and permissions (2), then its own queries:
# (lists that load their keys first, clinics.curation.KeysFirstMixin, read the page's keys then
# its rows, whatever their length)
CLINIC_LIST = 9  # + country filter, count, total count, keys, rows joined to their assessment
PLAIN_LIST = 7  # + count, total count, rows joined to their parents
ASSESSMENTS = 9  # + catalogue filter, count, total count, keys, rows
REPORTS = 11  # + clinic filter, count, total count, rows, date bounds, days, reviewers
CHANGELIST_QUERIES = [
    ("admin:clinics_clinic_changelist", {}, CLINIC_LIST),
    (
        "admin:clinics_clinic_changelist",
        {"review": "needs", "flagged_claims": "yes", "credentials": "expiring"},
        CLINIC_LIST,
    ),
    ("admin:clinics_practitioner_changelist", {}, PLAIN_LIST),
    ("admin:clinics_credential_changelist", {"expiry": "due"}, PLAIN_LIST),
    ("admin:checklist_clinicassessment_changelist", {}, ASSESSMENTS),
    ("admin:checklist_patientreport_changelist", {}, REPORTS),
    (
        "admin:checklist_patientreport_changelist",
        {"discrepancy": "yes", "status__exact": "new"},
        REPORTS,
    ),
]


@pytest.mark.parametrize(("url_name", "params", "bound"), CHANGELIST_QUERIES)
def test_every_changelist_costs_the_same_queries_for_3_and_30_rows(
    client, reviewer, url_name, params, bound, django_assert_max_num_queries
):
    client.force_login(reviewer)
    _populate(3)
    with django_assert_max_num_queries(bound) as small:
        assert client.get(reverse(url_name), params).status_code == 200
    _populate(27)
    with django_assert_max_num_queries(bound):
        response = client.get(reverse(url_name), params)
    assert response.status_code == 200
    assert len(small.captured_queries) == bound
    assert response.context["cl"].result_count >= 30


def test_assessment_rows_keep_their_history(graded):
    careful, _ = graded
    assert ClinicAssessment.objects.filter(clinic=careful).count() == 1


def test_a_spanish_claims_flags_are_explained_by_the_spanish_rules(client, curator, careful_clinic):
    text = "Con nuestras células madre los resultados son permanentes y garantizados."
    body = _change_page_with_claim(client, curator, careful_clinic, text=text, language="es")
    assert text in body
    # the rules that raised the flags are the Spanish ones, with no English encoder reading
    assert "<q>permanentes</q> (permanent: es rule " in body
    assert "<q>garantizados</q> (guaranteed: es rule " in body
    assert "(permanent: rule 0" not in body
