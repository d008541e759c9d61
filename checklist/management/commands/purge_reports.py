from django.core.management.base import BaseCommand, CommandError, CommandParser

from checklist.services.reports import reports_purge


class Command(BaseCommand):
    help = "Delete patient reports older than N days that were not shared with the reviewers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=90,
            help="Keep unshared reports this many days (default 90).",
        )

    def handle(self, *args, days: int, **options) -> None:
        if days < 1:
            raise CommandError("--days must be 1 or more")
        deleted = reports_purge(days=days)
        self.stdout.write(f"Deleted {deleted} unshared reports older than {days} days")
