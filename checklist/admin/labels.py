"""Curators teach the claims screener: for one category of one claim, confirm the flag it
raised, dismiss it with a reason, or add a category it missed. Each label records who, when and
under which screener version; its history keeps the earlier words."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from checklist.engine.claims import SCREENER_VERSION
from checklist.models import ClaimDecision, ClaimLabel
from checklist.services.labels import claims_curation_refresh
from clinics.curation import StrictActionsMixin, counted
from clinics.services import claim_screen


class ClaimLabelForm(forms.ModelForm):
    class Meta:
        model = ClaimLabel
        fields = ("claim", "category", "decision", "reason")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        claim, category, decision = (cleaned.get(k) for k in ("claim", "category", "decision"))
        if claim is None or not category or not decision:
            return cleaned
        flagged = {flag.category for flag in claim_screen(claim=claim)}
        if decision == ClaimDecision.ADDED and category in flagged:
            self.add_error(
                "decision", f"The screener already flags {category} here: confirm or dismiss it."
            )
        elif decision != ClaimDecision.ADDED and category not in flagged:
            self.add_error(
                "category",
                f"The screener does not flag {category} in this claim"
                + (f" (it flags {', '.join(sorted(flagged))})" if flagged else "")
                + ": choose “Missed category added” if it should.",
            )
        return cleaned


@admin.register(ClaimLabel)
class ClaimLabelAdmin(StrictActionsMixin, SimpleHistoryAdmin):
    form = ClaimLabelForm
    list_display = (
        "claim_excerpt",
        "clinic",
        "category",
        "decision",
        "decided_by",
        "decided_at",
        "screener_version",
        "reviewed_by",
    )
    list_filter = ("decision", "category", ("reviewed_at", admin.EmptyFieldListFilter))
    list_select_related = ("claim__clinic", "decided_by", "reviewed_by")
    actions = ("accept",)
    search_fields = ("claim__text", "claim__clinic__name", "reason")
    raw_id_fields = ("claim",)
    readonly_fields = ("decided_by", "decided_at", "screener_version", "reviewed_by", "reviewed_at")

    @admin.display(description="Claim")
    def claim_excerpt(self, label: ClaimLabel) -> str:
        text = label.claim.text
        return text if len(text) <= 80 else text[:79] + "…"

    @admin.display(description="Clinic", ordering="claim__clinic__name")
    def clinic(self, label: ClaimLabel) -> str:
        return label.claim.clinic.name

    def save_model(self, request: HttpRequest, obj: ClaimLabel, form: Any, change: bool) -> None:
        # Who and under which screener: a label judges the flags that version raised.
        obj.decided_by = request.user
        obj.screener_version = SCREENER_VERSION
        # A changed word needs a new review before it can teach the screener.
        obj.reviewed_by, obj.reviewed_at = None, None
        super().save_model(request, obj, form, change)
        # an unreviewed word decides nothing: what an earlier review decided is taken back
        claims_curation_refresh([obj.claim_id])

    def delete_model(self, request: HttpRequest, obj: ClaimLabel) -> None:
        super().delete_model(request, obj)
        claims_curation_refresh([obj.claim_id])

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[ClaimLabel]) -> None:
        claims = list(queryset.values_list("claim_id", flat=True))
        super().delete_queryset(request, queryset)
        claims_curation_refresh(claims)

    def has_accept_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("checklist.review_claimlabel")

    @admin.action(
        description="Accept as exemplars for the screener (reviewed)", permissions=("accept",)
    )
    def accept(self, request: HttpRequest, queryset: QuerySet[ClaimLabel]) -> None:
        """A second person accepts labels; one's own labels are left for someone else."""
        own = queryset.filter(decided_by=request.user).count()
        accepted = 0
        claims: set[int] = set()
        for label in queryset.exclude(decided_by=request.user).filter(reviewed_at__isnull=True):
            label.reviewed_by, label.reviewed_at = request.user, timezone.now()
            label.save(update_fields=["reviewed_by", "reviewed_at"])
            accepted += 1
            claims.add(label.claim_id)
        # a reviewed dismissal or addition decides its own claim: the grade follows now
        rescored = claims_curation_refresh(claims)
        message = f"{counted(accepted, 'label')} accepted as exemplars."
        if rescored:
            message += f" {counted(len(rescored), 'clinic')} scored again with them."
        if own:
            message += f" {counted(own, 'label')} of your own left for another reviewer."
        self.message_user(request, message)
