"""The staff's view of background jobs: what runs, how far it has got, what it did or why it
failed; start the launchers the apps register, cancel a queued job, retry a failed one,
download an export. Progress bars update themselves from a JSON view (static/js/jobs.js:
no inline script, so the CSP stays strict)."""

from __future__ import annotations

import os
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET, require_POST

from .models import Job, JobState
from .registry import KINDS, LAUNCHERS
from .services import job_cancel, job_retry, job_start

ADMIN_MEDIA_CSS = {"all": ("css/admin.css",)}


def progress_data(job: Job) -> dict[str, Any]:
    return {
        "id": job.pk,
        "state": job.state,
        "state_label": job.get_state_display(),
        "done": job.done,
        "total": job.total,
        "percent": job.percent,
        "finished": job.finished,
        "summary": job.summary,
        "error": job.error,
    }


def progress_bar(job: Job, url: str) -> str:
    """A <progress> with its figures in words; jobs.js polls ``url`` while the job runs."""
    figures = f"{job.done} of {job.total}" if job.total is not None else "…"
    value = format_html(' value="{}" max="{}"', job.done, job.total) if job.total else ""
    return format_html(
        '<span class="cv-job" data-job-progress="{}" data-job-finished="{}">'
        '<progress class="cv-job-bar"{} aria-label="Progress of job {}"></progress> '
        '<span class="cv-job-figures">{}</span> · <span class="cv-job-state cv-job-{}">{}</span>'
        "</span>",
        url,
        "true" if job.finished else "false",
        value,
        job.pk,
        figures,
        job.state,
        job.get_state_display(),
    )


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("title", "progress", "started_by", "created", "finished_at", "outcome")
    list_filter = ("state", "kind")
    list_per_page = 50
    date_hierarchy = None
    actions = ("cancel", "retry")
    change_list_template = "admin/jobs/job/change_list.html"
    fields = (
        "label",
        "kind",
        "state",
        "progress",
        "started_by",
        "created",
        "started_at",
        "finished_at",
        "attempts",
        "summary",
        "error",
        "preview",
        "download",
        "follow_up",
    )
    readonly_fields = fields
    change_form_template = "admin/jobs/job/change_form.html"

    class Media:
        css = ADMIN_MEDIA_CSS
        js = ("js/jobs.js",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False

    def has_run_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("jobs.run_job")

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).select_related("started_by")

    @admin.display(description="Job", ordering="-created")
    def title(self, job: Job) -> str:
        return f"#{job.pk} {job.label}"

    @admin.display(description="Progress")
    def progress(self, job: Job) -> str:
        return progress_bar(job, reverse("admin:jobs_job_progress", args=[job.pk]))

    @admin.display(description="Result")
    def outcome(self, job: Job) -> str:
        text = job.error or job.summary
        return text if len(text) <= 160 else f"{text[:157]}…"

    @admin.display(description="Output")
    def download(self, job: Job) -> str:
        if not job.output_file or job.state != JobState.DONE:
            return "-"
        return format_html(
            '<a href="{}">Download {}</a>',
            reverse("admin:jobs_job_download", args=[job.pk]),
            os.path.basename(job.output_file),
        )

    @admin.display(description="Next")
    def follow_up(self, job: Job) -> str:
        """Where the staff go from a finished job: the pages its kind listed in
        ``result["links"]`` (label and admin address), e.g. a capture's snapshots to review."""
        links = job.result.get("links") or [] if job.state == JobState.DONE else []
        if not links:
            return "-"
        items = format_html_join(
            "", '<li><a href="{}">{}</a></li>', ((link["url"], link["label"]) for link in links)
        )
        return format_html("<ul>{}</ul>", items)

    @admin.display(description="Preview")
    def preview(self, job: Job) -> str:
        """What a checked import found: its rows by outcome, and the first refusals."""
        counts = job.result.get("counts")
        if not counts:
            return "-"
        figures = format_html_join(
            ", ",
            "{} {}",
            ((f"{counts[k]:,}", k) for k in ("new", "changed", "unchanged", "refused")),
        )
        refused = job.result.get("refused") or []
        if not refused:
            return format_html("<p>{}. No row is refused.</p>", figures)
        items = format_html_join(
            "",
            "<li>{}{}</li>",
            ((f"Row {r['row']}: " if r["row"] is not None else "", r["message"]) for r in refused),
        )
        more = job.result.get("refused_total", len(refused)) - len(refused)
        return format_html(
            '<p>{}.</p><ul class="cv-job-refusals">{}</ul>{}',
            figures,
            items,
            format_html("<p>and {} more refusals.</p>", more) if more > 0 else "",
        )

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict | None = None,
    ):
        job = Job.objects.filter(pk=object_id).first()
        extra_context = {
            **(extra_context or {}),
            "confirmable": bool(job and self._confirmable(request, job)),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def _confirmable(self, request: HttpRequest, job: Job) -> bool:
        kind = KINDS.get(job.kind)
        return bool(
            kind is not None
            and kind.then
            and job.state == JobState.DONE
            and job.result.get("confirmable")
            and "confirmed_job" not in job.result
            and self.has_run_permission(request)
            and self._may_import(request, job)
        )

    def _may_import(self, request: HttpRequest, job: Job) -> bool:
        label = job.params.get("admin", "")
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            return False
        model_admin = self.admin_site._registry.get(model)
        has = getattr(model_admin, "has_import_permission", None)
        return bool(has and has(request))

    def confirm_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """The curator's go-ahead for a checked job's next step (a checked import's writing),
        given once: a second click finds it given."""
        job = get_object_or_404(Job, pk=pk)
        if not self._confirmable(request, job):
            if "confirmed_job" in job.result:
                messages.warning(request, "This import was confirmed already.")
                return HttpResponseRedirect(
                    reverse("admin:jobs_job_change", args=[job.result["confirmed_job"]])
                )
            raise PermissionDenied
        claimed = (
            Job.objects.filter(pk=job.pk)
            .exclude(result__has_key="confirmed_job")
            .update(result={**job.result, "confirmed_job": None})
        )
        if not claimed:
            messages.warning(request, "This import was confirmed already.")
            return HttpResponseRedirect(reverse("admin:jobs_job_changelist"))
        then = KINDS[KINDS[job.kind].then]  # type: ignore[index]
        label = job.label.replace("Check ", "Import ", 1).replace(" for import", "")
        follow = job_start(then.name, user=request.user, params=job.params, label=label)
        Job.objects.filter(pk=job.pk).update(result={**job.result, "confirmed_job": follow.pk})
        messages.success(request, f"Job #{follow.pk} queued: {follow.label}.")
        return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[follow.pk]))

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None):
        extra_context = {
            **(extra_context or {}),
            "launchers": list(LAUNCHERS.values()) if self.has_run_permission(request) else [],
        }
        return super().changelist_view(request, extra_context)

    # --- views ------------------------------------------------------------------------------

    def get_urls(self) -> list:
        view = self.admin_site.admin_view
        return [
            path("start/<str:name>/", view(require_POST(self.start_view)), name="jobs_job_start"),
            path(
                "<int:pk>/progress/",
                view(require_GET(self.progress_view)),
                name="jobs_job_progress",
            ),
            path(
                "<int:pk>/download/",
                view(require_GET(self.download_view)),
                name="jobs_job_download",
            ),
            path(
                "<int:pk>/confirm/",
                view(require_POST(self.confirm_view)),
                name="jobs_job_confirm",
            ),
            *super().get_urls(),
        ]

    def start_view(self, request: HttpRequest, name: str) -> HttpResponse:
        if not self.has_run_permission(request):
            raise PermissionDenied
        launcher = LAUNCHERS.get(name)
        if launcher is None:
            raise Http404("No such job")
        job = job_start(
            launcher.kind, user=request.user, params=launcher.params, label=launcher.label
        )
        messages.success(request, f"Job #{job.pk} queued: {job.label}.")
        return HttpResponseRedirect(reverse("admin:jobs_job_changelist"))

    def progress_view(self, request: HttpRequest, pk: int) -> JsonResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return JsonResponse(progress_data(get_object_or_404(Job, pk=pk)))

    def download_view(self, request: HttpRequest, pk: int) -> FileResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        job = get_object_or_404(Job, pk=pk, state=JobState.DONE)
        folder = os.path.realpath(settings.JOB_FILES)
        file = os.path.realpath(job.output_file) if job.output_file else ""
        if not file.startswith(folder + os.sep) or not os.path.isfile(file):
            raise Http404("This job's file is gone")
        return FileResponse(open(file, "rb"), as_attachment=True, filename=os.path.basename(file))

    # --- actions ----------------------------------------------------------------------------

    def _act_on(
        self, request: HttpRequest, queryset, state: str, act, done: str, left: str
    ) -> None:
        """Apply ``act`` to the selected jobs in ``state``; say how many, and how many others
        were left as they were."""
        skipped = queryset.exclude(state=state).count()
        acted = sum(act(job) for job in queryset.filter(state=state))
        message = f"{acted} job(s) {done}."
        if skipped:
            message += f" {skipped} {left} left as they were."
        self.message_user(request, message)

    @admin.action(description="Cancel (queued jobs only)", permissions=("run",))
    def cancel(self, request: HttpRequest, queryset) -> None:
        self._act_on(
            request,
            queryset,
            JobState.QUEUED,
            job_cancel,
            "cancelled",
            "not queued (running or finished)",
        )

    @admin.action(description="Retry (failed jobs only)", permissions=("run",))
    def retry(self, request: HttpRequest, queryset) -> None:
        self._act_on(
            request,
            queryset,
            JobState.FAILED,
            job_retry,
            "queued again",
            "had not failed and were",
        )
