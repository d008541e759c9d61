"""One JSON object a line for the production log, so a log shipper can index every field.

A record never carries a patient report's token (the only key to a report: health
information) nor a clinic portal link's secret (the key to a clinic's portal), though
``django.request`` names the path of every 403, 404 and 500: both formats redact them.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from typing import Any
from urllib.parse import unquote

REPORT_PATH = re.compile(r"(/check/report/|/portal/enter/)[^/\s?#]+")
REDACTED = r"\1[token]"
# Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept.
STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "request",
    "server_time",
}


def redact(text: str) -> str:
    return REPORT_PATH.sub(REDACTED, text)


def redact_uri(text: str) -> str:
    """``redact`` for an address as sent, which may be percent-encoded
    (``/check/%72eport/<token>/`` reaches the same page): decoded when that reveals a token."""
    redacted = redact(text)
    if "%" in redacted:
        decoded = unquote(redacted)
        if REPORT_PATH.search(decoded):
            return redact(decoded)
    return redacted


class PlainFormatter(logging.Formatter):
    """The development console's lines, redacted like the JSON ones."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            entry["method"] = request.method
            entry["path"] = redact(request.path)
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        for key, value in record.__dict__.items():
            if key not in STANDARD and key not in entry and key != "status_code":
                entry[key] = value if isinstance(value, str | int | float | bool) else repr(value)
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
