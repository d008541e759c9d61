"""The site's Content-Security-Policy with the one exception the staff admin needs; request
body limits; the staff session's working day and idle timeout."""

from __future__ import annotations

import time
from collections.abc import Callable

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import render

# Inline style attributes only, and only in the staff admin: django-simple-history's and
# django-import-export's templates and the credential status badges colour text with
# style="...". An attribute style cannot run script; scripts stay 'self' only everywhere.
ADMIN_EXCEPTION = {"style-src-attr": [UNSAFE_INLINE]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(f"/{settings.ADMIN_URL}"):
            parts.update = {**(parts.update or {}), **ADMIN_EXCEPTION}
        return parts


class RequestSizeLimitMiddleware:
    """Refuse a request body larger than its sender may send, by its Content-Length, before
    anything reads it: staff up to a spreadsheet import (STAFF_REQUEST_MAX_BYTES), anyone else
    a form (ANONYMOUS_REQUEST_MAX_BYTES). Django bounds form fields and the number of files,
    never the size of a file, which it would otherwise write to a temporary file in full. A body
    sent without a Content-Length (chunked) is not read by Django at all."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body from a malformed length either
        if length > settings.ANONYMOUS_REQUEST_MAX_BYTES:
            user = getattr(request, "user", None)
            staff = bool(user is not None and user.is_active and user.is_staff)
            allowed = (
                settings.STAFF_REQUEST_MAX_BYTES if staff else settings.ANONYMOUS_REQUEST_MAX_BYTES
            )
            if length > allowed:
                response = render(
                    request,
                    "413.html",
                    {"megabytes": round(allowed / (1024 * 1024), 1), "staff": staff},
                    status=413,
                )
                response["Cache-Control"] = "no-store"
                # The unread body must not be taken for the next request on this connection.
                response["Connection"] = "close"
                return response
        return self.get_response(request)


# Session keys: when the staff member signed in, and when the session last saw a request.
SIGNED_IN_AT = "staff_signed_in_at"
SEEN_AT = "staff_seen_at"
# How stale the "last seen" stamp may grow before it is written again: one session write a
# minute at most, not one a request.
SEEN_RESOLUTION = 60
# Read through this name so that tests can move time on.
clock = time.time


def _seen(session: SessionBase, now: int, signed_in: int) -> None:
    session[SEEN_AT] = now
    # The stored session and its cookie end at the idle limit or the day's end, whichever is
    # first, so a stolen cookie is good for no longer either.
    day = settings.STAFF_SESSION_HOURS * 3600
    session.set_expiry(max(1, min(settings.STAFF_IDLE_MINUTES * 60, signed_in + day - now)))


def _stamp_sign_in(sender: object, request: HttpRequest, user: object, **kwargs: object) -> None:
    now = int(clock())
    request.session[SIGNED_IN_AT] = now
    _seen(request.session, now, now)


class StaffSessionMiddleware:
    """A signed-in session (only staff sign in) ends STAFF_SESSION_HOURS after the sign-in and
    after STAFF_IDLE_MINUTES without a request; the next request is then anonymous and the
    admin asks for the password again. The session's own expiry follows, so the cookie and the
    stored session die with it. Patients have no login: their sessions are not touched."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        user_logged_in.connect(_stamp_sign_in, dispatch_uid="config.staff_session_sign_in")

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        # Without a session cookie there is no sign-in to look at (and no session to load).
        if request.COOKIES.get(settings.SESSION_COOKIE_NAME) and (
            request.session.get(SESSION_KEY) is not None
        ):
            self._enforce(request)
        return self.get_response(request)

    def _enforce(self, request: HttpRequest) -> None:
        session = request.session
        now = int(clock())
        day = settings.STAFF_SESSION_HOURS * 3600
        idle = settings.STAFF_IDLE_MINUTES * 60
        signed_in = session.setdefault(SIGNED_IN_AT, now)
        seen = session.get(SEEN_AT, now)
        if now - signed_in >= day or now - seen >= idle:
            logout(request)
            return
        if now - seen >= SEEN_RESOLUTION or SEEN_AT not in session:
            _seen(session, now, signed_in)
