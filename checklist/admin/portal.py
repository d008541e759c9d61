"""The clinic's right of reply in the admin (issue 20): invitations to the portal (created here
or by `manage.py invite_clinic`, the link shown once, revocable), the curators' queue of the
clinics' corrections (accept, writing the fact and rescoring; accept without writing; decline
with a reason the clinic sees), and the log of portal actions. Here, above both apps, because
accepting a correction rescores the clinic."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.validators import validate_email
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from checklist.services.assessments import assessment_refresh
from clinics.models import Clinic, ClinicCorrection, ClinicInvitation, PortalEvent
from clinics.portal import (
    DecisionRefused,
    correction_accept,
    correction_decline,
    invitation_create,
    invitation_revoke,
    invitation_send,
)
from clinics.portal_models import CorrectionStatus


def _invitation_languages() -> list[tuple[str, str]]:
    return [("", "From the clinic's country"), *settings.LANGUAGES]


class InviteForm(forms.Form):
    clinic = forms.ModelChoiceField(queryset=Clinic.objects.order_by("name"))
    email = forms.EmailField(
        required=False, help_text="Leave empty to send the link yourself (it is shown once)."
    )
    days = forms.IntegerField(
        min_value=1, max_value=365, initial=30, help_text="Days the link works."
    )
    language = forms.ChoiceField(
        choices=_invitation_languages,
        required=False,
        help_text="Of the e-mail and the portal. From the clinic's country: Spanish for a "
        "Spanish-speaking country, Turkish for Türkiye, English elsewhere.",
    )


@admin.register(ClinicInvitation)
class ClinicInvitationAdmin(admin.ModelAdmin):
    list_display = (
        "clinic",
        "email",
        "language",
        "created_at",
        "expires_at",
        "first_opened_at",
        "state",
    )
    list_filter = ("revoked_at", "language")
    list_select_related = ("clinic",)
    search_fields = ("clinic__name", "email")
    readonly_fields = (
        "clinic",
        "email",
        "language",
        "created_by",
        "created_at",
        "expires_at",
        "revoked_at",
        "first_opened_at",
        "last_opened_at",
    )
    fields = readonly_fields
    actions = ("revoke",)

    @admin.display(description="state")
    def state(self, invitation: ClinicInvitation) -> str:
        if invitation.revoked_at:
            return "revoked"
        return "active" if invitation.is_active(timezone.now()) else "expired"

    @admin.action(description="Revoke the selected invitations", permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: Any) -> None:
        revoked = sum(invitation_revoke(invitation) for invitation in queryset)
        messages.success(request, f"{revoked} invitation(s) revoked; their links open nothing now.")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # kept: the public page says when a clinic was invited

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        initial = (
            {"clinic": request.GET.get("clinic")}
            if request.GET.get("clinic", "").isdecimal()
            else {}
        )
        form = InviteForm(request.POST or None, initial=initial)
        link = ""
        if request.method == "POST" and form.is_valid():
            clinic = form.cleaned_data["clinic"]
            email = form.cleaned_data["email"]
            invitation, token = invitation_create(
                clinic,
                email=email,
                user=request.user,
                days=form.cleaned_data["days"],
                language=form.cleaned_data["language"] or None,
            )
            link = request.build_absolute_uri(reverse("portal:enter", args=[token]))
            if email and settings.EMAIL_BACKEND.endswith("dummy.EmailBackend"):
                messages.warning(
                    request, "Mail is not set up here (EMAIL_URL): send the link below yourself."
                )
            elif email:
                validate_email(email)
                invitation_send(invitation, link)
                messages.success(
                    request,
                    f"The link was e-mailed to {email} in {invitation.get_language_display()}.",
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "form": form,
            "link": link,
            "title": "Invite a clinic to review its data",
        }
        response = TemplateResponse(request, "admin/clinics/clinicinvitation/invite.html", context)
        response["Cache-Control"] = "no-store"
        return response


class DecisionForm(forms.Form):
    value = forms.CharField(
        required=False,
        max_length=500,
        help_text="What to write: the clinic's proposal, or your own reading of its documents. "
        "Yes/No/Unknown for a yes-or-no fact; a choice by its name.",
    )
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Shown to the clinic. A declined dispute's answer is public beside its line.",
    )


@admin.register(ClinicCorrection)
class ClinicCorrectionAdmin(admin.ModelAdmin):
    list_display = ("fact_label", "clinic", "action", "status", "created_at", "decided_at")
    list_filter = ("status", "action")
    list_select_related = ("clinic",)
    search_fields = ("clinic__name", "fact_label", "statement")
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # corrections come from the clinic's portal

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).prefetch_related("documents")

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        correction = self.get_object(request, unquote(object_id))
        if correction is None or not self.has_view_permission(request, correction):
            raise Http404
        can_decide = self.has_change_permission(request, correction)
        form = DecisionForm(request.POST or None, initial={"value": correction.proposed_value})
        if request.method == "POST":
            if not can_decide:
                raise PermissionDenied
            if form.is_valid():
                decision = request.POST.get("decision")
                try:
                    if decision == "decline":
                        correction_decline(
                            correction, user=request.user, reason=form.cleaned_data["reason"]
                        )
                        messages.success(request, "Declined; the clinic sees your reason.")
                    elif decision in ("accept", "accept-only"):
                        done = correction_accept(
                            correction,
                            user=request.user,
                            value=form.cleaned_data["value"],
                            reason=form.cleaned_data["reason"],
                            write=decision == "accept",
                            after_write=lambda clinic: assessment_refresh(clinic=clinic),
                        )
                        messages.success(
                            request,
                            f"Accepted{f'; written: {done.written_value}; the clinic was rescored' if done.written_value else ''}.",
                        )
                    else:
                        raise DecisionRefused("Choose accept or decline.")
                except DecisionRefused as refused:
                    messages.error(request, str(refused))
                else:
                    return HttpResponseRedirect(request.path)
        documents = format_html_join(
            "",
            '<li><a href="{}">{}</a> ({}, {} KB)</li>',
            (
                (
                    reverse("admin:clinics_document_download", args=[d.pk]),
                    d.original_name,
                    d.content_type,
                    max(1, d.size // 1024),
                )
                for d in correction.documents.all()
            ),
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": correction,
            "title": f"Correction from {correction.clinic.name}",
            "form": form,
            "documents": documents,
            "can_decide": can_decide and correction.status == CorrectionStatus.OPEN,
            "clinic_url": reverse("admin:clinics_clinic_change", args=[correction.clinic_id]),
        }
        return TemplateResponse(request, "admin/clinics/cliniccorrection/decide.html", context)


@admin.register(PortalEvent)
class PortalEventAdmin(admin.ModelAdmin):
    list_display = ("at", "clinic", "action", "target", "field", "detail")
    list_filter = ("action",)
    list_select_related = ("clinic",)
    search_fields = ("clinic__name", "detail")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def invite_link(clinic: Clinic) -> str:
    return format_html(
        '<a href="{}?clinic={}">Invite the clinic to review its data</a>',
        reverse("admin:clinics_clinicinvitation_add"),
        clinic.pk,
    )
