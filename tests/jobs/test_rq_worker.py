"""The same jobs on RQ over Redis (REDIS_URL set), with real worker processes: a job runs to the
end, a cancelled one never runs, and a worker killed mid-job (with the work-horse RQ forks for
the job) is recovered and the job retried. CI runs this against the
Redis on 127.0.0.1:6379; without REDIS_URL it is skipped."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.jobs import processes
from tests.jobs.processes import RETRY, manage, python, worker_env, worker_taking

pytestmark = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")

# A Redis database of this test's own, emptied before it runs.
JOBS_DB = 7

SETUP = """
import django, sys; django.setup()
from clinics.models import Clinic
from jobs.services import job_cancel, job_start
count = int(sys.argv[1])
Clinic.objects.bulk_create(
    [Clinic(name=f"Clinic {i}", slug=f"clinic-{i}", country="US") for i in range(count)],
    batch_size=1000,
)
job = job_start("rescore", params={"scope": "all"})
cancelled = job_start("rescore", params={"scope": "all"})
job_cancel(cancelled)
print(job.pk, cancelled.pk)
"""
COLUMNS = "state, done, total, error, attempts"


def children(pid: int) -> list[int]:
    listed = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False
    )
    return [int(line) for line in listed.stdout.split()]


def job_row(db: Path, job_id: int) -> tuple:
    return processes.job_row(db, job_id, COLUMNS)


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    import redis

    parts = urlsplit(os.environ["REDIS_URL"])
    jobs_redis = urlunsplit(parts._replace(path=f"/{JOBS_DB}"))
    redis.Redis.from_url(jobs_redis).flushdb()
    return worker_env(tmp_path, JOBS_REDIS_URL=jobs_redis)


def test_jobs_run_on_an_rq_worker(env, tmp_path):
    db = tmp_path / "jobs.sqlite3"
    job_id, cancelled_id = map(int, python(env, SETUP, "30").split())
    worker = manage(env, "run_worker", "--burst")
    assert "RQBackend" in worker.stderr
    assert job_row(db, job_id)[:4] == ("done", 30, 30, "")
    # The cancelled job's task was delivered too, and did nothing.
    assert job_row(db, cancelled_id)[0] == "cancelled" and job_row(db, cancelled_id)[4] == 0


def test_a_killed_rq_worker_is_recovered_and_the_job_retried(env, tmp_path):
    db = tmp_path / "jobs.sqlite3"
    job_id, _ = map(int, python(env, SETUP, "6000").split())
    with worker_taking(env, db, job_id) as worker:
        # The machine is lost: the worker and the work-horse RQ forked for the job (in a
        # session of its own) die together.
        for pid in [worker.pid, *children(worker.pid)]:
            os.kill(pid, signal.SIGKILL)
        worker.wait(timeout=10)
    time.sleep(1)
    state, done, total, _, _ = job_row(db, job_id)
    assert state == "running" and done < total

    manage({**env, "JOB_STALE_SECONDS": "0"}, "run_worker", "--burst")
    assert job_row(db, job_id)[0] == "failed"
    assert python(env, RETRY, str(job_id)) == "True"
    manage(env, "run_worker", "--burst")
    assert job_row(db, job_id)[:5] == ("done", 6000, 6000, "", 2)
