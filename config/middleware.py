"""The site's Content-Security-Policy, with the one exception the staff admin needs."""

from __future__ import annotations

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

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
