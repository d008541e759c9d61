"""Abuse limits: how many reports, checklist starts and searches one client may make.

Fixed windows counted in the ``ratelimit`` cache, a store of their own that no flood of cached
pages can evict and that every worker and app server shares: a Redis database of its own when
``REDIS_URL`` is set, else the database (``DatabaseCounterCache``). A client is its address: the connection's, or, behind
``TRUSTED_PROXY_COUNT`` reverse proxies, the one the outermost trusted proxy saw. Addresses are
stored only as keyed hashes, and IPv6 clients are counted per /64, the block one home gets.

A cache that fails lets the request through and logs it: a rate limit is a guard against
abuse, not a reason to turn patients away.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import ipaddress
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.connection import ConnectionProxy
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)
COUNTERS = "ratelimit"
# The counters' cache, looked up at each use (settings are complete by then).
counters: Any = ConnectionProxy(caches, COUNTERS)
# Backends whose data lives in one process: counted there, a limit is multiplied by the workers.
PER_PROCESS = frozenset(
    {
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    }
)
# Read through this name so that tests can move time on.
clock = time.time


@dataclass(frozen=True)
class Limit:
    scope: str
    setting: str  # the setting holding how many requests a window allows
    period: int  # the window, in seconds
    what: Any  # for the 429 page (a lazy translation): "checklist reports", "searches"

    def allowed(self) -> int:
        return int(getattr(settings, self.setting))


REPORTS = Limit("report", "REPORTS_PER_HOUR", 3600, _("checklist reports"))
CHECK_STARTS = Limit("check-start", "CHECK_STARTS_PER_HOUR", 3600, _("new checklists"))
SEARCHES = Limit("search", "SEARCHES_PER_MINUTE", 60, _("searches"))
ADMIN_LOGINS = Limit("admin-login", "ADMIN_LOGINS_PER_HOUR", 3600, _("sign-in attempts"))
# The clinic portal: links opened (a guessed or forged link costs an attempt) and submissions.
PORTAL_OPENS = Limit("portal-open", "PORTAL_OPENS_PER_HOUR", 3600, _("portal links opened"))
PORTAL_SUBMISSIONS = Limit(
    "portal-submit", "PORTAL_SUBMISSIONS_PER_HOUR", 3600, _("corrections and confirmations")
)


class DatabaseCounterCache(DatabaseCache):
    """Django's database cache with an increment that loses no count when workers increment
    the same counter at once: the read and the write happen in one transaction holding the row
    (SQLite's IMMEDIATE transactions hold the database; PostgreSQL locks the row)."""

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                table = connection.ops.quote_name(self._table)
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT cache_key FROM {table} WHERE cache_key = %s FOR UPDATE",
                        [self.make_and_validate_key(key, version=version)],
                    )
            return int(super().incr(key, delta, version))


def unshared_store_warning(workers: int) -> str | None:
    """What to tell the operator when ``workers`` processes would each count the limits on
    their own (the counters' store lives in one process's memory), else None."""
    backend = settings.CACHES.get(COUNTERS, {}).get("BACKEND", "")
    if workers > 1 and backend in PER_PROCESS:
        return (
            f"{workers} workers count the rate limits each in its own memory ({backend}): "
            f"every limit is {workers} times what it says. Set REDIS_URL, or use the database "
            "store of config/settings/base.py."
        )
    return None


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, or None when there is none (a unix socket, a request built in
    code). X-Forwarded-For is read only when proxies are trusted, and then from the right: each
    trusted proxy appends the address it saw, so entries further left are whatever the client
    chose to send."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        hops = [
            hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()
        ]
        if len(hops) >= proxies:
            address = _address(hops[-proxies])
            if address is not None:
                return str(address)
    address = _address(remote)
    return str(address) if address is not None else None


def client_key(request: HttpRequest) -> str:
    address = _address(client_ip(request) or "")
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped
        label = str(mapped or ipaddress.IPv6Network(f"{address}/64", strict=False))
    else:
        label = str(address) if address is not None else "unknown"
    # Keyed: the cache holds no address, and nobody can precompute the hash of one.
    return hmac.new(settings.SECRET_KEY.encode(), label.encode(), hashlib.sha256).hexdigest()[:24]


def _count(key: str, period: int) -> int:
    if counters.add(key, 1, timeout=period + 1):
        return 1
    try:
        return int(counters.incr(key))
    except ValueError:  # the window ended between add and incr
        counters.set(key, 1, timeout=period + 1)
        return 1


def retry_after(limit: Limit, request: HttpRequest) -> int | None:
    """Count this request; return the seconds to wait when it is over the limit, else None."""
    allowed = limit.allowed()
    if not settings.RATELIMIT_ENABLED or allowed <= 0:
        return None
    now = clock()
    window = int(now // limit.period)
    key = f"ratelimit:{limit.scope}:{client_key(request)}:{window}"
    try:
        count = _count(key, limit.period)
    except Exception:  # any cache failure: let the request through (see the module docstring)
        logger.warning("rate limit store unavailable; %s not limited", limit.scope, exc_info=True)
        return None
    if count <= allowed:
        return None
    logger.warning("rate limit reached: %s", limit.scope, extra={"scope": limit.scope})
    return max(1, math.ceil((window + 1) * limit.period - now))


def too_many_requests(
    request: HttpRequest, limit: Limit, wait: int, *, as_json: bool = False
) -> HttpResponse:
    if as_json:
        response: HttpResponse = JsonResponse(
            {"error": f"Too many {limit.what}; try again in {wait} seconds."}, status=429
        )
    else:
        response = render(
            request,
            "429.html",
            {
                "what": limit.what,
                "minutes": max(1, math.ceil(wait / 60)),
                "answers_kept": limit is REPORTS,
            },
            status=429,
        )
    response["Retry-After"] = str(wait)
    response["Cache-Control"] = "no-store"
    return response


def rate_limited(
    limit: Limit, *, when: Callable[[HttpRequest], bool], as_json: bool = False
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Decorate a view: requests for which ``when(request)`` holds count against ``limit``."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if when(request):
                wait = retry_after(limit, request)
                if wait is not None:
                    return too_many_requests(request, limit, wait, as_json=as_json)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def is_post(request: HttpRequest) -> bool:
    return request.method == "POST"


def is_search(request: HttpRequest) -> bool:
    return request.method == "GET" and bool(request.GET.get("q", "").strip())


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: Any = None
) -> HttpResponse:
    """django-axes: the page for a username and address locked out after failed logins."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "axes/lockout.html",
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes},
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response
