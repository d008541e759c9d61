"""Background jobs (issue 18): a job is recorded, handed to the task backend (django-tasks'
database backend here) once its transaction commits, run by `run_worker`, and shows the staff
its state, progress, summary or error; queued jobs can be cancelled, failed ones retried, and a
job is never run twice."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from checklist.models import ClinicAssessment
from checklist.services.assessments import assessments_refresh
from clinics.models import Clinic
from jobs.models import Job, JobState
from jobs.registry import KINDS, JobError, job_kind
from jobs.services import job_cancel, job_retry, job_run, job_start, jobs_recover_stale
from tests.factories import ClinicFactory

JOBS = reverse("admin:jobs_job_changelist")


@pytest.fixture
def started(db, django_capture_on_commit_callbacks):
    """Start a job as a request would: the task reaches the backend when the work commits."""

    def start(kind: str, **kwargs) -> Job:
        with django_capture_on_commit_callbacks(execute=True):
            job = job_start(kind, **kwargs)
        return Job.objects.get(pk=job.pk)

    return start


def work() -> None:
    """What a worker does until the queue is empty, here in the test's own connection: every
    queued job, oldest first. (The worker itself, `run_worker --burst`, closes its database
    connection between tasks, as a long-running process should, which would end a test's
    transaction on PostgreSQL: test_worker_killed.py and test_rq_worker.py run it as a real
    process.) Each queued job's task must have reached the backend."""
    for job in Job.objects.filter(state=JobState.QUEUED).order_by("pk"):
        assert job.task_id, f"job #{job.pk} was never handed to the task backend"
        job_run(job.pk)


@pytest.fixture
def flaky():
    """A job kind that fails on its first run and succeeds on the next."""
    runs: list[int] = []

    @job_kind("test-flaky", "Flaky test job")
    def handler(job, progress):
        runs.append(job.pk)
        progress.set_total(3)
        progress.advance(2)
        if len(runs) == 1:
            raise JobError("the file has a bad date", row=7)
        progress.advance(1)
        return "third time lucky"

    yield runs
    KINDS.pop("test-flaky")


def test_a_queued_rescore_runs_on_the_worker_and_says_what_it_did(started, careful_clinic):
    job = started("rescore", params={"scope": "all"})
    assert job.state == JobState.QUEUED and job.task_id
    assert DBTaskResult.objects.get(id=job.task_id).status == TaskResultStatus.READY
    assert not ClinicAssessment.objects.exists()
    work()
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.attempts == 1
    assert (job.done, job.total) == (1, 1)
    assert job.summary == "1 clinics rescored, 1 with a new result."
    assert Clinic.objects.get(pk=careful_clinic.pk).current_assessment is not None
    assert job.started_at <= job.finished_at


def test_nothing_reaches_the_backend_if_the_work_that_started_a_job_is_rolled_back(db):
    job = job_start("rescore")  # the transaction never commits: no on_commit
    assert not job.task_id and not DBTaskResult.objects.exists()


def test_a_cancelled_job_is_never_run(started, careful_clinic):
    job = started("rescore", params={"scope": "all"})
    assert job_cancel(job)
    work()
    job.refresh_from_db()
    assert job.state == JobState.CANCELLED and job.attempts == 0
    assert not ClinicAssessment.objects.exists()
    # Only a queued job can be cancelled.
    assert not job_cancel(job)


def test_a_job_is_run_at_most_once_however_often_it_is_handed_out(started, careful_clinic):
    job = started("rescore", params={"scope": "all"})
    assert job_run(job.pk) == JobState.DONE
    # A second delivery of the same task (a backend retry, a second worker) finds it taken.
    assert job_run(job.pk) == "skipped"
    assert Job.objects.get(pk=job.pk).attempts == 1
    assert ClinicAssessment.objects.count() == 1


def test_a_failure_names_the_row_and_a_retry_runs_it_again(
    started, flaky, django_capture_on_commit_callbacks
):
    job = started("test-flaky")
    work()
    job.refresh_from_db()
    assert job.state == JobState.FAILED
    assert job.error == "Row 7: the file has a bad date"
    assert (job.done, job.total) == (2, 3)
    first_task = job.task_id
    with django_capture_on_commit_callbacks(execute=True):
        assert job_retry(job) is True
        job.refresh_from_db()
        assert job.state == JobState.QUEUED and job.error == "" and job.done == 0
    work()
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.summary == "third time lucky"
    assert job.attempts == 2 and job.task_id != first_task
    assert flaky == [job.pk, job.pk]
    # Only a failed job can be retried.
    assert job_retry(job) is False


def test_an_unexpected_error_fails_the_job_and_the_worker_goes_on(started, careful_clinic):
    broken = started("rescore", params={"scope": "nonsense"})
    fine = started("rescore", params={"scope": "all"})
    work()
    broken.refresh_from_db()
    fine.refresh_from_db()
    assert broken.state == JobState.FAILED
    assert "Unknown rescore scope 'nonsense'" in broken.error
    assert fine.state == JobState.DONE


def test_a_running_job_whose_worker_went_silent_is_marked_failed(db):
    now = timezone.now()
    dead = Job.objects.create(
        kind="rescore",
        label="dead",
        state=JobState.RUNNING,
        beat_at=now - datetime.timedelta(minutes=30),
    )
    alive = Job.objects.create(
        kind="rescore",
        label="alive",
        state=JobState.RUNNING,
        beat_at=now - datetime.timedelta(seconds=20),
    )
    assert jobs_recover_stale(now=now) == [dead.pk]
    dead.refresh_from_db()
    alive.refresh_from_db()
    assert dead.state == JobState.FAILED and "worker running this job stopped" in dead.error
    assert alive.state == JobState.RUNNING


def test_an_export_job_writes_a_whole_file_staff_can_download(
    started, careful_clinic, client, curator, settings, tmp_path
):
    settings.JOB_FILES = tmp_path
    job = started("export")
    work()
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.summary == "1 clinics exported."
    assert Path(job.output_file).parent == tmp_path
    assert not list(tmp_path.glob("*.part"))
    client.force_login(curator)
    response = client.get(reverse("admin:jobs_job_download", args=[job.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    profiles = json.loads(b"".join(response.streaming_content))
    assert [p["slug"] for p in profiles] == ["careful-clinic"]
    # A path outside the job folder is never served, whatever the record says.
    Job.objects.filter(pk=job.pk).update(output_file="/etc/passwd")
    assert client.get(reverse("admin:jobs_job_download", args=[job.pk])).status_code == 404
    client.logout()
    response = client.get(reverse("admin:jobs_job_download", args=[job.pk]))
    assert response.status_code == 302 and "/login/" in response.url


# --- the admin -----------------------------------------------------------------------------------


def test_staff_start_a_job_from_the_list_and_watch_its_progress(
    client, curator, careful_clinic, django_capture_on_commit_callbacks
):
    client.force_login(curator)
    page = client.get(JOBS).content.decode()
    assert "Rescore every clinic" in page and 'src="/static/js/jobs.js"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:jobs_job_start", args=["rescore-all"]), follow=True)
    job = Job.objects.get()
    assert f"Job #{job.pk} queued: Rescore every clinic." in response.content.decode()
    assert job.started_by == curator
    progress = reverse("admin:jobs_job_progress", args=[job.pk])
    assert f'data-job-progress="{progress}"' in response.content.decode()
    assert client.get(progress).json()["state"] == "queued"
    work()
    data = client.get(progress).json()
    assert data["state"] == "done" and data["finished"] and data["percent"] == 100
    assert data["summary"].startswith("1 clinics rescored")


def test_only_staff_with_the_right_start_jobs_and_only_by_post(client, curator, db):
    assert client.post(reverse("admin:jobs_job_start", args=["rescore-all"])).status_code == 302
    client.force_login(curator)
    assert client.get(reverse("admin:jobs_job_start", args=["rescore-all"])).status_code == 405
    assert client.post(reverse("admin:jobs_job_start", args=["no-such"])).status_code == 404
    curator.groups.clear()
    curator.user_permissions.clear()
    from django.contrib.auth.models import Permission

    curator.user_permissions.add(Permission.objects.get(codename="view_job"))
    curator = type(curator).objects.get(pk=curator.pk)
    client.force_login(curator)
    assert "Start a job" not in client.get(JOBS).content.decode()
    assert client.post(reverse("admin:jobs_job_start", args=["rescore-all"])).status_code == 403
    assert not Job.objects.exists()


def test_cancel_and_retry_from_the_list(client, reviewer, started, flaky):
    queued = started("rescore")
    failed = started("test-flaky")
    job_run(failed.pk)
    client.force_login(reviewer)
    response = client.post(
        JOBS,
        {"action": "cancel", "_selected_action": [queued.pk, failed.pk], "index": "0"},
        follow=True,
    )
    assert (
        "1 job(s) cancelled. 1 not queued (running or finished) left as they were."
        in response.content.decode()
    )
    response = client.post(
        JOBS,
        {"action": "retry", "_selected_action": [queued.pk, failed.pk], "index": "0"},
        follow=True,
    )
    assert "1 job(s) queued again. 1 had not failed" in response.content.decode()
    assert Job.objects.get(pk=failed.pk).state == JobState.QUEUED
    assert Job.objects.get(pk=queued.pk).state == JobState.CANCELLED


def test_the_front_page_shows_running_and_recently_failed_jobs(client, curator, db):
    Job.objects.create(kind="rescore", label="Rescore every clinic", state=JobState.RUNNING)
    Job.objects.create(
        kind="export",
        label="Export",
        state=JobState.FAILED,
        finished_at=timezone.now(),
        error="disk full",
    )
    client.force_login(curator)
    page = client.get(reverse("admin:index")).content.decode()
    assert 'id="cv-dash-jobs"' in page
    assert "<strong>1</strong> running" in page
    assert "<strong>1</strong> failed in the last 7 days" in page
    assert "disk full" in page


def test_a_large_selection_is_rescored_by_a_job(
    client, curator, django_capture_on_commit_callbacks, settings
):
    from checklist.admin import clinics as clinic_admin

    clinics = [ClinicFactory() for _ in range(3)]
    client.force_login(curator)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clinic_admin, "RESCORE_INLINE_MAX", 2)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("admin:clinics_clinic_changelist"),
                {"action": "rescore", "_selected_action": [c.pk for c in clinics], "index": "0"},
                follow=True,
            )
    job = Job.objects.get()
    assert f"Job #{job.pk} queued" in response.content.decode()
    assert sorted(job.params["ids"]) == sorted(c.pk for c in clinics)
    work()
    assert ClinicAssessment.objects.count() == 3


def test_rescore_queue_prints_the_job_and_returns_at_once(
    careful_clinic, capsys, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("rescore", "--queue")
    job = Job.objects.get()
    assert f"Queued job #{job.pk}" in capsys.readouterr().out
    assert job.params == {"scope": "all"} and job.state == JobState.QUEUED
    assert not ClinicAssessment.objects.exists()
    work()
    assert Job.objects.get(pk=job.pk).state == JobState.DONE
    assessments_refresh()  # the inline rescore finds nothing left to change
    assert ClinicAssessment.objects.count() == 1


def test_a_running_job_beats_while_its_handler_works(monkeypatch, transactional_db):
    """A long step with no progress (one big transaction) still shows its worker alive."""
    import threading

    from jobs import runner

    monkeypatch.setattr(runner, "HEARTBEAT_SECONDS", 0.05)
    beats = threading.Event()

    @job_kind("test-slow", "Slow test job")
    def slow(job, progress):
        first = Job.objects.get(pk=job.pk).beat_at
        for _ in range(100):
            if Job.objects.get(pk=job.pk).beat_at != first:
                beats.set()
                break
            threading.Event().wait(0.02)
        return "slept"

    try:
        job = Job.objects.create(kind="test-slow", label="slow", task_id="t")
        assert job_run(job.pk) == JobState.DONE
        assert beats.is_set()
    finally:
        KINDS.pop("test-slow")


def test_an_attempt_taken_for_dead_and_retried_does_not_overwrite_the_retry(db):
    job = Job.objects.create(kind="rescore", label="x", task_id="t", params={"scope": "all"})
    assert job_run(job.pk) == JobState.DONE
    # As if this attempt had been declared dead and a second attempt had taken the job since.
    Job.objects.filter(pk=job.pk).update(state=JobState.RUNNING, attempts=2, summary="")
    stale = Job.objects.get(pk=job.pk)
    stale.attempts = 1
    from jobs.progress import Progress
    from jobs.runner import _finish

    _finish(stale, Progress(job.pk), summary="the first attempt, late")
    job.refresh_from_db()
    assert (job.state, job.summary) == (JobState.RUNNING, "")


def test_a_rescore_split_by_range_covers_each_clinic_once(started):
    clinics = [ClinicFactory() for _ in range(4)]
    middle = clinics[1].pk
    started("rescore", params={"scope": "range", "first": clinics[0].pk, "last": middle})
    started("rescore", params={"scope": "range", "first": middle + 1, "last": clinics[-1].pk})
    work()
    summaries = sorted(Job.objects.values_list("summary", flat=True))
    assert summaries == ["2 clinics rescored, 2 with a new result."] * 2
    assert ClinicAssessment.objects.count() == 4
