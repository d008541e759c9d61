from django.core.management.base import BaseCommand, CommandError, CommandParser

from checklist.services.reports import reports_purge, reports_purge_reviewed, shared_retention_days
from jobs.services import job_start


class Command(BaseCommand):
    help = (
        "Delete patient reports older than N days that were not shared with the reviewers, and "
        "shared reports whose review closed more than the retention period ago."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=90,
            help="Keep unshared reports this many days (default 90).",
        )
        parser.add_argument(
            "--shared-days",
            type=int,
            default=None,
            help="Keep shared reports this many days after their review closed (default: the "
            "SHARED_REPORT_RETENTION_DAYS setting, 180).",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Hand the purge to a job worker: print the job's id and return at once.",
        )

    def handle(self, *args, days: int, shared_days: int | None, queue: bool, **options) -> None:
        if days < 1:
            raise CommandError("--days must be 1 or more")
        if shared_days is None:
            shared_days = shared_retention_days()
        if shared_days < 1:
            raise CommandError("--shared-days (SHARED_REPORT_RETENTION_DAYS) must be 1 or more")
        if queue:
            job = job_start("purge_reports", params={"days": days, "shared_days": shared_days})
            self.stdout.write(f"Queued job #{job.pk}: {job.label}")
            return
        deleted = reports_purge(days=days)
        reviewed = reports_purge_reviewed(days=shared_days)
        self.stdout.write(
            f"Deleted {deleted} unshared reports older than {days} days, and {reviewed} shared "
            f"reports whose review closed more than {shared_days} days ago"
        )
