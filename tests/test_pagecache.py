"""Whole-page caching of the public pages: fast when nothing changed, never stale, never
personal."""

import datetime
import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from checklist.models import PatientReport
from checklist.services.assessments import assessments_refresh
from checklist.services.reports import UnlistedClinic, report_create, reports_purge
from clinics.services import clinics_import, clinics_mark_reviewed, clinics_publish
from pagecache.cache import cache_public_page, data_version, page_key
from tests.factories import ClaimFactory, ClinicFactory, PriceQuoteFactory


@pytest.fixture
def listed(db, careful_clinic):
    assessments_refresh()
    return careful_clinic


def test_a_second_visit_is_served_from_the_cache_with_one_query(
    client, listed, django_assert_num_queries
):
    url = reverse("clinics:detail", args=[listed.slug])
    first = client.get(url)
    with django_assert_num_queries(1):  # the data version only
        second = client.get(url)
    assert second.content == first.content


def test_a_curator_save_retires_the_cached_page(client, listed, django_capture_on_commit_callbacks):
    url = reverse("clinics:detail", args=[listed.slug])
    assert b"Austin" in client.get(url).content
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        listed.city = "Houston"
        listed.save()
    assert data_version() > before
    body = client.get(url).content
    assert b"Houston" in body and b"Austin" not in body


def test_an_import_and_a_changing_rescore_retire_cached_pages(
    listed, django_capture_on_commit_callbacks
):
    from checklist.services.assessments import clinics_import_and_score

    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        clinics_import_and_score(data=[{"slug": "new-one", "name": "New One", "country": "GB"}])
    assert data_version() > before
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        assessments_refresh()  # nothing changed: no new rows, no bump
    assert data_version() == before


def test_visitors_with_a_session_always_get_a_fresh_page(
    client, listed, django_assert_max_num_queries
):
    url = reverse("clinics:directory")
    client.get(url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "someone"
    with django_assert_max_num_queries(10) as queries:
        client.get(url)
    assert len(queries.captured_queries) > 1


def test_a_report_is_cached_only_at_its_own_address(client, db):
    report = report_create(
        clinic=None, unlisted=UnlistedClinic(name="Private Clinic", country="TR"), answers={}
    )
    url = report.private_url()
    assert b"Private Clinic" in client.get(url).content
    assert b"Private Clinic" in client.get(url).content
    other = url.replace(report.token, report.token[::-1])
    response = client.get(other)
    assert response.status_code == 404 and b"Private Clinic" not in response.content
    assert client.get(url)["Cache-Control"].count("no-store") == 1


def test_errors_and_responses_that_set_cookies_are_not_cached(db):
    factory = RequestFactory()

    @cache_public_page
    def missing(request):
        return HttpResponse("gone", status=404)

    @cache_public_page
    def with_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("csrftoken", "x")
        return response

    for view, path in ((missing, "/missing/"), (with_cookie, "/cookie/")):
        request = factory.get(path)
        view(request)
        assert cache.get(page_key(request, data_version())) is None


def test_posts_are_never_served_from_the_cache(db):
    calls = []

    @cache_public_page
    def view(request):
        calls.append(request.method)
        return HttpResponse("ok")

    factory = RequestFactory()
    view(factory.get("/x/"))
    view(factory.get("/x/"))
    view(factory.post("/x/"))
    assert calls == ["GET", "POST"]


def test_the_directory_shows_a_new_clinic_after_it_is_scored(
    client, listed, django_capture_on_commit_callbacks
):
    url = reverse("clinics:directory")
    assert b"Brand New Clinic" not in client.get(url).content
    with django_capture_on_commit_callbacks(execute=True):
        ClinicFactory(name="Brand New Clinic")
        assessments_refresh()
    assert b"Brand New Clinic" in client.get(url).content


@pytest.mark.django_db
def test_a_page_cache_of_zero_seconds_renders_every_time_and_asks_no_version(
    client, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/methodology/")
    # The methodology page reads nothing from the database: with the cache off, not even
    # the data version is asked.
    with django_assert_num_queries(0):
        assert client.get("/methodology/").status_code == 200


def _showing(response) -> str:
    import re

    return re.search(r"Showing [^.]+\.", response.content.decode()).group(0)


def test_the_next_page_and_other_orders_of_a_list_reuse_its_count_and_countries(
    client, listed, django_assert_num_queries
):
    url = reverse("clinics:directory")
    client.get(url, {"country": "US"})
    # The data version, the page's keys and its rows: the count and the countries are kept.
    with django_assert_num_queries(3):
        client.get(url, {"country": "US", "sort": "name"})


def test_a_kept_count_is_retired_by_the_next_write(
    client, listed, django_capture_on_commit_callbacks
):
    url = reverse("clinics:directory")
    before = _showing(client.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        ClinicFactory(name="Brand New Clinic", published=True)
        assessments_refresh()
    after = _showing(client.get(url, {"sort": "name"}))
    assert (
        before != after and "Brand New Clinic" in client.get(url, {"sort": "name"}).content.decode()
    )


def test_with_the_page_cache_off_every_list_is_counted(
    client, listed, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    url = reverse("clinics:directory")
    client.get(url)
    # No data version; the countries, the count, the keys and the rows.
    with django_assert_num_queries(4):
        client.get(url, {"sort": "name"})


def test_a_new_release_retires_every_cached_page(rf, settings):
    from pagecache import cache as pagecache

    request = rf.get("/clinics/")
    settings.RELEASE = "release-1"
    pagecache.release.cache_clear()
    first = page_key(request, 7)
    settings.RELEASE = "release-2"
    pagecache.release.cache_clear()
    assert page_key(request, 7) != first
    pagecache.release.cache_clear()


def test_without_a_named_release_the_key_follows_the_code(settings, tmp_path):
    from pagecache import cache as pagecache

    settings.RELEASE = ""
    settings.BASE_DIR = tmp_path
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("<p>one</p>")
    pagecache.release.cache_clear()
    before = pagecache.release()
    page.write_text("<p>two</p>")
    pagecache.release.cache_clear()
    assert pagecache.release() != before
    pagecache.release.cache_clear()


def _old_unshared_report(name: str):
    report = report_create(
        clinic=None, unlisted=UnlistedClinic(name=name, country="TR"), answers={}
    )
    type(report).objects.filter(pk=report.pk).update(
        created=timezone.now() - datetime.timedelta(days=200)
    )
    return report


def test_purging_reports_leaves_every_public_page_cached(
    client, listed, django_capture_on_commit_callbacks, django_assert_num_queries
):
    url = reverse("clinics:detail", args=[listed.slug])
    client.get(url)
    _old_unshared_report("Old Clinic")
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        assert reports_purge(days=90) == 1
    assert data_version() == before
    with django_assert_num_queries(1):  # the data version: still the cached page
        client.get(url)


def test_a_purged_report_is_gone_even_from_the_cache(
    client, db, django_capture_on_commit_callbacks
):
    report = _old_unshared_report("Purged Clinic")
    url = report.private_url()
    assert b"Purged Clinic" in client.get(url).content
    assert b"Purged Clinic" in client.get(url).content  # served from the cache now
    with django_capture_on_commit_callbacks(execute=True):
        reports_purge(days=90)
    response = client.get(url)
    assert response.status_code == 404 and b"Purged Clinic" not in response.content


def test_a_report_page_asks_only_whether_its_report_exists_once_cached(
    client, db, django_assert_num_queries
):
    report = report_create(
        clinic=None, unlisted=UnlistedClinic(name="Kept", country="MX"), answers={}
    )
    client.get(report.private_url())
    # 1: the report still exists  2: the data version
    with django_assert_num_queries(2):
        assert b"Kept" in client.get(report.private_url()).content


def test_pagecache_knows_no_app():
    """Each app declares what its pages show (pagecache.cache.watch); pagecache imports no app,
    only the pure engine (the catalogue version is part of every key)."""
    import ast
    from pathlib import Path

    import pagecache

    modules = set()
    for path in Path(pagecache.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module)
            elif isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
    apps = {m for m in modules if m.split(".")[0] in ("clinics", "checklist")}
    assert apps == {"checklist.engine.criteria"}


def test_the_purge_reports_command_retires_no_public_page(
    listed, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    _old_unshared_report("Old Clinic")
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_reports", "--days", "90", stdout=io.StringIO())
    assert not PatientReport.objects.exists() and data_version() == before


def test_editing_a_clinic_retires_the_cached_directory(
    client, listed, django_capture_on_commit_callbacks
):
    url = reverse("clinics:directory")
    assert b"Careful Clinic" in client.get(url).content
    with django_capture_on_commit_callbacks(execute=True):
        listed.name = "Renamed Clinic"
        listed.save()
    body = client.get(url).content
    assert b"Renamed Clinic" in body and b"Careful Clinic" not in body


def test_what_a_clinic_page_shows_is_watched_and_a_patient_report_is_not(
    listed, django_capture_on_commit_callbacks
):
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        report = _old_unshared_report("Private Clinic")
        report.save()
        report.delete()
    assert data_version() == before
    with django_capture_on_commit_callbacks(execute=True):
        PriceQuoteFactory(clinic=listed)  # a child row: declared by clinics, saved alone
    assert data_version() > before


def test_an_import_alone_retires_cached_pages(listed, django_capture_on_commit_callbacks):
    # The import's own call, with no rescore after it: bulk writes send no signal.
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        clinics_import(data=[{"slug": "imported", "name": "Imported", "country": "GB"}])
    assert data_version() > before


def test_a_rescore_that_changes_a_result_retires_the_cached_page(
    client, listed, django_capture_on_commit_callbacks
):
    url = reverse("clinics:detail", args=[listed.slug])
    first = client.get(url).content
    # Outside the capture: the claim's own save signal never runs, so only the rescore can
    # retire the page.
    ClaimFactory(clinic=listed, text="Guaranteed permanent results with zero risk.")
    assert client.get(url).content == first
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        assert assessments_refresh().changed == 1
    assert data_version() > before
    assert client.get(url).content != first


@pytest.mark.parametrize("published", [False, True])
def test_publishing_withdrawing_and_reviewing_retire_the_cached_directory(
    client, listed, curator, published, django_capture_on_commit_callbacks
):
    from clinics.models import Clinic

    url = reverse("clinics:directory")
    clinics = Clinic.objects.filter(pk=listed.pk)
    if published:
        clinics.update(published=False)
    assert (b"Careful Clinic" in client.get(url).content) is not published
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        assert clinics_publish(queryset=clinics, published=published, user=curator) == 1
    assert data_version() > before
    assert (b"Careful Clinic" in client.get(url).content) is published
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        assert clinics_mark_reviewed(queryset=clinics, user=curator) == 1
    assert data_version() > before


def test_a_malformed_report_token_is_refused_without_a_query(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/check/report/not-a-token/").status_code == 404


def _cached_pages() -> int:
    # The test settings' page cache is this process's memory (LocMemCache).
    return sum(1 for key in cache._cache if ":page:" in key)


def test_junk_query_parameters_add_no_cached_page_and_no_render(
    client, db, django_assert_num_queries
):
    """The attack: a GET per junk query string (/methodology/?f=N) stored a page each, until
    the cache evicted everything else in it, rate-limit counters included."""
    clean = client.get("/methodology/")
    pages = _cached_pages()
    for n in range(50):
        with django_assert_num_queries(1):  # the data version only: served from the cache
            junk = client.get("/methodology/", {"f": n, "utm_source": "x" * n})
        assert junk.status_code == 200 and junk.content == clean.content
    assert _cached_pages() == pages == 1


def test_a_first_visit_with_junk_parameters_caches_the_page_without_them(client, listed):
    url = reverse("clinics:directory")
    first = client.get(url, {"sort": "name", "junk": "<b>x</b>"})
    # The view never saw the junk: its links (pagination, {% querystring %}) leave it out.
    assert b"junk" not in first.content
    assert _cached_pages() == 1
    assert client.get(url, {"sort": "name"}).content == first.content
    assert _cached_pages() == 1


def test_the_parameters_a_view_reads_still_make_different_pages(client, listed):
    url = reverse("clinics:directory")
    client.get(url, {"sort": "name", "grade": "A"})
    client.get(url, {"grade": "A", "sort": "name"})  # the same page, in another order
    assert _cached_pages() == 1
    client.get(url, {"sort": "score", "grade": "A"})
    assert _cached_pages() == 2
    compare = reverse("clinics:compare")
    client.get(f"{compare}?c=a&c=b")
    client.get(f"{compare}?c=b&c=a")  # the columns in another order: another page
    assert _cached_pages() == 4


def test_page_keys_keep_only_the_named_parameters(rf):
    def key(query: str, params=("c", "page")) -> str:
        return page_key(rf.get(f"/clinics/?{query}"), 1, params)

    assert key("page=2&f=1") == key("page=2") == key("f=2&page=2")
    assert key("page=2&c=a") == key("c=a&page=2")
    assert key("c=a&c=b") != key("c=b&c=a")
    assert key("page=2") != key("page=3")
    assert key("f=1", params=()) == page_key(rf.get("/clinics/"), 1)


def test_a_failing_page_cache_costs_a_render_never_the_page(client, db, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ConnectionError("cache full")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    assert client.get("/methodology/").status_code == 200
    assert client.get(reverse("clinics:directory")).status_code == 200
    assert "page cache unavailable" in caplog.text
