"""Public pages against a bare Django view, at 10,000 clinics, with gunicorn and wrk.

    .venv/bin/python bench/pages.py [--clinics 10000] [--seconds 8]

Builds (once, then reused) a SQLite database of generated clinics with all their children and
assessments plus one patient report, collects static files, starts gunicorn with production
settings (2 sync workers, DEBUG off) on 127.0.0.1, and measures each page with wrk: once with
the page cache on (as patients get the pages) and once with it off (every request rendered
from the database), each time against the bare view in the same run. Prints requests per
second, p50, p99 and the ratio to the bare view; writes JSON to
bench/results/pages-<timestamp>.json. Loopback only; every run is bounded in time.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.record import save  # noqa: E402  (after the path line: run as a script)

VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(db_url: str, clinics: int) -> dict[str, str]:
    """Create or reuse the database; return the paths of the pages to measure."""
    os.environ["DATABASE_URL"] = db_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    from bench.generate import profiles
    from checklist.models import PatientReport
    from checklist.services.assessments import clinics_import_and_score
    from checklist.services.reports import UnlistedClinic, report_create
    from clinics.models import Clinic

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)  # the rate-limit counters without Redis
    if Clinic.objects.count() != clinics:
        Clinic.objects.all().delete()
        started = time.perf_counter()
        clinics_import_and_score(data=profiles(clinics))
        print(f"Built {clinics} generated clinics in {time.perf_counter() - started:.0f} s")
    report = PatientReport.objects.first() or report_create(
        clinic=None,
        unlisted=UnlistedClinic(name="Benchmark clinic", country="TR"),
        answers={"autologous_source": "autologous_adipose", "consultation": "yes"},
        marketing_text="Results build over three to six months and are not permanent.",
    )
    published = list(
        Clinic.objects.filter(published=True).order_by("pk").values_list("slug", flat=True)[:4]
    )
    return {
        "bare view": "/__bench__/bare/",
        "directory, first page": "/clinics/",
        "directory, filtered": "/clinics/?country=TR&grade=B&sort=name",
        "directory, page 400": "/clinics/?page=400",
        "clinic page": f"/clinics/{published[0]}/",
        "compare, 4 clinics": "/clinics/compare/?" + "&".join(f"c={s}" for s in published),
        "report page": report.private_url(),
        "methodology": "/methodology/",
    }


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
WRK_ERRORS = re.compile(r"Non-2xx or 3xx responses: (\d+)")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def measure(url: str, seconds: int, connections: int) -> dict[str, float]:
    subprocess.run(["wrk", "-t1", "-c2", "-d2s", url], capture_output=True, check=False)  # warm
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    latency = {p: float(v) * UNIT_MS[u] for p, v, u in WRK_LATENCY.findall(out)}
    errors = WRK_ERRORS.search(out)
    return {
        "rps": float(WRK_RPS.search(out).group(1)),
        "p50_ms": round(latency.get("50", 0.0), 2),
        "p99_ms": round(latency.get("99", 0.0), 2),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def serve_and_measure(env: dict[str, str], pages: dict[str, str], args: argparse.Namespace) -> dict:
    """Start gunicorn with ``env``, check every page answers 200, measure each with wrk."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "-c",
            "python:config.gunicorn",
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/__bench__/bare/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit("gunicorn did not answer within a minute")
        for name, path in pages.items():
            with urllib.request.urlopen(f"{base}{path}", timeout=30) as response:
                if response.status != 200:
                    sys.exit(f"{name}: {path} answered {response.status}")
        return {
            name: measure(f"{base}{path}", args.seconds, args.connections)
            for name, path in pages.items()
        }
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration per page")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--label", default="", help="A note stored with the results.")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")

    data = ROOT / "bench" / "data"
    data.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{data / f'pages-{args.clinics}.sqlite3'}"
    pages = build(db_url, args.clinics)

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": db_url,
        "SECRET_KEY": "benchmark-only-not-a-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    # As patients get them (the page cache on, most requests served from it), then every
    # request rendered afresh (the page cache off), each against the bare view of its own run.
    runs = {
        "cached": serve_and_measure(env, pages, args),
        "uncached": serve_and_measure({**env, "PAGE_CACHE_SECONDS": "0"}, pages, args),
    }
    print(f"\n{'':<24}{'page cache on':^35}{'page cache off':^27}")
    print(
        f"{'page':<24}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'req/s':>9}{'p50 ms':>9}{'ratio':>9}"
    )
    for results in runs.values():
        ceiling = results["bare view"]["rps"]
        for r in results.values():
            r["ratio"] = round(r["rps"] / ceiling, 3)
    for name in pages:
        on, off = runs["cached"][name], runs["uncached"][name]
        print(
            f"{name:<24}{on['rps']:>9.0f}{on['p50_ms']:>9.1f}{on['p99_ms']:>9.1f}{on['ratio']:>8.3f}"
            f"{off['rps']:>9.0f}{off['p50_ms']:>9.1f}{off['ratio']:>9.3f}"
        )
    record = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "label": args.label,
        "clinics": args.clinics,
        "workers": 2,
        "wrk": {"seconds": args.seconds, "connections": args.connections},
        "pages": {name: {"path": pages[name], **r} for name, r in runs["cached"].items()},
        "uncached": {name: {"path": pages[name], **r} for name, r in runs["uncached"].items()},
    }
    save("pages", record)


if __name__ == "__main__":
    main()
