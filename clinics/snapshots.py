"""What a clinic's website said, kept as evidence (issue 19): the pages a curator asked us to
capture and re-check, a snapshot of each capture (the original, compressed; its main text;
where it came from and when), the proposals the capture made, each decided by a curator, and a
citation for every fact accepted from a page. Re-exported by clinics.models.

Nothing here is public data until a curator accepts a proposal: accepting writes the fact
through the services (capture.services), cites the snapshot and its passage, and rescores.
"""

from __future__ import annotations

import gzip

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

URL_LENGTH = 1000


class WebsitePage(models.Model):
    """A page of the clinic's site that a curator captured: re-captured on a schedule
    (``CAPTURE_RECHECK_DAYS``) while ``recheck`` is on."""

    clinic = models.ForeignKey(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="website_pages"
    )
    url = models.URLField(max_length=URL_LENGTH, help_text=_("The page's address as given."))
    recheck = models.BooleanField(
        default=True, help_text=_("Capture the page again on the schedule and report what changed.")
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)
    last_checked_at = models.DateTimeField(
        null=True, blank=True, help_text=_("The last time the page was fetched, changed or not.")
    )
    last_error = models.CharField(
        max_length=300, blank=True, help_text=_("Why the last fetch failed; empty when it worked.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "url")
        constraints = [
            models.UniqueConstraint(fields=("clinic", "url"), name="website_page_once_per_clinic")
        ]
        indexes = [models.Index(fields=("recheck", "last_checked_at"))]

    def __str__(self) -> str:
        return self.url


class SnapshotSource(models.TextChoices):
    FETCHED = "fetched", _("Fetched from the web")
    UPLOADED = "uploaded", _("Uploaded by a curator (saved page or brochure)")


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("To decide")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    RECORDED = "recorded", _("Already recorded")


class Snapshot(models.Model):
    """One capture of one page: what was fetched, exactly, and what it proposed.

    ``proposals`` is a list of the capture's proposals (capture.propose), each with ``id``
    (its place), ``status`` (ProposalStatus) and, once decided, ``decided_by``,
    ``decided_at`` and a rejection's ``reason``. ``changes`` is set by a re-check that found
    the page changed: what it added and removed since ``previous``, the red-flag claims it
    added and the disclosures it dropped; ``attention`` puts it in the curators' queue.
    """

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="snapshots")
    page = models.ForeignKey(
        WebsitePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="snapshots",
        help_text=_("The watched page; empty for an upload."),
    )
    source = models.CharField(max_length=10, choices=SnapshotSource.choices)
    requested_url = models.CharField(
        max_length=URL_LENGTH, blank=True, help_text=_("The address asked for, or the file's name.")
    )
    final_url = models.CharField(
        max_length=URL_LENGTH,
        blank=True,
        help_text=_("The address the page came from after redirects."),
    )
    status = models.PositiveSmallIntegerField(null=True, blank=True, help_text=_("HTTP status."))
    content_type = models.CharField(max_length=100, blank=True)
    fetched_at = models.DateTimeField(db_index=True)
    content_hash = models.CharField(max_length=64, help_text=_("SHA-256 of the original bytes."))
    original = models.BinaryField(help_text=_("The original bytes, gzip-compressed."))
    original_size = models.PositiveIntegerField(help_text=_("Bytes before compression."))
    title = models.CharField(max_length=400, blank=True)
    page_date = models.CharField(
        max_length=10, blank=True, help_text=_("The date the page states (htmldate), if any.")
    )
    text = models.TextField(blank=True, help_text=_("The page's main text, as extracted."))
    screener_version = models.CharField(max_length=64, blank=True)
    proposals = models.JSONField(default=list, blank=True)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changes = models.JSONField(null=True, blank=True)
    attention = models.BooleanField(
        default=False, help_text=_("A re-check found new red flags or dropped disclosures.")
    )
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    # The original and the text never change after a capture; the decisions do.
    history = HistoricalRecords(excluded_fields=["original", "text"])

    class Meta:
        ordering = ("-fetched_at", "-id")
        get_latest_by = "fetched_at"
        indexes = [
            models.Index(fields=("clinic", "-fetched_at")),
            models.Index(
                fields=("attention",), condition=models.Q(attention=True), name="snapshot_attention"
            ),
        ]
        verbose_name = _("website snapshot")

    def __str__(self) -> str:
        where = self.final_url or self.requested_url
        return f"{where} ({self.fetched_at:%Y-%m-%d})"

    @property
    def address(self) -> str:
        return self.final_url or self.requested_url

    def original_bytes(self) -> bytes:
        return gzip.decompress(bytes(self.original))

    def pending_count(self) -> int:
        return sum(1 for p in self.proposals if p.get("status") == ProposalStatus.PENDING)


class Citation(models.Model):
    """A fact accepted from a snapshot: what was written where, the passage that says it, who
    accepted it and when. A deleted fact keeps its citation (``target_id`` then points nowhere):
    what the site said, and that we once recorded it, stays traceable."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="citations")
    snapshot = models.ForeignKey(Snapshot, on_delete=models.CASCADE, related_name="citations")
    kind = models.CharField(max_length=20, help_text=_("The proposal's kind (claim, price, ...)."))
    target = models.CharField(
        max_length=60, help_text=_("The record written, e.g. 'claim', 'processingprotocol'.")
    )
    target_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=40, blank=True, help_text=_("The field set, when one."))
    value = models.TextField()
    passage = models.TextField(help_text=_("The page's words the fact rests on."))
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField()

    class Meta:
        ordering = ("clinic", "-accepted_at", "id")
        indexes = [models.Index(fields=("target", "target_id"))]

    def __str__(self) -> str:
        return f"{self.target} {self.target_id}: {self.kind} from snapshot {self.snapshot_id}"
