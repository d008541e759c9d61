"""gunicorn's settings for this site: ``gunicorn -c python:config.gunicorn config.wsgi``.

Command-line options still apply on top (workers, bind, timeouts: docs/deploy.md). What this
adds: an access log (when one is turned on with ``--access-logfile``) in which a patient
report's token never appears, and a warning at start when several workers would each count the
rate limits in their own memory.
"""

from __future__ import annotations

import os
from typing import Any

from gunicorn.glogging import Logger

from config.logs import redact_uri

# gunicorn's default format; the atoms are redacted by the logger class below.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
logger_class = "config.gunicorn.RedactingLogger"


class RedactingLogger(Logger):
    """gunicorn's logger with every request atom redacted: the request line, the path and the
    query, the Referer, the Location of the redirect to a new report, any header or environ
    value a format may name. A token is replaced whether it was sent plainly or percent-encoded."""

    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> dict:
        return {
            name: redact_uri(value) if isinstance(value, str) else value
            for name, value in super().atoms(resp, req, environ, request_time).items()
        }


def on_starting(server: Any) -> None:
    """Before the workers start: warn when they would count the rate limits each on its own."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    from config.ratelimit import unshared_store_warning

    warning = unshared_store_warning(server.cfg.workers)
    if warning:
        server.log.warning("%s", warning)
