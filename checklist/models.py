"""Stored judgements: a clinic's assessments (its score history)."""

from __future__ import annotations

from django.db import models

from checklist.scoring import Assessment


class Grade(models.TextChoices):
    A = "A", "A"
    B = "B", "B"
    C = "C", "C"
    D = "D", "D"
    F = "F", "F (avoid)"
    INSUFFICIENT = "insufficient", "Not enough information"


class ClinicAssessment(models.Model):
    """One scoring of a clinic. A row is written only when the result changed, so a
    clinic's rows are its score history; each keeps the facts and catalogue version it
    was computed from, so an old score can be explained exactly."""

    clinic = models.ForeignKey(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="assessments"
    )
    catalogue_version = models.CharField(max_length=40)
    score = models.FloatField(help_text="Points earned over points possible, 0-100, unrounded.")
    coverage = models.FloatField(help_text="Share of points whose criteria are known, 0-100.")
    grade = models.CharField(max_length=12, choices=Grade.choices)
    failed_knockouts = models.JSONField(default=list)
    insufficient_groups = models.JSONField(
        default=list, help_text="Core groups in which nothing is known."
    )
    claim_flags = models.JSONField(default=list, help_text="Red-flag categories in its claims.")
    facts = models.JSONField()
    results = models.JSONField(help_text="Every criterion's status, reason and points.")
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
