"""Request bodies are bounded at the app, not only by nginx: an anonymous client may send a
form, staff a spreadsheet import of UPLOAD_MAX_MEGABYTES; anything larger is a clean 413 (or a
400 for too many files), never a 500 and never a file written to disk."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

START = reverse("checklist:start")
LEAKS = ("Traceback", "RequestDataTooBig", "settings.py", "SECRET_KEY")


@pytest.fixture
def browser() -> Client:
    return Client(raise_request_exception=False)


@pytest.fixture
def staff_browser(db) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(User.objects.create_user("maria", is_staff=True, is_superuser=True))
    return client


def upload(megabytes: float, name: str = "big.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"x" * int(megabytes * 1024 * 1024), "text/csv")


def assert_clean_page(response, status: int, heading: str) -> str:
    assert response.status_code == status
    body = response.content.decode()
    assert heading in body
    assert 'class="site-header"' in body
    for leak in LEAKS:
        assert leak not in body
    return body


def test_an_anonymous_multipart_upload_is_refused_unread_with_a_413_page(browser, monkeypatch):
    from django.http import multipartparser

    def never(*args, **kwargs):
        raise AssertionError("the body was parsed")

    monkeypatch.setattr(multipartparser.MultiPartParser, "parse", never)
    response = browser.post(START, {"choice": "unlisted", "name": "x", "file": upload(1)})
    body = assert_clean_page(response, 413, "That was too large to send")
    assert "Nothing on this site takes a file or a text this long" in body
    assert response["Connection"] == "close"


def test_an_anonymous_form_too_long_for_any_page_is_refused(browser):
    response = browser.post(START, {"choice": "unlisted", "name": "x" * (600 * 1024)})
    assert_clean_page(response, 413, "That was too large to send")


def test_a_form_as_long_as_the_longest_checklist_step_is_accepted(browser):
    # 20,000 characters of pasted marketing text (the form's limit), four bytes each and
    # percent-encoded: the most a patient's step sends.
    text = "\U0001f600" * 20_000
    response = browser.post(START, {"choice": "unlisted", "name": "x", "website": text})
    assert response.status_code != 413


def test_more_files_than_any_form_takes_is_a_400_page(browser):
    response = browser.post(
        START,
        {"a": SimpleUploadedFile("a.csv", b"1"), "b": SimpleUploadedFile("b.csv", b"2")},
    )
    assert_clean_page(response, 400, "We could not understand that request")


def test_staff_may_send_an_import_up_to_the_documented_size_and_no_more(staff_browser):
    assert (
        settings.STAFF_REQUEST_MAX_BYTES
        == settings.UPLOAD_MAX_MEGABYTES * 1024 * 1024
        == (5 * 1024 * 1024)
    )
    import_url = reverse("admin:clinics_clinic_import")
    accepted = staff_browser.post(import_url, {"import_file": upload(3), "format": "0"})
    assert accepted.status_code == 200  # the import form's own answer, not a refusal
    refused = staff_browser.post(import_url, {"import_file": upload(5.5), "format": "0"})
    body = assert_clean_page(refused, 413, "That was too large to send")
    assert "at most 5 MB" in body
