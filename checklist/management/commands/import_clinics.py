import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from checklist.services.assessments import clinics_import_and_score
from clinics.profiles import ProfileError


class Command(BaseCommand):
    help = (
        "Import clinic profiles from a JSON file (the format of docs/clinic-profile.md). "
        "All or nothing: one bad record and nothing is imported."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="JSON file holding a list of clinic profiles.")
        parser.add_argument(
            "--update",
            action="store_true",
            help="Replace clinics whose slug already exists (children are replaced whole).",
        )

    def handle(self, *args, path: Path, update: bool, **options) -> None:
        started = time.perf_counter()
        try:
            # utf-8-sig: a byte order mark, as Windows editors write one, is not part of the JSON.
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{path}: not valid JSON ({error})") from None
        except RecursionError:
            raise CommandError(f"{path}: not valid JSON (nested too deeply)") from None
        try:
            result = clinics_import_and_score(data=data, update=update)
        except ProfileError as error:
            raise CommandError(
                f"{path}: nothing imported; {len(error.errors)} problem(s):\n{error}"
            ) from None
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Imported {result.total} clinics ({result.created} new, {result.updated} updated) "
            f"in {seconds:.1f} s"
        )
