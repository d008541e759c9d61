"""The staff's view of background jobs: what runs, how far it has got, what it did or why it
failed; start the launchers the apps register, cancel a queued job, retry a failed one,
download an export. Progress bars update themselves from a JSON view (static/js/jobs.js:
no inline script, so the CSP stays strict)."""

from __future__ import annotations

import os
from typing import Any

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
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_POST

from .models import FINISHED_STATES, Job, JobState
from .registry import LAUNCHERS
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
        "params",
        "state",
        "progress",
        "started_by",
        "created",
        "started_at",
        "finished_at",
        "attempts",
        "summary",
        "error",
        "download",
    )
    readonly_fields = fields

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

    @admin.action(description="Cancel (queued jobs only)", permissions=("run",))
    def cancel(self, request: HttpRequest, queryset) -> None:
        skipped = queryset.exclude(state=JobState.QUEUED).count()
        cancelled = sum(job_cancel(job) for job in queryset.filter(state=JobState.QUEUED))
        message = f"{cancelled} job(s) cancelled."
        if skipped:
            message += f" {skipped} not queued (running or finished) left as they were."
        self.message_user(request, message)

    @admin.action(description="Retry (failed jobs only)", permissions=("run",))
    def retry(self, request: HttpRequest, queryset) -> None:
        skipped = queryset.exclude(state=JobState.FAILED).count()
        retried = sum(job_retry(job) for job in queryset.filter(state=JobState.FAILED))
        message = f"{retried} job(s) queued again."
        if skipped:
            message += f" {skipped} had not failed and were left as they were."
        self.message_user(request, message)


__all__ = ["FINISHED_STATES", "JobAdmin"]
