"""Run a job worker in the foreground, whatever the task backend: the database's worker by
default, an RQ worker when REDIS_URL (or JOBS_REDIS_URL) is set."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

from jobs.services import jobs_recover_stale


class Command(BaseCommand):
    help = (
        "Run a worker for background jobs in the foreground (Ctrl-C stops it after the job in "
        "hand). First marks failed any job whose worker died mid-run."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--burst",
            action="store_true",
            help="Run until the queue is empty, then exit (cron, tests, a one-off catch-up).",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds between looks at an empty queue (database backend; default 1).",
        )

    def handle(self, *args, burst: bool, interval: float, **options) -> None:
        backend = type(task_backends[DEFAULT_TASK_BACKEND_ALIAS]).__name__
        stale = jobs_recover_stale()
        if stale:
            if backend == "DatabaseBackend":
                _fail_backend_rows(stale)
            self.stderr.write(
                f"Marked failed {len(stale)} job(s) whose worker stopped mid-run: "
                + ", ".join(f"#{pk}" for pk in stale)
            )
        self.stderr.write(f"Job worker ({backend}){' until the queue is empty' if burst else ''}")
        if backend == "RQBackend":
            call_command(
                "rqworker",
                settings.JOB_QUEUE,
                burst=burst,
                job_class="django_tasks_rq.Job",
                verbosity=options["verbosity"],
            )
        else:
            call_command(
                "db_worker",
                queue_name=settings.JOB_QUEUE,
                batch=burst,
                reload=False,
                startup_delay=not burst,
                interval=interval,
                verbosity=options["verbosity"],
            )


def _fail_backend_rows(job_ids: list[int]) -> None:
    """The database backend leaves a killed worker's task RUNNING for ever: close it too, so
    `prune_db_task_results` can clear it. (RQ moves an abandoned job to its failed registry
    itself.)"""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from jobs.models import Job

    task_ids = [
        t for t in Job.objects.filter(pk__in=job_ids).values_list("task_id", flat=True) if t
    ]
    DBTaskResult.objects.filter(id__in=task_ids, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.FAILED, finished_at=timezone.now()
    )
