"""Public enforcement records in the admin: curators record and link actions (one by one or
as a spreadsheet, clinics.resources.EnforcementActionResource), and accept or dismiss the
matches an import proposes; reviewers read. Linking an action to a clinic, or to one of its
practitioners, rescores the clinic."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from checklist.services.assessments import clinics_score
from clinics.admin_safety import BoundedManyToManyMixin
from clinics.choices import EnforcementConcern, MatchStatus
from clinics.curation import CuratedImportExportMixin, StrictActionsMixin, counted
from clinics.document_admin import DocumentInline
from clinics.enforcement import clinics_concerned, match_decide
from clinics.models import EnforcementAction, EnforcementImport, EnforcementMatch
from clinics.resources import EnforcementActionResource
from pagecache.cache import public_data_changed


class EnforcementActionForm(forms.ModelForm):
    concerns = forms.MultipleChoiceField(
        choices=EnforcementConcern.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="What the action is about.",
    )

    class Meta:
        model = EnforcementAction
        fields = (
            "company",
            "agency",
            "kind",
            "reference",
            "issued_on",
            "closed_out_on",
            "subject",
            "products",
            "concerns",
            "summary",
            "url",
            "website",
            "city",
            "country",
            "clinics",
            "practitioners",
        )


class MatchInline(admin.TabularInline):
    model = EnforcementMatch
    fields = ("clinic", "practitioner", "score", "reasons", "status", "decided_by", "decided_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(EnforcementAction)
class EnforcementActionAdmin(
    BoundedManyToManyMixin, StrictActionsMixin, CuratedImportExportMixin, SimpleHistoryAdmin
):
    form = EnforcementActionForm
    # The spreadsheet: CSV or XLSX, checked whole before anything is saved (clinics.curation).
    resource_classes = (EnforcementActionResource,)
    list_display = (
        "company",
        "agency",
        "kind",
        "issued_on",
        "closed_out_on",
        "linked",
        "open_matches",
    )
    list_filter = ("kind", "agency", ("closed_out_on", admin.EmptyFieldListFilter))
    search_fields = ("company", "reference", "subject", "products", "summary")
    date_hierarchy = "issued_on"
    # raw ids, not autocomplete: its widget re-renders a refused value with a query that fails
    # on a non-numeric id (a 500 that tests/security/test_hostile_admin_forms.py found)
    raw_id_fields = ("clinics", "practitioners")
    readonly_fields = ("source", "created")
    inlines = (MatchInline, DocumentInline)

    def get_queryset(self, request: HttpRequest) -> QuerySet[EnforcementAction]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                linked_count=Count("clinics", distinct=True),
                open_count=Count(
                    "matches", filter=Q(matches__status=MatchStatus.PROPOSED), distinct=True
                ),
            )
        )

    @admin.display(description="Clinics linked", ordering="linked_count")
    def linked(self, action: Any) -> int:
        return action.linked_count

    @admin.display(description="Matches to decide", ordering="open_count")
    def open_matches(self, action: Any) -> int:
        return action.open_count

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        before = clinics_concerned(form.instance) if change else set()
        super().save_related(request, form, formsets, change)
        after = clinics_concerned(form.instance)
        # A clinic linked or unlinked (itself or through a practitioner), and every linked
        # clinic when the action itself changed.
        clinics_score(after | before)
        public_data_changed()

    def clinics_written(self, ids: Iterable[int]) -> None:
        # A spreadsheet import links and changes actions as the change form does.
        clinics_score(ids)
        public_data_changed()


@admin.register(EnforcementMatch)
class EnforcementMatchAdmin(StrictActionsMixin, SimpleHistoryAdmin):
    list_display = ("action", "clinic", "practitioner", "score", "reasons", "status", "decided_by")
    list_filter = ("status",)
    list_select_related = ("action", "clinic", "practitioner", "decided_by")
    search_fields = ("action__company", "clinic__name", "practitioner__name")
    readonly_fields = (
        "action",
        "clinic",
        "practitioner",
        "score",
        "reasons",
        "status",
        "decided_by",
        "decided_at",
    )
    actions = ("accept", "dismiss")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # matches are proposed by imports, decided here

    def _decide(
        self, request: HttpRequest, queryset: QuerySet[EnforcementMatch], accept: bool
    ) -> int:
        clinics: set[int] = set()
        done = 0
        for match in queryset.select_related("action", "practitioner").exclude(
            status=MatchStatus.ACCEPTED if accept else MatchStatus.DISMISSED
        ):
            match_decide(match=match, accept=accept, user=request.user)
            done += 1
            if match.clinic_id is not None:
                clinics.add(match.clinic_id)
            elif match.practitioner is not None:
                clinics.add(match.practitioner.clinic_id)  # a doctor's record counts at the clinic
        clinics_score(clinics)
        if done:
            public_data_changed()  # a link is a many-to-many row: no model save announces it
        return done

    @admin.action(
        description="Accept: link the action to the clinic or practitioner", permissions=("change",)
    )
    def accept(self, request: HttpRequest, queryset: QuerySet[EnforcementMatch]) -> None:
        done = self._decide(request, queryset, accept=True)
        self.message_user(request, f"{counted(done, 'match')} accepted and linked.")

    @admin.action(
        description="Dismiss: not the same (never proposed again)", permissions=("change",)
    )
    def dismiss(self, request: HttpRequest, queryset: QuerySet[EnforcementMatch]) -> None:
        done = self._decide(request, queryset, accept=False)
        self.message_user(request, f"{counted(done, 'match')} dismissed.")


@admin.register(EnforcementImport)
class EnforcementImportAdmin(admin.ModelAdmin):
    list_display = ("source", "file_name", "imported_at", "rows", "kept", "created", "proposed")
    readonly_fields = list_display

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
