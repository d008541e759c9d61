"""The capture's fetcher (issue 19, part 1) against a local test server, never a live site: it
fetches what a polite crawler may, and refuses, before any connection, every address a server
should never reach for a curator (its own loopback, the private network, cloud metadata),
directly, through a redirect, or through a DNS answer that changes after the check."""

from __future__ import annotations

import socket

import pytest
from werkzeug import Response

from capture import fetch as capture
from capture.fetch import Refused, fetch, public_address

PAGE = "<html><head><title>Lumen Skin</title></head><body><p>Your own fat cells.</p></body></html>"


@pytest.fixture
def site(httpserver):
    """The test server, reachable under a made-up public name: only its own address and port
    are allowed, as a public site's would be."""
    port = httpserver.port

    def resolver(host: str, _port: int) -> list[str]:
        return ["127.0.0.1"] if host in ("clinic.example", "127.0.0.1") else ["203.0.113.7"]

    def allow(ip: str, to_port: int) -> bool:
        return (ip, to_port) == ("127.0.0.1", port)

    def get(path: str, **kwargs):
        return fetch(
            f"http://clinic.example:{port}{path}", resolver=resolver, allow=allow, **kwargs
        )

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    return httpserver, get


def test_a_public_page_is_fetched_politely(site):
    server, get = site
    server.expect_request("/treatments").respond_with_data(
        PAGE, content_type="text/html; charset=utf-8"
    )
    page = get("/treatments")
    assert page.status == 200 and page.content_type == "text/html"
    assert page.body.decode() == PAGE
    assert page.url.endswith("/treatments")
    request = next(r for r, _ in server.log if r.path == "/treatments")
    assert request.headers["User-Agent"].startswith("ClinicVettingBot/")
    assert request.headers["Host"] == f"clinic.example:{server.port}"  # the name, not the address


@pytest.mark.parametrize(
    "ip",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fd00::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
    ],
)
def test_private_local_and_metadata_addresses_are_refused_before_connecting(ip, monkeypatch):
    def no_connection(*args, **kwargs):
        raise AssertionError("a refused address was connected to")

    monkeypatch.setattr(socket, "create_connection", no_connection)
    assert not public_address(ip, 80)
    with pytest.raises(Refused, match="private or local network"):
        fetch("http://clinic.example/", resolver=lambda host, port: [ip], respect_robots=False)


def test_the_real_loopback_server_is_refused_by_default(httpserver):
    httpserver.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(Refused, match="private or local network"):
        fetch(httpserver.url_for("/"))
    with pytest.raises(Refused, match="private or local network"):
        fetch(f"http://localhost:{httpserver.port}/")
    assert not httpserver.log


def test_one_private_address_among_public_ones_refuses_the_host(monkeypatch):
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: pytest.fail("connected"))
    with pytest.raises(Refused):
        fetch(
            "http://clinic.example/",
            resolver=lambda host, port: ["93.184.216.34", "10.0.0.8"],
            respect_robots=False,
        )


def test_a_redirect_to_a_private_address_is_refused(site):
    server, get = site
    for target in (
        "http://169.254.169.254/latest/meta-data/",
        f"http://127.0.0.1:{server.port + 1}/admin",
        "http://[::1]/",
    ):
        server.expect_request("/go").respond_with_response(
            Response(status=302, headers={"Location": target})
        )
        with pytest.raises(Refused):
            get("/go")
        server.clear()
        server.expect_request("/robots.txt").respond_with_data("", status=404)


def test_the_connection_goes_to_the_address_that_was_checked(site, monkeypatch):
    """DNS rebinding: a name that answers a public address to the check and a private one to
    the connection. The fetcher resolves once per connection and connects to what it checked."""
    server, _ = site
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    answers = iter([["127.0.0.1"], ["10.0.0.99"], ["10.0.0.99"]])
    asked: list[str] = []
    connected: list[tuple] = []
    real_connect = socket.create_connection

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return next(answers)

    def recording_connect(address, *args, **kwargs):
        connected.append(address)
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", recording_connect)
    page = fetch(
        f"http://rebind.example:{server.port}/",
        resolver=resolver,
        allow=lambda ip, port: (ip, port) == ("127.0.0.1", server.port),
        respect_robots=False,
    )
    assert page.status == 200
    assert asked == ["rebind.example"]  # one answer, checked, used
    assert connected == [("127.0.0.1", server.port)]


def test_too_many_redirects_are_refused(site):
    server, get = site
    server.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": "/loop"})
    )
    with pytest.raises(Refused, match="redirects more than"):
        get("/loop")


def test_a_page_larger_than_the_cap_is_refused_while_reading(site):
    server, get = site
    server.expect_request("/big").respond_with_data(b"x" * 300_000, content_type="text/html")
    with pytest.raises(Refused, match="larger than"):
        get("/big", max_bytes=100_000)


def test_only_html_and_pdf_are_captured(site):
    server, get = site
    server.expect_request("/photo").respond_with_data(b"\x89PNG....", content_type="image/png")
    server.expect_request("/brochure.pdf").respond_with_data(
        b"%PDF-1.7 ...", content_type="application/pdf"
    )
    with pytest.raises(Refused, match="only HTML pages and PDF files"):
        get("/photo")
    assert get("/brochure.pdf").content_type == "application/pdf"


def test_robots_txt_is_respected(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: ClinicVettingBot\nDisallow: /private/\n", content_type="text/plain"
    )
    httpserver.expect_request("/private/prices").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/public").respond_with_data(PAGE, content_type="text/html")
    allow = lambda ip, port: (ip, port) == ("127.0.0.1", httpserver.port)  # noqa: E731
    resolver = lambda host, port: ["127.0.0.1"]  # noqa: E731
    base = f"http://clinic.example:{httpserver.port}"
    with pytest.raises(Refused, match=r"robots\.txt"):
        fetch(f"{base}/private/prices", resolver=resolver, allow=allow)
    assert fetch(f"{base}/public", resolver=resolver, allow=allow).status == 200
    assert not any(r.path == "/private/prices" for r, _ in httpserver.log)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "Only http and https"),
        ("ftp://clinic.example/", "Only http and https"),
        ("http://user:secret@clinic.example/", "user name or password"),
        ("http:///nohost", "no host name"),
    ],
)
def test_addresses_that_are_not_web_pages_are_refused(url, why):
    with pytest.raises(Refused, match=why):
        fetch(url)


def test_an_error_status_is_reported(site):
    server, get = site
    server.expect_request("/gone").respond_with_data("no", status=410)
    with pytest.raises(Refused, match="answered 410"):
        get("/gone")


def test_the_user_agent_names_the_project():
    assert capture.USER_AGENT.startswith("ClinicVettingBot/") and "+https://" in capture.USER_AGENT
