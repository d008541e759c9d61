"""Curators teach the screener: a label confirms or dismisses a flag it raised, or adds a
category it missed; who, when and which screener version are kept, and the labels export."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse

from checklist.engine.claims import SCREENER_VERSION
from checklist.models import ClaimLabel
from tests.factories import ClaimFactory

ADD = reverse("admin:checklist_claimlabel_add")
FLAGGED = "Permanent results, guaranteed."


@pytest.fixture
def flagged_claim(db):
    return ClaimFactory(text=FLAGGED)


def post(client, claim, category, decision, reason=""):
    return client.post(
        ADD, {"claim": claim.pk, "category": category, "decision": decision, "reason": reason}
    )


def test_a_curator_confirms_a_flag_and_the_label_names_them_and_the_screener(
    client, curator, flagged_claim
):
    client.force_login(curator)
    response = post(client, flagged_claim, "permanent", "confirmed")
    assert response.status_code == 302
    label = ClaimLabel.objects.get()
    assert (label.decided_by, label.screener_version) == (curator, SCREENER_VERSION)
    assert label.history.count() == 1


def test_dismissing_a_flag_needs_a_reason(client, curator, flagged_claim):
    client.force_login(curator)
    response = post(client, flagged_claim, "guaranteed", "dismissed")
    assert response.status_code == 200
    assert "Say why when you dismiss a flag or add a missed category." in response.content.decode()
    assert not ClaimLabel.objects.exists()
    assert (
        post(
            client, flagged_claim, "guaranteed", "dismissed", "A refund policy, not an outcome."
        ).status_code
        == 302
    )


def test_a_label_must_match_what_the_screener_flagged(client, curator, flagged_claim):
    client.force_login(curator)
    body = post(client, flagged_claim, "cure", "confirmed").content.decode()
    assert "The screener does not flag cure in this claim (it flags guaranteed, permanent)" in body
    body = post(client, flagged_claim, "permanent", "added", "Missed.").content.decode()
    assert "The screener already flags permanent here" in body
    assert post(client, flagged_claim, "cure", "added", "Sold for acne scars.").status_code == 302


def test_one_label_per_claim_and_category_kept_by_the_database(flagged_claim):
    ClaimLabel.objects.create(claim=flagged_claim, category="permanent", decision="confirmed")
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimLabel.objects.create(claim=flagged_claim, category="permanent", decision="confirmed")


def test_reviewers_read_labels_but_cannot_add_them(client, reviewer, flagged_claim):
    client.force_login(reviewer)
    assert client.get(reverse("admin:checklist_claimlabel_changelist")).status_code == 200
    assert post(client, flagged_claim, "permanent", "confirmed").status_code == 403


def test_labels_export_as_json_lines(curator, flagged_claim):
    ClaimLabel.objects.create(
        claim=flagged_claim,
        category="guaranteed",
        decision="dismissed",
        reason="Guarantees a refund only.",
        decided_by=curator,
        screener_version=SCREENER_VERSION,
    )
    out = io.StringIO()
    call_command("export_claim_labels", stdout=out)
    [line] = [json.loads(row) for row in out.getvalue().splitlines()]
    assert line["text"] == FLAGGED and line["clinic"] == flagged_claim.clinic.slug
    assert (line["category"], line["decision"], line["reason"]) == (
        "guaranteed",
        "dismissed",
        "Guarantees a refund only.",
    )
    assert (line["decided_by"], line["screener_version"]) == ("curator", SCREENER_VERSION)
    # the claim's language decides which exemplar bank the label may teach
    assert line["language"] == flagged_claim.language


# --- Reviewed labels become exemplars ---------------------------------------------------------

CHANGELIST = reverse("admin:checklist_claimlabel_changelist")


def _accept(client, *labels):
    return client.post(
        CHANGELIST,
        {"action": "accept", "_selected_action": [label.pk for label in labels]},
        follow=True,
    )


def test_a_reviewer_accepts_a_curators_label_and_it_exports_as_reviewed(
    client, curator, reviewer, flagged_claim
):
    label = ClaimLabel.objects.create(
        claim=flagged_claim, category="permanent", decision="confirmed", decided_by=curator
    )
    unreviewed = ClaimLabel.objects.create(
        claim=flagged_claim, category="guaranteed", decision="dismissed", reason="A refund policy."
    )
    client.force_login(reviewer)
    body = _accept(client, label).content.decode()
    assert "1 label accepted as exemplars." in body
    label.refresh_from_db()
    assert label.reviewed_by == reviewer and label.reviewed_at is not None
    out = io.StringIO()
    call_command("export_claim_labels", "--reviewed", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["category"], r["reviewed_by"]) for r in rows] == [("permanent", "reviewer")]
    assert unreviewed.pk not in {r["claim"] for r in rows if r["category"] == "guaranteed"}


def test_nobody_reviews_their_own_label_and_curators_cannot_review(client, curator, flagged_claim):
    from django.contrib.auth.models import Permission

    label = ClaimLabel.objects.create(
        claim=flagged_claim, category="permanent", decision="confirmed", decided_by=curator
    )
    client.force_login(curator)
    # Curators have no review permission: the action is not even offered.
    assert "accept" not in client.get(CHANGELIST).content.decode()
    curator.user_permissions.add(Permission.objects.get(codename="review_claimlabel"))
    client.force_login(curator)
    body = _accept(client, label).content.decode()
    assert "0 labels accepted as exemplars. 1 label of your own left for another reviewer." in body
    label.refresh_from_db()
    assert label.reviewed_at is None


def test_changing_a_reviewed_label_drops_its_review(client, curator, reviewer, flagged_claim):
    label = ClaimLabel.objects.create(
        claim=flagged_claim, category="guaranteed", decision="confirmed", decided_by=curator
    )
    client.force_login(reviewer)
    _accept(client, label)
    client.force_login(curator)
    response = client.post(
        reverse("admin:checklist_claimlabel_change", args=[label.pk]),
        {
            "claim": flagged_claim.pk,
            "category": "guaranteed",
            "decision": "dismissed",
            "reason": "A refund policy, not an outcome.",
        },
    )
    assert response.status_code == 302
    label.refresh_from_db()
    assert (label.decision, label.reviewed_by, label.reviewed_at) == ("dismissed", None, None)
