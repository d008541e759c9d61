"""Load without loss: patients completing the checklist while others browse, against gunicorn
with the production settings, first on SQLite and then on PostgreSQL.

    .venv/bin/python bench/load.py [--seconds 60] [--patients 50] [--browsers 10]
                                   [--think 1.0] [--ramp 5] [--databases sqlite,postgres]

For each database: a fresh one (SQLite in WAL mode with a busy timeout, as config/settings/base.py
sets it; PostgreSQL in a database of its own, `clinic_load`, created and dropped here), migrated,
with the demo clinics, static files collected; gunicorn (4 sync workers) on 127.0.0.1 only.
Then for --seconds: each simulated patient opens /check/, picks a listed or unlisted clinic,
answers every step (random answers, sometimes a pasted marketing text and a price), is sent to
its report and opens it, then starts again; each browser visits the home page, the directory,
a search, a clinic page, a comparison and the methodology. Everyone waits --think seconds on
average (uniform, half to one and a half times) between requests: a person reading a step takes
far longer, so this is a compressed crowd, not an idle one. People arrive at random over the
first --ramp seconds; --ramp 0 sends everyone at once, a burst.

Counted: requests per second, p50/p95/p99 latency, every 5xx and every failed connection, and
the reports each patient was told were saved (a 302 to /check/report/<token>/). At the end the
database's reports must be exactly those: same number, same tokens. Targets: no 5xx, no lost
report, p95 under 300 ms on SQLite. Exits 1 when a request failed or a report was lost.
Printed as a table and written to bench/results/load-<timestamp>.json.

Rate limits are raised for the run (every simulated patient comes from 127.0.0.1).
Loopback only, bounded in time: the server is stopped and the database removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import random
import re
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from bench.load_report import import_waits, print_table, summarise  # noqa: E402
from bench.record import save  # noqa: E402  (after the path line: run as a script)

HOST = "127.0.0.1"
REPORT_PATH = re.compile(r"^/check/report/([A-Za-z0-9_-]{43})/$")
PG_DATABASE = "clinic_load"
COUNTRIES = ("US", "GB", "MX", "TR", "TH", "DE", "CO")
SEARCHES = ("skin", "clinic", "stem", "lumen", "renewal", "miami", "zzz")
MARKETING = (
    "",
    "Results build gradually over three to six months.",
    "PERMANENT results, guaranteed, with zero risk!",
    "Our doctors are board certified and publish their outcomes.",
)


# --- The server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def server_env(database_url: str, static_root: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "DJANGO_SETTINGS_MODULE",
            "DATABASE_URL",
            "REDIS_URL",
            "DEBUG",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ENV_FILE=os.devnull,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        SECURE_SSL_REDIRECT="false",
        BENCHMARK_PLAIN_HTTP="true",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        REPORTS_PER_HOUR="1000000",
        CHECK_STARTS_PER_HOUR="1000000",
        SEARCHES_PER_MINUTE="1000000",
        LOG_LEVEL="ERROR",
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=300,
    )


@contextmanager
def gunicorn(env: dict[str, str], port: int, workers: int, log: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "-c",
            "python:config.gunicorn",
            "config.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"{HOST}:{port}",
            "--timeout",
            "60",
            "--graceful-timeout",
            "10",
            "--error-logfile",
            str(log),
            "--capture-output",  # Django's log (JSON lines on stderr) into the same file
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with suppress(httpx.HTTPError):
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not become healthy; see {log}")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# --- Databases --------------------------------------------------------------------------------


@dataclass
class Database:
    name: str
    url: str
    cleanup: Any = None

    def query(self, sql: str) -> list[tuple]:
        if self.name == "sqlite":
            connection = sqlite3.connect(urlsplit(self.url).path)
            try:
                return connection.execute(sql).fetchall()
            finally:
                connection.close()
        import psycopg

        with psycopg.connect(self.url) as connection:
            return connection.execute(sql).fetchall()


@contextmanager
def sqlite_database(workdir: Path) -> Iterator[Database]:
    yield Database("sqlite", f"sqlite:///{workdir / 'load.sqlite3'}")


def loopback_only(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host != "localhost":
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise SystemExit(f"refusing a database that is not on this machine: {host}")


@contextmanager
def postgres_database(server_url: str) -> Iterator[Database]:
    import psycopg

    loopback_only(server_url)
    parts = urlsplit(server_url)
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {PG_DATABASE}")
    try:
        yield Database("postgres", urlunsplit(parts._replace(path=f"/{PG_DATABASE}")))
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")


# --- Simulated people -------------------------------------------------------------------------


class FormReader(HTMLParser):
    """The fields of the page's checklist form: radios with their options, selects, the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.radios: dict[str, list[str]] = {}
        self.selects: dict[str, list[str]] = {}
        self.values: dict[str, str] = {}
        self.checkboxes: list[str] = []
        self.textareas: list[str] = []
        self.numbers: list[str] = []
        self._select: str | None = None
        self._in_form = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "").lower() == "post":
            self._in_form = True
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind == "radio":
                self.radios.setdefault(name, []).append(a.get("value", ""))
            elif kind == "checkbox":
                self.checkboxes.append(name)
            elif kind == "hidden":
                self.values[name] = a.get("value", "")
            elif kind in ("number", "text") and "price_amount" in name:
                self.numbers.append(name)
        elif tag == "select" and name:
            self._select = name
            self.selects[name] = []
        elif tag == "option" and self._select and a.get("value"):
            self.selects[self._select].append(a["value"])
        elif tag == "textarea" and name:
            self.textareas.append(name)

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        if tag == "form":
            self._in_form = False


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not match:
        raise ValueError("no CSRF token on the page")
    return match.group(1)


def answers_for(html: str, rng: random.Random) -> dict[str, str]:
    reader = FormReader()
    reader.feed(html)
    data = dict(reader.values)
    for name, options in reader.radios.items():
        data[name] = rng.choice(options)
    for name, options in reader.selects.items():
        if options:
            data[name] = rng.choice(options)
    for name in reader.textareas:
        data[name] = rng.choice(MARKETING)
    for name in reader.numbers:
        data[name] = rng.choice(["", str(rng.randint(1500, 20000))])
    for name in reader.checkboxes:
        if rng.random() < 0.5:
            data[name] = "on"
    return data


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[int, int] = field(default_factory=dict)
    server_errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # connections, timeouts, broken flows
    confirmed: set[str] = field(default_factory=set)
    flows_started: int = 0
    flows_abandoned: int = 0
    last_response: float = 0.0  # time.monotonic() of the last answer: the run's real end
    # (time.monotonic() at the answer, seconds waited) of every patient's request, to read the
    # waits that overlapped a curator's import (--import-clinics).
    patient_waits: list[tuple[float, float]] = field(default_factory=list)

    def record(self, group: str, response: httpx.Response, seconds: float) -> None:
        self.latencies.setdefault(group, []).append(seconds)
        self.last_response = time.monotonic()
        if group.startswith("checklist"):
            self.patient_waits.append((self.last_response, seconds))
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500:
            self.server_errors.append(
                f"{response.status_code} {response.request.method} {response.url.path}"
            )


class Stop(Exception):
    """The run's time is up: leave the current flow where it is."""


class Person:
    def __init__(
        self,
        client: httpx.AsyncClient,
        stats: Stats,
        deadline: float,
        think: float,
        rng: random.Random,
    ) -> None:
        self.client, self.stats = client, stats
        self.deadline, self.think, self.rng = deadline, think, rng

    async def pause(self) -> None:
        if self.think:
            await asyncio.sleep(self.rng.uniform(0.5 * self.think, 1.5 * self.think))
        if time.monotonic() >= self.deadline:
            raise Stop

    async def request(self, method: str, path: str, group: str, **kwargs: Any) -> httpx.Response:
        if time.monotonic() >= self.deadline:
            raise Stop
        started = time.perf_counter()
        try:
            response = await self.client.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            self.stats.failures.append(f"{method} {path}: {type(error).__name__} {error}")
            raise Stop from None
        self.stats.record(group, response, time.perf_counter() - started)
        return response

    def expect(self, response: httpx.Response, *statuses: int) -> None:
        if response.status_code not in statuses:
            if response.status_code < 500:  # 5xx are already counted
                self.stats.failures.append(
                    f"{response.request.method} {response.url.path}: {response.status_code}, "
                    f"expected {statuses}"
                )
            raise Stop


async def patient(person: Person, slugs: list[str], ramp: float) -> None:
    rng = person.rng
    await asyncio.sleep(rng.uniform(0, ramp))
    while True:
        person.client.cookies.clear()
        person.stats.flows_started += 1
        finished = False
        try:
            start = await person.request("GET", "/check/", "checklist: start page")
            person.expect(start, 200)
            token = csrf_token(start.text)
            await person.pause()
            if slugs and rng.random() < 0.5:
                choice = {"choice": "listed", "clinic": rng.choice(slugs)}
            else:
                choice = {
                    "choice": "unlisted",
                    "name": f"Load test clinic {rng.randint(1, 10**6)}",
                    "country": rng.choice(COUNTRIES),
                    "city": rng.choice(["", "Izmir", "Austin", "Bangkok"]),
                }
            chosen = await person.request(
                "POST",
                "/check/",
                "checklist: choose clinic",
                data={**choice, "csrfmiddlewaretoken": token},
            )
            person.expect(chosen, 302)
            page = await person.request("GET", chosen.headers["location"], "checklist: first step")
            person.expect(page, 200)
            for _ in range(12):
                await person.pause()
                data = answers_for(page.text, rng)
                step = next((v for k, v in data.items() if k.endswith("-current_step")), "")
                last = step == "finish"
                page = await person.request(
                    "POST",
                    "/check/questions/",
                    "checklist: report saved" if last else "checklist: answer a step",
                    data=data,
                )
                person.expect(page, 200, 302)
                if page.status_code == 302:
                    match = REPORT_PATH.match(page.headers["location"])
                    if not match:
                        person.stats.failures.append(f"redirected to {page.headers['location']}")
                        raise Stop
                    person.stats.confirmed.add(match.group(1))
                    finished = True
                    await person.pause()
                    report = await person.request(
                        "GET", page.headers["location"], "checklist: report page"
                    )
                    person.expect(report, 200)
                    break
            else:
                person.stats.failures.append("the checklist did not finish in 12 steps")
            await person.pause()
        except Stop:
            if not finished:
                person.stats.flows_abandoned += 1
            return


async def browser(person: Person, slugs: list[str], ramp: float) -> None:
    rng = person.rng
    await asyncio.sleep(rng.uniform(0, ramp))
    pages = [
        ("browse: home", lambda: "/"),
        ("browse: directory", lambda: "/clinics/"),
        ("browse: search", lambda: f"/clinics/?q={rng.choice(SEARCHES)}"),
        ("browse: clinic page", lambda: f"/clinics/{rng.choice(slugs)}/"),
        (
            "browse: compare",
            lambda: (
                "/clinics/compare/?"
                + "&".join(f"c={s}" for s in rng.sample(slugs, min(3, len(slugs))))
            ),
        ),
        ("browse: methodology", lambda: "/methodology/"),
    ]
    try:
        while True:
            group, path = rng.choice(pages)
            response = await person.request("GET", path(), group)
            person.expect(response, 200)
            await person.pause()
    except Stop:
        return


async def crowd(
    url: str,
    seconds: float,
    patients: int,
    browsers: int,
    think: float,
    ramp: float,
    slugs: list[str],
    seed: int,
) -> tuple[Stats, float]:
    stats = Stats()
    timeout = httpx.Timeout(30.0)
    clients = [
        httpx.AsyncClient(base_url=url, timeout=timeout, follow_redirects=False)
        for _ in range(patients + browsers)
    ]
    deadline = time.monotonic() + seconds
    people = [
        Person(client, stats, deadline, think, random.Random(seed * 1000 + n))
        for n, client in enumerate(clients)
    ]
    started = time.monotonic()
    tasks = [
        patient(p, slugs, ramp) if n < patients else browser(p, slugs, ramp)
        for n, p in enumerate(people)
    ]
    try:
        # Bounded even if the server stops answering: every request has its own 30 s timeout.
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 90)
    finally:
        # Up to the last answer: people still pausing after the deadline send nothing more.
        elapsed = (stats.last_response or time.monotonic()) - started
        for client in clients:
            await client.aclose()
    return stats, elapsed


def run_one(database_context: Any, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    with database_context as database:
        static_root = workdir / f"static-{database.name}"
        env = server_env(database.url, static_root)
        print(f"[{database.name}] migrate, createcachetable, seed_demo, collectstatic", flush=True)
        manage(env, "migrate", "--no-input")
        manage(env, "createcachetable")
        manage(env, "seed_demo")
        manage(env, "collectstatic", "--no-input")
        slugs = [
            row[0]
            for row in database.query(
                "SELECT slug FROM clinics_clinic WHERE published ORDER BY slug"
            )
        ]
        before = {row[0] for row in database.query("SELECT token FROM checklist_patientreport")}
        log = workdir / f"gunicorn-{database.name}.log"
        import_file = None
        if args.import_clinics:
            from bench.generate import profiles

            import_file = workdir / f"import-{database.name}.json"
            import_file.write_text(json.dumps(profiles(args.import_clinics)), encoding="utf-8")
        window: dict[str, float] = {}
        with gunicorn(env, free_port(), args.workers, log) as url:
            print(
                f"[{database.name}] {args.patients} patients and {args.browsers} browsers "
                f"for {args.seconds:g} s against {url}",
                flush=True,
            )
            # Other work on the machine shares its cores: record how busy it was.
            load_before = os.getloadavg()[0]
            importer = None
            if import_file is not None:
                importer = threading.Thread(
                    target=import_while_crowd, args=(env, import_file, args.ramp, window)
                )
                importer.start()
            stats, elapsed = asyncio.run(
                crowd(
                    url,
                    args.seconds,
                    args.patients,
                    args.browsers,
                    args.think,
                    args.ramp,
                    slugs,
                    args.seed,
                )
            )
            load_after = os.getloadavg()[0]
            if importer is not None:
                importer.join()
        stored = [
            row[0]
            for row in database.query("SELECT token FROM checklist_patientreport")
            if row[0] not in before
        ]
        result = summarise(database, stats, elapsed, stored, args)
        errors = log.read_text(errors="replace").count('"level": "ERROR"') if log.exists() else 0
        result["server_errors_logged"] = errors
        result["load_average_1min"] = {"before": load_before, "after": load_after}
        if import_file is not None:
            result["import"] = import_waits(stats, window, args.import_clinics)
            result["ok"] = result["ok"] and result["import"]["ok"]
        return result


def import_while_crowd(
    env: dict[str, str], path: Path, delay: float, window: dict[str, float]
) -> None:
    """A curator imports a large file while patients are saving reports (issue 16, item 14):
    on SQLite its transaction holds the one write lock, and every report waits behind it."""
    time.sleep(delay)
    window["start"] = time.monotonic()
    completed = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "import_clinics", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    window["end"] = time.monotonic()
    window["returncode"] = completed.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=60, help="How long the crowd runs, per database."
    )
    parser.add_argument(
        "--patients", type=int, default=50, help="Patients completing checklists at once."
    )
    parser.add_argument(
        "--browsers", type=int, default=10, help="People browsing at the same time."
    )
    parser.add_argument(
        "--think", type=float, default=1.0, help="Mean seconds between one person's requests."
    )
    parser.add_argument(
        "--ramp",
        type=float,
        default=5.0,
        help="People arrive at random over this many first seconds (0: all at once, a burst).",
    )
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes.")
    parser.add_argument(
        "--databases", default="sqlite,postgres", help="Comma-separated: sqlite, postgres."
    )
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("LOAD_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        help=f"A PostgreSQL on this machine; {PG_DATABASE} is created on it and dropped after.",
    )
    parser.add_argument("--seed", type=int, default=1, help="Seed of the random answers.")
    parser.add_argument(
        "--import-clinics",
        type=int,
        default=0,
        help="Also import this many generated clinics (import_clinics) while the crowd runs, "
        "and report the patients' waits during it.",
    )
    args = parser.parse_args()
    if not 0 < args.seconds <= 600:
        parser.error("--seconds must be between 0 and 600")
    if args.patients < 0 or args.browsers < 0 or args.patients + args.browsers == 0:
        parser.error("there must be at least one patient or browser")

    workdir = Path(tempfile.mkdtemp(prefix="clinic-load-"))
    results = []
    try:
        for name in [n.strip() for n in args.databases.split(",") if n.strip()]:
            if name == "sqlite":
                context = sqlite_database(workdir)
            elif name == "postgres":
                context = postgres_database(args.postgres_url)
            else:
                parser.error(f"unknown database {name!r}: sqlite or postgres")
            results.append(run_one(context, args, workdir))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print()
    print_table(results)
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    save("load", {"machine": machine, "runs": results})
    for result in results:
        for failure in result["failures_sample"]:
            print(f"[{result['database']}] {failure}")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
