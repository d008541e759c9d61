"""Re-capture every watched website page that is due (not fetched within CAPTURE_RECHECK_DAYS,
default 30) and report what changed. Run it from cron or a systemd timer, e.g. daily:
``manage.py recheck_websites --queue`` hands the work to a background worker."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from capture import services
from capture.fetch import Refused
from jobs.services import job_start


class Command(BaseCommand):
    help = (
        "Re-capture the watched pages of clinics' websites that are due; a changed page is "
        "compared with its last snapshot, and new red flags or dropped disclosures go to the "
        "review queue."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days", type=int, help="Re-check pages not fetched for this many days instead."
        )
        parser.add_argument(
            "--queue", action="store_true", help="Enqueue a background job and print its id."
        )

    def handle(self, *args, days: int | None, queue: bool, **options) -> None:
        if days is not None and days < 0:
            self.stderr.write("--days cannot be negative.")
            raise SystemExit(2)
        if queue:
            with transaction.atomic():
                job = job_start("recheck_websites", params={} if days is None else {"days": days})
            self.stdout.write(f"Queued job {job.pk}.")
            return
        counts = {"unchanged": 0, "changed": 0, "failed": 0}
        for page in services.pages_due(days=days):
            try:
                with transaction.atomic():
                    snapshot = services.recheck(page)
            except Refused as refused:
                counts["failed"] += 1
                self.stdout.write(f"{page.url}: not fetched: {refused}")
                continue
            if snapshot is None:
                counts["unchanged"] += 1
                self.stdout.write(f"{page.url}: unchanged")
            else:
                counts["changed"] += 1
                changes = snapshot.changes or {}
                self.stdout.write(
                    f"{page.url}: changed (+{changes.get('added_count', 0)} "
                    f"-{changes.get('removed_count', 0)} sentences"
                    + (", to review" if snapshot.attention else "")
                    + ")"
                )
        self.stdout.write(
            f"{sum(counts.values())} page(s): {counts['unchanged']} unchanged, "
            f"{counts['changed']} changed, {counts['failed']} not fetched."
        )
