"""The staff admin at 10,000 clinics: queries and time of each changelist, the index and a
clinic's change page.

    .venv/bin/python bench/admin.py [--clinics 10000] [--requests 20]

Reuses (or builds, once) the database of bench/pages.py, copies it to
bench/data/admin-<clinics>.sqlite3 and adds a superuser and a queue of shared patient reports
(one for every tenth clinic) to the copy, so the pages benchmark's data is never changed. Then,
in this process, under production settings (DEBUG off, the static manifest) it signs the
superuser in with Django's test client and, for each page, counts the queries of one request
and times --requests more. Prints the query count, the time spent in SQL in the counted
request, the median and p95 wall time and the median CPU time of the timed requests; for a page
slower than 100 ms it shows the slowest query with its query plan (and, with --profile, the
functions that take the time). Writes JSON to bench/results/admin-<timestamp>.json.
No server and no network: the request cycle runs in-process.
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.record import save  # noqa: E402  (after the path line: run as a script)

SLOW_MS = 100.0
REPORT_EVERY = 10
USERNAME = "bench-admin"


def build(clinics: int) -> Path:
    """The pages benchmark's database, built by bench/pages.py's build() in its own interpreter
    (it sets Django up with the test settings; this run needs production ones), then copied."""
    data = ROOT / "bench" / "data"
    data.mkdir(parents=True, exist_ok=True)
    source = data / f"pages-{clinics}.sqlite3"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from bench.pages import build; build(sys.argv[1], int(sys.argv[2]))",
            f"sqlite:///{source}",
            str(clinics),
        ],
        cwd=ROOT,
        check=True,
    )
    copy = data / f"admin-{clinics}.sqlite3"
    for stale in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
        stale.unlink(missing_ok=True)
    # The backup API copies a consistent database, whatever is still in the source's WAL.
    src, dst = sqlite3.connect(source), sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return copy


def setup(db: Path) -> None:
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": f"sqlite:///{db}",
            "SECRET_KEY": "benchmark-only-not-a-secret-" + "x" * 40,
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "false",
            "DEBUG": "false",
            "LOG_FORMAT": "plain",
        }
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def add_queue() -> int:
    """A superuser and shared reports about every tenth clinic, as patients would send them."""
    from django.contrib.auth.models import User

    from checklist.models import PatientReport
    from checklist.services.reports import report_create
    from clinics.models import Clinic

    if not User.objects.filter(username=USERNAME).exists():
        User.objects.create_superuser(USERNAME, password=None)
    if not PatientReport.objects.filter(shared=True).exists():
        answers = {
            "autologous_source": "autologous_adipose",
            "consultation": "yes",
            "follow_up": "no",
        }
        for clinic in Clinic.objects.select_related("current_assessment").order_by("pk")[
            ::REPORT_EVERY
        ]:
            report_create(clinic=clinic, unlisted=None, answers=answers, shared=True)
    return PatientReport.objects.filter(shared=True).count()


def pages() -> dict[str, str]:
    from django.urls import reverse

    from checklist.admin.clinics import ClinicAdmin
    from checklist.admin.review import ClinicAssessmentAdmin
    from checklist.models import ClinicAssessment, PatientReport
    from clinics.models import Clinic

    clinics = reverse("admin:clinics_clinic_changelist")
    assessments = reverse("admin:checklist_clinicassessment_changelist")
    queue = reverse("admin:checklist_patientreport_changelist")
    last = math.ceil(Clinic.objects.count() / ClinicAdmin.list_per_page)
    page = min(200, last)
    last_assessments = math.ceil(
        ClinicAssessment.objects.count() / ClinicAssessmentAdmin.list_per_page
    )
    first = Clinic.objects.order_by("pk").values_list("pk", flat=True).first()
    reported = (
        PatientReport.objects.filter(shared=True)
        .order_by("pk")
        .values_list("clinic", flat=True)
        .first()
    )
    return {
        "admin index": reverse("admin:index"),
        "clinics": clinics,
        "clinics by score": f"{clinics}?o=-4",
        "clinics of grade B": f"{clinics}?grade=B",
        "clinics, search": f"{clinics}?q=Izmir",
        f"clinics, page {page}" + (" (last)" if page == last else ""): f"{clinics}?p={page}",
        f"clinics by score, page {page}": f"{clinics}?o=-4&p={page}",
        "practitioners": reverse("admin:clinics_practitioner_changelist"),
        "credentials": reverse("admin:clinics_credential_changelist"),
        "assessments": assessments,
        f"assessments, page {last_assessments}": f"{assessments}?p={last_assessments}",
        "report queue": queue,
        # The clinic page's link to the reports about it.
        "report queue, one clinic": f"{queue}?clinic__id__exact={reported}",
        "clinic change page": reverse("admin:clinics_clinic_change", args=[first]),
    }


def explain(sql: str) -> list[str]:
    from django.db import connection

    verb = "EXPLAIN QUERY PLAN" if connection.vendor == "sqlite" else "EXPLAIN"
    with connection.cursor() as cursor:
        cursor.execute(f"{verb} {sql}")
        return [" ".join(str(c) for c in row) for row in cursor.fetchall()]


def measure(client: Any, path: str, requests: int) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import (
        CaptureQueriesContext,
        setup_test_environment,
        teardown_test_environment,
    )

    for _ in range(2):  # templates compiled, content types and connection warm
        assert client.get(path).status_code == 200, path
    # Only the counted request records its template context (for the row count): the
    # instrumented rendering is no part of the timed ones.
    setup_test_environment()
    try:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
    finally:
        teardown_test_environment()
    assert response.status_code == 200, path
    queries = [(float(q["time"]) * 1000, q["sql"]) for q in captured.captured_queries]
    times, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    slowest_ms, slowest_sql = max(queries, default=(0.0, ""))
    cl = response.context.get("cl") if response.context is not None else None
    return {
        "path": path,
        "queries": len(queries),
        "sql_ms": round(sum(ms for ms, _ in queries), 1),
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(statistics.quantiles(times, n=20)[-1], 1),
        # SQLite runs in this process: its CPU time is the page's whole cost, and it moves less
        # than the wall clock when other work shares the machine.
        "cpu_median_ms": round(statistics.median(cpu), 1),
        "rows": cl.result_count if cl is not None else None,
        "slowest_query_ms": round(slowest_ms, 1),
        "slowest_query": slowest_sql,
    }


def profile(client: Any, name: str, path: str) -> Path:
    """One request under cProfile: the page's functions by cumulative time, saved for pstats."""
    import cProfile
    import pstats

    out = (
        ROOT
        / "bench"
        / "data"
        / f"admin-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.prof"
    )
    profiler = cProfile.Profile()
    profiler.runcall(client.get, path)
    profiler.dump_stats(out)
    stats = pstats.Stats(str(out))
    # The admin's list and form machinery and this project's code; the rest is the request cycle.
    stats.sort_stats("cumulative").print_stats(
        r"admin_list|admin/utils|utils/choices|countries|widgets|helpers|/(clinics|checklist)/", 12
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20, help="Timed requests per page.")
    parser.add_argument("--label", default="", help="A note stored with the results.")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="Profile one request of each page slower than 100 ms.",
    )
    args = parser.parse_args()

    db = build(args.clinics)
    setup(db)
    reports = add_queue()

    from django.contrib.auth.models import User
    from django.test import Client

    client = Client()
    client.force_login(User.objects.get(username=USERNAME))
    results = {name: measure(client, path, args.requests) for name, path in pages().items()}

    load = os.getloadavg()[0]
    print(
        f"\n{args.clinics} clinics, {reports} shared reports; SQLite; {args.requests} requests a "
        f"page; load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"{'page':<28}{'queries':>8}{'sql ms':>8}{'median ms':>11}{'p95 ms':>8}{'cpu ms':>8}{'rows':>8}"
    )
    for name, r in results.items():
        rows = "" if r["rows"] is None else r["rows"]
        print(
            f"{name:<28}{r['queries']:>8}{r['sql_ms']:>8.1f}{r['median_ms']:>11.1f}"
            f"{r['p95_ms']:>8.1f}{r['cpu_median_ms']:>8.1f}{rows:>8}"
        )
    for name, r in results.items():
        if r["median_ms"] > SLOW_MS:
            r["slowest_query_plan"] = explain(r["slowest_query"])
            print(
                f"\n{name}: median {r['median_ms']:.0f} ms, {r['sql_ms']:.0f} ms in SQL; slowest "
                f"query {r['slowest_query_ms']:.0f} ms:\n  {r['slowest_query'][:600]}"
            )
            print("  plan: " + "\n        ".join(r["slowest_query_plan"]))
            if args.profile:
                print(f"  profile written to {profile(client, name, r['path']).relative_to(ROOT)}")

    record = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "label": args.label,
        "clinics": args.clinics,
        "shared_reports": reports,
        "database": "sqlite",
        "requests": args.requests,
        "load_average": round(load, 2),
        "cpus": os.cpu_count(),
        "pages": results,
    }
    save("admin", record)


if __name__ == "__main__":
    main()
