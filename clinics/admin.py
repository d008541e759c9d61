"""Curator admin: declarative; writes go through services."""

from __future__ import annotations

import datetime
import json

from django import forms
from django.contrib import admin
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

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


@admin.register(Clinic)
class ClinicAdmin(SimpleHistoryAdmin):
    list_display = ("name", "country", "city", "published", "last_reviewed", "updated")
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
    actions = ("export_profiles",)
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
class PractitionerAdmin(SimpleHistoryAdmin):
    list_display = ("name", "clinic", "role", "specialty", "years_experience")
    list_filter = ("specialty",)
    list_select_related = ("clinic",)
    search_fields = ("name", "clinic__name")
    autocomplete_fields = ("clinic",)
    inlines = (PractitionerCredentialInline,)


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
class CredentialAdmin(CredentialStatusMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "holder", "issuer", "expires_on", "status_badge", "verified_by", "verified_on")
    list_filter = ("kind", "verified", ExpiryFilter)
    list_select_related = ("clinic", "practitioner__clinic")
    search_fields = ("number", "issuer", "clinic__name", "practitioner__name", "practitioner__clinic__name")
    autocomplete_fields = ("clinic", "practitioner")
    readonly_fields = ("status_badge",)

    @admin.display(description="Holder")
    def holder(self, credential: Credential) -> str:
        if credential.practitioner_id:
            return f"{credential.practitioner} ({credential.practitioner.clinic})"
        return str(credential.clinic)
