"""The practitioner and credential admins: a doctor's page, with the credentials that count for
"Licensed doctors", and the list of every credential with its status and expiry."""

from __future__ import annotations

from django.contrib import admin
from django.http import (
    HttpRequest,
)
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from clinics.admin_safety import SafeAutocompleteMixin
from clinics.curation import (
    ADMIN_MEDIA_CSS,
    DUE,
    CredentialStatusMixin,
    ExpiryFilter,
    PractitionerCredentialInline,
    SchemaModelForm,
    StrictActionsMixin,
)
from clinics.document_admin import DocumentInline
from clinics.models import Clinic, Credential, Practitioner

from .clinics import RescoreOnSaveMixin


@admin.register(Practitioner)
class PractitionerAdmin(
    SafeAutocompleteMixin, StrictActionsMixin, RescoreOnSaveMixin, SimpleHistoryAdmin
):
    form = SchemaModelForm
    list_display = ("name", "clinic", "role", "specialty", "years_experience")
    list_filter = ("specialty",)
    list_select_related = ("clinic",)
    search_fields = ("name", "clinic__name")
    autocomplete_fields = ("clinic",)
    # The way back for a curator who came from the clinic's page to add a licence.
    readonly_fields = ("clinic_page",)
    inlines = (PractitionerCredentialInline,)

    class Media:
        css = ADMIN_MEDIA_CSS

    def clinic_of(self, practitioner: Practitioner) -> Clinic | None:
        return practitioner.clinic

    @admin.display(description="Clinic's page")
    def clinic_page(self, practitioner: Practitioner) -> str:
        if practitioner.clinic_id is None:
            return "-"
        return format_html(
            '<a href="{}">Back to {}</a>',
            reverse("admin:clinics_clinic_change", args=[practitioner.clinic_id]),
            practitioner.clinic.name,
        )


@admin.register(Credential)
class CredentialAdmin(
    SafeAutocompleteMixin,
    StrictActionsMixin,
    RescoreOnSaveMixin,
    CredentialStatusMixin,
    SimpleHistoryAdmin,
):
    form = SchemaModelForm
    list_display = (
        "__str__",
        "clinic_link",
        "holder",
        "issuer",
        "expires_on",
        "status_badge",
        "verified_by",
        "verified_on",
    )
    list_filter = (ExpiryFilter, "kind", "verified")
    list_select_related = ("clinic", "practitioner__clinic")
    search_fields = (
        "number",
        "issuer",
        "clinic__name",
        "practitioner__name",
        "practitioner__clinic__name",
    )
    autocomplete_fields = ("clinic", "practitioner")
    readonly_fields = ("status_badge",)
    inlines = (DocumentInline,)

    class Media:
        css = ADMIN_MEDIA_CSS

    def get_ordering(self, request: HttpRequest) -> tuple:
        # A list of credentials by expiry reads soonest first.
        if request.GET.get(ExpiryFilter.parameter_name) in (DUE, "expired", "60"):
            return ("expires_on", "pk")
        return super().get_ordering(request)

    def clinic_of(self, credential: Credential) -> Clinic | None:
        return credential.clinic or credential.practitioner.clinic

    @admin.display(description="Clinic", ordering="clinic__name")
    def clinic_link(self, credential: Credential) -> str:
        clinic = self.clinic_of(credential)
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:clinics_clinic_change", args=[clinic.pk]),
            clinic.name,
        )

    @admin.display(description="Holder")
    def holder(self, credential: Credential) -> str:
        if credential.practitioner_id:
            return str(credential.practitioner)
        return "the clinic"
