"""gunicorn's access log, as config/gunicorn.py configures it, never holds a report's token:
the token is the only key to a patient's report."""

from __future__ import annotations

import datetime
import importlib
import logging
from types import SimpleNamespace

import pytest
from django.test import override_settings
from gunicorn.config import Config

TOKEN = "Qx7" + "a" * 40


def gunicorn_config(**extra: str) -> Config:
    """The settings gunicorn reads from ``-c python:config.gunicorn``, loaded as it does."""
    cfg = Config()
    module = importlib.import_module("config.gunicorn")
    for name, value in vars(module).items():
        if name in cfg.settings:
            cfg.set(name.lower(), value)
    for name, value in extra.items():
        cfg.set(name, value)
    return cfg


def access_line(tmp_path, raw_uri: str, **environ: str) -> str:
    log = tmp_path / "access.log"
    cfg = gunicorn_config(accesslog=str(log))
    logger = cfg.logger_class(cfg)
    path, _, query = raw_uri.partition("?")
    base = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": raw_uri,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_USER_AGENT": "test",
    }
    response = SimpleNamespace(
        status="302 Found", sent=0, headers=[("Location", f"/check/report/{TOKEN}/")]
    )
    request = SimpleNamespace(headers=[("REFERER", environ.get("HTTP_REFERER", "-"))])
    logger.access(response, request, {**base, **environ}, datetime.timedelta(microseconds=1500))
    for handler in logger.access_log.handlers:
        handler.flush()
    return log.read_text()


@pytest.mark.parametrize(
    "raw_uri",
    [
        f"/check/report/{TOKEN}/",
        f"/check/report/{TOKEN}/?shared=1",
        f"/check/%72eport/{TOKEN}/",  # percent-encoded: the same page
        f"/admin/login/?next=/check/report/{TOKEN}/",
        f"/admin/login/?next=%2Fcheck%2Freport%2F{TOKEN}%2F",
    ],
)
def test_the_access_log_redacts_a_report_token_however_it_is_written(tmp_path, raw_uri):
    line = access_line(
        tmp_path, raw_uri, HTTP_REFERER=f"https://vetting.example/check/report/{TOKEN}/"
    )
    assert TOKEN not in line
    assert "/check/report/[token]/" in line
    assert line.startswith("127.0.0.1 - - [")
    assert '" 302 0 "https://vetting.example/check/report/[token]/" "test"' in line


def test_the_access_log_keeps_every_other_address_as_it_was(tmp_path):
    line = access_line(tmp_path, "/clinics/?q=stem%20cell&page=2")
    assert '"GET /clinics/?q=stem%20cell&page=2 HTTP/1.1" 302' in line


def test_every_atom_a_format_may_name_is_redacted(tmp_path):
    cfg = gunicorn_config(accesslog=str(tmp_path / "access.log"))
    logger = cfg.logger_class(cfg)
    atoms = logger.atoms(
        SimpleNamespace(
            status="302 Found", sent=0, headers=[("Location", f"/check/report/{TOKEN}/")]
        ),
        SimpleNamespace(headers=[]),
        {
            "REQUEST_METHOD": "GET",
            "RAW_URI": f"/check/report/{TOKEN}/",
            "PATH_INFO": f"/check/report/{TOKEN}/",
            "SERVER_PROTOCOL": "HTTP/1.1",
        },
        datetime.timedelta(0),
    )
    assert not [name for name, value in atoms.items() if TOKEN in str(value)]


def test_gunicorn_warns_at_start_when_workers_would_count_the_limits_on_their_own(caplog):
    from django.conf import settings

    cfg = gunicorn_config()
    log = logging.getLogger("test.gunicorn")
    per_process = {
        **settings.CACHES,
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with caplog.at_level(logging.WARNING, logger="test.gunicorn"):
        cfg.on_starting(SimpleNamespace(cfg=SimpleNamespace(workers=4), log=log))
        assert caplog.text == ""  # the configured store is shared
        with override_settings(CACHES=per_process):
            cfg.on_starting(SimpleNamespace(cfg=SimpleNamespace(workers=4), log=log))
    assert "4 workers count the rate limits each in its own memory" in caplog.text
