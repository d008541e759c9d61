"""Abuse limits: searches, checklist starts and reports are counted per client in the cache.

CI runs this module a second time against Redis (REDIS_URL set), as production does.
"""

from __future__ import annotations

import ipaddress
import logging
import os

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import Client, override_settings
from django.urls import reverse

from checklist.models import PatientReport
from config import ratelimit
from tests.checklist.test_answers import CAREFUL
from tests.checklist.test_checklist_views import (
    PREFIX,
    QUESTIONS_URL,
    STEPS,
    choose_unlisted,
    complete,
    step_data,
)

pytestmark = pytest.mark.django_db

DIRECTORY = reverse("clinics:directory")
START = reverse("checklist:start")
SUGGESTIONS = reverse("checklist:suggestions")
LIMITS = {
    "RATELIMIT_ENABLED": True,
    "SEARCHES_PER_MINUTE": 3,
    "CHECK_STARTS_PER_HOUR": 2,
    "REPORTS_PER_HOUR": 1,
}


@pytest.fixture
def limits():
    with override_settings(**LIMITS):
        yield


@pytest.fixture
def now(monkeypatch):
    """The limiter's clock, fixed at the start of a window so that no test straddles two."""
    moment = {"t": 1_800_000_000.0 - 1_800_000_000.0 % 3600 + 1}
    monkeypatch.setattr(ratelimit, "clock", lambda: moment["t"])
    return moment


def test_ratelimit_a_search_over_the_limit_gets_a_429_page_with_retry_after(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    for _ in range(3):
        assert client.get(DIRECTORY, {"q": "skin"}).status_code == 200
    response = client.get(DIRECTORY, {"q": "skin"})
    assert response.status_code == 429
    assert [t.name for t in response.templates][:1] == ["429.html"]
    assert response["Retry-After"] == "59"
    body = response.content.decode()
    assert "We received too many searches from your connection" in body
    assert "Try again in 1 minute." in body
    assert 'class="site-header"' in body
    # Browsing without a search is not counted, and the next minute starts afresh.
    assert client.get(DIRECTORY).status_code == 200
    now["t"] += 60
    assert client.get(DIRECTORY, {"q": "skin"}).status_code == 200


def test_ratelimit_counts_each_client_separately(limits, now, address, other_address):
    for _ in range(4):
        Client(REMOTE_ADDR=address).get(DIRECTORY, {"q": "skin"})
    other = Client(REMOTE_ADDR=other_address)
    assert other.get(DIRECTORY, {"q": "skin"}).status_code == 200


def test_ratelimit_counts_one_ipv6_home_network_as_one_client(limits, now, address):
    home = ipaddress.IPv6Network(f"{address}/64", strict=False)
    for host in range(1, 4):
        Client(REMOTE_ADDR=str(home[host])).get(DIRECTORY, {"q": "skin"})
    response = Client(REMOTE_ADDR=str(home[99])).get(DIRECTORY, {"q": "skin"})
    assert response.status_code == 429


def test_ratelimit_ignores_a_forged_forwarded_for_header_unless_proxies_are_trusted(
    limits, now, address
):
    for n in range(3):
        Client(REMOTE_ADDR=address).get(DIRECTORY, {"q": "x"}, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    forged = Client(REMOTE_ADDR=address).get(DIRECTORY, {"q": "x"}, HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert forged.status_code == 429


def test_ratelimit_behind_a_trusted_proxy_counts_the_address_the_proxy_saw(
    limits, now, address, other_address
):
    proxy = Client(REMOTE_ADDR="127.0.0.1")
    with override_settings(TRUSTED_PROXY_COUNT=1):
        for _ in range(3):
            # The client prepends a forged hop; the proxy appends the address it really saw.
            response = proxy.get(DIRECTORY, {"q": "x"}, HTTP_X_FORWARDED_FOR=f"10.1.1.1, {address}")
            assert response.status_code == 200
        limited = proxy.get(DIRECTORY, {"q": "x"}, HTTP_X_FORWARDED_FOR=f"10.2.2.2, {address}")
        assert limited.status_code == 429
        other = proxy.get(DIRECTORY, {"q": "x"}, HTTP_X_FORWARDED_FOR=other_address)
        assert other.status_code == 200


def test_ratelimit_search_as_you_type_answers_429_in_json(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    for _ in range(3):
        assert client.get(SUGGESTIONS, {"q": "sk"}).status_code == 200
    response = client.get(SUGGESTIONS, {"q": "ski"})
    assert response.status_code == 429
    assert response["Retry-After"] == "59"
    assert response.json() == {"error": "Too many searches; try again in 59 seconds."}


def test_ratelimit_starting_checklists_is_limited_per_hour(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    for _ in range(2):
        assert choose_unlisted(client).status_code == 302
    response = choose_unlisted(client)
    assert response.status_code == 429
    assert response["Retry-After"] == "3599"
    assert "too many new checklists" in response.content.decode()


def test_ratelimit_a_limited_report_keeps_its_answers_and_can_be_sent_later(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    choose_unlisted(client)
    assert complete(client, CAREFUL).status_code == 302
    choose_unlisted(client)
    limited = complete(client, CAREFUL)
    assert limited.status_code == 429
    assert "Your answers are kept" in limited.content.decode()
    assert PatientReport.objects.count() == 1
    now["t"] += 3600
    again = client.post(QUESTIONS_URL, {f"{PREFIX}-current_step": "finish"})
    assert again.status_code == 302
    assert again["Location"].startswith("/check/report/")
    assert PatientReport.objects.count() == 2


def test_ratelimit_only_the_last_step_counts_towards_reports(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    choose_unlisted(client)
    for step in STEPS:
        extra = {"price_currency": "USD"} if step == "care" else {}
        client.post(QUESTIONS_URL, step_data(step, CAREFUL, **extra))
    # Back from the last step, three times, is not a report.
    back = {f"{PREFIX}-current_step": "finish", "wizard_goto_step": "care"}
    for _ in range(3):
        assert client.post(QUESTIONS_URL, back).status_code == 200
        client.post(QUESTIONS_URL, step_data("care", CAREFUL, price_currency="USD"))
    response = client.post(QUESTIONS_URL, {f"{PREFIX}-current_step": "finish"})
    assert response.status_code == 302
    assert response["Location"].startswith("/check/report/")


def test_ratelimit_zero_turns_a_limit_off(now, address):
    with override_settings(**{**LIMITS, "SEARCHES_PER_MINUTE": 0}):
        client = Client(REMOTE_ADDR=address)
        assert all(client.get(DIRECTORY, {"q": "x"}).status_code == 200 for _ in range(5))


def test_ratelimit_lets_requests_through_and_logs_when_the_cache_fails(
    limits, now, address, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(ratelimit.counters, "add", broken)
    with caplog.at_level(logging.WARNING, logger="config.ratelimit"):
        responses = [Client(REMOTE_ADDR=address).get(DIRECTORY, {"q": "x"}) for _ in range(5)]
    assert {r.status_code for r in responses} == {200}
    assert "rate limit store unavailable; search not limited" in caplog.text


def test_ratelimit_never_applies_to_the_health_check(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    assert {client.get("/healthz", {"q": "x"}).status_code for _ in range(5)} == {200}


def search_key(request, now) -> str:
    return f"ratelimit:search:{ratelimit.client_key(request)}:{int(now['t'] // 60)}"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_ratelimit_counts_live_in_redis_where_every_app_server_sees_them(limits, now, address):
    assert isinstance(caches["ratelimit"], RedisCache)
    client = Client(REMOTE_ADDR=address)
    client.get(DIRECTORY, {"q": "x"})
    client.get(DIRECTORY, {"q": "x"})
    key = search_key(client.get(DIRECTORY).wsgi_request, now)
    # A second connection, as another app server would open.
    other_server = caches.create_connection("ratelimit")
    assert other_server.get(key) == 2
    # The counters' own database on the same server: the page cache's flood cannot reach it.
    pages, counters = os.environ["REDIS_URL"], settings.CACHES["ratelimit"]["LOCATION"]
    assert counters.rsplit("/", 1)[0] == pages.rsplit("/", 1)[0]
    assert int(counters.rsplit("/", 1)[1]) == int(pages.rsplit("/", 1)[1] or 0) + 1


def test_ratelimit_counts_are_kept_apart_from_the_page_cache(limits, now, address):
    client = Client(REMOTE_ADDR=address)
    key = search_key(client.get(DIRECTORY, {"q": "x"}).wsgi_request, now)
    assert caches["ratelimit"].get(key) == 1
    assert caches["default"].get(key) is None
    if not os.environ.get("REDIS_URL"):
        # Without Redis: the database, which every worker and app server shares.
        assert isinstance(caches["ratelimit"], ratelimit.DatabaseCounterCache)


def test_ratelimit_survives_a_flood_of_junk_query_strings(limits, now, address, other_address):
    """The attack: ~1,500 GETs with junk query strings filled the cache that held the counters,
    evicting them; searches refused before the flood were allowed after it."""
    client = Client(REMOTE_ADDR=address)
    for _ in range(3):
        client.get(DIRECTORY, {"q": "skin"})
    assert client.get(DIRECTORY, {"q": "skin"}).status_code == 429
    flooder = Client(REMOTE_ADDR=other_address)
    methodology = reverse("checklist:methodology")
    for n in range(1500):
        assert flooder.get(methodology, {"f": n}).status_code == 200
    assert client.get(DIRECTORY, {"q": "skin"}).status_code == 429


def test_ratelimit_counts_concurrent_increments_in_the_database_without_loss(limits):
    store = caches["ratelimit"]
    if not isinstance(store, ratelimit.DatabaseCounterCache):
        pytest.skip("the database store is used only without REDIS_URL")
    store.add("ratelimit:test", 1, timeout=60)
    assert [store.incr("ratelimit:test") for _ in range(3)] == [2, 3, 4]
    with pytest.raises(ValueError):
        store.incr("ratelimit:missing")


def test_ratelimit_warns_when_several_workers_would_count_each_on_its_own():
    assert ratelimit.unshared_store_warning(4) is None  # the configured store is shared
    per_process = {
        **settings.CACHES,
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=per_process):
        assert ratelimit.unshared_store_warning(1) is None
        warning = ratelimit.unshared_store_warning(4)
    assert warning is not None
    assert warning.startswith("4 workers count the rate limits each in its own memory")
