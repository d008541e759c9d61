from django.contrib import admin
from django.http import HttpRequest

from .models import ClinicAssessment


@admin.register(ClinicAssessment)
class ClinicAssessmentAdmin(admin.ModelAdmin):
    """Assessments are written by the scoring service only; staff read them here."""

    list_display = ("clinic", "grade", "score_display", "coverage_display", "catalogue_version", "created")
    list_filter = ("grade", "catalogue_version")
    list_select_related = ("clinic",)
    search_fields = ("clinic__name", "clinic__slug")
    date_hierarchy = "created"
    readonly_fields = (
        "clinic", "catalogue_version", "score", "coverage", "grade", "failed_knockouts",
        "claim_flags", "facts", "results", "created",
    )

    @admin.display(description="Score", ordering="score")
    def score_display(self, assessment: ClinicAssessment) -> str:
        return f"{assessment.score:.1f}"

    @admin.display(description="Coverage", ordering="coverage")
    def coverage_display(self, assessment: ClinicAssessment) -> str:
        return f"{assessment.coverage:.0f}%"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
