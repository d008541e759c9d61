from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join

from .answers import QUESTIONS, answer_label
from .models import ClinicAssessment, PatientReport


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


@admin.register(PatientReport)
class PatientReportAdmin(admin.ModelAdmin):
    """Only reports the patient chose to share reach staff, and only to read."""

    list_display = ("created", "clinic_display", "grade", "score_display", "flags_display")
    list_filter = ("grade", "created")
    list_select_related = ("clinic",)
    search_fields = ("clinic__name", "unlisted_name")
    date_hierarchy = "created"
    exclude = ("answers", "facts", "assessment")
    readonly_fields = (
        "clinic", "unlisted_name", "unlisted_country", "unlisted_city", "unlisted_website",
        "grade", "score", "red_flags", "price_amount", "price_currency", "price_usd",
        "marketing_text", "catalogue_version", "created", "answers_table",
    )

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).filter(shared=True)

    @admin.display(description="Clinic", ordering="clinic__name")
    def clinic_display(self, report: PatientReport) -> str:
        return report.clinic.name if report.clinic_id else f"{report.unlisted_name} (not listed)"

    @admin.display(description="Score", ordering="score")
    def score_display(self, report: PatientReport) -> str:
        return f"{report.score:.0f}"

    @admin.display(description="Red flags")
    def flags_display(self, report: PatientReport) -> str:
        return ", ".join(report.red_flags) or "-"

    @admin.display(description="Answers")
    def answers_table(self, report: PatientReport) -> str:
        rows = [
            (question.text, answer_label(question.key, report.answers.get(question.key)) or "-")
            for question in QUESTIONS
        ]
        return format_html(
            "<table><tbody>{}</tbody></table>",
            format_html_join("", "<tr><td>{}</td><td>{}</td></tr>", rows),
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return request.user.is_superuser
