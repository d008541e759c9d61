"""A reviewed label decides its own claim: a flag a second person agreed to dismiss no longer
counts in the clinic's grade or shows on its public page, a category they agreed to add does;
an unreviewed, changed or deleted label, or an edited claim, decides nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from checklist.engine.claims import screen
from checklist.engine.stored import curated, curation
from checklist.models import ClaimLabel
from checklist.services.assessments import assessment_refresh
from checklist.services.labels import claims_curation_refresh
from tests.factories import ClaimFactory

FLAGGED = "Permanent results, guaranteed."
CHANGELIST = reverse("admin:checklist_claimlabel_changelist")


def test_a_curation_applies_to_the_text_it_was_made_for_only() -> None:
    flags = screen(FLAGGED)
    assert {f.category for f in flags} == {"guaranteed", "permanent"}
    record = curation(FLAGGED, dismissed=["guaranteed"], added=["cure"])
    assert {f.category for f in curated(FLAGGED, record, flags)} == {"permanent", "cure"}
    [added] = [f for f in curated(FLAGGED, record, flags) if f.category == "cure"]
    assert (added.start, added.end) == (0, len(FLAGGED))  # the curator named no span
    edited = FLAGGED + " Book now."
    assert curated(edited, record, screen(edited)) == screen(edited)
    assert curation(FLAGGED, [], []) == {}
    assert curated(FLAGGED, {}, flags) == flags


def _flags_graded(claim) -> set[str]:
    return set(assessment_refresh(clinic=claim.clinic).claim_flags or ())


def _label(claim, category, decision, *, by, reviewed_by=None, reason="Checked the page."):
    return ClaimLabel.objects.create(
        claim=claim,
        category=category,
        decision=decision,
        reason=reason,
        decided_by=by,
        reviewed_by=reviewed_by,
        reviewed_at=timezone.now() if reviewed_by else None,
    )


@pytest.mark.django_db
def test_a_reviewed_dismissal_leaves_the_grade_and_the_page_an_unreviewed_one_does_not(
    client, curator, reviewer
):
    claim = ClaimFactory(text=FLAGGED)
    assert _flags_graded(claim) == {"guaranteed", "permanent"}
    label = _label(claim, "guaranteed", "dismissed", by=curator)
    claims_curation_refresh([claim.pk])
    assert _flags_graded(claim) == {"guaranteed", "permanent"}  # nobody has reviewed it

    client.force_login(reviewer)
    body = client.post(
        CHANGELIST, {"action": "accept", "_selected_action": [label.pk]}, follow=True
    ).content.decode()
    assert "1 label accepted as exemplars. 1 clinic scored again with them." in body
    claim.refresh_from_db()
    assert claim.clinic.current_assessment is not None
    claim.clinic.refresh_from_db()
    assert set(claim.clinic.current_assessment.claim_flags) == {"permanent"}
    client.logout()
    page = client.get(reverse("clinics:detail", kwargs={"slug": claim.clinic.slug}))
    figure = page.content.decode().split('class="claim-text"', 1)[1].split("</figure>", 1)[0]
    # "Permanent" is still marked; "guaranteed." is plain text, with no note under the quote
    assert figure.count('<mark class="claim-flag">') == 1
    assert "(flagged: Promises permanent results)" in figure
    assert "results, guaranteed.</blockquote>" in figure


@pytest.mark.django_db
def test_a_reviewed_addition_is_graded_and_shown_over_the_whole_claim(client, curator, reviewer):
    text = "Our cells restore a youthful face for good, backed by our team."
    claim = ClaimFactory(text=text)
    before = _flags_graded(claim)
    assert "cure" not in before
    _label(claim, "cure", "added", by=curator, reviewed_by=reviewer, reason="Reverses ageing.")
    assert claims_curation_refresh([claim.pk]) == [claim.clinic_id]
    claim.clinic.refresh_from_db()
    assert set(claim.clinic.current_assessment.claim_flags) == before | {"cure"}
    page = client.get(reverse("clinics:detail", kwargs={"slug": claim.clinic.slug}))
    assert page.status_code == 200
    assert 'class="claim-flag"' in page.content.decode()


@pytest.mark.django_db
def test_a_changed_or_deleted_label_takes_its_decision_back(client, curator, reviewer):
    claim = ClaimFactory(text=FLAGGED)
    label = _label(claim, "guaranteed", "dismissed", by=curator, reviewed_by=reviewer)
    claims_curation_refresh([claim.pk])
    assert _flags_graded(claim) == {"permanent"}
    # the curator rewords it: the new word needs a new review, so the flag counts again
    client.force_login(curator)
    change = reverse("admin:checklist_claimlabel_change", args=[label.pk])
    response = client.post(
        change,
        {
            "claim": claim.pk,
            "category": "guaranteed",
            "decision": "dismissed",
            "reason": "A refund policy, not an outcome.",
        },
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.curated_flags == {}
    claim.clinic.refresh_from_db()
    assert set(claim.clinic.current_assessment.claim_flags) == {"guaranteed", "permanent"}
    # reviewed again, then deleted: the decision goes with it
    ClaimLabel.objects.filter(pk=label.pk).update(reviewed_by=reviewer, reviewed_at=timezone.now())
    claims_curation_refresh([claim.pk])
    assert _flags_graded(claim) == {"permanent"}
    delete = reverse("admin:checklist_claimlabel_delete", args=[label.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    claim.refresh_from_db()
    assert claim.curated_flags == {}


@pytest.mark.django_db
def test_an_edited_claim_is_read_afresh(curator, reviewer):
    claim = ClaimFactory(text=FLAGGED)
    _label(claim, "guaranteed", "dismissed", by=curator, reviewed_by=reviewer)
    claims_curation_refresh([claim.pk])
    assert _flags_graded(claim) == {"permanent"}
    claim.text = "Guaranteed results."
    claim.save()
    assert _flags_graded(claim) == {"guaranteed"}


@pytest.mark.django_db
def test_refreshing_many_claims_costs_the_same_queries_as_one(
    curator, reviewer, django_assert_max_num_queries
):
    claims = [ClaimFactory(text=FLAGGED) for _ in range(6)]
    for claim in claims:
        _label(claim, "guaranteed", "dismissed", by=curator, reviewed_by=reviewer)
    with django_assert_max_num_queries(40) as one:
        claims_curation_refresh([claims[0].pk])
    with django_assert_max_num_queries(len(one.captured_queries) + 2):
        claims_curation_refresh([c.pk for c in claims[1:]])


@pytest.mark.django_db
def test_a_decision_retires_the_cached_public_pages(
    curator, reviewer, django_capture_on_commit_callbacks
):
    from pagecache.models import DataVersion

    claim = ClaimFactory(text=FLAGGED)
    _label(claim, "guaranteed", "dismissed", by=curator, reviewed_by=reviewer)
    before = DataVersion.objects.values_list("number", flat=True).first() or 0
    with django_capture_on_commit_callbacks(execute=True):
        claims_curation_refresh([claim.pk])
    assert DataVersion.objects.values_list("number", flat=True).first() > before
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert claims_curation_refresh([claim.pk]) == []  # nothing changed: nothing retired
    assert callbacks == []


@pytest.mark.django_db
def test_the_clinic_page_in_the_admin_says_which_labels_decide(client, curator, reviewer):
    claim = ClaimFactory(text=FLAGGED)
    _label(claim, "guaranteed", "dismissed", by=curator, reviewed_by=reviewer)
    _label(claim, "permanent", "confirmed", by=curator)
    client.force_login(curator)
    body = client.get(
        reverse("admin:clinics_clinic_change", args=[claim.clinic_id])
    ).content.decode()
    labels = body.split('class="cv-labels"', 1)[1].split("</p>", 1)[0]
    assert "guaranteed" in labels and "reviewed: the grade and the public page follow it" in labels
    assert "permanent" in labels and "awaiting review" in labels
