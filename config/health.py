"""/healthz for load balancers: is the database reachable, and are its migrations applied?

Answered by the first middleware, before the host check, the https redirect, sessions and
rate limits: a probe comes over plain http from the balancer's own address, often with a bare
IP for a host name, and must cost no session row. The answer names what failed and nothing
more (no exception text, no database name).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, JsonResponse

logger = logging.getLogger(__name__)

PATHS = frozenset({"/healthz", "/healthz/"})
# Loading the migration graph costs far more than a probe should; a positive answer is kept
# for a minute per process (migrations are applied before new code starts, not after).
MIGRATIONS_OK_FOR = 60.0
_migrations_ok_at: float | None = None


def _database_reachable() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.error("health check: database unreachable", exc_info=True)
        return False
    return True


def _unapplied_migrations() -> int:
    global _migrations_ok_at
    now = time.monotonic()
    if _migrations_ok_at is not None and now - _migrations_ok_at < MIGRATIONS_OK_FOR:
        return 0
    executor = MigrationExecutor(connection)
    unapplied = len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    _migrations_ok_at = now if unapplied == 0 else None
    return unapplied


def healthz(request: HttpRequest) -> JsonResponse:
    checks: dict[str, str] = {}
    healthy = _database_reachable()
    checks["database"] = "ok" if healthy else "unreachable"
    if healthy:
        try:
            unapplied = _unapplied_migrations()
        except DatabaseError:
            logger.error("health check: migrations could not be read", exc_info=True)
            checks["migrations"] = "unknown"
            healthy = False
        else:
            checks["migrations"] = "ok" if unapplied == 0 else f"{unapplied} unapplied"
            healthy = unapplied == 0
    else:
        checks["migrations"] = "unknown"
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path in PATHS and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
