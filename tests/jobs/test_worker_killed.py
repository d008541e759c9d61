"""A worker killed mid-job (kill -9, a real process) leaves the data whole; the next worker to
start marks the job failed with a retry, and the retry finishes it (issue 18, part 4). Runs on a
database file of its own, shared by the processes, whatever database the suite uses."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest

from tests.jobs import processes
from tests.jobs.processes import RETRY, manage, python, worker_env, worker_taking

CLINICS = 6000

SETUP = f"""
import django; django.setup()
from clinics.models import Clinic
from jobs.services import job_start
Clinic.objects.bulk_create(
    [Clinic(name=f"Clinic {{i}}", slug=f"clinic-{{i}}", country="US") for i in range({CLINICS})],
    batch_size=1000,
)
print(job_start("rescore", params={{"scope": "all"}}).pk)
"""
COLUMNS = "state, done, total, error, task_id"


def curated(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT id, name, slug, updated FROM clinics_clinic ORDER BY id"
        ).fetchall()


def job_row(db: Path, job_id: int) -> tuple:
    return processes.job_row(db, job_id, COLUMNS)


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    # The database backend, whatever the machine has: this test is about its worker.
    return worker_env(tmp_path, JOB_FILES=str(tmp_path / "files"))


def test_a_killed_worker_leaves_the_data_whole_and_the_job_can_be_retried(env, tmp_path):
    db = tmp_path / "jobs.sqlite3"
    job_id = int(python(env, SETUP))
    before = curated(db)

    with worker_taking(env, db, job_id, "--interval", "0.1") as worker:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)

    # Killed mid-run: the job still says running, and the curated data is exactly as before.
    state, done, total, _, task_id = job_row(db, job_id)
    assert state == "running" and total == CLINICS and done < CLINICS
    assert curated(db) == before
    with sqlite3.connect(db) as connection:
        # Each committed batch is whole: every clinic's pointer names a stored assessment.
        dangling = connection.execute(
            "SELECT COUNT(*) FROM clinics_clinic c LEFT JOIN checklist_clinicassessment a "
            "ON a.id = c.current_assessment_id "
            "WHERE c.current_assessment_id IS NOT NULL AND a.id IS NULL"
        ).fetchone()[0]
        scored = connection.execute(
            "SELECT COUNT(*) FROM clinics_clinic WHERE current_assessment_id IS NOT NULL"
        ).fetchone()[0]
    assert dangling == 0 and scored < CLINICS

    # The next worker to start finds the job silent and marks it failed, its task too.
    started = manage({**env, "JOB_STALE_SECONDS": "0"}, "run_worker", "--burst")
    assert f"#{job_id}" in started.stderr
    state, _, _, error, _ = job_row(db, job_id)
    assert state == "failed" and "worker running this job stopped" in error
    with sqlite3.connect(db) as connection:
        status = connection.execute(
            "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = ?",
            (task_id.replace("-", ""),),
        ).fetchone()
    assert status == ("FAILED",)

    # The retry runs it again from the start and finishes.
    assert python(env, RETRY, str(job_id)) == "True"
    manage(env, "run_worker", "--burst")
    state, done, total, error, _ = job_row(db, job_id)
    assert (state, done, total, error) == ("done", CLINICS, CLINICS, "")
    with sqlite3.connect(db) as connection:
        scored = connection.execute(
            "SELECT COUNT(*) FROM clinics_clinic WHERE current_assessment_id IS NOT NULL"
        ).fetchone()[0]
    assert scored == CLINICS
    assert curated(db) == before
