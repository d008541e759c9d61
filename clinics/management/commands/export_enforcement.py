from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from clinics.enforcement import enforcement_export


class Command(BaseCommand):
    help = (
        "Export every enforcement action as CSV in the format import_enforcement --source csv "
        "reads, with the clinics (slugs) and practitioners each is linked to."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "-o", "--output", type=Path, help="Write to this file, not standard output."
        )

    def handle(self, *args, output: Path | None = None, **options) -> None:
        text = enforcement_export()
        if output is None:
            self.stdout.write(text, ending="")
        else:
            output.write_text(text, encoding="utf-8")
            self.stdout.write(f"Exported {text.count(chr(10)) - 1} actions to {output}")
