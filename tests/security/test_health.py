"""/healthz for load balancers: database reachable and migrations applied, or 503 and why."""

from __future__ import annotations

import pytest
from django.db import OperationalError, connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client, override_settings
from django.urls import reverse

from config import health

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_memo(monkeypatch):
    monkeypatch.setattr(health, "_migrations_ok_at", None)


def test_healthz_says_ok_when_the_database_answers_and_is_migrated(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_healthz_answers_a_balancer_by_ip_over_plain_http_without_a_session():
    # A probe to the app server's own address: not in ALLOWED_HOSTS, not https.
    with override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["vetting.example"]):
        response = Client().get("/healthz", HTTP_HOST="10.0.3.7:8000")
    assert response.status_code == 200
    assert response.cookies == {}


def test_healthz_is_503_and_says_so_when_migrations_are_not_applied(client, monkeypatch):
    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda self, targets: [1, 2])
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "migrations": "2 unapplied",
    }


def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    def refuse():
        raise OperationalError("connection refused to secret-host:5432")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "unreachable",
        "migrations": "unknown",
    }
    assert "secret-host" not in response.content.decode()


def test_healthz_costs_one_query_once_migrations_were_found_applied(
    client, django_assert_max_num_queries
):
    client.get("/healthz")
    # 1: SELECT 1
    with django_assert_max_num_queries(1):
        assert client.get("/healthz").status_code == 200
