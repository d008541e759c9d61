"""The website capture in the admin (issue 19): a curator gives a clinic's pages (or uploads a
saved page or brochure) and a worker captures them; each snapshot opens on its review page, the
page's text with every proposal marked beside the clinic's current data, where the curator
accepts or rejects each proposal, previews the grade, and saves. Snapshots are evidence: they
are never edited or deleted here, and their originals download as attachments only."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.validators import URLValidator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from clinics.choices import (
    CellForm,
    CellSource,
    CredentialKind,
    Manipulation,
    Processing,
    Treatment,
)
from clinics.curation import ADMIN_MEDIA_CSS
from clinics.import_forms import job_upload_save
from clinics.models import Citation, Clinic, Snapshot, WebsitePage
from clinics.snapshots import ProposalStatus
from jobs.services import job_start

from . import services
from .extract import is_pdf
from .fetch import MAX_BYTES
from .highlight import highlighted, spans

MAX_URLS = 10
# A proposed term's words on the page, for the codes the profile records.
TERM_LABELS = {
    kind: dict(choices.choices)
    for kind, choices in (
        ("cell_source", CellSource),
        ("cell_form", CellForm),
        ("processing", Processing),
        ("manipulation", Manipulation),
    )
}
STATUS_LABELS = dict(ProposalStatus.choices)
KIND_LABELS = {
    "claim": "Claim",
    "price": "Price",
    "cell_source": "Cell source",
    "cell_form": "What is injected",
    "processing": "Processing",
    "manipulation": "Manipulation",
    "practitioner": "Practitioner",
    "accreditation": "Accreditation or registration",
    "trial": "Registered trial",
    "doi": "Publication (DOI)",
}


def _urls_help() -> str:
    return _("One address a line (home, treatment, prices, team); up to %(count)s.") % {
        "count": MAX_URLS
    }


def _upload_help() -> str:
    return _("An HTML page or a PDF, up to %(size)s MB; read by its content.") % {
        "size": MAX_BYTES // 2**20
    }


class CaptureForm(forms.Form):
    urls = forms.CharField(
        label=_("Pages to capture"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        help_text=lazy(_urls_help, str)(),
    )
    upload = forms.FileField(
        label=_("Or a saved page or brochure"),
        required=False,
        help_text=lazy(_upload_help, str)(),
    )
    recheck = forms.BooleanField(
        label=_("Re-check these pages on the schedule"),
        required=False,
        initial=True,
        help_text=_("A changed page is compared with its last snapshot and reported to curators."),
    )

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        check = URLValidator(schemes=["http", "https"])
        for number, line in enumerate(lines, start=1):
            try:
                check(line)
            except forms.ValidationError:
                raise forms.ValidationError(
                    f"Line {number} is not a web address (http:// or https://): {line[:80]}"
                ) from None
        urls = list(dict.fromkeys(lines))
        if len(urls) > MAX_URLS:
            raise forms.ValidationError(f"Give at most {MAX_URLS} pages at a time.")
        return urls

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_BYTES // 2**20} MB.")
        head = upload.read(2048)
        upload.seek(0)
        # A saved page starts with markup (after a byte-order mark or blank lines).
        if not (is_pdf(head) or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")):
            raise forms.ValidationError(
                "This file is neither an HTML page nor a PDF (read from its content, not its name)."
            )
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not self.errors and not data.get("urls") and not data.get("upload"):
            raise forms.ValidationError("Give at least one address, or upload a file.")
        return data


@admin.register(WebsitePage)
class WebsitePageAdmin(admin.ModelAdmin):
    list_display = ("url", "clinic", "recheck", "last_checked_at", "last_error")
    list_filter = ("recheck",)
    list_editable = ("recheck",)
    list_select_related = ("clinic",)
    search_fields = ("url", "clinic__name")
    fields = ("clinic", "url", "recheck", "added_by", "added_at", "last_checked_at", "last_error")
    readonly_fields = ("clinic", "url", "added_by", "added_at", "last_checked_at", "last_error")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # pages are added by a capture


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ("address_short", "clinic", "source", "fetched_at", "to_decide", "attention")
    list_filter = ("attention", "source")
    list_select_related = ("clinic",)
    search_fields = ("clinic__name", "final_url", "requested_url", "title")
    date_hierarchy = "fetched_at"

    class Media:
        css = ADMIN_MEDIA_CSS

    def get_queryset(self, request: HttpRequest) -> QuerySet[Snapshot]:
        return super().get_queryset(request).defer("original", "text")

    @admin.display(description="page")
    def address_short(self, snapshot: Snapshot) -> str:
        return (snapshot.title or snapshot.address)[:90]

    @admin.display(description="to decide")
    def to_decide(self, snapshot: Snapshot) -> int:
        return snapshot.pending_count()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a snapshot comes from a capture (capture_view), never typed in

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # evidence is kept

    def get_urls(self) -> list:
        wrap = self.admin_site.admin_view
        return [
            path(
                "capture/<int:clinic_id>/", wrap(self.capture_view), name="clinics_snapshot_capture"
            ),
            path(
                "<path:object_id>/original/",
                wrap(self.original_view),
                name="clinics_snapshot_original",
            ),
            *super().get_urls(),
        ]

    # --- capture -------------------------------------------------------------------------

    def capture_view(self, request: HttpRequest, clinic_id: int) -> HttpResponse:
        if not request.user.has_perm("clinics.add_snapshot"):
            raise PermissionDenied
        clinic = get_object_or_404(Clinic, pk=clinic_id)
        form = CaptureForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            uploads = []
            if form.cleaned_data["upload"] is not None:
                upload = form.cleaned_data["upload"]
                saved = job_upload_save(upload, ".pdf" if is_pdf(upload.read(8)) else ".html")
                uploads.append({"path": str(saved), "name": upload.name[:200]})
            job = job_start(
                "capture",
                user=request.user,
                params={
                    "clinic": clinic.pk,
                    "urls": form.cleaned_data["urls"],
                    "uploads": uploads,
                    "recheck": form.cleaned_data["recheck"],
                },
                label=f"Capture the website of {clinic.name}",
            )
            messages.success(
                request,
                "The pages are being captured. When the job is done, its clinic's page lists the "
                "snapshots to review.",
            )
            return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[job.pk]))
        if request.method == "GET" and clinic.website:
            form.initial["urls"] = clinic.website
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "clinic": clinic,
            "form": form,
            "title": f"Capture the website of {clinic.name}",
            "recheck_days": services.recheck_days(),
        }
        return TemplateResponse(request, "admin/clinics/snapshot/capture.html", context)

    def original_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        snapshot = self.get_object(request, unquote(object_id))
        if snapshot is None or not self.has_view_permission(request, snapshot):
            raise Http404
        pdf = snapshot.content_type == "application/pdf"
        response = HttpResponse(snapshot.original_bytes(), content_type="application/octet-stream")
        # An attachment, never rendered from our origin: a page's scripts stay inert.
        response["Content-Disposition"] = (
            f'attachment; filename="snapshot-{snapshot.pk}.{"pdf" if pdf else "html"}"'
        )
        return response

    # --- review --------------------------------------------------------------------------

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        snapshot = self.get_object(request, unquote(object_id))
        if snapshot is None or not self.has_view_permission(request, snapshot):
            raise Http404
        can_decide = self.has_change_permission(request, snapshot)
        preview = None
        posted: dict[str, str] = {}
        if request.method == "POST":
            if not can_decide:
                raise PermissionDenied
            if request.POST.get("action") == "seen":
                services.snapshot_attention_clear(snapshot)
                messages.success(request, "Taken off the review queue.")
                return HttpResponseRedirect(request.path)
            posted = request.POST.dict()
            decisions = _decisions(request.POST)
            try:
                result = services.proposals_apply(
                    snapshot,
                    decisions,
                    user=request.user,
                    protocol_target=request.POST.get("protocol", services.NEW_PROTOCOL),
                    preview=request.POST.get("action") == "preview",
                )
            except services.DecisionError as error:
                messages.error(request, str(error))
            else:
                if request.POST.get("action") == "preview":
                    preview = result
                else:
                    messages.success(request, _saved_message(result))
                    return HttpResponseRedirect(request.path)
        return TemplateResponse(
            request,
            "admin/clinics/snapshot/review.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": snapshot,
                "title": f"Website snapshot: {snapshot.title or snapshot.address}",
                **review_context(snapshot, posted),
                "can_decide": can_decide,
                "preview": preview,
            },
        )


def _decisions(post: Any) -> dict[int, services.Decision]:
    decisions = {}
    for key, choice in post.items():
        if not key.startswith("decision-") or choice not in ("accept", "reject"):
            continue
        try:
            pid = int(key.removeprefix("decision-"))
        except ValueError:
            continue
        decisions[pid] = services.Decision(
            accept=choice == "accept",
            reason=post.get(f"reason-{pid}", ""),
            treatment=post.get(f"treatment-{pid}", Treatment.FULL_FACE),
            credential_kind=post.get(f"kind-{pid}", ""),
        )
    return decisions


def _saved_message(result: services.Applied) -> str:
    text = f"{result.accepted} accepted, {result.rejected} rejected."
    if result.accepted:
        text += f" Grade {result.grade_before or 'none'} → {result.grade_after or 'none'}."
    return text


def review_context(snapshot: Snapshot, posted: dict[str, str]) -> dict[str, Any]:
    clinic = snapshot.clinic
    _, located = spans(snapshot.text, snapshot.proposals)
    rows = []
    for proposal in snapshot.proposals:
        pid = proposal["id"]
        rows.append(
            {
                "p": proposal,
                "label": KIND_LABELS.get(proposal["kind"], proposal["kind"]),
                "shown": TERM_LABELS.get(proposal["kind"], {}).get(
                    proposal["value"], proposal["value"]
                ),
                "status": STATUS_LABELS.get(proposal.get("status"), proposal.get("status")),
                "pending": proposal.get("status") == ProposalStatus.PENDING,
                "located": pid in located,
                "choice": posted.get(f"decision-{pid}", ""),
                "reason": posted.get(f"reason-{pid}", ""),
                "treatment": posted.get(f"treatment-{pid}", Treatment.FULL_FACE),
                "kind": posted.get(f"kind-{pid}")
                or (
                    services.accreditation_kind(proposal["value"])
                    if proposal["kind"] == "accreditation"
                    else ""
                ),
            }
        )
    protocols = list(clinic.protocols.all())
    return {
        "clinic": clinic,
        "text": highlighted(snapshot.text, snapshot.proposals),
        "rows": rows,
        "pending": sum(1 for r in rows if r["pending"]),
        "protocols": protocols,
        "protocol_choice": posted.get("protocol", str(protocols[0].pk) if protocols else "new"),
        "treatments": Treatment.choices,
        "credential_kinds": CredentialKind.choices,
        "current": {
            "practitioners": list(clinic.practitioners.values_list("name", flat=True)),
            "prices": list(clinic.prices.all()),
            "evidence": list(clinic.evidence.values_list("identifier", flat=True)),
            "credentials": list(clinic.credentials.all()),
            "claims": clinic.claims.count(),
        },
        "assessment": clinic.current_assessment,
        "citations": Citation.objects.filter(snapshot=snapshot).count(),
        "clinic_url": reverse("admin:clinics_clinic_change", args=[clinic.pk]),
        "original_url": reverse("admin:clinics_snapshot_original", args=[snapshot.pk]),
        "link": format_html(
            '<a href="{}" rel="noopener noreferrer nofollow">{}</a>',
            snapshot.final_url,
            snapshot.final_url,
        )
        if snapshot.final_url.startswith(("http://", "https://"))
        else snapshot.requested_url,
    }
