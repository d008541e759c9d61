import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from clinics.models import Clinic
from clinics.services import clinic_profiles_export


class Command(BaseCommand):
    help = "Export clinics as profile JSON, the format import_clinics reads."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "slugs", nargs="*", help="Slugs of the clinics to export; all clinics when none."
        )
        parser.add_argument(
            "-o", "--output", type=Path, help="Write to this file instead of standard output."
        )

    def handle(self, *args, slugs: list[str], output: Path | None, **options) -> None:
        queryset = Clinic.objects.all()
        if slugs:
            queryset = queryset.filter(slug__in=slugs)
            missing = sorted(set(slugs) - set(queryset.values_list("slug", flat=True)))
            if missing:
                raise CommandError(f"No clinic with slug: {', '.join(missing)}")
        profiles = clinic_profiles_export(queryset=queryset)
        text = json.dumps(profiles, indent=2, ensure_ascii=False)
        if output is None:
            self.stdout.write(text)
        else:
            output.write_text(text + "\n", encoding="utf-8")
            # The summary goes to stderr so stdout stays pure JSON when piped.
            self.stderr.write(f"Exported {len(profiles)} clinics to {output}")
