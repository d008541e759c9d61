from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from clinics.schema_docs import document_with_reference


class Command(BaseCommand):
    help = "Rewrite the field reference of docs/clinic-profile.md from the record schema."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--path",
            type=Path,
            default=Path(settings.BASE_DIR) / "docs" / "clinic-profile.md",
            help="The document to rewrite (default: docs/clinic-profile.md).",
        )

    def handle(self, *args, path: Path, **options) -> None:
        path.write_text(document_with_reference(path.read_text(encoding="utf-8")), encoding="utf-8")
        self.stdout.write(f"Wrote {path}")
