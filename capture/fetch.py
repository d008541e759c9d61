"""Fetch a clinic's web page for capture, safely (issue 19, part 1).

A curator names a URL; the server fetches it. That must never let anyone reach what only the
server can: its own ports, the private network, a cloud's metadata service. So every connection,
the first and each redirect's, resolves the host **once**, refuses it unless every address is a
public one, and connects to the address it checked (a DNS answer that changes between the check
and the connection cannot redirect it). The rest is what a polite, bounded crawler does: http and
https only, no credentials in the URL, a few redirects at most, robots.txt respected, a
User-Agent naming the project, timeouts, HTML and PDF only, and a size cap enforced while
reading. No Django here: settings come in as arguments.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import urllib.robotparser
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx

USER_AGENT = "ClinicVettingBot/1.0 (+https://clinic-vetting.example/about/capture)"
ROBOTS_AGENT = "ClinicVettingBot"
CONTENT_TYPES = ("text/html", "application/xhtml+xml", "application/pdf")
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 256 * 1024

Resolver = Callable[[str, int], Sequence[str]]
Allow = Callable[[str, int], bool]


class Refused(Exception):
    """The capture would not fetch this, and says why in the curator's words."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    fetched_at: datetime.datetime


def resolve(host: str, port: int) -> list[str]:
    """Every address the host resolves to, once (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise Refused(f"{host} could not be found ({error.strerror}).") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def public_address(ip: str, port: int) -> bool:
    """Only addresses on the public internet: never loopback, private (RFC 1918, unique
    local), link-local (cloud metadata at 169.254.169.254), shared (100.64/10), multicast,
    reserved or unspecified, including an IPv4 address dressed as IPv6."""
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


class _CheckedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses it resolved and checked. TLS
    still verifies the certificate against the host name (httpcore starts TLS with it)."""

    def __init__(self, resolver: Resolver, allow: Allow) -> None:
        self.resolver, self.allow = resolver, allow

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        addresses = list(self.resolver(host, port))
        if not addresses:
            raise Refused(f"{host} has no address.")
        for ip in addresses:
            if not self.allow(ip, port):
                raise Refused(
                    f"{host} leads to {ip}, an address on a private or local network: the "
                    "capture only fetches public web sites."
                )
        return super().connect_tcp(addresses[0], port, timeout, local_address, socket_options)


def _checked_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise Refused("Only http and https addresses can be captured.")
    if not parts.hostname:
        raise Refused("The address has no host name.")
    if parts.username or parts.password:
        raise Refused("An address with a user name or password in it is not captured.")
    return urlunsplit(parts._replace(fragment=""))


def client(
    *,
    resolver: Resolver = resolve,
    allow: Allow = public_address,
    timeout: float = 10.0,
) -> httpx.Client:
    transport = httpx.HTTPTransport(retries=0)
    # httpx builds its pool with httpcore's default backend; ours checks each connection.
    transport._pool._network_backend = _CheckedBackend(resolver, allow)
    return httpx.Client(
        transport=transport,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/pdf;q=0.9"},
        trust_env=False,  # no proxy from the environment between us and the check
    )


def _read_capped(response: httpx.Response, limit: int, what: str) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdecimal() and int(declared) > limit:
        raise Refused(f"The {what} is larger than {limit // (1024 * 1024) or 1} MB.")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise Refused(f"The {what} is larger than {limit // (1024 * 1024) or 1} MB.")
    return bytes(body)


def robots_allow(http: httpx.Client, url: str) -> bool:
    """Whether the site's robots.txt lets our agent fetch ``url``. No robots.txt (4xx) allows
    everything; a server error disallows everything, as RFC 9309 says."""
    parts = urlsplit(url)
    robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
    try:
        with http.stream("GET", robots_url) as response:
            if 400 <= response.status_code < 500:
                return True
            if response.status_code >= 500:
                return False
            text = _read_capped(response, ROBOTS_MAX_BYTES, "robots.txt").decode("utf-8", "replace")
    except httpx.TooManyRedirects:
        return True
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(text.splitlines())
    return parser.can_fetch(ROBOTS_AGENT, url)


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = 10.0,
    resolver: Resolver = resolve,
    allow: Allow = public_address,
    respect_robots: bool = True,
) -> Fetched:
    """Fetch one page (HTML or PDF) under every rule above, or raise Refused saying why."""
    url = _checked_url(url)
    with client(resolver=resolver, allow=allow, timeout=timeout) as http:
        try:
            if respect_robots and not robots_allow(http, url):
                raise Refused("The site's robots.txt asks crawlers not to fetch this page.")
            with http.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise Refused(f"The site answered {response.status_code} for this page.")
                content_type = response.headers.get("content-type", "").split(";")[0].strip()
                if content_type.lower() not in CONTENT_TYPES:
                    raise Refused(
                        f"The page is {content_type or 'of no stated type'}; only HTML pages and "
                        "PDF files are captured."
                    )
                body = _read_capped(response, max_bytes, "page")
                return Fetched(
                    url=str(response.url),
                    status=response.status_code,
                    content_type=content_type.lower(),
                    body=body,
                    fetched_at=datetime.datetime.now(datetime.UTC),
                )
        except httpx.TooManyRedirects:
            raise Refused(f"The page redirects more than {MAX_REDIRECTS} times.") from None
        except httpx.TimeoutException:
            raise Refused(f"The site did not answer within {timeout:.0f} s.") from None
        except httpx.HTTPError as error:
            raise Refused(f"The page could not be fetched ({type(error).__name__}).") from None
