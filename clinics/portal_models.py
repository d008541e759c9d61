"""The clinic's right of reply (issue 20), re-exported by clinics.models: invitations to the
clinic portal (a private, signed, expiring, revocable link; no account), the corrections a
clinic submits fact by fact (each decided by a curator: accepted and written, or declined with
a reason the clinic sees), and the log of everything done through the portal.

Nothing a clinic submits changes the public data by itself: a correction waits in the
curators' queue.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


def _languages() -> list[tuple[str, str]]:
    # A callable: settings are read when the choices are, not at import.
    return list(settings.LANGUAGES)


class ClinicInvitation(models.Model):
    """One link to the portal for one clinic. The link carries a random secret that is never
    stored: only its SHA-256 is, so a copy of the database opens no portal."""

    clinic = models.ForeignKey(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(blank=True, help_text="Who the link was sent to, if by e-mail.")
    language = models.CharField(
        max_length=10,
        choices=_languages,
        default="en",
        help_text="The language of the e-mail and of the portal's pages for this clinic.",
    )
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    first_opened_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["secret_hash", "last_opened_at"])

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"Invitation {self.pk} for clinic {self.clinic_id}"

    def is_active(self, now: datetime.datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at


class CorrectionAction(models.TextChoices):
    # Translated: the clinic chooses among them in its portal, in its language.
    CHANGE = "change", _("Change the value")
    REMOVE = "remove", _("Remove it (not ours, or no longer published)")
    DISPUTE = "dispute", _("Dispute it (explain)")
    ADD = "add", _("Add a missing fact")


class CorrectionStatus(models.TextChoices):
    OPEN = "open", _("Waiting for a curator")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class ClinicCorrection(models.Model):
    """A clinic's correction of one fact (or a missing fact, or a general dispute), with its
    statement and documents, and the curator's decision."""

    clinic = models.ForeignKey(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="corrections"
    )
    invitation = models.ForeignKey(
        ClinicInvitation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
    )
    target = models.CharField(
        max_length=40, help_text="The record corrected (e.g. 'credential'); 'clinic' or 'general'."
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    field = models.CharField(max_length=40, blank=True)
    fact_label = models.CharField(max_length=300, help_text="The fact as the clinic saw it.")
    current_value = models.TextField(blank=True)
    action = models.CharField(max_length=10, choices=CorrectionAction.choices)
    proposed_value = models.TextField(blank=True)
    statement = models.TextField(help_text="The clinic's explanation.")
    public_line = models.CharField(
        max_length=200,
        blank=True,
        help_text="One line the clinic asks us to show on its public page while it disputes.",
    )
    status = models.CharField(
        max_length=10, choices=CorrectionStatus.choices, default=CorrectionStatus.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(
        blank=True, help_text="Shown to the clinic; a declined correction's answer is public."
    )
    written_value = models.TextField(blank=True, help_text="What the curator wrote, if anything.")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=("status", "created_at"))]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.fact_label[:60]}"


class PortalAction(models.TextChoices):
    OPENED = "opened", "Opened the portal"
    CONFIRMED_FACT = "confirmed_fact", "Confirmed a fact as accurate"
    CONFIRMED_ALL = "confirmed_all", "Confirmed its data as accurate"
    CORRECTION = "correction", "Submitted a correction"
    DOCUMENT = "document", "Uploaded a document"
    REFUSED = "refused", "An upload was refused"


class PortalEvent(models.Model):
    """Everything done through the portal, in order: never edited, never deleted with an
    invitation."""

    clinic = models.ForeignKey(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="portal_events"
    )
    invitation = models.ForeignKey(
        ClinicInvitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    action = models.CharField(max_length=20, choices=PortalAction.choices)
    target = models.CharField(max_length=40, blank=True)
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    field = models.CharField(max_length=40, blank=True)
    detail = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ("-at", "-id")
        indexes = [models.Index(fields=("clinic", "action", "-at"))]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d})"
