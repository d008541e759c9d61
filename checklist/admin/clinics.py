"""The clinic, practitioner and credential admins: the curated data with its judgement beside it.

They live here, above both apps, because they show each clinic's grade, score history, flagged
claims and open patient reports, and rescore a clinic whenever a curator saves anything of it;
the parts they are built of (inlines, forms, curated filters, the spreadsheet import) are in
clinics.curation. Every computed column reads the clinic's row joined to its current
assessment, or an annotation of the one query that loads the rows of the page shown (the
clinic list finds the page's keys first, so that nothing is computed for rows it skips).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from checklist.engine import presentation
from checklist.engine.claims import CATEGORIES, Decision, rank
from checklist.engine.claims.screening import (
    ALREADY_FLAGGED,
    COVERED_BY_A_RULE,
    FlagReasons,
    why_flagged,
    why_not_flagged,
)
from checklist.engine.criteria import CATALOGUE
from checklist.engine.stored import explain_in
from checklist.models import OPEN_STATUSES, ClaimLabel, ClinicAssessment, PatientReport
from checklist.services.assessments import (
    assessment_refresh,
    assessments_refresh,
    clinics_score,
    held_grades_publish,
)
from checklist.services.review import STALE_REVIEW_DAYS, needs_review_condition
from clinics.admin_safety import ListFilterLookupsOnlyMixin
from clinics.curation import (
    ADMIN_MEDIA_CSS,
    CellSourceFilter,
    ClaimInline,
    ClinicCredentialInline,
    CountryFilter,
    CuratedImportExportMixin,
    EvidenceInline,
    ExpiringCredentialFilter,
    KeysFirstMixin,
    PractitionerInline,
    PriceInline,
    ProtocolInline,
    SchemaModelForm,
    StrictActionsMixin,
    VerificationFilter,
    counted,
    json_list_holds,
)
from clinics.import_forms import MAX_BACKGROUND_ROWS, job_upload_save
from clinics.models import CHANGED_SINCE_REVIEW, REVIEWED, Claim, Clinic
from clinics.services import (
    claim_screen,
    clinics_mark_reviewed,
    clinics_publish,
    review_changes,
)
from jobs.services import job_start

from .website import website_panel

NOT_ASSESSED = "none"


class GradeFilter(admin.SimpleListFilter):
    title = "grade"
    parameter_name = "grade"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [*presentation.GRADE_FILTER_CHOICES, (NOT_ASSESSED, "Not assessed yet")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        if self.value() == NOT_ASSESSED:
            return queryset.filter(current_assessment__isnull=True)
        if self.value() in dict(presentation.GRADE_FILTER_CHOICES):
            return queryset.filter(current_assessment__grade=self.value())
        return queryset


ANY = "any"


class KnockoutFilter(admin.SimpleListFilter):
    title = "failed must-pass check"
    parameter_name = "knockout"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [(ANY, "Fails any"), *((c.id, c.title) for c in CATALOGUE.knockouts)]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        if self.value() == ANY:
            return queryset.filter(current_assessment__isnull=False).exclude(
                current_assessment__failed_knockouts=[]
            )
        if self.value() in CATALOGUE.by_id:
            return queryset.filter(
                json_list_holds("current_assessment__failed_knockouts", self.value())
            )
        return queryset


class FlaggedClaimsFilter(admin.SimpleListFilter):
    title = "flagged claims"
    parameter_name = "flagged_claims"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [("yes", "Has flagged claims"), ("no", "No flagged claims")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        flagged = Q(current_assessment__isnull=False) & ~Q(current_assessment__claim_flags=[])
        match self.value():
            case "yes":
                return queryset.filter(flagged)
            case "no":
                return queryset.filter(current_assessment__claim_flags=[])
        return queryset


class ReviewFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [
            ("needs", "Needs review"),
            ("stale", f"Not reviewed for {STALE_REVIEW_DAYS} days"),
            ("never", "Never reviewed"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        match self.value():
            case "needs":
                return queryset.filter(needs_review=True)
            case "stale":
                cutoff = timezone.localdate() - datetime.timedelta(days=STALE_REVIEW_DAYS)
                return queryset.filter(Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=cutoff))
            case "never":
                return queryset.filter(last_reviewed__isnull=True)
        return queryset


REVIEW_NOTE_MAX = 2000


class ProfilesUploadForm(forms.Form):
    file = forms.FileField(
        label="Profiles file (JSON)",
        help_text="A list of clinic profiles, as export_clinics writes and docs/clinic-profile.md "
        "describes.",
    )
    update = forms.BooleanField(
        required=False,
        label="Replace clinics that already exist (matched by slug; their children are replaced "
        "whole)",
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        try:
            data = json.loads(b"".join(upload.chunks()).decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise forms.ValidationError(f"The file is not valid JSON: {error}.") from None
        if not isinstance(data, list):
            raise forms.ValidationError("The file must hold a list of clinic profiles: [ … ].")
        if len(data) > MAX_BACKGROUND_ROWS:
            raise forms.ValidationError(
                f"The file holds {len(data):,} profiles; the admin imports at most "
                f"{MAX_BACKGROUND_ROWS:,} at a time."
            )
        self.records = len(data)
        return upload


# A "Recompute scores" on more clinics than this is handed to a job worker.
RESCORE_INLINE_MAX = 200


class RescoreOnSaveMixin:
    """Any curator edit can change a grade: rescore the clinic once everything is saved.

    Reverting to an old version (simple-history) is an edit too: it needs the change
    permission (simple-history only asks for view) and rescores like any other save.
    """

    def clinic_of(self, obj) -> Clinic | None:
        return obj

    def save_model(self, request: HttpRequest, obj, form, change) -> None:
        # A practitioner or a credential moved to another clinic changes both clinics' scores.
        form.clinic_before = None
        if change and not isinstance(obj, Clinic):
            stored = type(obj)._default_manager.filter(pk=obj.pk).first()
            form.clinic_before = self.clinic_of(stored) if stored is not None else None
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        clinic = self.clinic_of(form.instance)
        if clinic is not None:
            assessment_refresh(clinic=clinic)
        before = getattr(form, "clinic_before", None)
        if before is not None and (clinic is None or before.pk != clinic.pk):
            assessment_refresh(clinic=before)

    def delete_model(self, request: HttpRequest, obj) -> None:
        clinic = self.clinic_of(obj)
        super().delete_model(request, obj)
        if clinic is not None and clinic.pk is not None and not isinstance(obj, Clinic):
            assessment_refresh(clinic=clinic)

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict | None = None,
    ) -> HttpResponse:
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
        response = super().history_form_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302:
            clinic = self.clinic_of(self.get_object(request, unquote(object_id)))
            if clinic is not None:
                assessment_refresh(clinic=clinic)
        return response


# Why a phrase was read but not flagged, where a more precise flag of its kind stands for it.
_NO_NEWS = (COVERED_BY_A_RULE, ALREADY_FLAGGED)


@dataclass(frozen=True)
class ClaimPanel:
    claim: Claim
    segments: tuple[presentation.Segment, ...]
    notes: tuple[presentation.FlagNote, ...]
    # Phrases a rule proposed that their context dropped, with why: what a curator checks
    # before trusting that "nothing flagged" means nothing claimed.
    dropped: tuple[Decision, ...] = ()
    # What raised each flag: the rules and finders, or the exemplar it resembles and how
    # closely, or the trained encoder, each flag once.
    kept: tuple[FlagReasons, ...] = ()
    flagged: tuple[str, ...] = ()  # the categories flagged, for the label links
    labels: tuple[ClaimLabel, ...] = ()  # curators' words on this claim's flags


def claim_panels(claims: list[Claim]) -> list[ClaimPanel]:
    """Each claim with its flags, why each was raised or a look-alike dropped, and curators'
    labels on it (one query for the labels of all the claims)."""
    labels: dict[int, list[ClaimLabel]] = {}
    ids = [claim.pk for claim in claims if claim.pk is not None]
    for label in ClaimLabel.objects.filter(claim__in=ids).select_related("decided_by"):
        labels.setdefault(label.claim_id, []).append(label)
    panels = []
    for claim in claims:
        flags = claim_screen(claim=claim)
        segments = presentation.highlight(claim.text, flags)
        decisions = explain_in(claim.text, claim.language)
        flagged = tuple(sorted({flag.category for flag in flags}, key=rank))
        kept = why_flagged(flags, (d for d in decisions if d.category in flagged))
        # a resemblance or an encoder's reading that a precise flag stands for is no news to
        # the curator
        dropped = why_not_flagged(claim.text, (d for d in decisions if d.why not in _NO_NEWS))
        panels.append(
            ClaimPanel(
                claim,
                segments,
                presentation.flag_notes(segments),
                dropped,
                kept,
                flagged,
                tuple(labels.get(claim.pk, ())),
            )
        )
    return panels


def claims_in_inline(inline_admin_formsets: Any) -> list[Claim] | None:
    """The claims the change page's claims inline loaded, as stored: None when it is not
    shown (no permission) or shows what was just posted."""
    for inline in inline_admin_formsets:
        formset = inline.formset
        if formset.model is Claim and not formset.is_bound:
            return [form.instance for form in formset.initial_forms]
    return None


def open_reports_count() -> Coalesce:
    reports = (
        PatientReport.objects.filter(clinic=OuterRef("pk"), shared=True, status__in=OPEN_STATUSES)
        .order_by()
        .values("clinic")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(reports[:1], output_field=IntegerField()), 0)


@admin.register(Clinic)
class ClinicAdmin(
    # patient_reports reaches every report, shared or not: no lookups but the filters'
    ListFilterLookupsOnlyMixin,
    KeysFirstMixin,
    StrictActionsMixin,
    RescoreOnSaveMixin,
    CuratedImportExportMixin,
    SimpleHistoryAdmin,
):
    form = SchemaModelForm
    list_display = (
        "name",
        "country_name",
        "grade_badge",
        # score and coverage share a column: at 1,280 px every column a curator needs fits
        "score",
        "red_flags",
        "knockouts",
        "last_assessed",
        "review_state",
        "published",
    )
    list_select_related = ("current_assessment",)
    list_defer = ("current_assessment__results", "current_assessment__insufficient_groups")
    list_filter = (
        GradeFilter,
        CountryFilter,
        KnockoutFilter,
        FlaggedClaimsFilter,
        ExpiringCredentialFilter,
        ReviewFilter,
        "published",
        CellSourceFilter,
        VerificationFilter,
    )
    search_fields = ("name", "city", "slug")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (
        PractitionerInline,
        ClinicCredentialInline,
        ProtocolInline,
        ClaimInline,
        PriceInline,
        EvidenceInline,
    )
    actions = (
        "rescore",
        "publish",
        "unpublish",
        "publish_held",
        "mark_reviewed",
        "export_profiles",
    )
    change_form_template = "admin/clinics/clinic/change_form.html"
    import_template_name = "admin/clinics/clinic/import.html"
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
                    ("markets_treatments", "offered_as_study", "ethics_review"),
                    ("release_testing", "adverse_event_reporting", "sales_pressure"),
                ),
            },
        ),
    )
    # Set only by a review (the change page's "Mark reviewed", the list's action).
    readonly_fields = ("last_reviewed",)

    class Media:
        css = ADMIN_MEDIA_CSS

    def get_queryset(self, request: HttpRequest) -> QuerySet[Clinic]:
        # The stored facts are large and no admin page reads them.
        return (
            super()
            .get_queryset(request)
            .select_related("current_assessment")
            .defer("current_assessment__facts")
            .annotate(
                needs_review=ExpressionWrapper(
                    needs_review_condition(), output_field=BooleanField()
                ),
                open_reports=open_reports_count(),
            )
        )

    def view_on_site(self, clinic: Clinic) -> str:
        # An unpublished clinic has no public page yet: "View on site" shows its preview.
        if clinic.published:
            return clinic.get_absolute_url()
        return reverse("clinics:preview", kwargs={"slug": clinic.slug})

    def get_deleted_objects(self, objs, request: HttpRequest) -> tuple:
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        # A clinic's assessments are its derived score history: nobody deletes one on its own,
        # but they go with their clinic.
        perms_needed.discard(ClinicAssessment._meta.verbose_name)
        return deleted, counts, perms_needed, protected

    # --- columns -------------------------------------------------------------------------------

    @admin.display(description="Country", ordering="country")
    def country_name(self, clinic: Clinic) -> str:
        # Not the field itself: the admin would rebuild the 250 country choices for every row.
        return clinic.country.name

    @admin.display(description="Grade", ordering="current_assessment__grade")
    def grade_badge(self, clinic: Clinic) -> str:
        assessment = clinic.current_assessment
        if assessment is None:
            return format_html('<span class="cv-grade cv-grade-none">{}</span>', "Not assessed")
        return format_html(
            '<span class="cv-grade cv-grade-{}">{}</span>',
            assessment.grade,
            presentation.GRADE_LABELS.get(assessment.grade, assessment.grade),
        )

    @admin.display(description="Score (known)", ordering="current_assessment__score")
    def score(self, clinic: Clinic) -> str:
        assessment = clinic.current_assessment
        if assessment is None:
            return "-"
        return format_html(
            '{} <span class="cv-quiet">({}%)</span>',
            f"{assessment.score:.0f}",
            f"{assessment.coverage:.0f}",
        )

    @admin.display(description="Red flags")
    def red_flags(self, clinic: Clinic) -> int | str:
        assessment = clinic.current_assessment
        if assessment is None:
            return "-"
        return len(assessment.failed_knockouts) + len(assessment.claim_flags)

    @admin.display(description="Failed must-pass")
    def knockouts(self, clinic: Clinic) -> str:
        assessment = clinic.current_assessment
        if assessment is None or not assessment.failed_knockouts:
            return "-"
        return "; ".join(
            CATALOGUE.by_id[k].title if k in CATALOGUE.by_id else k
            for k in assessment.failed_knockouts
        )

    @admin.display(description="Last assessed", ordering="current_assessment__created")
    def last_assessed(self, clinic: Clinic) -> str:
        assessment = clinic.current_assessment
        return assessment.created.strftime("%Y-%m-%d") if assessment else "-"

    @admin.display(description="Last reviewed", ordering=F("last_reviewed").asc(nulls_first=True))
    def review_state(self, clinic: Clinic) -> str:
        reviewed = clinic.last_reviewed.isoformat() if clinic.last_reviewed else "never"
        notes = []
        if getattr(clinic, "needs_review", False):
            notes.append(format_html('<span class="cv-tag cv-tag-warn">{}</span>', "needs review"))
        if getattr(clinic, "open_reports", 0):
            notes.append(
                format_html(
                    '<span class="cv-tag">{}</span>', counted(clinic.open_reports, "open report")
                )
            )
        return format_html("{} {}", reviewed, format_html_join(" ", "{}", ((n,) for n in notes)))

    # --- the change page -----------------------------------------------------------------------

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict,
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Clinic | None = None,
    ) -> HttpResponse:
        if change and obj is not None:
            context["review"] = self.review_context(
                request, obj, claims=claims_in_inline(context.get("inline_admin_formsets", ()))
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def review_context(
        self, request: HttpRequest, clinic: Clinic, claims: list[Claim] | None = None
    ) -> dict[str, Any]:
        """The read-only panels above the form: the score history, and the claims unless the
        claims inline has loaded them already."""
        stored = clinic.current_assessment
        rows = list(
            ClinicAssessment.objects.filter(clinic=clinic)
            .order_by("created", "id")
            .only("created", "catalogue_version", "grade", "score", "coverage", "results")
        )
        can_see_reports = request.user.has_perm("checklist.view_patientreport")
        reports_url = reverse("admin:checklist_patientreport_changelist")
        claims = claim_panels(list(clinic.claims.all()) if claims is None else claims)
        status = clinic.review_status
        if status == CHANGED_SINCE_REVIEW:
            last_review, changed = review_changes(clinic)
        else:
            last_review = clinic.reviews.select_related("reviewer").defer("profile").first()
            changed = []
        return {
            "review_status": status,
            "reviewed": status == REVIEWED,
            "last_review": last_review,
            "changes_since_review": changed,
            "can_review": self.has_review_permission(request),
            "review_url": reverse("admin:clinics_clinic_review", args=[clinic.pk]),
            "stored": stored,
            "assessment": stored.to_assessment() if stored else None,
            "red_flags": self.red_flags(clinic),
            "claims": claims,
            "flagged_claims": sum(1 for panel in claims if panel.notes),
            "can_label": request.user.has_perm("checklist.add_claimlabel"),
            "label_add_url": reverse("admin:checklist_claimlabel_add"),
            "categories": CATEGORIES,
            "history": presentation.score_history(rows, CATALOGUE),
            "chart": presentation.score_history_points([r.score for r in rows]),
            "needs_review": getattr(clinic, "needs_review", False),
            "open_reports": getattr(clinic, "open_reports", 0),
            "history_url": reverse("admin:clinics_clinic_history", args=[clinic.pk]),
            "reports_url": f"{reports_url}?clinic__id__exact={clinic.pk}"
            if can_see_reports
            else "",
            "preview_url": reverse("clinics:preview", kwargs={"slug": clinic.slug}),
            "website": website_panel(request, clinic),
        }

    # --- review ----------------------------------------------------------------------------------

    def get_urls(self) -> list:
        review = self.admin_site.admin_view(require_POST(self.review_view))
        profiles = self.admin_site.admin_view(self.import_profiles_view)
        return [
            path("import-profiles/", profiles, name="clinics_clinic_import_profiles"),
            path("<path:object_id>/review/", review, name="clinics_clinic_review"),
            *super().get_urls(),
        ]

    def import_profiles_view(self, request: HttpRequest) -> HttpResponse:
        """Clinic profiles as JSON (docs/clinic-profile.md): checked by a worker, imported on
        the curator's confirmation (checklist/import_jobs.py)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = ProfilesUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            saved = job_upload_save(upload, ".json")
            job = job_start(
                "profiles_preview",
                user=request.user,
                params={
                    "admin": Clinic._meta.label_lower,
                    "file": str(saved),
                    "name": upload.name,
                    "update": form.cleaned_data["update"],
                    "user": request.user.pk,
                },
                label=f"Check {upload.name} ({form.records:,} profiles) for import",
            )
            self.message_user(
                request,
                "A worker checks the profiles now; the preview appears on this page when ready, "
                "with the button to import them.",
            )
            return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[job.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Import clinic profiles (JSON)",
            "opts": self.model._meta,
            "form": form,
        }
        return TemplateResponse(request, "admin/clinics/clinic/import_profiles.html", context)

    def review_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """A reviewer marks the clinic's current data reviewed, with a note: rescored first, so
        the review vouches for the grade the data earns now."""
        if not self.has_review_permission(request):
            raise PermissionDenied
        clinic = get_object_or_404(Clinic, pk=unquote(object_id))
        note = request.POST.get("note", "").strip()[:REVIEW_NOTE_MAX]
        assessment_refresh(clinic=clinic)
        clinics_mark_reviewed(
            queryset=Clinic.objects.filter(pk=clinic.pk), user=request.user, note=note
        )
        messages.success(
            request, f"{clinic.name}: marked reviewed; its grade is no longer provisional."
        )
        return HttpResponseRedirect(reverse("admin:clinics_clinic_change", args=[clinic.pk]))

    # --- actions -------------------------------------------------------------------------------

    def clinics_written(self, ids: Iterable[int]) -> None:
        # A spreadsheet import changes grades as much as the change form does.
        clinics_score(ids)

    def has_rescore_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("clinics.rescore_clinic")

    def has_review_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("clinics.review_clinic")

    @admin.action(description="Recompute scores", permissions=("rescore",))
    def rescore(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> None:
        ids = list(queryset.values_list("pk", flat=True)[: RESCORE_INLINE_MAX + 1])
        if len(ids) > RESCORE_INLINE_MAX:
            # Too many to wait for: a worker rescores them while the curator goes on.
            job = job_start(
                "rescore",
                user=request.user,
                params={"scope": "clinics", "ids": list(queryset.values_list("pk", flat=True))},
                label=f"Rescore {queryset.count()} selected clinics",
            )
            jobs_url = reverse("admin:jobs_job_changelist")
            self.message_user(
                request,
                format_html(
                    'Job #{} queued: <a href="{}">follow it in Background jobs</a>.',
                    job.pk,
                    jobs_url,
                ),
            )
            return
        summary = assessments_refresh(queryset=queryset)
        self.message_user(
            request, f"{counted(summary.clinics, 'clinic')} rescored; {summary.changed} changed."
        )

    @admin.action(description="Publish on the public site", permissions=("change",))
    def publish(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> None:
        changed = clinics_publish(queryset=queryset, published=True, user=request.user)
        self.message_user(request, f"{counted(changed, 'clinic')} published.")

    @admin.action(description="Withdraw from the public site", permissions=("change",))
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> None:
        changed = clinics_publish(queryset=queryset, published=False, user=request.user)
        self.message_user(request, f"{counted(changed, 'clinic')} withdrawn from the public site.")

    @admin.action(
        description="End the preview period: publish held grades now", permissions=("change",)
    )
    def publish_held(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> None:
        released = held_grades_publish(queryset)
        self.message_user(request, f"{counted(released, 'held grade')} published.")

    @admin.action(description="Mark reviewed today", permissions=("review",))
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> None:
        marked = clinics_mark_reviewed(queryset=queryset, user=request.user)
        self.message_user(request, f"{counted(marked, 'clinic')} marked reviewed today.")
