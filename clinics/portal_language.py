"""The clinic portal in the clinic's language (issue 20): which language an invitation is
written in (the clinic's country's, unless staff choose), the invitation e-mail in it, dates
written out the language's way, and the names of the facts' fields for the catalogues (the
models are staff-facing and English). The portal's views render in the invitation's language
(clinics.portal_views.in_portal)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import formats, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .portal_models import ClinicInvitation

# Where Spanish is the language a clinic's staff most likely read; Türkiye reads Turkish;
# elsewhere English. Staff choose another language when they invite.
SPANISH_COUNTRIES = frozenset(
    [
        "MX",
        "CO",
        "PA",
        "DO",
        "ES",
        "AR",
        "CL",
        "PE",
        "CR",
        "EC",
        "VE",
        "GT",
        "UY",
        "BO",
        "PY",
        "SV",
        "HN",
        "NI",
        "CU",
        "PR",
    ]
)
COUNTRY_LANGUAGES = {**dict.fromkeys(SPANISH_COUNTRIES, "es"), "TR": "tr"}


def language_for_country(country: str) -> str:
    """The language an invitation to a clinic in ``country`` (ISO alpha-2) is written in."""
    return COUNTRY_LANGUAGES.get(str(country or "").upper(), "en")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def long_date(value: datetime.date | datetime.datetime | None) -> str:
    """A date written out in the active language: "4 January 2027" (the site's English),
    "4 de enero de 2027", "04 Ocak 2027"."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localdate(value) if timezone.is_aware(value) else value.date()
    if translation.get_language() in (None, "en"):
        return formats.date_format(value, "j F Y")
    return formats.date_format(value, "DATE_FORMAT")


def long_datetime(value: datetime.datetime | None) -> str:
    """A moment written out in the active language, in the site's time zone: "11 May 2026,
    14:05", "11 de mayo de 2026, 14:05"."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{long_date(value.date())}, {formats.time_format(value, 'H:i')}"


def invitation_message(invitation: ClinicInvitation, link: str) -> tuple[str, str]:
    """The invitation e-mail's subject and body, in the invitation's language."""
    clinic = invitation.clinic.name
    with translation.override(invitation.language):
        subject = _("Review your clinic's data before it is published: %(clinic)s") % {
            "clinic": clinic
        }
        paragraphs = (
            _("Hello,"),
            _(
                "Clinic Vetting helps patients weigh cosmetic stem-cell clinics. We hold a "
                "profile of %(clinic)s and grade it against published safety guidance."
            )
            % {"clinic": clinic},
            _(
                "You can see every fact we hold and its source, your draft grade and what each "
                "criterion needs, confirm what is right and send corrections with documents, at "
                "this private link (it works until %(date)s; please do not share it):"
            )
            % {"date": long_date(invitation.expires_at)},
            link,
            _(
                "Nothing you send changes the public page by itself: our curators read every "
                "correction and tell you what they decided and why."
            ),
        )
    return subject, "\n\n".join(paragraphs) + "\n"


# The correctable fields' names (their models' verbose names) as the portal shows them, for
# the catalogues: the models are staff-facing and English, the portal is in the clinic's
# language. tests/clinics/test_portal_language.py holds this list to clinics.portal.CORRECTABLE.
FIELD_LABELS = (
    gettext_noop("City"),
    gettext_noop("Website"),
    gettext_noop("Consultation with medical history"),
    gettext_noop("Written consent"),
    gettext_noop("Consent states limited long-term data"),
    gettext_noop("Side effects disclosed"),
    gettext_noop("Follow-up schedule"),
    gettext_noop("Complication reporting"),
    gettext_noop("Outcomes published"),
    gettext_noop("Procedures performed"),
    gettext_noop("Charges for trial participation"),
    gettext_noop("Markets treatments"),
    gettext_noop("Product tested before use"),
    gettext_noop("Adverse events reported to the regulator"),
    gettext_noop("Offered as a study"),
    gettext_noop("Ethics (IRB) approval"),
    gettext_noop("Sales pressure"),
    gettext_noop("Name"),
    gettext_noop("Role"),
    gettext_noop("Specialty"),
    gettext_noop("Years experience"),
    gettext_noop("Cell source"),
    gettext_noop("Cell form"),
    gettext_noop("Processing"),
    gettext_noop("Manipulation"),
    gettext_noop("Lab"),
    gettext_noop("Harvest volume (cc)"),
    gettext_noop("Sessions"),
    gettext_noop("Protocol documented"),
    gettext_noop("Treats a disease"),
    gettext_noop("Currency"),
    gettext_noop("Minimum (as quoted)"),
    gettext_noop("Maximum (as quoted)"),
    gettext_noop("Includes"),
    # a credential's fields follow its kind: "Medical licence: issued on"
    gettext_noop("issuer"),
    gettext_noop("number"),
    gettext_noop("issued on"),
    gettext_noop("expires on"),
)


def field_label(model_field: models.Field, *, capital: bool = True) -> str:
    """A field's name in the active language (the model's English where no catalogue has it)."""
    name = str(getattr(model_field, "verbose_name", model_field.name))
    return _(capfirst(name) if capital else name)
