"""Whole-page caching for the public pages, keyed by the data and the catalogue.

A page is cached only when nothing about it is personal: a GET without a session or messages
cookie, answered 200 without setting a cookie. Its key holds the full URL (a report's token
included, so a report is only ever served at its own address), the catalogue version and the
data version, which every write that a page can show bumps: so no page is stale after a
curator saves, and a new catalogue retires every page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse

from checklist.criteria import CATALOGUE

from .models import DataVersion

VERSION_ROW = 1
View = Callable[..., HttpResponse]


def data_version() -> int:
    # Every public request asks this, and building the query through the ORM costs ten times
    # what running it does: so it is one fixed statement.
    table = connection.ops.quote_name(DataVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT number FROM {table} WHERE id = %s", [VERSION_ROW])
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_data_version() -> None:
    """Retire every cached page; runs after the surrounding transaction commits."""

    def bump() -> None:
        if not DataVersion.objects.filter(pk=VERSION_ROW).update(number=F("number") + 1):
            DataVersion.objects.get_or_create(pk=VERSION_ROW, defaults={"number": 1})

    transaction.on_commit(bump)


def _personal(request: HttpRequest) -> bool:
    cookies = request.COOKIES
    return bool(cookies.get(settings.SESSION_COOKIE_NAME) or cookies.get("messages"))


def page_key(request: HttpRequest, version: int) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}|{CATALOGUE.version}|{version}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def cache_public_page(view: View) -> View:
    @wraps(view)
    def cached(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if (
            request.method not in ("GET", "HEAD")
            or _personal(request)
            or settings.PAGE_CACHE_SECONDS <= 0
        ):
            return view(request, *args, **kwargs)
        key = page_key(request, data_version())
        response = cache.get(key)
        if response is not None:
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.cookies and not response.streaming:
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    return cached
