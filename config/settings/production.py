"""Production: no insecure defaults; the environment must name the secret and the hosts.

`manage.py check --deploy` passes with no warning under these settings (tests/test_settings_production.py).
"""

import ipaddress

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False
# No default: django-environ refuses to start with "Set the SECRET_KEY environment variable".
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set the ALLOWED_HOSTS environment variable to the site's host names"
    )
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# No console mail in production: it would write a clinic's private portal link to the log.
# Without EMAIL_URL nothing is sent, and the admin shows the link for the curator to send.
vars().update(env.email_url("EMAIL_URL", default="dummymail://"))

# Behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto (docs/deploy.md).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# bench/load.py only: plain http on the loopback interface, where a client would drop cookies
# marked Secure. Off unless set, and refused for any host but this machine's own.
BENCHMARK_PLAIN_HTTP = env.bool("BENCHMARK_PLAIN_HTTP", default=False)
if BENCHMARK_PLAIN_HTTP:

    def _loopback(host: str) -> bool:
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host.strip("[]")).is_loopback
        except ValueError:
            return False

    if not all(_loopback(host) for host in ALLOWED_HOSTS):
        raise ImproperlyConfigured(
            "BENCHMARK_PLAIN_HTTP is for loopback benchmarks only: ALLOWED_HOSTS must list "
            f"only 127.0.0.1, ::1 or localhost, not {ALLOWED_HOSTS}"
        )
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False

# One JSON object a line (config/logs.py) for the log shipper, unless told otherwise.
LOG_FORMAT = env("LOG_FORMAT", default="json")
LOGGING = {
    **LOGGING,  # noqa: F405
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cached forever by browsers) and gzip/brotli copies, served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "evidence": EVIDENCE_STORAGE,  # noqa: F405
}
