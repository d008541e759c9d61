"""Tests: only what makes them fast and isolated."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Evidence documents of a test run go to a folder of their own, removed with the machine's
# temporary files.
EVIDENCE_FILES = Path(tempfile.mkdtemp(prefix="evidence-tests-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "evidence": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": EVIDENCE_FILES, "base_url": "/no-public-url/"},
    },
}
# Static files come from the finders; no collectstatic before tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Every test client comes from 127.0.0.1, and the cache outlives a test: counted limits would
# throttle the suite itself. tests/security/test_ratelimit.py turns them on where it tests them.
RATELIMIT_ENABLED = False
# A new grade is published at once in the suite's fixtures; tests/clinics/test_preview_period.py
# turns the preview period on where it tests it.
GRADE_PREVIEW_DAYS = 0
