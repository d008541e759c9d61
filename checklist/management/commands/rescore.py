import time

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from tqdm import tqdm

from checklist.engine import claims
from checklist.engine.criteria import CATALOGUE
from checklist.services.assessments import assessments_refresh
from checklist.services.review import clinics_with_newly_expired_credentials
from clinics.models import Clinic
from jobs.services import job_start


class Command(BaseCommand):
    help = (
        "Recompute every clinic's assessment. A new row is stored only for clinics whose "
        "result changed, so assessments stay a score history."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch-size", type=int, default=500, help="Clinics loaded and written per batch."
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not draw the progress bar."
        )
        parser.add_argument(
            "--expired",
            action="store_true",
            help="Only clinics with a credential (their own or a practitioner's) that expired "
            "since their last assessment, or that were never assessed: the daily job.",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Hand the rescore to a job worker (manage.py run_worker): print the job's id "
            "and return at once. Without it the rescore runs here, now.",
        )

    def handle(
        self, *args, batch_size: int, no_progress: bool, expired: bool, queue: bool, **options
    ) -> None:
        if queue:
            job = job_start("rescore", params={"scope": "expired" if expired else "all"})
            self.stdout.write(
                f"Queued job #{job.pk}: {job.label} ({'expired' if expired else 'all'})"
            )
            return
        if expired:
            queryset = clinics_with_newly_expired_credentials(today=timezone.localdate())
        else:
            queryset = Clinic.objects.all()
        started = time.perf_counter()
        with tqdm(
            total=queryset.count(),
            unit="clinic",
            file=self.stderr,
            disable=no_progress or None,
            desc="Rescoring",
        ) as bar:
            summary = assessments_refresh(
                queryset=queryset, batch_size=batch_size, progress=bar.update
            )
        seconds = time.perf_counter() - started
        rate = summary.clinics / seconds if seconds else 0
        self.stdout.write(
            f"Rescored {summary.clinics} clinics in {seconds:.1f} s ({rate:.0f} per second); "
            f"{summary.changed} changed"
        )
        if summary.grades_moved:
            # A new catalogue, new public records or edited facts: say whose grade moved.
            self.stdout.write(
                f"Grades moved at {len(summary.grades_moved)} clinics "
                f"(catalogue {CATALOGUE.version}):"
            )
            for moved in summary.grades_moved:
                self.stdout.write(f"  {moved}")
        if summary.flags_moved:
            # A new screener (a new bank, a new rule) or edited claims: say whose flags moved.
            self.stdout.write(
                f"Claim flags moved at {len(summary.flags_moved)} clinics "
                f"(screener {claims.SCREENER_VERSION}):"
            )
            for moved in summary.flags_moved:
                self.stdout.write(f"  {moved}")
