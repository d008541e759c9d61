import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from checklist.services.assessments import clinics_import_and_score, held_grades_publish
from clinics.models import Clinic
from clinics.profiles import ProfileError
from clinics.registers import REGISTERS_FILE, RegisterError, registers_load_file
from clinics.services import clinics_mark_reviewed

# Left unreviewed by the demo, to show a provisional grade.
DEMO_PROVISIONAL = frozenset({"tidewell-renewal-md"})

# The demo clinics are curated data: the file sits with the curated world.
DEMO_FILE = Path(__file__).resolve().parents[3] / "clinics" / "demo" / "demo_clinics.json"


class Command(BaseCommand):
    help = (
        "Load the fictional demo clinics and the cited public registers of their countries "
        "(clinics/data/public_registers.json). Records already present are left as they are, "
        "so running it twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Replace demo clinics and registers that already exist with the files' version.",
        )

    def handle(self, *args, refresh: bool, **options) -> None:
        started = time.perf_counter()
        profiles = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        if not refresh:
            present = set(
                Clinic.objects.filter(slug__in=[p["slug"] for p in profiles]).values_list(
                    "slug", flat=True
                )
            )
            profiles = [p for p in profiles if p["slug"] not in present]
        try:
            result = clinics_import_and_score(data=profiles, update=refresh)
        except ProfileError as error:
            raise CommandError(f"The demo file is invalid:\n{error}") from None
        # The demo's grades are published at once: no clinic is waiting to reply to them.
        held_grades_publish(Clinic.objects.filter(pk__in=result.clinic_ids))
        # A demo is a reviewed directory, with one clinic left as a curator's unreviewed draft
        # so the "Provisional" grade can be seen.
        reviewed = clinics_mark_reviewed(
            queryset=Clinic.objects.filter(pk__in=result.clinic_ids, published=True).exclude(
                slug__in=DEMO_PROVISIONAL
            ),
            user=None,
            note="Demo data: a fictional clinic, marked reviewed when the demo was loaded.",
        )
        try:
            registers = registers_load_file(update=refresh)
        except RegisterError as error:
            raise CommandError(f"{REGISTERS_FILE.name} is invalid: {error}") from None
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Demo clinics: {result.created} created, {result.updated} refreshed, "
            f"{reviewed} marked reviewed; "
            f"public registers: {registers.created} created, {registers.updated} refreshed "
            f"in {seconds:.1f} s"
        )
