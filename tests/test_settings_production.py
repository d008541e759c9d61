"""The production settings, loaded as a server loads them: in a fresh interpreter, from the
environment alone (ENV_FILE=/dev/null, so a developer's .env cannot hide a missing variable)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.policy import POLICY

ROOT = Path(__file__).resolve().parents[1]
# Variables a developer's shell or CI may hold that would change what is being tested.
CLEARED = (
    "DJANGO_SETTINGS_MODULE",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "RATELIMIT_REDIS_URL",
    "UPLOAD_MAX_MEGABYTES",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "BENCHMARK_PLAIN_HTTP",
    "LOG_FORMAT",
    "ADMIN_URL",
    "CSRF_TRUSTED_ORIGINS",
    # Set by the browser tests for their own process; never on a server.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def production_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ENV_FILE=os.devnull,
        # token_urlsafe: long, varied, and never starting with "$" (django-environ's proxy).
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="vetting.example",
    )
    env.update(values)
    return {k: v for k, v in env.items() if v is not None}


def run(code_or_args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *code_or_args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def production_python(code: str, **values: str) -> subprocess.CompletedProcess[str]:
    return run(["-c", "import django; django.setup()\n" + code], production_env(**values))


def test_check_deploy_prints_no_warning_at_all_under_the_production_settings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert result.stderr == ""


@pytest.mark.parametrize("variable", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_variable_and_names_it(variable):
    env = production_env()
    del env[variable]
    result = run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert f"Set the {variable} environment variable" in result.stderr


def test_production_refuses_an_empty_host_list():
    result = run(["manage.py", "check"], production_env(ALLOWED_HOSTS=""))
    assert result.returncode != 0
    assert "Set the ALLOWED_HOSTS environment variable" in result.stderr


def test_plain_http_for_benchmarks_is_refused_for_any_host_but_loopback():
    refused = run(
        ["manage.py", "check"],
        production_env(BENCHMARK_PLAIN_HTTP="true", ALLOWED_HOSTS="127.0.0.1,vetting.example"),
    )
    assert refused.returncode != 0
    assert "BENCHMARK_PLAIN_HTTP is for loopback benchmarks only" in refused.stderr
    accepted = production_python(
        "from django.conf import settings; print(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)",
        BENCHMARK_PLAIN_HTTP="true",
        ALLOWED_HOSTS="127.0.0.1,localhost,[::1]",
    )
    assert accepted.stdout.split() == ["False", "False"], accepted.stderr


def test_a_malformed_admin_url_is_refused_with_an_example():
    result = run(["manage.py", "check"], production_env(ADMIN_URL="/admin"))
    assert result.returncode != 0
    assert "ADMIN_URL must be a relative path ending in a slash" in result.stderr


SETTINGS_AS_JSON = """
import json
from django.conf import settings
print(json.dumps({
    "debug": settings.DEBUG,
    "cache": settings.CACHES["default"]["BACKEND"],
    "ratelimit_cache": settings.CACHES["ratelimit"]["BACKEND"],
    "ratelimit_location": settings.CACHES["ratelimit"]["LOCATION"],
    "login_redirect": settings.LOGIN_REDIRECT_URL,
    "upload_max": settings.STAFF_REQUEST_MAX_BYTES,
    "hsts": settings.SECURE_HSTS_SECONDS,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "session_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "session_samesite": settings.SESSION_COOKIE_SAMESITE,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "frame": settings.X_FRAME_OPTIONS,
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "log_format": settings.LOGGING["handlers"]["console"]["formatter"],
}))
"""


def test_production_settings_are_secure_by_default():
    result = production_python(SETTINGS_AS_JSON)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "debug": False,
        "cache": "django.core.cache.backends.locmem.LocMemCache",
        # Every worker and app server shares the counters, and no page can evict them.
        "ratelimit_cache": "config.ratelimit.DatabaseCounterCache",
        "ratelimit_location": "ratelimit_counters",
        "login_redirect": "admin:index",
        "upload_max": 5 * 1024 * 1024,
        "hsts": 31536000,
        "ssl_redirect": True,
        "session_secure": True,
        "session_httponly": True,
        "session_samesite": "Lax",
        "csrf_secure": True,
        "frame": "DENY",
        "static": "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "log_format": "json",
    }


def test_redis_url_selects_djangos_own_redis_cache():
    result = production_python(SETTINGS_AS_JSON, REDIS_URL="redis://:pw@127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
    chosen = json.loads(result.stdout)
    assert chosen["cache"] == "django.core.cache.backends.redis.RedisCache"
    # The counters in the next database, out of reach of the page cache's evictions.
    assert chosen["ratelimit_cache"] == "django.core.cache.backends.redis.RedisCache"
    assert chosen["ratelimit_location"] == "redis://:pw@127.0.0.1:6379/1"


def test_the_rate_limit_counters_may_have_a_redis_server_of_their_own():
    result = production_python(
        SETTINGS_AS_JSON,
        REDIS_URL="redis://127.0.0.1:6379/0",
        RATELIMIT_REDIS_URL="redis://127.0.0.1:6380/0",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ratelimit_location"] == "redis://127.0.0.1:6380/0"


# A page without static files: no collectstatic (and so no manifest) in a test.
HEADERS = """
from django.test import Client
client = Client()
plain = client.get("/check/clinics.json")
secure = client.get("/check/clinics.json", secure=True)
print(plain.status_code, plain["Location"])
for name in ("Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options",
             "Referrer-Policy", "Cross-Origin-Opener-Policy", "X-Content-Type-Options"):
    print(name + ": " + secure.get(name, "(missing)"))
"""


def test_production_redirects_to_https_and_sends_every_security_header():
    result = production_python(HEADERS, ALLOWED_HOSTS="testserver")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "301 https://testserver/check/clinics.json"
    headers = dict(line.split(": ", 1) for line in lines[1:])
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    csp = {
        directive.split()[0]: directive.split()[1:]
        for directive in headers["Content-Security-Policy"].split("; ")
    }
    assert csp == POLICY


def test_env_example_lists_every_variable_the_settings_read_each_with_a_comment():
    import re

    read = set()
    for module in (ROOT / "config" / "settings").glob("*.py"):
        read |= set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', module.read_text()))
    lines = (ROOT / ".env.example").read_text().splitlines()
    listed = {}
    for previous, line in zip(["", *lines], lines, strict=False):
        if "=" in line and not line.startswith("#"):
            listed[line.split("=", 1)[0]] = previous
    assert read - set(listed) == set()
    assert all(comment.startswith("# ") for comment in listed.values())


def test_production_logs_errors_to_stderr_as_one_json_object_a_line():
    result = production_python(
        "import logging\n"
        "logging.getLogger('django.request').error('Internal Server Error: /check/report/%s/', 'A' * 43,"
        " extra={'status_code': 500})\n"
        "logging.getLogger('django.security.DisallowedHost').error('Invalid HTTP_HOST header')\n"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    entries = [json.loads(line) for line in lines]
    assert [(e["logger"], e["level"]) for e in entries] == [
        ("django.request", "ERROR"),
        ("django.security.DisallowedHost", "ERROR"),
    ]
    assert entries[0]["message"] == "Internal Server Error: /check/report/[token]/"
    assert entries[0]["status"] == 500
