"""Whole-page caching for the public pages, keyed by the data and the catalogue.

A page is cached only when nothing about it is personal: a GET without a session or messages
cookie, answered 200 without setting a cookie. Its key holds the host, the path (a report's
token included, so a report is only ever served at its own address), the query parameters the
view reads (``params``; any other parameter cannot change the page), the catalogue version,
the release (see ``release``) and the data version. New catalogue or new release: every page is
retired. A parameter the view does not read is dropped before the view sees it, so the page
is the one without it and is cached once: junk query strings (``?f=1``, ``?f=2``...) neither
fill the cache nor cost a render each.

The data version moves by one path, ``public_data_changed``, and the rule is: a write that a
public page shows either sends a model signal (a save or delete of a model its app declared
with ``watch``, in its AppConfig.ready) or, being a bulk write that sends none, calls
``public_data_changed`` itself. This package knows no app: each app says what its pages show.
Patient reports are private and not watched; a cached report page is served only while its
report exists (``cache_public_page(still_there=...)``), so purging reports retires nothing else.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from functools import cache as once
from functools import partial, wraps
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse, QueryDict

from checklist.engine.criteria import CATALOGUE

from .models import DataVersion

logger = logging.getLogger(__name__)
VERSION_ROW = 1
View = Callable[..., HttpResponse]
T = TypeVar("T")
# Set on a request whose page is cached: the data version its key was made with.
REQUEST_VERSION = "page_data_version"


def data_version() -> int:
    # Every public request asks this, and building the query through the ORM costs ten times
    # what running it does: so it is one fixed statement.
    table = connection.ops.quote_name(DataVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT number FROM {table} WHERE id = %s", [VERSION_ROW])
        row = cursor.fetchone()
    return row[0] if row else 0


def public_data_changed() -> None:
    """Something a public page shows has changed: retire every cached page once the
    surrounding transaction commits (nothing is retired by a write that is rolled back)."""

    def bump() -> None:
        if not DataVersion.objects.filter(pk=VERSION_ROW).update(number=F("number") + 1):
            DataVersion.objects.get_or_create(pk=VERSION_ROW, defaults={"number": 1})

    transaction.on_commit(bump)


def _changed(sender: type[Model], **kwargs: object) -> None:
    public_data_changed()


def watch(*models: type[Model]) -> None:
    """Declare models that public pages show: each save or delete of one retires the cached
    pages. Called by each app in its AppConfig.ready; calling it twice changes nothing.

    A call rather than a ``PUBLIC_MODELS`` tuple that this app would read through
    ``apps.get_model``: the app passes its own classes, so a renamed model fails where it is
    named instead of silently going unwatched, and this app needs no list of the apps to ask.
    """
    for model in models:
        label = model._meta.label
        post_save.connect(_changed, sender=model, dispatch_uid=f"pagecache.save.{label}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"pagecache.delete.{label}")


def _personal(request: HttpRequest) -> bool:
    cookies = request.COOKIES
    return bool(cookies.get(settings.SESSION_COOKIE_NAME) or cookies.get("messages"))


# What a release is made of, for ``release``: everything that shapes a page.
RELEASE_SOURCES = ("templates", "static", "clinics", "checklist", "pagecache", "config")
RELEASE_FILES = {".py", ".html", ".css", ".js", ".svg", ".txt"}


@once
def release() -> str:
    """The release this process serves: the RELEASE setting (e.g. the deployed commit) or else
    a digest of the templates, static files, code and requirements, read once per process.
    Part of every key, so that where the cache outlives the processes (Redis), a deployment
    never serves a page of the previous one, with links to static files it no longer has."""
    if settings.RELEASE:
        return settings.RELEASE
    base = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    files = [base / "requirements.txt"]
    for folder in RELEASE_SOURCES:
        files.extend(p for p in (base / folder).rglob("*") if p.suffix in RELEASE_FILES)
    for path in sorted(f for f in files if f.is_file()):
        digest.update(path.relative_to(base).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _key(kind: str, name: str, version: int) -> str:
    """A cache key that changes with the data version, the catalogue and the release."""
    raw = f"{name}|{CATALOGUE.version}|{release()}|{version}"
    return f"{kind}:" + hashlib.sha256(raw.encode()).hexdigest()


def known_query(request: HttpRequest, params: Iterable[str]) -> str:
    """The query string cut to the parameters in ``params``, by name; a parameter given twice
    keeps its values in their order (``?c=a&c=b`` compares a then b)."""
    wanted = frozenset(params)
    pairs = [(name, value) for name, value in request.GET.lists() if name in wanted]
    return urlencode(
        [(name, value) for name, values in sorted(pairs) for value in values], doseq=False
    )


def page_key(request: HttpRequest, version: int, params: Iterable[str] = ()) -> str:
    query = known_query(request, params)
    path = f"{request.path}?{query}" if query else request.path
    return _key("page", f"{request.get_host()}|{path}", version)


def _drop_unknown_params(request: HttpRequest, params: frozenset[str]) -> None:
    """Leave the view only the parameters it reads: what it renders (a template's
    {% querystring %} echoes every parameter) is then the page its key names."""
    if frozenset(request.GET) <= params:
        return
    query = known_query(request, params)
    request.GET = QueryDict(query)
    request.META["QUERY_STRING"] = query


def _cache_get(key: str) -> HttpResponse | None:
    try:
        return cache.get(key)
    except Exception:  # a cache that fails costs a render, never the page
        logger.warning("page cache unavailable; page rendered", exc_info=True)
        return None


def _cache_set(key: str, response: HttpResponse) -> None:
    try:
        cache.set(key, response, settings.PAGE_CACHE_SECONDS)
    except Exception:  # e.g. a full Redis refusing writes: the page was rendered all the same
        logger.warning("page cache unavailable; page not stored", exc_info=True)


def cache_public_page(
    view: View | None = None,
    *,
    still_there: Callable[..., bool] | None = None,
    params: Iterable[str] = (),
) -> View | Callable[[View], View]:
    """Serve a public page from the cache while nothing it shows has changed.

    ``still_there``, given the view's arguments, says whether the one object the page is about
    still exists (a patient's report): a cached page is served only then. One cheap query,
    and a deleted object's page is gone at once without retiring every other page.

    ``params`` names every query parameter the view (and its template) reads; the page is
    cached under those only, and any other is dropped from the request before the view sees it.
    """
    known = frozenset(params)
    if view is None:
        return partial(cache_public_page, still_there=still_there, params=known)

    @wraps(view)
    def cached(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if (
            request.method not in ("GET", "HEAD")
            or _personal(request)
            or settings.PAGE_CACHE_SECONDS <= 0
            or (still_there is not None and not still_there(*args, **kwargs))
        ):
            return view(request, *args, **kwargs)
        _drop_unknown_params(request, known)
        version = data_version()
        key = page_key(request, version, known)
        response = _cache_get(key)
        if response is not None:
            return response
        setattr(request, REQUEST_VERSION, version)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.cookies and not response.streaming:
            _cache_set(key, response)
        return response

    return cached


def data_cached(request: HttpRequest | None, name: str, compute: Callable[[], T]) -> T:
    """A figure derived from the data (a count, a list of choices) that several pages share,
    kept under the data version the request's page is keyed with, so that any write retires it
    with the pages. Outside a cached page (the cache off, a personal request) it is computed."""
    version = getattr(request, REQUEST_VERSION, None)
    if version is None:
        return compute()
    key = _key("data", name, version)
    try:
        value = cache.get(key)
    except Exception:  # as for pages: computed when the cache fails
        logger.warning("page cache unavailable; %s computed", name, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("page cache unavailable; %s not stored", name, exc_info=True)
    return value
