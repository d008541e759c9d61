"""The clinic's right of reply (issue 20, parts 2 and 4): a private, signed, expiring link opens
one clinic's portal; the clinic sees its facts with their sources and its draft grade,
confirms facts and sends corrections with documents; nothing it sends changes the data until a
curator accepts (the value written through validation, history kept, documents attached,
rescored) or declines with a reason the clinic sees. Links are single-clinic, expire, can be
revoked, are rate-limited and never logged in full."""

from __future__ import annotations

import datetime
import logging
from io import StringIO

import pytest
from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from checklist.services.assessments import assessment_refresh
from clinics import portal
from clinics.models import ClinicCorrection, ClinicInvitation, Document, PortalEvent
from clinics.portal_models import CorrectionStatus, PortalAction
from tests.capture.test_capture import minimal_pdf
from tests.factories import ClaimFactory, ClinicCredentialFactory, ClinicFactory

pytestmark = pytest.mark.django_db


def enter(client, clinic, **kwargs):
    invitation, token = portal.invitation_create(clinic, **kwargs)
    answer = client.get(reverse("portal:enter", args=[token]))
    return invitation, token, answer


def test_the_link_opens_one_clinics_portal_and_leaves_its_address(client):
    clinic = ClinicFactory(name="Lumen Skin")
    ClinicFactory(name="Other Clinic")
    ClinicCredentialFactory(clinic=clinic, number="FL-778", verified=True, verified_by="M. Ortega")
    assessment_refresh(clinic=clinic)
    invitation, token, answer = enter(client, clinic)
    assert answer.status_code == 302 and answer["Location"] == reverse("portal:home")
    assert token not in answer["Location"]
    assert answer["Referrer-Policy"] == "no-referrer"
    page = client.get(reverse("portal:home"))
    body = page.content.decode()
    assert page.status_code == 200 and "Lumen Skin" in body and "Other Clinic" not in body
    assert "FL-778" in body and "Checked by M. Ortega" in body  # the fact and its source
    assert "What each criterion looks for" in body
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    invitation.refresh_from_db()
    assert invitation.first_opened_at is not None
    assert PortalEvent.objects.filter(action=PortalAction.OPENED, clinic=clinic).count() == 1


@pytest.mark.parametrize("how", ["altered", "forged", "expired", "revoked"])
def test_a_bad_link_opens_nothing(client, how):
    clinic = ClinicFactory()
    invitation, token = portal.invitation_create(clinic)
    if how == "altered":
        token = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    elif how == "forged":  # the right invitation, a secret of the attacker's choosing
        token = signing.dumps({"i": invitation.pk, "s": "guess"}, salt="wrong-salt")
    elif how == "expired":
        ClinicInvitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - datetime.timedelta(seconds=1)
        )
    else:
        portal.invitation_revoke(invitation)
    answer = client.get(reverse("portal:enter", args=[token]))
    assert (
        answer.status_code == 403 and "does not open the clinic portal" in answer.content.decode()
    )
    assert client.get(reverse("portal:home")).status_code == 403


def test_a_revoked_invitation_ends_an_open_session_at_its_next_request(client):
    clinic = ClinicFactory()
    invitation, _, _ = enter(client, clinic)
    assert client.get(reverse("portal:home")).status_code == 200
    portal.invitation_revoke(invitation)
    assert client.get(reverse("portal:home")).status_code == 403


def test_the_secret_is_never_stored():
    clinic = ClinicFactory()
    invitation, token = portal.invitation_create(clinic)
    secret = signing.loads(token, salt=portal.SALT)["s"]
    stored = ClinicInvitation.objects.filter(pk=invitation.pk).values().get()
    assert secret not in str(stored) and token not in str(stored)


def test_opening_links_is_rate_limited(client, settings):
    settings.RATELIMIT_ENABLED = True
    settings.PORTAL_OPENS_PER_HOUR = 3
    answers = [client.get(reverse("portal:enter", args=["nothing-valid"])) for _ in range(4)]
    assert [a.status_code for a in answers] == [403, 403, 403, 429]


def test_the_link_is_never_logged_in_full(client, caplog, tmp_path):
    from config.logs import JsonFormatter, PlainFormatter
    from tests.security.test_access_log import access_line

    clinic = ClinicFactory()
    _, token = portal.invitation_create(clinic)
    bad = reverse("portal:enter", args=[token + "x"])
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get(bad)  # refused: django.request logs the path of the 403
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records and token in records[0].getMessage()  # the raw record has it...
    for formatter in (JsonFormatter(), PlainFormatter("%(message)s")):
        line = formatter.format(records[0])  # ...no line written from it does
        assert token not in line and "/portal/enter/[token]/" in line
    access = access_line(tmp_path, reverse("portal:enter", args=[token]))
    assert token not in access and "/portal/enter/[token]/" in access


def correction_page(client, key):
    return reverse("portal:correct", args=[key])


def test_a_correction_with_a_document_waits_for_a_curator_and_is_accepted(
    client, curator, django_capture_on_commit_callbacks
):
    clinic = ClinicFactory()
    credential = ClinicCredentialFactory(clinic=clinic, number="FL-778", verified=None)
    assessment_refresh(clinic=clinic)
    enter(client, clinic)
    key = f"credential:{credential.pk}:number"
    answer = client.post(
        correction_page(client, key),
        {
            "action": "change",
            "proposed_value": "FL-7781",
            "statement": "The number was mistyped; see the licence.",
            "public_line": "Our licence number is FL-7781.",
            "documents": SimpleUploadedFile("licence.pdf", minimal_pdf("FL-7781")),
        },
    )
    assert answer.status_code == 302, answer.content.decode()[:1500]
    correction = ClinicCorrection.objects.get()
    assert correction.status == CorrectionStatus.OPEN and correction.current_value == "FL-778"
    credential.refresh_from_db()
    assert credential.number == "FL-778"  # nothing changes by itself
    assert correction.documents.get().uploaded_via == "clinic"
    assert PortalEvent.objects.filter(action=PortalAction.CORRECTION).exists()

    client.force_login(curator)
    decide = reverse("admin:clinics_cliniccorrection_change", args=[correction.pk])
    page = client.get(decide).content.decode()
    assert "The number was mistyped" in page and "licence.pdf" in page
    done = client.post(
        decide, {"decision": "accept", "value": "FL-7781", "reason": "Matches the scan."}
    )
    assert done.status_code == 302
    credential.refresh_from_db()
    assert credential.number == "FL-7781"
    assert credential.history.first().history_change_reason.startswith(
        f"Correction {correction.pk}"
    )
    assert credential.documents.get().original_name == "licence.pdf"  # the document now backs it
    correction.refresh_from_db()
    assert correction.status == CorrectionStatus.ACCEPTED and correction.decided_by == curator


def test_a_declined_correction_says_why_to_the_clinic(client, curator):
    clinic = ClinicFactory()
    claim = ClaimFactory(clinic=clinic, text="Permanent results, guaranteed.")
    enter(client, clinic)
    client.post(
        correction_page(client, f"claim:{claim.pk}:"),
        {
            "action": "remove",
            "statement": "We never wrote this.",
            "public_line": "We never made this claim.",
        },
    )
    correction = ClinicCorrection.objects.get()
    portal.correction_decline(
        correction, user=curator, reason="It was on your home page on 14 Sept 2026 (snapshot 12)."
    )
    page = client.get(reverse("portal:home")).content.decode()
    assert "It was on your home page on 14 Sept 2026" in page and "Declined" in page
    assert clinic.claims.count() == 1


def test_bad_corrections_show_field_errors_and_keep_nothing(client):
    clinic = ClinicFactory()
    claim = ClaimFactory(clinic=clinic)
    enter(client, clinic)
    url = correction_page(client, f"claim:{claim.pk}:")
    empty = client.post(url, {"action": "remove", "statement": ""})
    assert "This field is required" in empty.content.decode()
    change = client.post(url, {"action": "change", "statement": "x"})  # a claim is verbatim
    assert change.status_code == 200 and "Select a valid choice" in change.content.decode()
    exe = client.post(
        url,
        {
            "action": "remove",
            "statement": "x",
            "documents": SimpleUploadedFile("a.pdf", b"MZ\x90\x00" * 30),
        },
    )
    assert "Only PDF, PNG, JPEG and WebP" in exe.content.decode()
    assert not ClinicCorrection.objects.exists() and not Document.objects.exists()


def test_a_clinic_cannot_reach_another_clinics_fact(client):
    clinic, other = ClinicFactory(), ClinicFactory()
    foreign = ClaimFactory(clinic=other)
    enter(client, clinic)
    assert client.get(correction_page(client, f"claim:{foreign.pk}:")).status_code == 404
    client.post(reverse("portal:confirm"), {"fact": f"claim:{foreign.pk}:"})
    assert not PortalEvent.objects.filter(action=PortalAction.CONFIRMED_FACT).exists()


def test_confirmations_are_recorded(client):
    clinic = ClinicFactory(city="Lyon")
    enter(client, clinic)
    client.post(reverse("portal:confirm"), {"fact": f"clinic:{clinic.pk}:city"})
    client.post(reverse("portal:confirm"), {"fact": "all"})
    actions = set(PortalEvent.objects.values_list("action", flat=True))
    assert {PortalAction.CONFIRMED_FACT, PortalAction.CONFIRMED_ALL} <= actions
    assert "Confirmed" in client.get(reverse("portal:home")).content.decode()


def test_a_curator_cannot_write_a_value_the_field_does_not_take(curator):
    clinic = ClinicFactory(consultation=None)
    invitation, _ = portal.invitation_create(clinic)
    fact = portal.fact_for_key(clinic, f"clinic:{clinic.pk}:consultation")
    correction = portal.correction_submit(
        invitation, fact=fact, action="change", proposed_value="maybe", statement="We do."
    )
    with pytest.raises(portal.DecisionRefused, match="not one of the values"):
        portal.correction_accept(correction, user=curator)
    portal.correction_accept(correction, user=curator, value="Yes")
    clinic.refresh_from_db()
    assert clinic.consultation is True


def test_invite_clinic_prints_the_link_and_mails_it():
    clinic = ClinicFactory(slug="lumen-skin")
    out = StringIO()
    call_command("invite_clinic", "lumen-skin", "--email", "director@lumen.example", stdout=out)
    link = out.getvalue().strip()
    assert "/portal/enter/" in link
    assert mail.outbox[0].to == ["director@lumen.example"] and link in mail.outbox[0].body
    assert ClinicInvitation.objects.get().clinic == clinic
    with pytest.raises(CommandError, match="No clinic"):
        call_command("invite_clinic", "nobody")
    with pytest.raises(CommandError, match="not an e-mail"):
        call_command("invite_clinic", "lumen-skin", "--email", "not-an-address")


def test_a_curator_invites_from_the_admin_and_sees_the_link_once(client, curator):
    clinic = ClinicFactory()
    client.force_login(curator)
    add = reverse("admin:clinics_clinicinvitation_add")
    answer = client.post(add, {"clinic": clinic.pk, "email": "", "days": 14})
    body = answer.content.decode()
    assert answer.status_code == 200 and "/portal/enter/" in body
    assert "no-store" in answer["Cache-Control"]
    invitation = ClinicInvitation.objects.get()
    assert invitation.created_by == curator
    assert (invitation.expires_at - timezone.now()).days in (13, 14)


def test_the_portal_page_costs_the_same_queries_for_one_doctor_or_six(
    client, django_assert_max_num_queries
):
    from tests.factories import CredentialFactory, PractitionerFactory

    clinic = ClinicFactory()
    CredentialFactory(practitioner=PractitionerFactory(clinic=clinic))
    enter(client, clinic)
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("portal:home"))
    for _ in range(5):
        CredentialFactory(practitioner=PractitionerFactory(clinic=clinic))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(reverse("portal:home")).status_code == 200
