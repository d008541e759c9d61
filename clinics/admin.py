"""Curator admin: declarative; writes go through services."""

from __future__ import annotations

import datetime
import json

from django import forms
from django.contrib import admin
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from checklist.models import ClinicAssessment
from checklist.services import assessment_refresh, assessments_refresh

from .models import (
    CellSource,
    Claim,
    Clinic,
    Credential,
    CredentialKind,
    Delivery,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)
from .services import clinic_profiles_export

STATUS_BADGES = {
    "verified": ("✔ verified", "#1b6e35"),
    "expired": ("✖ expired", "#a4161a"),
    "failed": ("✖ not confirmed", "#a4161a"),
    "unverified": ("? not checked", "#6c5200"),
}


def credential_badge(credential: Credential, today: datetime.date) -> str:
    label, colour = STATUS_BADGES[credential.status(today)]
    return format_html('<strong style="color:{}">{}</strong>', colour, label)


class ProtocolForm(forms.ModelForm):
    delivery = forms.MultipleChoiceField(
        choices=Delivery.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Leave all unticked when the delivery method is not known.",
    )

    class Meta:
        model = ProcessingProtocol
        fields = (
            "name", "cell_source", "cell_form", "processing", "manipulation", "lab",
            "delivery", "harvest_cc", "sessions", "procedure_hours", "documented",
        )


class CredentialStatusMixin:
    @admin.display(description="Status")
    def status_badge(self, credential: Credential) -> str:
        if credential.pk is None:
            return "-"
        return credential_badge(credential, timezone.localdate())


class ClinicCredentialInline(CredentialStatusMixin, admin.StackedInline):
    model = Credential
    fk_name = "clinic"
    extra = 0
    verbose_name = "clinic credential"
    verbose_name_plural = "clinic credentials (facility licence, registrations, lab accreditation)"
    readonly_fields = ("status_badge",)
    fields = (
        ("kind", "status_badge"),
        ("issuer", "number"),
        ("issued_on", "expires_on"),
        ("verified", "verified_by", "verified_on"),
        "source_url",
        "verification_note",
    )


class PractitionerCredentialInline(ClinicCredentialInline):
    fk_name = "practitioner"
    verbose_name = "credential"
    verbose_name_plural = "credentials (medical licence, board certification)"


class PractitionerInline(admin.TabularInline):
    model = Practitioner
    extra = 0
    show_change_link = True
    fields = ("name", "role", "specialty", "years_experience")


class ProtocolInline(admin.StackedInline):
    model = ProcessingProtocol
    form = ProtocolForm
    extra = 0
    fields = (
        "name",
        ("cell_source", "cell_form"),
        ("processing", "manipulation", "lab"),
        "delivery",
        ("harvest_cc", "sessions", "procedure_hours"),
        "documented",
    )


class ClaimInline(admin.StackedInline):
    model = Claim
    extra = 0
    fields = ("text", ("source_url", "captured_on"))


class PriceInline(admin.TabularInline):
    model = PriceQuote
    extra = 0


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0


class CellSourceFilter(admin.SimpleListFilter):
    title = "cell source"
    parameter_name = "cell_source"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return CellSource.choices

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        if not self.value():
            return queryset
        # Exists, not a join: a clinic with two matching protocols must not appear twice.
        return queryset.filter(
            Exists(
                ProcessingProtocol.objects.filter(clinic=OuterRef("pk"), cell_source=self.value())
            )
        )


def _credentials_of_clinic() -> QuerySet[Credential]:
    return Credential.objects.filter(
        Q(clinic=OuterRef("pk")) | Q(practitioner__clinic=OuterRef("pk"))
    )


class VerificationFilter(admin.SimpleListFilter):
    title = "verification"
    parameter_name = "verification"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [
            ("licensed", "A doctor holds a verified, current licence"),
            ("no_licence", "No verified, current medical licence"),
            ("expired", "Has an expired credential"),
            ("unchecked", "Has a credential not yet checked"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        today = timezone.localdate()
        current_licence = Exists(
            Credential.objects.filter(
                Q(expires_on__isnull=True) | Q(expires_on__gte=today),
                practitioner__clinic=OuterRef("pk"),
                kind=CredentialKind.MEDICAL_LICENSE,
                verified=True,
            )
        )
        match self.value():
            case "licensed":
                return queryset.filter(current_licence)
            case "no_licence":
                return queryset.filter(~current_licence)
            case "expired":
                return queryset.filter(Exists(_credentials_of_clinic().filter(expires_on__lt=today)))
            case "unchecked":
                return queryset.filter(Exists(_credentials_of_clinic().filter(verified__isnull=True)))
        return queryset


class RescoreOnSaveMixin:
    """Any curator edit can change a grade: rescore the clinic once everything is saved."""

    def clinic_of(self, obj) -> Clinic | None:
        return obj

    def save_related(self, request: HttpRequest, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        clinic = self.clinic_of(form.instance)
        if clinic is not None:
            assessment_refresh(clinic=clinic)

    def delete_model(self, request: HttpRequest, obj) -> None:
        clinic = self.clinic_of(obj)
        super().delete_model(request, obj)
        if clinic is not None and clinic.pk is not None and not isinstance(obj, Clinic):
            assessment_refresh(clinic=clinic)


def assessment_table(assessment: ClinicAssessment | None) -> str:
    if assessment is None:
        return "Not assessed yet."
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{} / {}</td><td>{}</td></tr>",
        (
            (r["criterion_id"], r["status"], f"{r['points_earned']:g}", f"{r['points_possible']:g}", r["reason"])
            for r in assessment.results
        ),
    )
    return format_html(
        "<p><strong>{}</strong> · score {} · coverage {}% · catalogue {} · {}</p>"
        "<table><thead><tr><th>Criterion</th><th>Status</th><th>Points</th><th>Reason</th></tr></thead>"
        "<tbody>{}</tbody></table>",
        assessment.grade_label,
        f"{assessment.score:.1f}",
        f"{assessment.coverage:.0f}",
        assessment.catalogue_version,
        assessment.created.strftime("%Y-%m-%d %H:%M"),
        rows,
    )


@admin.register(Clinic)
class ClinicAdmin(RescoreOnSaveMixin, SimpleHistoryAdmin):
    list_display = (
        "name", "country", "city", "grade", "score", "coverage", "published", "last_reviewed",
    )
    list_select_related = ("current_assessment",)
    list_filter = ("country", "published", CellSourceFilter, VerificationFilter)
    search_fields = ("name", "city", "slug")
    prepopulated_fields = {"slug": ("name",)}
    date_hierarchy = None
    inlines = (
        PractitionerInline,
        ClinicCredentialInline,
        ProtocolInline,
        ClaimInline,
        PriceInline,
        EvidenceInline,
    )
    actions = ("rescore", "export_profiles")
    readonly_fields = ("assessment_panel",)
    fieldsets = (
        (None, {"fields": ("name", "slug", ("country", "city"), "website", "published")}),
        ("Description", {"fields": ("description",)}),
        (
            "Practices",
            {
                "classes": ("collapse",),
                "description": "Leave a question empty when it is not known: empty means unknown, not no.",
                "fields": (
                    ("consultation", "written_consent", "consent_states_limited_data"),
                    ("risks_disclosed", "follow_up", "complication_reporting"),
                    ("outcomes_published", "procedures_performed", "charges_for_trial"),
                ),
            },
        ),
        ("Review", {"classes": ("collapse",), "fields": ("last_reviewed",)}),
        ("Assessment", {"fields": ("assessment_panel",)}),
    )

    @admin.display(description="Grade", ordering="current_assessment__grade")
    def grade(self, clinic: Clinic) -> str:
        return clinic.current_assessment.grade_label if clinic.current_assessment else "-"

    @admin.display(description="Score", ordering="current_assessment__score")
    def score(self, clinic: Clinic) -> str:
        return f"{clinic.current_assessment.score:.0f}" if clinic.current_assessment else "-"

    @admin.display(description="Coverage", ordering="current_assessment__coverage")
    def coverage(self, clinic: Clinic) -> str:
        return f"{clinic.current_assessment.coverage:.0f}%" if clinic.current_assessment else "-"

    @admin.display(description="Current assessment")
    def assessment_panel(self, clinic: Clinic) -> str:
        return assessment_table(clinic.current_assessment)

    @admin.action(description="Recompute scores")
    def rescore(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> None:
        summary = assessments_refresh(queryset=queryset)
        self.message_user(
            request, f"{summary.clinics} clinics rescored; {summary.changed} changed."
        )

    @admin.action(description="Export selected clinics as profile JSON")
    def export_profiles(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> HttpResponse:
        profiles = clinic_profiles_export(queryset=queryset)
        response = HttpResponse(
            json.dumps(profiles, indent=2, ensure_ascii=False), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="clinic-profiles.json"'
        return response


@admin.register(Practitioner)
class PractitionerAdmin(RescoreOnSaveMixin, SimpleHistoryAdmin):
    list_display = ("name", "clinic", "role", "specialty", "years_experience")
    list_filter = ("specialty",)
    list_select_related = ("clinic",)
    search_fields = ("name", "clinic__name")
    autocomplete_fields = ("clinic",)
    inlines = (PractitionerCredentialInline,)

    def clinic_of(self, practitioner: Practitioner) -> Clinic | None:
        return practitioner.clinic


class ExpiryFilter(admin.SimpleListFilter):
    title = "expiry"
    parameter_name = "expiry"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [("expired", "Expired"), ("60", "Expires within 60 days"), ("none", "No expiry recorded")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Credential]) -> QuerySet[Credential]:
        today = timezone.localdate()
        match self.value():
            case "expired":
                return queryset.filter(expires_on__lt=today)
            case "60":
                soon = today + datetime.timedelta(days=60)
                return queryset.filter(expires_on__gte=today, expires_on__lte=soon)
            case "none":
                return queryset.filter(expires_on__isnull=True)
        return queryset


@admin.register(Credential)
class CredentialAdmin(RescoreOnSaveMixin, CredentialStatusMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "holder", "issuer", "expires_on", "status_badge", "verified_by", "verified_on")
    list_filter = ("kind", "verified", ExpiryFilter)
    list_select_related = ("clinic", "practitioner__clinic")
    search_fields = ("number", "issuer", "clinic__name", "practitioner__name", "practitioner__clinic__name")
    autocomplete_fields = ("clinic", "practitioner")
    readonly_fields = ("status_badge",)

    def clinic_of(self, credential: Credential) -> Clinic | None:
        return credential.clinic or credential.practitioner.clinic

    @admin.display(description="Holder")
    def holder(self, credential: Credential) -> str:
        if credential.practitioner_id:
            return f"{credential.practitioner} ({credential.practitioner.clinic})"
        return str(credential.clinic)
