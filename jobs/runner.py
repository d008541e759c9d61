"""One attempt of a job, in the worker: claim it, run its handler, record the outcome."""

from __future__ import annotations

import logging
import threading
import traceback

from django.db import DatabaseError, connection
from django.db.models import F
from django.utils import timezone

from .models import Job, JobState
from .progress import Progress
from .registry import KINDS, JobError

log = logging.getLogger(__name__)


# How often a running job's worker says it is alive, whatever its handler is doing (a long
# single transaction reports no progress): well within JOB_STALE_SECONDS.
HEARTBEAT_SECONDS = 30.0


class _Heartbeat(threading.Thread):
    """Stamps the job's ``beat_at`` every HEARTBEAT_SECONDS from a thread of its own (its own
    database connection), until stopped. A beat that cannot be written (SQLite busy with the
    job's own transaction) is skipped: the next one tries again."""

    def __init__(self, job_id: int, attempt: int) -> None:
        super().__init__(name=f"job-{job_id}-heartbeat", daemon=True)
        self.job_id, self.attempt = job_id, attempt
        self.stopped = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopped.wait(HEARTBEAT_SECONDS):
                try:
                    Job.objects.filter(
                        pk=self.job_id, state=JobState.RUNNING, attempts=self.attempt
                    ).update(beat_at=timezone.now())
                except DatabaseError:
                    log.warning("job %s: heartbeat not written this time", self.job_id)
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopped.set()
        self.join(timeout=5)


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
    heartbeat = _Heartbeat(job.pk, job.attempts)
    heartbeat.start()
    try:
        summary = KINDS[job.kind].handler(job, progress)
    except JobError as error:
        return _finish(job, progress, error=str(error))
    except Exception as error:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        trace = traceback.format_exception_only(type(error), error)
        return _finish(job, progress, error="".join(trace).strip())
    finally:
        heartbeat.stop()
    return _finish(job, progress, summary=summary)


def _finish(job: Job, progress: Progress, *, summary: str = "", error: str = "") -> str:
    """Record this attempt's outcome, unless a later attempt has taken the job since (it was
    taken for dead and retried): the later attempt's outcome is the one that counts."""
    state = JobState.FAILED if error else JobState.DONE
    done = progress.done if error or progress.total is None else progress.total
    Job.objects.filter(pk=job.pk, attempts=job.attempts).update(
        state=state,
        summary=summary,
        error=error,
        done=done,
        total=progress.total,
        finished_at=timezone.now(),
        beat_at=timezone.now(),
    )
    return state
