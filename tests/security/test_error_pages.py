"""Error pages in the site's style that leak nothing (DEBUG is off in tests, as in production),
and errors logged as one JSON object a line."""

from __future__ import annotations

import json
import logging

import pytest
from django.conf import settings
from django.test import Client

from config.logs import JsonFormatter
from tests.security.error_urls import SECRET_DETAIL

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.security.error_urls")]

LEAKS = (SECRET_DETAIL, "7a1f", "Traceback", "RuntimeError", "settings.py", "SECRET_KEY")


@pytest.fixture
def browser_client() -> Client:
    # A browser gets the error page, not the exception the test client would re-raise.
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    ("path", "status", "template", "heading"),
    [
        ("/__test__/suspicious/", 400, "400.html", "We could not understand that request"),
        ("/__test__/forbidden/", 403, "403.html", "This page is not open to you"),
        ("/clinics/no-such-clinic/", 404, "404.html", "We could not find that page"),
        ("/no/such/page/", 404, "404.html", "We could not find that page"),
        ("/__test__/crash/", 500, "500.html", "Something went wrong on our side"),
    ],
)
def test_error_pages_are_in_the_site_style_and_leak_nothing(
    browser_client, path, status, template, heading
):
    assert settings.DEBUG is False
    response = browser_client.get(path)
    assert response.status_code == status
    body = response.content.decode()
    assert heading in body
    assert 'class="site-header"' in body and 'class="site-footer"' in body
    for leak in LEAKS:
        assert leak not in body
    if status != 500:  # the 500 handler renders without the request's context
        assert template in [t.name for t in response.templates]


def test_a_form_sent_without_its_security_token_gets_a_plain_explanation(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/check/", {"choice": "unlisted", "name": "x"})
    assert response.status_code == 403
    body = response.content.decode()
    assert "We could not accept this form" in body
    assert "CSRF" not in body and 'class="site-header"' in body


def test_a_server_error_is_logged_once_as_one_line_of_json_naming_the_request(
    browser_client, caplog
):
    with caplog.at_level(logging.ERROR, logger="django.request"):
        browser_client.get("/__test__/crash/")
    [record] = [r for r in caplog.records if r.name == "django.request"]
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "django.request"
    assert entry["status"] == 500
    assert (entry["method"], entry["path"]) == ("GET", "/__test__/crash/")
    assert "RuntimeError" in entry["exception"]


def test_the_log_never_carries_a_report_token(browser_client, caplog):
    token = "A" * 43
    with caplog.at_level(logging.WARNING, logger="django.request"):
        browser_client.get(f"/check/report/{token}/")
    [record] = [r for r in caplog.records if r.name == "django.request"]
    line = JsonFormatter().format(record)
    assert token not in line
    assert json.loads(line)["path"] == "/check/report/[token]/"
    assert "Not Found: /check/report/[token]/" in line
