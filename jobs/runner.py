"""One attempt of a job, in the worker: claim it, run its handler, record the outcome."""

from __future__ import annotations

import logging
import traceback

from django.db.models import F
from django.utils import timezone

from .models import Job, JobState
from .progress import Progress
from .registry import KINDS, JobError

log = logging.getLogger(__name__)


def job_run(job_id: int) -> str:
    """Run one attempt of a job, in the worker; return its final state. A job that is no longer
    queued (cancelled, or taken by another worker) is left alone."""
    now = timezone.now()
    claimed = Job.objects.filter(pk=job_id, state=JobState.QUEUED).update(
        state=JobState.RUNNING, started_at=now, beat_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return "skipped"
    job = Job.objects.get(pk=job_id)
    progress = Progress(job.pk)
    try:
        summary = KINDS[job.kind].handler(job, progress)
    except JobError as error:
        return _finish(job, progress, error=str(error))
    except Exception as error:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        trace = traceback.format_exception_only(type(error), error)
        return _finish(job, progress, error="".join(trace).strip())
    return _finish(job, progress, summary=summary)


def _finish(job: Job, progress: Progress, *, summary: str = "", error: str = "") -> str:
    state = JobState.FAILED if error else JobState.DONE
    done = progress.done if error or progress.total is None else progress.total
    Job.objects.filter(pk=job.pk).update(
        state=state,
        summary=summary,
        error=error,
        done=done,
        total=progress.total,
        finished_at=timezone.now(),
        beat_at=timezone.now(),
    )
    return state
