"""The capture's tests serve their pages from a local server (pytest-httpserver), never a live
site. test_fetch.py, which tests the fetcher itself, keeps a `site` fixture of its own."""

from __future__ import annotations

from functools import partial

import pytest

from capture import services
from capture.fetch import fetch


@pytest.fixture
def site(httpserver, monkeypatch):
    """The local server under a made-up public name; the capture's fetcher reaches it and
    nothing else. ``site(path, body)`` serves a page and returns its address."""
    port = httpserver.port
    resolver = lambda host, _port: ["127.0.0.1"]  # noqa: E731
    allow = lambda ip, to_port: (ip, to_port) == ("127.0.0.1", port)  # noqa: E731
    monkeypatch.setattr(services, "FETCH", partial(fetch, resolver=resolver, allow=allow))
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def serve(path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> str:
        httpserver.expect_request(path).respond_with_data(body, content_type=content_type)
        return f"http://clinic.example:{port}{path}"

    serve.server = httpserver  # type: ignore[attr-defined]
    return serve
