"""A job: one piece of long work (a rescore, an export, a purge) that runs on a worker outside
the web request, as the staff see it: who started it, what it is, how far it has got, what it
found or why it failed. The queue itself is django-tasks' (jobs.tasks); this record is ours, the
same whatever backend carries the task, and outlives the backend's own result."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class JobState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


FINISHED_STATES = (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


class Job(models.Model):
    kind = models.CharField(max_length=40, help_text=_("What runs (jobs.registry)."))
    label = models.CharField(max_length=200, help_text=_("What the staff see it as."))
    params = models.JSONField(default=dict, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for a job a command or a timer started."),
    )
    state = models.CharField(
        max_length=12, choices=JobState.choices, default=JobState.QUEUED, db_index=True
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    beat_at = models.DateTimeField(
        null=True, blank=True, help_text=_("The worker's last sign of life while running.")
    )
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    summary = models.TextField(blank=True, help_text=_("What the job did, when done."))
    error = models.TextField(blank=True, help_text=_("Why it failed, naming the row at fault."))
    attempts = models.PositiveSmallIntegerField(default=0)
    task_id = models.CharField(
        max_length=64, blank=True, help_text=_("The task backend's id of the latest attempt.")
    )
    result = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("What the job found, for its page (an import's preview)."),
    )
    output_file = models.CharField(
        max_length=255, blank=True, help_text=_("A file the job wrote (an export), in JOB_FILES.")
    )

    class Meta:
        ordering = ("-created", "-id")
        get_latest_by = "created"
        permissions = [("run_job", "Can start, cancel and retry background jobs")]

    def __str__(self) -> str:
        return f"{self.label} (#{self.pk})"

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, round(self.done * 100 / self.total))
