"""The clinic portal in the clinic's language: an invitation has a language (from the clinic's
country unless staff choose), its e-mail is written in it, and every portal page renders in it
and says so (``<html lang>``, Content-Language). What is stored for the curators (a correction's
fact, the portal's log) stays in the site's language.

The translations are the catalogues' business: these tests compile a small catalogue of their
own, so that they hold whatever the shipped catalogues contain."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst

from clinics import portal, portal_language
from clinics.models import ClinicCorrection, ClinicInvitation, PortalEvent
from clinics.portal_models import PortalAction
from tests.factories import ClaimFactory, ClinicFactory

pytestmark = pytest.mark.django_db

SUBJECT = "Review your clinic's data before it is published: %(clinic)s"
HELLO = "Hello,"
DRAFT_GRADE = "Your draft grade"
THE_CLINIC = "The clinic"
WHAT_SHOULD_HAPPEN = "What should happen"
NO_STATEMENT = "Say what is wrong and why."
CLOSED = "This link does not open the clinic portal"
MESSAGES = {
    "es": {
        SUBJECT: "Revise los datos de su clínica antes de su publicación: %(clinic)s",
        HELLO: "Buenos días:",
        DRAFT_GRADE: "Su calificación provisional",
        THE_CLINIC: "La clínica",
        WHAT_SHOULD_HAPPEN: "Qué debe hacerse",
        NO_STATEMENT: "Indique qué es incorrecto y por qué.",
        CLOSED: "Este enlace no abre el portal de clínicas",
    },
    "tr": {
        SUBJECT: "Yayımlanmadan önce kliniğinizin verilerini inceleyin: %(clinic)s",
        HELLO: "Merhaba,",
        DRAFT_GRADE: "Taslak notunuz",
        THE_CLINIC: "Klinik",
        WHAT_SHOULD_HAPPEN: "Ne yapılmalı",
        NO_STATEMENT: "Neyin yanlış olduğunu ve nedenini belirtin.",
        CLOSED: "Bu bağlantı klinik portalını açmıyor",
    },
}


@pytest.fixture
def catalogues(tmp_path, settings):
    """A compiled catalogue of the strings above, before the site's own."""
    for code, messages in MESSAGES.items():
        folder = tmp_path / "locale" / code / "LC_MESSAGES"
        folder.mkdir(parents=True)
        catalog = Catalog(locale=code)
        for msgid, msgstr in messages.items():
            catalog.add(msgid, msgstr)
        with (folder / "django.mo").open("wb") as out:
            write_mo(out, catalog)
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]
    return MESSAGES


def enter(client, clinic, **kwargs):
    invitation, token = portal.invitation_create(clinic, **kwargs)
    client.get(reverse("portal:enter", args=[token]))
    return invitation


@pytest.mark.parametrize(
    ("country", "language"),
    [("MX", "es"), ("ES", "es"), ("AR", "es"), ("PR", "es"), ("TR", "tr"), ("US", "en")],
)
def test_an_invitation_is_in_its_clinics_countrys_language(country, language):
    invitation, _ = portal.invitation_create(ClinicFactory(country=country))
    assert invitation.language == language


def test_staff_choose_another_language_and_only_one_of_the_sites():
    clinic = ClinicFactory(country="MX")
    invitation, _ = portal.invitation_create(clinic, language="en")
    assert invitation.language == "en"
    with pytest.raises(ValueError, match="'fr' is not one of the site's languages"):
        portal.invitation_create(clinic, language="fr")


@pytest.mark.parametrize(
    ("language", "date"), [("es", "4 de enero de 2027"), ("tr", "04 Ocak 2027")]
)
def test_the_invitation_email_is_in_the_invitations_language(catalogues, language, date):
    clinic = ClinicFactory(name="Lumen Skin", country="US")
    invitation, _ = portal.invitation_create(clinic, email="director@lumen.example")
    invitation.language = language
    invitation.expires_at = datetime.datetime(2027, 1, 4, 12, tzinfo=datetime.UTC)
    link = "https://clinicvetting.example/portal/enter/abc/"
    portal.invitation_send(invitation, link)
    sent = mail.outbox[0]
    assert sent.subject == catalogues[language][SUBJECT] % {"clinic": "Lumen Skin"}
    assert sent.body.startswith(catalogues[language][HELLO])
    assert link in sent.body and date in sent.body  # the month in the language's words
    assert "Review your clinic" not in sent.subject and "Hello" not in sent.body
    assert translation.get_language() == "en"  # the language is the e-mail's only


def test_an_english_invitation_email_is_as_before():
    clinic = ClinicFactory(name="Lumen Skin", country="GB")
    invitation, _ = portal.invitation_create(clinic, email="director@lumen.example")
    invitation.expires_at = datetime.datetime(2027, 1, 4, 12, tzinfo=datetime.UTC)
    subject, body = portal_language.invitation_message(invitation, "https://x.example/l/")
    assert subject == "Review your clinic's data before it is published: Lumen Skin"
    assert body.startswith("Hello,\n\nClinic Vetting helps patients weigh")
    assert "it works until 4 January 2027" in body and "\n\nhttps://x.example/l/\n\n" in body


@pytest.mark.parametrize("language", ["es", "tr"])
def test_the_portal_renders_in_the_invitations_language(client, catalogues, language):
    clinic = ClinicFactory(country="US")
    ClaimFactory(clinic=clinic)
    enter(client, clinic, language=language)
    page = client.get(reverse("portal:home"))
    body = page.content.decode()
    assert page.status_code == 200
    assert f'<html lang="{language}">' in body and page["Content-Language"] == language
    with translation.override(language):
        assert translation.gettext(DRAFT_GRADE) in body
        assert translation.gettext(THE_CLINIC) in body  # a section of the facts
    assert DRAFT_GRADE not in body
    correct = client.get(reverse("portal:correct", args=[f"clinic:{clinic.pk}:city"]))
    assert f'<html lang="{language}">' in correct.content.decode()
    assert catalogues[language][WHAT_SHOULD_HAPPEN] in correct.content.decode()
    assert correct["Content-Language"] == language
    assert translation.get_language() == "en"  # nothing leaks to the next request


def test_an_english_invitation_keeps_the_portal_english(client, catalogues):
    enter(client, ClinicFactory(country="MX"), language="en")
    page = client.get(reverse("portal:home"), HTTP_ACCEPT_LANGUAGE="es")
    assert '<html lang="en">' in page.content.decode() and page["Content-Language"] == "en"
    assert DRAFT_GRADE in page.content.decode()


def test_a_closed_portal_answers_in_the_browsers_language(client, catalogues):
    page = client.get(reverse("portal:enter", args=["nothing-valid"]), HTTP_ACCEPT_LANGUAGE="tr")
    assert page.status_code == 403 and page["Content-Language"] == "tr"
    assert catalogues["tr"][CLOSED] in page.content.decode()


def test_errors_are_in_the_clinics_language_and_what_is_stored_in_the_curators(client, catalogues):
    clinic = ClinicFactory(country="ES", city="Madrid")
    enter(client, clinic)
    url = reverse("portal:correct", args=[f"clinic:{clinic.pk}:city"])
    refused = client.post(url, {"action": "change", "proposed_value": "Sevilla", "statement": " "})
    assert refused.status_code == 200
    assert "Este campo es obligatorio." in refused.content.decode()  # Django's own catalogue
    client.post(url, {"action": "change", "proposed_value": "Sevilla", "statement": "Moved."})
    correction = ClinicCorrection.objects.get()
    assert correction.fact_label == "The clinic · City" and correction.action == "change"
    client.post(reverse("portal:confirm"), {"fact": f"clinic:{clinic.pk}:city"})
    assert PortalEvent.objects.get(action=PortalAction.CONFIRMED_FACT).detail == "City: Madrid"
    with translation.override("es"), pytest.raises(ValidationError) as refusal:
        portal.correction_submit(
            ClinicInvitation.objects.get(),
            fact=None,
            action="add",
            proposed_value="x",
            statement="",
        )
    assert refusal.value.message_dict == {"statement": [catalogues["es"][NO_STATEMENT]]}


def test_every_correctable_field_has_its_label_in_the_catalogues():
    for target, (model, fields, _removable) in portal.CORRECTABLE.items():
        for name in fields:
            verbose = str(model._meta.get_field(name).verbose_name)
            wanted = verbose if target == "credential" else capfirst(verbose)
            assert wanted in portal_language.FIELD_LABELS, f"{target}.{name}: {wanted!r}"


def test_invite_clinic_takes_a_language_or_the_countrys():
    ClinicFactory(slug="lumen-skin", country="TR")
    err = StringIO()
    call_command("invite_clinic", "lumen-skin", stdout=StringIO(), stderr=err)
    assert ClinicInvitation.objects.get().language == "tr" and "in Türkçe" in err.getvalue()
    call_command("invite_clinic", "lumen-skin", "--language", "es", stdout=StringIO())
    assert ClinicInvitation.objects.order_by("-id").first().language == "es"
    with pytest.raises(CommandError, match="invalid choice: 'fr'"):
        call_command("invite_clinic", "lumen-skin", "--language", "fr")


@pytest.mark.parametrize(("chosen", "language"), [("", "es"), ("tr", "tr")])
def test_a_curator_chooses_the_invitations_language_in_the_admin(client, curator, chosen, language):
    clinic = ClinicFactory(country="CO")
    client.force_login(curator)
    add = reverse("admin:clinics_clinicinvitation_add")
    assert 'name="language"' in client.get(add).content.decode()
    client.post(add, {"clinic": clinic.pk, "email": "", "days": 14, "language": chosen})
    invitation = ClinicInvitation.objects.get()
    assert invitation.language == language
    assert (invitation.expires_at - timezone.now()).days in (13, 14)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "4 January 2027, 09:05"),
        ("es", "4 de enero de 2027, 09:05"),
        ("tr", "04 Ocak 2027, 09:05"),
    ],
)
def test_a_moment_is_written_out_in_the_pages_language(language, written):
    from clinics.portal_language import long_datetime

    moment = datetime.datetime(2027, 1, 4, 9, 5, tzinfo=datetime.UTC)
    with translation.override(language):
        assert long_datetime(moment) == written
    assert long_datetime(None) == ""
