"""Large admin imports (issue 16, item 5): a file too large even for the background import is
refused with a clear message before it starts, and uploads whose preview was never confirmed
do not stay on the server. (A file too long to preview in a request goes to background jobs:
tests/jobs/test_import_jobs.py.)"""

from __future__ import annotations

import os
import time

import pytest

from clinics import import_forms
from clinics.import_forms import (
    PREVIEW_MAX_AGE_SECONDS,
    PreviewStorage,
    preview_folder,
    previews_purge,
)
from tests.clinics.test_admin_import import upload


@pytest.mark.django_db
def test_a_file_too_long_even_for_a_background_job_is_refused_with_what_to_do(
    admin_client, monkeypatch
):
    monkeypatch.setattr(import_forms, "MAX_BACKGROUND_ROWS", 5)
    rows = [["slug", "name", "country"]]
    rows += [[f"big-{n}", f"Big {n}", "US"] for n in range(6)]
    response = upload(admin_client, rows)
    assert response.status_code == 200
    errors = response.context["form"].errors["import_file"]
    assert "The file has 6 lines of data; the admin imports at most 5 at a time" in errors[0]
    assert "manage.py import_clinics" in errors[0]


def test_previews_live_in_their_own_folder_and_old_ones_go():
    storage = PreviewStorage(read_mode="r", encoding="utf-8")
    storage.save(b"slug,name\n")
    path = storage.get_full_path()
    assert os.path.dirname(path) == str(preview_folder())
    old = time.time() - PREVIEW_MAX_AGE_SECONDS - 60
    os.utime(path, (old, old))
    fresh = PreviewStorage(read_mode="r", encoding="utf-8")
    fresh.save(b"slug,name\n")  # saving the next upload clears what nobody confirmed
    assert not os.path.exists(path)
    assert os.path.exists(fresh.get_full_path())
    assert previews_purge() == 0
    fresh.remove()


def test_large_uploads_waiting_for_a_job_are_cleared_after_a_day(settings, tmp_path):
    settings.JOB_FILES = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile

    from clinics.import_forms import job_upload_save

    old_upload = job_upload_save(SimpleUploadedFile("old.csv", b"slug,name\n"), ".csv")
    old = time.time() - PREVIEW_MAX_AGE_SECONDS - 60
    os.utime(old_upload, (old, old))
    new_upload = job_upload_save(SimpleUploadedFile("new.csv", b"slug,name\n"), ".csv")
    assert not old_upload.exists() and new_upload.exists()
    assert new_upload.parent == tmp_path / "imports"
