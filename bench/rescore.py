"""Time `rescore` on generated clinics (SQLite by default) and report clinics per second.

    .venv/bin/python bench/rescore.py [--clinics 10000]

Builds (once) a database of generated clinics under bench/data/, then runs a full rescore
from scratch (every clinic gets a new assessment row) and a second pass in which nothing
changed. A third run, first, measures a full rescore after the claims screener changed: every
claim is screened again and its screening stored. CPU seconds are recorded next to wall-clock
seconds, as the machine may be shared. Results are printed and written to
bench/results/rescore-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.record import save  # noqa: E402  (after the path line: run as a script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=10_000)
    parser.add_argument(
        "--database-url", default=None, help="Defaults to a SQLite file in bench/data."
    )
    args = parser.parse_args()

    data_dir = ROOT / "bench" / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    db_url = args.database_url or f"sqlite:///{data_dir / f'rescore-{args.clinics}.sqlite3'}"
    os.environ["DATABASE_URL"] = db_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

    import django

    django.setup()
    from django.core.management import call_command

    from bench.generate import profiles
    from checklist.models import ClinicAssessment
    from checklist.services.assessments import assessments_refresh, clinics_import_and_score
    from clinics.models import Claim, Clinic

    call_command("migrate", verbosity=0)
    if Clinic.objects.count() != args.clinics:
        Clinic.objects.all().delete()
        started = time.perf_counter()
        clinics_import_and_score(data=profiles(args.clinics))
        print(f"Imported {args.clinics} generated clinics in {time.perf_counter() - started:.1f} s")

    def timed_rescore() -> tuple[object, float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        summary = assessments_refresh()
        return summary, time.perf_counter() - wall, time.process_time() - cpu

    def forget_assessments() -> None:
        Clinic.objects.update(current_assessment=None)
        ClinicAssessment.objects.all().delete()

    forget_assessments()
    Claim.objects.update(screening=None, screened_with="")
    rescreened, rescreen, rescreen_cpu = timed_rescore()
    forget_assessments()
    first, cold, cold_cpu = timed_rescore()
    second, warm, warm_cpu = timed_rescore()

    result = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": db_url.split(":", 1)[0],
        "clinics": first.clinics,
        "full_rescore_seconds": round(cold, 2),
        "full_rescore_per_second": round(first.clinics / cold),
        "unchanged_rescore_seconds": round(warm, 2),
        "unchanged_rescore_per_second": round(second.clinics / warm),
        "rows_written": first.changed,
        "full_rescore_cpu_seconds": round(cold_cpu, 2),
        "unchanged_rescore_cpu_seconds": round(warm_cpu, 2),
        "claims": Claim.objects.count(),
        "rescreen_rescore_seconds": round(rescreen, 2),
        "rescreen_rescore_per_second": round(rescreened.clinics / rescreen),
        "rescreen_rescore_cpu_seconds": round(rescreen_cpu, 2),
    }
    print(
        f"rescore of {first.clinics} clinics on {result['database']}: "
        f"{result['full_rescore_per_second']} clinics/s writing every assessment "
        f"({cold:.1f} s, {cold_cpu:.1f} s CPU), {result['unchanged_rescore_per_second']} "
        f"clinics/s when nothing changed ({warm:.1f} s, {warm_cpu:.1f} s CPU), "
        f"{result['rescreen_rescore_per_second']} clinics/s screening every claim again after a "
        f"screener change ({rescreen:.1f} s, {rescreen_cpu:.1f} s CPU)"
    )
    save("rescore", result)


if __name__ == "__main__":
    main()
