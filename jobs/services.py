"""Start, run, cancel, retry and recover jobs. Every state change is one conditional UPDATE, so
two workers, or a worker and a curator's cancel, can never both win: the job runs at most once
per attempt whatever the backend does."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from .models import Job, JobState
from .registry import KINDS
from .runner import job_run
from .tasks import run_job

__all__ = ["job_cancel", "job_retry", "job_run", "job_start", "jobs_recover_stale"]


def stale_after() -> datetime.timedelta:
    """A running job whose worker has given no sign of life for this long is taken as dead."""
    return datetime.timedelta(seconds=getattr(settings, "JOB_STALE_SECONDS", 300))


def _enqueue(job_id: int) -> None:
    result = run_job.enqueue(job_id)
    Job.objects.filter(pk=job_id).update(task_id=str(result.id)[:64])


def job_start(
    kind: str,
    *,
    user: AbstractBaseUser | None = None,
    params: dict[str, Any] | None = None,
    label: str = "",
) -> Job:
    """Record a queued job and hand it to the task backend once the transaction commits (an RQ
    worker must not see a job the database might still roll back)."""
    if kind not in KINDS:
        raise ValueError(f"no job kind {kind!r}")
    job = Job.objects.create(
        kind=kind,
        label=label or KINDS[kind].label,
        params=params or {},
        started_by_id=user.pk if user is not None else None,
    )
    transaction.on_commit(lambda: _enqueue(job.pk))
    return job


def job_cancel(job: Job) -> bool:
    """Cancel a job that has not started; a running job cannot be stopped half-way."""
    cancelled = Job.objects.filter(pk=job.pk, state=JobState.QUEUED).update(
        state=JobState.CANCELLED, finished_at=timezone.now()
    )
    return bool(cancelled)


def job_retry(job: Job) -> bool:
    """Queue a failed job again, from the start: every handler is safe to run twice."""
    retried = Job.objects.filter(pk=job.pk, state=JobState.FAILED).update(
        state=JobState.QUEUED,
        error="",
        summary="",
        done=0,
        started_at=None,
        finished_at=None,
        beat_at=None,
    )
    if retried:
        transaction.on_commit(lambda: _enqueue(job.pk))
    return bool(retried)


def jobs_recover_stale(*, now: datetime.datetime | None = None) -> list[int]:
    """Mark failed the running jobs whose worker stopped (killed, crashed, the machine lost):
    no sign of life for ``stale_after()``. Their handlers leave the data whole, so a retry is
    safe. Returns the ids of the jobs marked."""
    cutoff = (now or timezone.now()) - stale_after()
    stale = list(
        Job.objects.filter(state=JobState.RUNNING, beat_at__lt=cutoff).values_list("pk", flat=True)
    )
    if stale:
        Job.objects.filter(pk__in=stale, state=JobState.RUNNING).update(
            state=JobState.FAILED,
            finished_at=timezone.now(),
            error="The worker running this job stopped (it was killed or its machine went "
            "down) before the job finished. Every step it completed is whole and nothing "
            "half-done was kept: retry it to finish.",
        )
    return stale
