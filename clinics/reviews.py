"""A reviewer's mark on a clinic's data: who checked it, when, with what note, and the data as
it was then (the clinic profile, one schema with the import and the export), so the next
reviewer sees exactly what changed since. Re-exported by clinics.models.

A clinic's grade is public as soon as the clinic is published, but it is *provisional* until a
reviewer has marked the clinic's current data reviewed: ``Clinic.data_digest`` (kept by every
rescore) equal to ``Clinic.reviewed_digest`` (set by the last review).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ClinicReview(models.Model):
    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for reviews recorded by a command (the demo data)."),
    )
    reviewed_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True, help_text=_("What the reviewer checked, in their words."))
    grade = models.CharField(
        max_length=12, blank=True, help_text=_("The grade the data earned when it was reviewed.")
    )
    digest = models.CharField(max_length=64, help_text=_("Digest of the profile below."))
    profile = models.JSONField(help_text=_("The clinic's profile as it was reviewed."))

    class Meta:
        ordering = ("-reviewed_at", "-id")
        get_latest_by = "reviewed_at"
        indexes = [models.Index(fields=("clinic", "-reviewed_at"))]

    def __str__(self) -> str:
        return f"{self.clinic_id} reviewed {self.reviewed_at:%Y-%m-%d}"
