"""Stored judgements: a clinic's assessments (its score history), patients' reports, and
curators' labels on the claims screener's flags."""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from checklist.engine.claims import CATEGORIES
from checklist.engine.scoring import Assessment


class Grade(models.TextChoices):
    A = "A", "A"
    B = "B", "B"
    C = "C", "C"
    D = "D", "D"
    F = "F", _("F (avoid)")
    INSUFFICIENT = "insufficient", _("Not enough information")


class ClinicAssessment(models.Model):
    """One scoring of a clinic. A row is written only when the result changed, so a
    clinic's rows are its score history; each keeps the facts and catalogue version it
    was computed from, so an old score can be explained exactly."""

    clinic = models.ForeignKey(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="assessments"
    )
    catalogue_version = models.CharField(max_length=40)
    score = models.FloatField(help_text=_("Points earned over points possible, 0-100, unrounded."))
    coverage = models.FloatField(help_text=_("Share of points whose criteria are known, 0-100."))
    grade = models.CharField(max_length=12, choices=Grade.choices)
    failed_knockouts = models.JSONField(default=list)
    insufficient_groups = models.JSONField(
        default=list, help_text=_("Core groups in which nothing is known.")
    )
    claim_flags = models.JSONField(default=list, help_text=_("Red-flag categories in its claims."))
    facts = models.JSONField()
    results = models.JSONField(help_text=_("Every criterion's status, reason and points."))
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ("-created", "-id")
        get_latest_by = "created"
        indexes = [models.Index(fields=("clinic", "-created"))]

    def __str__(self) -> str:
        return f"{self.clinic_id}: {self.grade} ({self.score:.0f}) on {self.created:%Y-%m-%d}"

    @property
    def grade_label(self) -> str:
        return Grade(self.grade).label

    def statuses(self) -> dict[str, str]:
        return {r["criterion_id"]: r["status"] for r in self.results}

    def to_assessment(self) -> Assessment:
        """The stored row as the engine's frozen Assessment, for pages and comparisons."""
        return Assessment.from_dict(
            {
                "catalogue_version": self.catalogue_version,
                "score": self.score,
                "coverage": self.coverage,
                "grade": self.grade,
                "failed_knockouts": self.failed_knockouts,
                "insufficient_groups": self.insufficient_groups,
                "results": self.results,
            }
        )


class ReportStatus(models.TextChoices):
    """Where a shared report stands in the reviewers' queue."""

    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    ACTIONED = "actioned", _("Actioned")
    DISMISSED = "dismissed", _("Dismissed")


OPEN_STATUSES = (ReportStatus.NEW, ReportStatus.IN_REVIEW)
CLOSED_STATUSES = (ReportStatus.ACTIONED, ReportStatus.DISMISSED)


def new_report_token() -> str:
    # 32 random bytes: 256 bits, far past guessing; URL-safe, 43 characters.
    return secrets.token_urlsafe(32)


class PatientReport(models.Model):
    """A patient's checklist and its verdict. Health information: no name, no e-mail, no
    account; reachable only through its random token."""

    token = models.CharField(max_length=64, unique=True, default=new_report_token, editable=False)
    clinic = models.ForeignKey(
        "clinics.Clinic",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="patient_reports",
        help_text=_("The listed clinic the patient checked, if any."),
    )
    unlisted_name = models.CharField(_("clinic name"), max_length=200, blank=True)
    unlisted_country = CountryField(_("country"), blank=True)
    unlisted_city = models.CharField(_("city"), max_length=120, blank=True)
    unlisted_website = models.URLField(_("website"), blank=True)

    answers = models.JSONField(default=dict, help_text=_("Question key -> the option chosen."))
    marketing_text = models.TextField(blank=True)
    # What the screener flagged in the pasted text when the report was made
    # (checklist.engine.stored.stored_screening) and which screener that was: the report shows the
    # flags its grade was made from without screening the text again at every view.
    screening = models.JSONField(default=dict, blank=True, editable=False)
    screened_with = models.CharField(max_length=40, blank=True, editable=False)
    price_amount = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    price_currency = models.CharField(max_length=3, blank=True)
    price_usd = models.PositiveIntegerField(null=True, blank=True)

    facts = models.JSONField()
    assessment = models.JSONField()
    catalogue_version = models.CharField(max_length=40)
    grade = models.CharField(max_length=12, choices=Grade.choices)
    score = models.FloatField()
    red_flags = models.JSONField(
        default=list, help_text=_("Failed knockouts and flagged claim categories.")
    )
    # "Update my answers" stores a new report beside the old one: each version keeps its own
    # token and date, and the old link keeps working. Deleting one version leaves the other.
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="later_versions",
        help_text=_("The earlier version of this report that the patient updated, if any."),
    )
    shared = models.BooleanField(
        _("shared with reviewers"),
        default=False,
        help_text=_("The patient agreed that staff may read this report."),
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    # What the public enforcement records held about the clinic when the report was made
    # (clinics.enforcement.enforcement_lookup), and when those lists had last been updated;
    # null: no list had been imported, nothing was checked.
    enforcement = models.JSONField(default=list, blank=True, editable=False)
    enforcement_checked = models.DateTimeField(null=True, blank=True, editable=False)

    # Stored when the report is made, so the queue can filter on it without rescoring.
    discrepancy_count = models.PositiveSmallIntegerField(
        _("points of disagreement"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Criteria on which the patient's answers and the clinic's profile disagree, "
            "when the report was made. Empty: not compared (an unlisted or unscored clinic)."
        ),
    )

    # The reviewers' queue. Only shared reports reach it.
    status = models.CharField(
        max_length=12,
        choices=ReportStatus.choices,
        default=ReportStatus.NEW,
        db_index=True,
        help_text=_(
            "New: nobody has looked yet. Actioned: the profile was corrected or the "
            "clinic was asked. Dismissed: nothing to do."
        ),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_reports",
        help_text=_("The reviewer working on this report."),
    )
    reviewer_notes = models.TextField(
        blank=True,
        help_text=_("What was checked and decided. Staff only; the patient never sees it."),
    )
    reviewed_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When it was actioned or dismissed.")
    )

    class Meta:
        ordering = ("-created",)
        indexes = [models.Index(fields=("shared", "-created"))]

    def __str__(self) -> str:
        return f"Report on {self.clinic_name} ({self.created:%Y-%m-%d})"

    # Not get_absolute_url: the admin's "view on site" shortcut would hand any staff member
    # the private address of every report.
    def private_url(self) -> str:
        return reverse("checklist:report", kwargs={"token": self.token})

    @property
    def clinic_name(self) -> str:
        return self.clinic.name if self.clinic_id else self.unlisted_name

    @property
    def country_code(self) -> str:
        return str(self.clinic.country) if self.clinic_id else str(self.unlisted_country)

    def to_assessment(self) -> Assessment:
        return Assessment.from_dict(self.assessment)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def set_status(self, status: str, now: datetime.datetime) -> None:
        """Move the report in the queue; closing it stamps when, reopening clears the stamp."""
        if status == self.status:
            return
        self.status = status
        self.reviewed_at = now if status in CLOSED_STATUSES else None


class ClaimDecision(models.TextChoices):
    CONFIRMED = "confirmed", _("Flag confirmed")
    DISMISSED = "dismissed", _("Flag dismissed")
    ADDED = "added", _("Missed category added")


class ClaimLabel(models.Model):
    """A curator's word on one category of one claim: a flag the screener raised, confirmed or
    dismissed, or a category it missed. The latest word per claim and category is kept here
    (earlier ones in its history), with the screener version it judged, so that the labels
    can be exported as a data set (``export_claim_labels``) and measured against."""

    claim = models.ForeignKey("clinics.Claim", on_delete=models.CASCADE, related_name="labels")
    category = models.CharField(max_length=32, choices=[(c, c) for c in CATEGORIES])
    decision = models.CharField(max_length=12, choices=ClaimDecision.choices)
    reason = models.TextField(
        blank=True,
        help_text=_(
            "Why, in a sentence: required when you dismiss a flag or add a missed category."
        ),
    )
    screener_version = models.CharField(max_length=64, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, editable=False
    )
    decided_at = models.DateTimeField(auto_now=True)
    # A second person's word that the label is right: only reviewed labels become exemplars of
    # the screener's semantic layer, in the bank of the claim's language
    # (scripts/claims_exemplars.py [--language], export_claim_labels --reviewed). A changed
    # label loses its review.
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ("-decided_at", "-id")
        permissions = [
            ("review_claimlabel", "Can accept a curator's claim label into the exemplar bank")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=("claim", "category"), name="one_label_per_claim_category"
            ),
            models.CheckConstraint(
                condition=models.Q(decision=ClaimDecision.CONFIRMED) | ~models.Q(reason=""),
                name="claim_label_reason_given",
                violation_error_message=_(
                    "Say why when you dismiss a flag or add a missed category."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: {self.category} on claim {self.claim_id}"

    @property
    def decides_claim(self) -> bool:
        """A reviewed dismissal or addition overrides the screener on its own claim
        (checklist.services.labels); a confirmation agrees with it and changes nothing."""
        return self.reviewed_at is not None and self.decision != ClaimDecision.CONFIRMED
