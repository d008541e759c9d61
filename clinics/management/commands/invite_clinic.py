"""Create an invitation to the clinic portal and print its private link (for curators who send
it by other means than our e-mail); with --email, the link is also e-mailed."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email
from django.urls import reverse

from clinics.models import Clinic
from clinics.portal import invitation_create, invitation_send


class Command(BaseCommand):
    help = (
        "Invite a clinic to review its data: prints the portal link (and e-mails it with --email)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--email", default="", help="Send the link to this address too.")
        parser.add_argument(
            "--days", type=int, help="Days the link works (default PORTAL_INVITATION_DAYS)."
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="Language of the e-mail and the portal (default: from the clinic's country: es "
            "for a Spanish-speaking country, tr for Türkiye, else en).",
        )
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="The site's address the link starts with.",
        )

    def handle(
        self,
        *args,
        slug: str,
        email: str,
        days: int | None,
        base_url: str,
        language: str | None,
        **options,
    ) -> None:
        clinic = Clinic.objects.filter(slug=slug).first()
        if clinic is None:
            raise CommandError(f"No clinic with slug {slug!r}")
        if email:
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"{email!r} is not an e-mail address.") from None
        if days is not None and not 1 <= days <= 365:
            raise CommandError("--days must be between 1 and 365.")
        invitation, token = invitation_create(clinic, email=email, days=days, language=language)
        link = base_url.rstrip("/") + reverse("portal:enter", args=[token])
        if email:
            invitation_send(invitation, link)
        self.stdout.write(link)
        self.stderr.write(
            f"Invitation {invitation.pk} for {clinic.name} in {invitation.get_language_display()}, "
            f"valid until {invitation.expires_at:%Y-%m-%d}"
            f"{f'; e-mailed to {email}' if email else ''}. "
            "The link is shown once: it is not stored."
        )
