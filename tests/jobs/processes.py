"""What the worker tests share: a database file of their own, migrated, reached by real
processes (`manage.py`, a Python program, a worker started in the background), and the job's
row read straight from the file, whatever the processes are doing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.fresh_python import PROJECT_ROOT

# A job retried from outside the worker, as a curator's button does.
RETRY = """
import django, sys; django.setup()
from jobs.models import Job
from jobs.services import job_retry
print(job_retry(Job.objects.get(pk=int(sys.argv[1]))))
"""


def worker_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of processes sharing one migrated SQLite file under ``tmp_path``, with
    the database backend unless ``extra`` names a jobs Redis."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'jobs.sqlite3'}",
    }
    environment.pop("REDIS_URL", None)
    environment.pop("JOBS_REDIS_URL", None)
    environment.update(extra)
    manage(environment, "migrate", "--no-input", "-v0")
    return environment


def _run(env: dict[str, str], command: list[str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return _run(env, [sys.executable, "manage.py", *args])


def python(env: dict[str, str], program: str, *args: str) -> str:
    """Run ``program`` in a fresh interpreter; its last line of output."""
    return _run(env, [sys.executable, "-c", program, *args]).stdout.strip().splitlines()[-1]


def job_row(db: Path, job_id: int, columns: str) -> tuple:
    with sqlite3.connect(db, timeout=20) as connection:
        return connection.execute(
            f"SELECT {columns} FROM jobs_job WHERE id = ?",
            (job_id,),
        ).fetchone()


@contextmanager
def worker_taking(
    env: dict[str, str], db: Path, job_id: int, *args: str
) -> Iterator[subprocess.Popen]:
    """A worker started in the background, handed over once it is well into ``job_id`` (still
    running half a second after taking it); killed at the end if the test has not done so."""
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", *args],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while job_row(db, job_id, "state")[0] != "running":
            assert time.monotonic() < deadline, "the worker never took the job"
            time.sleep(0.02)
        time.sleep(0.5)
        assert job_row(db, job_id, "state")[0] == "running", (
            "the job finished before it could be killed"
        )
        yield worker
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, 9)
            worker.wait(timeout=10)
