"""Background jobs, measured: small jobs per second, and a rescore of every clinic in clinics per
second, with one and with two workers, on the database backend and on RQ over Redis, each as a
ratio to the same work done inline by the command.

    .venv/bin/python bench/jobs.py [--clinics 10000] [--small-jobs 300]

Workers are real processes (`manage.py run_worker --burst`, started when the jobs are queued,
timed until they exit), as is the inline baseline (`manage.py rescore`, `manage.py purge_reports`
once per job): each figure includes the start of its processes, as a worker's would. A small
job is a report purge with nothing to purge (two DELETE queries). The rescore is the nightly
one: every clinic read, facts built, scored and compared, nothing changed to write. With two
workers the rescore is queued as two jobs of half the clinics each (by primary-key range). The database is a SQLite
file under bench/data/ unless --database-url names another (PostgreSQL); Redis is
--redis-url's database (default redis://127.0.0.1:6379/7, emptied first), skipped if it does not
answer. Results are printed and written to bench/results/jobs-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.record import save  # noqa: E402  (after the path line: run as a script)

ENQUEUE = """
import django, json, sys; django.setup()
from clinics.models import Clinic
from jobs.services import job_start
kind, count, halves = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if kind == "rescore" and halves == 1:
    job_start("rescore", params={"scope": "all"})
elif kind == "rescore":
    ids = list(Clinic.objects.order_by("pk").values_list("pk", flat=True))
    size = -(-len(ids) // halves)
    for start in range(0, len(ids), size):
        share = ids[start:start + size]
        job_start("rescore", params={"scope": "range", "first": share[0], "last": share[-1]})
else:
    for _ in range(count):
        job_start("purge_reports", params={"days": 90})
"""
CHECK = """
import django; django.setup()
from jobs.models import Job
states = set(Job.objects.values_list("state", flat=True))
assert states == {"done"}, states
Job.objects.all().delete()
"""


def run(env: dict[str, str], *command: str) -> None:
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)


def python(env: dict[str, str], program: str, *args: str) -> None:
    run(env, sys.executable, "-c", program, *args)


def timed_workers(env: dict[str, str], workers: int) -> float:
    """Seconds from starting ``workers`` burst workers until the last has exited."""
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--burst", "--interval", "0.05"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    for process in processes:
        if process.wait(timeout=3600) != 0:
            raise SystemExit(f"a worker failed (exit {process.returncode})")
    return time.perf_counter() - started


def timed(env: dict[str, str], *command: str, times: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(times):
        run(env, *command)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=10_000)
    parser.add_argument("--small-jobs", type=int, default=300)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/7")
    args = parser.parse_args()

    data_dir = ROOT / "bench" / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    db_url = args.database_url or f"sqlite:///{data_dir / f'jobs-{args.clinics}.sqlite3'}"
    env = {**os.environ, "DATABASE_URL": db_url, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    env.pop("REDIS_URL", None)
    env.pop("JOBS_REDIS_URL", None)
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")})

    import django

    django.setup()
    from django.core.management import call_command

    from bench.generate import profiles
    from checklist.services.assessments import assessments_refresh, clinics_import_and_score
    from clinics.models import Clinic

    call_command("migrate", verbosity=0)
    if Clinic.objects.count() != args.clinics:
        Clinic.objects.all().delete()
        clinics_import_and_score(data=profiles(args.clinics))
        print(f"Imported {args.clinics} generated clinics")
    assessments_refresh()  # the nightly state: nothing left to change
    clinics = Clinic.objects.count()

    backends = {"database": env}
    try:
        import redis

        redis.Redis.from_url(args.redis_url, socket_connect_timeout=2).flushdb()
        backends["redis"] = {**env, "JOBS_REDIS_URL": args.redis_url}
    except Exception as error:
        print(f"Redis at {args.redis_url} does not answer ({error}): database backend only")

    inline_rescore = timed(env, sys.executable, "manage.py", "rescore", "--no-progress")
    few = max(1, args.small_jobs // 10)
    inline_small = timed(env, sys.executable, "manage.py", "purge_reports", times=few) / few
    result: dict[str, object] = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": db_url.split(":", 1)[0],
        "clinics": clinics,
        "inline": {
            "rescore_clinics_per_second": round(clinics / inline_rescore),
            "small_jobs_per_second": round(1 / inline_small, 2),
            "note": "one process per command, as cron runs them",
        },
    }
    print(
        f"inline: rescore {clinics / inline_rescore:.0f} clinics/s; "
        f"a purge command {1 / inline_small:.2f} per second"
    )
    for name, backend_env in backends.items():
        figures: dict[str, object] = {}
        for workers in (1, 2):
            python(backend_env, ENQUEUE, "small", str(args.small_jobs), "1")
            seconds = timed_workers(backend_env, workers)
            python(backend_env, CHECK)
            small_rate = args.small_jobs / seconds
            python(backend_env, ENQUEUE, "rescore", "0", str(workers))
            seconds = timed_workers(backend_env, workers)
            python(backend_env, CHECK)
            rescore_rate = clinics / seconds
            figures[f"{workers}_worker{'s' if workers > 1 else ''}"] = {
                "small_jobs_per_second": round(small_rate, 1),
                "small_jobs_ratio_to_inline": round(small_rate * inline_small, 1),
                "rescore_clinics_per_second": round(rescore_rate),
                "rescore_ratio_to_inline": round(rescore_rate * inline_rescore / clinics, 2),
            }
            print(
                f"{name}, {workers} worker(s): {small_rate:.1f} small jobs/s "
                f"({small_rate * inline_small:.1f}x the command), rescore {rescore_rate:.0f} "
                f"clinics/s ({rescore_rate * inline_rescore / clinics:.2f}x inline)"
            )
        result[name] = figures
    save("jobs", result)


if __name__ == "__main__":
    main()
