"""A grade goes public as provisional until a reviewer vouches for the data it rests on (issue
17, item 3): the review keeps the data it saw, any later change to the data makes the grade
provisional again and is listed for the next reviewer, and every public place a clinic's grade
appears says "Provisional" until then."""

import pytest
from django.urls import reverse

from checklist.services.assessments import assessment_refresh, assessments_refresh
from clinics.models import (
    CHANGED_SINCE_REVIEW,
    NOT_REVIEWED,
    REVIEWED,
    Clinic,
    ClinicReview,
    Credential,
)
from clinics.review_data import changes
from clinics.services import clinics_mark_reviewed, clinics_publish, review_changes
from tests.factories import ClaimFactory, ClinicFactory, PractitionerFactory

PROVISIONAL = "Provisional"


@pytest.fixture
def graded(careful_clinic, red_flag_clinic):
    assessments_refresh()
    return careful_clinic, red_flag_clinic


def fresh(clinic: Clinic) -> Clinic:
    return Clinic.objects.get(pk=clinic.pk)


def review_url(clinic: Clinic) -> str:
    return reverse("admin:clinics_clinic_review", args=[clinic.pk])


def change_url(clinic: Clinic) -> str:
    return reverse("admin:clinics_clinic_change", args=[clinic.pk])


# --- the data a review covers ---------------------------------------------------------------------


def test_every_rescore_keeps_a_digest_of_the_data_and_any_edit_moves_it(graded, curator):
    careful, _ = graded
    first = fresh(careful).data_digest
    assert len(first) == 64
    # Publishing is not a change to the data a review vouches for.
    clinics_publish(queryset=Clinic.objects.filter(pk=careful.pk), published=False, user=curator)
    assessment_refresh(clinic=careful)
    assert fresh(careful).data_digest == first
    # A doctor's licence found lapsed is.
    Credential.objects.filter(practitioner__clinic=careful).update(verified=False)
    assessment_refresh(clinic=careful)
    second = fresh(careful).data_digest
    assert second != first
    # So is a new claim, even one the grade ignores.
    ClaimFactory(clinic=careful, text="Our team is friendly.")
    assessment_refresh(clinic=careful)
    assert fresh(careful).data_digest not in (first, second)


def test_a_review_vouches_for_the_data_until_it_changes(graded, reviewer):
    careful, _ = graded
    assert fresh(careful).review_status == NOT_REVIEWED
    assert fresh(careful).grade_is_provisional
    assert (
        clinics_mark_reviewed(
            queryset=Clinic.objects.filter(pk=careful.pk), user=reviewer, note="Licences checked."
        )
        == 1
    )
    clinic = fresh(careful)
    assert clinic.review_status == REVIEWED and not clinic.grade_is_provisional
    review = ClinicReview.objects.get(clinic=careful)
    assert (review.reviewer, review.note, review.grade) == (
        reviewer,
        "Licences checked.",
        clinic.current_assessment.grade,
    )
    assert review.digest == clinic.reviewed_digest == clinic.data_digest
    assert review.profile["name"] == "Careful Clinic" and "published" not in review.profile
    # A rescore that finds the data as it was leaves the review standing.
    assessments_refresh()
    assert fresh(careful).review_status == REVIEWED
    # Any edit afterwards, even the same day, puts the clinic back to "changed since review".
    Clinic.objects.filter(pk=careful.pk).update(city="Dallas")
    assessment_refresh(clinic=careful)
    assert fresh(careful).review_status == CHANGED_SINCE_REVIEW
    assert fresh(careful).grade_is_provisional


def test_the_changes_since_the_last_review_are_listed_in_words(graded, reviewer):
    careful, _ = graded
    clinics_mark_reviewed(queryset=Clinic.objects.filter(pk=careful.pk), user=reviewer)
    Clinic.objects.filter(pk=careful.pk).update(city="Dallas", consultation=None)
    Credential.objects.filter(practitioner__clinic=careful).update(verified=False)
    ClaimFactory(clinic=careful, text="Guaranteed results for everyone.")
    PractitionerFactory(clinic=careful, name="Dr. New Hire")
    last, changed = review_changes(fresh(careful))
    assert last is not None and last.reviewer == reviewer
    assert "Clinic: city Austin → Dallas" in changed
    assert "Practices: consultation yes → (blank)" in changed
    assert "Claim “Guaranteed results for everyone.” added" in changed
    assert "Practitioner “Dr. New Hire” added" in changed
    assert any(
        line.startswith("Practitioner “") and "credential" in line and "verified yes → no" in line
        for line in changed
    ), changed
    # Nothing else is reported: the unchanged rows are paired by name, not by position.
    assert len(changed) == 5, changed


def test_rows_are_paired_by_name_so_an_insertion_is_one_change():
    before = {"claims": [{"text": "A"}, {"text": "C"}]}
    after = {"claims": [{"text": "A"}, {"text": "B"}, {"text": "C"}]}
    assert changes(before, after) == ["Claim “B” added"]
    assert changes(after, before) == ["Claim “B” removed"]
    assert changes(before, {**before, "published": False, "last_reviewed": "2026-01-01"}) == []


# --- the reviewer's mark, from the clinic's change page -------------------------------------------


def test_a_reviewer_marks_the_clinic_reviewed_from_its_page_with_a_note(client, graded, reviewer):
    careful, _ = graded
    client.force_login(reviewer)
    page = client.get(change_url(careful)).content.decode()
    assert 'id="cv-review-form"' in page and "Mark reviewed" in page
    assert "not yet reviewed" in page
    response = client.post(review_url(careful), {"note": "  Checked the licence register.  "})
    assert response.status_code == 302 and response.url == change_url(careful)
    review = ClinicReview.objects.get(clinic=careful)
    assert (review.reviewer, review.note) == (reviewer, "Checked the licence register.")
    page = client.get(change_url(careful)).content.decode()
    assert "marked reviewed; its grade is no longer provisional" in page
    assert "Checked the licence register." in page
    # The latest history row names the reviewer, as the list action's does.
    assert fresh(careful).history.latest().history_user == reviewer


def test_the_page_lists_what_changed_since_the_review(
    client, graded, reviewer, django_assert_max_num_queries
):
    careful, _ = graded
    clinics_mark_reviewed(queryset=Clinic.objects.filter(pk=careful.pk), user=reviewer)
    Clinic.objects.filter(pk=careful.pk).update(city="Dallas")
    assessment_refresh(clinic=careful)
    client.force_login(reviewer)
    # The change page plus the clinic's rows read once to compare with the review.
    with django_assert_max_num_queries(29):
        page = client.get(change_url(careful)).content.decode()
    assert "changed since review" in page
    assert "1 change since the last review" in page
    assert "Clinic: city Austin → Dallas" in page


def test_only_a_reviewer_can_mark_a_clinic_reviewed_and_only_by_post(
    client, graded, curator, reviewer
):
    careful, _ = graded
    client.force_login(curator)
    assert "Mark reviewed" not in client.get(change_url(careful)).content.decode()
    assert client.post(review_url(careful), {"note": "self-review"}).status_code == 403
    client.force_login(reviewer)
    assert client.get(review_url(careful)).status_code == 405
    assert not ClinicReview.objects.exists()
    client.logout()
    response = client.post(review_url(careful), {"note": "anonymous"})
    assert response.status_code == 302 and "/login/" in response.url
    assert not ClinicReview.objects.exists()


# --- the public site ------------------------------------------------------------------------------


def public_pages(client, clinic: Clinic) -> dict[str, str]:
    return {
        "clinic page": client.get(clinic.get_absolute_url()).content.decode(),
        "directory": client.get(reverse("clinics:directory")).content.decode(),
        "home": client.get(reverse("clinics:home")).content.decode(),
        "compare": client.get(
            reverse("clinics:compare"), {"c": [clinic.slug, "red-flag-clinic"]}
        ).content.decode(),
    }


def test_every_public_place_a_grade_appears_says_provisional_until_reviewed(
    client, graded, reviewer, django_capture_on_commit_callbacks
):
    careful, _ = graded
    for name, html in public_pages(client, careful).items():
        assert PROVISIONAL in html, name
    page = client.get(careful.get_absolute_url()).content.decode()
    assert "no second person has checked the data yet" in page
    title = page[page.index("<title>") : page.index("</title>")]
    assert "(provisional)" in title

    # Each change retires the cached public pages once it is committed.
    with django_capture_on_commit_callbacks(execute=True):
        clinics_mark_reviewed(queryset=Clinic.objects.all(), user=reviewer)
    for name, html in public_pages(client, careful).items():
        assert PROVISIONAL not in html, name

    # A change after the review: provisional again, and the clinic page says why.
    with django_capture_on_commit_callbacks(execute=True):
        ClaimFactory(clinic=careful, text="New results page.")
        assessment_refresh(clinic=careful)
    page = client.get(careful.get_absolute_url()).content.decode()
    assert PROVISIONAL in page and "changed after our reviewer last checked it" in page
    directory = client.get(reverse("clinics:directory")).content.decode()
    assert directory.count(PROVISIONAL) == 1  # the red-flag clinic's review still stands


def test_graded_alternatives_on_an_avoid_page_say_provisional_too(
    client, graded, reviewer, django_capture_on_commit_callbacks
):
    _, red = graded  # graded F, in Mexico
    red = fresh(red)
    other = ClinicFactory(name="Other Clinic", slug="other", country="MX")
    assessments_refresh()
    # The alternatives read the listing copies: give the other clinic a letter there.
    Clinic.objects.filter(pk=other.pk).update(
        listing_grade="B", sort_rank=1, sort_score=75.0, sort_price=red.sort_price
    )

    def alternatives() -> str:
        html = client.get(red.get_absolute_url()).content.decode()
        return html[
            html.index('id="alternatives-title"') : html.index(
                "</section>", html.index('id="alternatives-title"')
            )
        ]

    assert "Other Clinic" in alternatives() and PROVISIONAL in alternatives()
    with django_capture_on_commit_callbacks(execute=True):
        clinics_mark_reviewed(queryset=Clinic.objects.filter(pk=other.pk), user=reviewer)
    assert "Other Clinic" in alternatives() and PROVISIONAL not in alternatives()
