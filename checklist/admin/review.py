"""Assessments (read-only) and the reviewers' queue of shared patient reports.

Reviewers work the queue: they change a report's status, assignee and notes, nothing the
patient wrote. Curators have no access to it (the patient shared the report with reviewers).
Queue changes are written to the admin log, which is the queue's audit trail; reports hold
health information, so no copy of them is kept in a history table.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from checklist.engine import presentation
from checklist.engine.answers import QUESTIONS, answer_label, discrepancies
from checklist.engine.criteria import CATALOGUE
from checklist.models import ClinicAssessment, PatientReport, ReportStatus
from checklist.services.reports import reports_assign, reports_set_status
from clinics.admin_safety import ListFilterLookupsOnlyMixin
from clinics.curation import (
    ADMIN_MEDIA_CSS,
    KeysFirstMixin,
    StrictActionsMixin,
    counted,
    json_list_holds,
)
from clinics.models import Clinic
from clinics.roles import REVIEWERS


@admin.register(ClinicAssessment)
class ClinicAssessmentAdmin(ListFilterLookupsOnlyMixin, KeysFirstMixin, admin.ModelAdmin):
    """Assessments are written by the scoring service only; staff read them here."""

    list_display = (
        "clinic",
        "grade",
        "score_display",
        "coverage_display",
        "catalogue_version",
        "created",
    )
    # Newest first (the model's ordering), narrowed by date ranges: a date hierarchy would list
    # the days that have assessments, which SQLite computes with a Python function per row.
    list_filter = ("grade", "catalogue_version", ("created", admin.DateFieldListFilter))
    list_select_related = ("clinic",)
    list_defer = ("facts", "results", "failed_knockouts", "insufficient_groups", "claim_flags")
    search_fields = ("clinic__name", "clinic__slug")
    change_form_template = "admin/checklist/clinicassessment/change_form.html"
    # The score card the public page shows, in place of the stored JSON; the facts it was
    # computed from stay one click away, as a table.
    summary = (
        "clinic_link",
        "grade_display",
        "score_display",
        "coverage_display",
        "flags_display",
        "catalogue_version",
        "created",
    )
    fieldsets = (
        (None, {"fields": summary}),
        ("Score card", {"fields": ("score_card",)}),
        ("Facts it was computed from", {"classes": ("collapse",), "fields": ("facts_table",)}),
    )
    # Everything shown is read-only: an assessment is a record of what was decided.
    readonly_fields = (*summary, "score_card", "facts_table")

    class Media:
        css = ADMIN_MEDIA_CSS

    def get_queryset(self, request: HttpRequest) -> QuerySet[ClinicAssessment]:
        # the change page's title and breadcrumbs name the clinic
        return super().get_queryset(request).select_related("clinic")

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None
    ):
        assessment = self.get_object(request, object_id)
        if assessment is not None:
            extra_context = {
                **(extra_context or {}),
                "title": assessment_title(assessment),
                "subtitle": None,
            }
        return super().change_view(request, object_id, form_url, extra_context)

    # Rounded as on the public pages (templates/clinics): whole points, whole percent.
    @admin.display(description="Score", ordering="score")
    def score_display(self, assessment: ClinicAssessment) -> str:
        return f"{assessment.score:.0f}"

    @admin.display(description="Coverage", ordering="coverage")
    def coverage_display(self, assessment: ClinicAssessment) -> str:
        return f"{assessment.coverage:.0f}%"

    @admin.display(description="Clinic")
    def clinic_link(self, assessment: ClinicAssessment) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:clinics_clinic_change", args=[assessment.clinic_id]),
            assessment.clinic.name,
        )

    @admin.display(description="Grade", ordering="grade")
    def grade_display(self, assessment: ClinicAssessment) -> str:
        return grade_badge(assessment.grade)

    @admin.display(description="Red flags")
    def flags_display(self, assessment: ClinicAssessment) -> str:
        return flag_list([*assessment.failed_knockouts, *assessment.claim_flags])

    @admin.display(description="Score card")
    def score_card(self, assessment: ClinicAssessment) -> str:
        return render_to_string(
            "admin/checklist/_score_card.html", {"assessment": assessment.to_assessment()}
        )

    @admin.display(description="Facts")
    def facts_table(self, assessment: ClinicAssessment) -> str:
        rows = [(key, fact_words(value)) for key, value in sorted(assessment.facts.items())]
        return format_html(
            '<table class="cv-facts"><tbody>{}</tbody></table>',
            format_html_join("", '<tr><th scope="row">{}</th><td>{}</td></tr>', rows),
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


def assessment_title(assessment: ClinicAssessment) -> str:
    return f"{assessment.clinic.name}: assessment of {assessment.created:%Y-%m-%d %H:%M}"


def grade_badge(grade: str) -> str:
    return format_html(
        '<span class="cv-grade cv-grade-{}">{}</span>',
        grade,
        presentation.GRADE_LABELS.get(grade, grade),
    )


def flag_list(flags: list[str]) -> str:
    """Stored red flags (failed must-pass ids, claim categories) as their labels, or "none"."""
    if not flags:
        return "none"
    return "; ".join(presentation.red_flag_label(flag, CATALOGUE) for flag in flags)


def fact_words(value: Any) -> str:
    """A stored fact for a reviewer: unknown for None, yes/no, whole numbers where a float is
    whole and two decimals where it is not, lists joined."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(fact_words(item) for item in value) or "none"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {fact_words(v)}" for k, v in value.items()) or "none"
    return str(value)


def reviewers() -> QuerySet:
    """Who a report can be assigned to: active staff in the Reviewers group, and superusers."""
    User = get_user_model()
    return (
        User.objects.filter(is_active=True, is_staff=True)
        .filter(Q(is_superuser=True) | Q(groups__name=REVIEWERS))
        .distinct()
        .order_by("username")
    )


class QueueActionForm(ActionForm):
    """The action bar with a reviewer to assign the chosen reports to."""

    assignee = forms.ModelChoiceField(
        queryset=None, required=False, label="Assign to", empty_label="(a reviewer)"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = reviewers()


class AssigneeFilter(admin.SimpleListFilter):
    title = "assignee"
    parameter_name = "assigned"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [("me", "Assigned to me"), ("nobody", "Not assigned")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> QuerySet:
        match self.value():
            case "me":
                return queryset.filter(assignee=request.user)
            case "nobody":
                return queryset.filter(assignee__isnull=True)
        return queryset


class RedFlagFilter(admin.SimpleListFilter):
    title = "red flag"
    parameter_name = "red_flag"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        knockouts = [
            (c.id, presentation.KNOCKOUT_FLAGS.get(c.id, c.title)) for c in CATALOGUE.knockouts
        ]
        return [
            ("any", "Any red flag"),
            ("none", "No red flag"),
            *knockouts,
            *presentation.CLAIM_FLAG_LABELS.items(),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> QuerySet:
        value = self.value()
        if value == "any":
            return queryset.exclude(red_flags=[])
        if value == "none":
            return queryset.filter(red_flags=[])
        if value in dict(self.lookup_choices):
            return queryset.filter(json_list_holds("red_flags", value))
        return queryset


class DiscrepancyFilter(admin.SimpleListFilter):
    title = "disagreement with the profile"
    parameter_name = "discrepancy"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [
            ("yes", "Disagrees with the profile"),
            ("no", "Agrees with the profile"),
            ("not_compared", "Not compared (unlisted or unscored clinic)"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> QuerySet:
        match self.value():
            case "yes":
                return queryset.filter(discrepancy_count__gt=0)
            case "no":
                return queryset.filter(discrepancy_count=0)
            case "not_compared":
                return queryset.filter(discrepancy_count__isnull=True)
        return queryset


class ReportedClinicFilter(admin.RelatedOnlyFieldListFilter):
    """The clinics with shared reports while they fit a short list; past that, only the clinic
    chosen, and the search box finds the others by name: the sidebar must not grow with the
    directory. Its parameter stays ``clinic__id__exact``, which a clinic's page links with."""

    listed = 20

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.capped:
            self.title = f"{self.title} (others: search by name)"

    def field_choices(self, field, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        reported = Clinic.objects.filter(pk__in=model_admin.get_queryset(request).values("clinic"))
        ordering = self.field_admin_ordering(field, request, model_admin)
        if ordering:
            reported = reported.order_by(*ordering)
        choices = list(reported.values_list("pk", "name")[: self.listed + 1])
        self.capped = len(choices) > self.listed
        if not self.capped:
            return choices
        chosen = [value for value in self.lookup_val or () if value.isdecimal()]
        return list(reported.filter(pk__in=chosen).values_list("pk", "name")) if chosen else []

    def has_output(self) -> bool:
        # The "no clinic" choice (reports about unlisted clinics) stays offered.
        return self.capped or super().has_output()


QUEUE_FIELDS = ("status", "assignee", "reviewer_notes")


@admin.register(PatientReport)
class PatientReportAdmin(ListFilterLookupsOnlyMixin, StrictActionsMixin, admin.ModelAdmin):
    """Only reports the patient chose to share reach staff. Reviewers edit the queue fields;
    everything the patient gave stays read-only, and the list takes no lookup but its filters'
    (a lookup on the token would make the count an oracle for it)."""

    list_display = (
        "created",
        "clinic_display",
        "status",
        "assignee",
        "grade",
        "score_display",
        "flags_display",
        "discrepancy_display",
    )
    list_filter = (
        "status",
        AssigneeFilter,
        ("clinic", ReportedClinicFilter),
        "grade",
        RedFlagFilter,
        DiscrepancyFilter,
    )
    list_select_related = ("clinic", "assignee")
    search_fields = ("clinic__name", "unlisted_name")
    date_hierarchy = "created"
    # The report's address is the patient's private token: staff have no use for it.
    view_on_site = False
    action_form = QueueActionForm
    actions = (
        "assign_to_me",
        "assign_to_chosen",
        "unassign",
        "mark_in_review",
        "mark_actioned",
        "mark_dismissed",
        "reopen",
    )
    fieldsets = (
        ("Queue", {"fields": (*QUEUE_FIELDS, "reviewed_at")}),
        ("Compared with the clinic's profile", {"fields": ("discrepancy_panel",)}),
        (
            "Report",
            {
                "fields": (
                    "clinic_link",
                    "unlisted_name",
                    "unlisted_country",
                    "unlisted_city",
                    "unlisted_website",
                    "grade",
                    "score_display",
                    "flags_display",
                    "discrepancy_count",
                    "catalogue_version",
                    "created",
                )
            },
        ),
        ("Score card", {"classes": ("collapse",), "fields": ("score_card",)}),
        (
            "Price and pasted text",
            {
                "classes": ("collapse",),
                "fields": ("price_amount", "price_currency", "price_usd", "marketing_text"),
            },
        ),
        ("Answers", {"classes": ("collapse",), "fields": ("answers_table",)}),
    )
    readonly_fields = (
        "reviewed_at",
        "discrepancy_panel",
        "clinic_link",
        "unlisted_name",
        "unlisted_country",
        "unlisted_city",
        "unlisted_website",
        "grade",
        "score_display",
        "flags_display",
        "discrepancy_count",
        "catalogue_version",
        "created",
        "score_card",
        "price_amount",
        "price_currency",
        "price_usd",
        "marketing_text",
        "answers_table",
    )

    class Media:
        css = ADMIN_MEDIA_CSS

    def get_queryset(self, request: HttpRequest) -> QuerySet[PatientReport]:
        # The stored facts are never shown; the answers and assessment are, on the report page.
        return (
            super()
            .get_queryset(request)
            .filter(shared=True)
            .select_related("clinic", "assignee")
            .defer("facts")
        )

    def formfield_for_foreignkey(self, db_field, request: HttpRequest, **kwargs: Any):
        if db_field.name == "assignee":
            kwargs["queryset"] = reviewers()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: PatientReport, form, change: bool) -> None:
        if "status" in form.changed_data:
            chosen, obj.status = obj.status, form.initial["status"]
            obj.set_status(chosen, timezone.now())
        super().save_model(request, obj, form, change)

    # --- columns -------------------------------------------------------------------------------

    @admin.display(description="Clinic", ordering="clinic__name")
    def clinic_display(self, report: PatientReport) -> str:
        return report.clinic.name if report.clinic_id else f"{report.unlisted_name} (not listed)"

    @admin.display(description="Score", ordering="score")
    def score_display(self, report: PatientReport) -> str:
        return f"{report.score:.0f}"

    @admin.display(description="Red flags")
    def flags_display(self, report: PatientReport) -> str:
        return flag_list(report.red_flags)

    @admin.display(description="Score card")
    def score_card(self, report: PatientReport) -> str:
        return render_to_string(
            "admin/checklist/_score_card.html", {"assessment": report.to_assessment()}
        )

    @admin.display(description="Disagrees on", ordering="discrepancy_count")
    def discrepancy_display(self, report: PatientReport) -> str:
        if report.discrepancy_count is None:
            return "not compared"
        if report.discrepancy_count == 0:
            return "nothing"
        return format_html(
            '<span class="cv-tag cv-tag-warn">{}</span>', counted(report.discrepancy_count, "point")
        )

    # --- the report page -----------------------------------------------------------------------

    @admin.display(description="Clinic")
    def clinic_link(self, report: PatientReport) -> str:
        if not report.clinic_id:
            return f"{report.unlisted_name} (not listed)"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:clinics_clinic_change", args=[report.clinic_id]),
            report.clinic.name,
        )

    @admin.display(description="Side by side")
    def discrepancy_panel(self, report: PatientReport) -> str:
        """The patient's answers against the clinic's current curated profile, criterion by
        criterion, where both know something and disagree."""
        profile = report.clinic.current_assessment if report.clinic_id else None
        found = (
            discrepancies(report.answers, report.to_assessment(), profile.to_assessment())
            if profile is not None
            else None
        )
        return render_to_string(
            "admin/checklist/patientreport/_discrepancies.html",
            {"report": report, "profile": profile, "discrepancies": found},
        )

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

    # --- actions -------------------------------------------------------------------------------

    def _status(self, request: HttpRequest, queryset: QuerySet, status: ReportStatus) -> None:
        moved = reports_set_status(queryset=queryset, status=status, user=request.user)
        self.message_user(request, f"{counted(moved, 'report')} set to “{status.label}”.")

    @admin.action(description="Assign to me", permissions=("change",))
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        moved = reports_assign(queryset=queryset, assignee=request.user, user=request.user)
        self.message_user(request, f"{counted(moved, 'report')} assigned to you.")

    @admin.action(
        description="Assign to the reviewer chosen in “Assign to”", permissions=("change",)
    )
    def assign_to_chosen(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        try:
            assignee = QueueActionForm().fields["assignee"].clean(request.POST.get("assignee"))
        except ValidationError:
            assignee = None
        if assignee is None:
            self.message_user(
                request, "Choose a reviewer in “Assign to” first; nothing was assigned.", "warning"
            )
            return
        moved = reports_assign(queryset=queryset, assignee=assignee, user=request.user)
        self.message_user(request, f"{counted(moved, 'report')} assigned to {assignee}.")

    @admin.action(description="Unassign", permissions=("change",))
    def unassign(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        moved = reports_assign(queryset=queryset, assignee=None, user=request.user)
        self.message_user(request, f"{counted(moved, 'report')} unassigned.")

    @admin.action(description="Mark in review", permissions=("change",))
    def mark_in_review(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        self._status(request, queryset, ReportStatus.IN_REVIEW)

    @admin.action(description="Mark actioned", permissions=("change",))
    def mark_actioned(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        self._status(request, queryset, ReportStatus.ACTIONED)

    @admin.action(description="Dismiss", permissions=("change",))
    def mark_dismissed(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        self._status(request, queryset, ReportStatus.DISMISSED)

    @admin.action(description="Reopen (back to new)", permissions=("change",))
    def reopen(self, request: HttpRequest, queryset: QuerySet[PatientReport]) -> None:
        self._status(request, queryset, ReportStatus.NEW)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return request.user.is_superuser
