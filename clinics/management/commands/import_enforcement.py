from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from clinics.enforcement import SOURCES, EnforcementImportError, enforcement_import


class Command(BaseCommand):
    help = (
        "Import public enforcement records (FDA's warning-letter list, or our CSV format for "
        "court orders, FTC and state actions, board discipline and foreign regulators). Keeps "
        "what concerns cell and tissue products, updates a record read before, writes all or "
        "nothing, and proposes matching clinics and practitioners to curators (never links "
        "them itself). The format is in docs/enforcement.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="A CSV file (UTF-8).")
        parser.add_argument("--source", choices=SOURCES, required=True)

    def handle(self, *args, file: Path, source: str, **options) -> None:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError as error:
            raise CommandError(f"{file}: no such file") from error
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{file}: not UTF-8 text (save it as CSV UTF-8 and try again)"
            ) from error
        try:
            summary = enforcement_import(text=text, source=source, file_name=file.name)
        except EnforcementImportError as error:
            raise CommandError(
                f"{file}: nothing imported:\n" + "\n".join(f"  {e}" for e in error.errors)
            ) from error
        self.stdout.write(f"{file.name}: {summary}")
