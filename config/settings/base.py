"""Settings shared by every environment; every value that differs comes from the environment."""

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parents[2]

env = environ.Env()
# ENV_FILE lets a test or a server point at another file (or /dev/null for none at all).
environ.Env.read_env(env("ENV_FILE", default="") or str(BASE_DIR / ".env"), overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "import_export",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "django_countries",
    "formtools",
    "bootstrap",
    "axes",
    "csp",
    "clinics",
    "checklist",
    "pagecache",
    "django_tasks",
    "django_tasks_db",
    "jobs",
    "capture",
]
# Admin spreadsheet imports run in one transaction: any bad row and nothing is saved.
IMPORT_EXPORT_USE_TRANSACTIONS = True

MIDDLEWARE = [
    # First: a load balancer's probe needs no host check, https redirect, session or cookie.
    "config.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address (/es/, /tr/; English without a prefix).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything reads the body (the CSRF check reads a form): an oversized request is
    # refused by its Content-Length, nothing of it read.
    "config.middleware.RequestSizeLimitMiddleware",
    "config.middleware.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite file under the project unless DATABASE_URL names another database.
# An empty DATABASE_URL (as .env.example has it) means the default too.
DATABASES = {
    "default": env.db_url_config(
        env("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
if not DATABASES["default"].get("ENGINE"):
    raise ImproperlyConfigured(
        "DATABASE_URL is not a database URL such as postgres://user:password@host:5432/name"
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let concurrent readers and one writer share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# Keep connections between requests (SQLite too: reopening the file and replaying the
# PRAGMAs on every request costs more than many a page's queries).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out username and address are refused before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Only staff have passwords; they guard health information, hence 12 characters at least.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The public site in English (at the root), Spanish (/es/) and Turkish (/tr/): the languages of
# the patients who travel to Mexico, Latin America and Türkiye. Staff work in English.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español"), ("tr", "Türkçe")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default="") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
# Evidence documents (clinics/documents.py): private, never under a public URL; served to staff
# by a view that checks permission. A folder of this machine by default; S3-compatible storage
# (django-storages) when EVIDENCE_S3_BUCKET is set, with the credentials boto3 finds (the
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables, or the machine's role).
EVIDENCE_FILES = Path(env("EVIDENCE_FILES", default=str(BASE_DIR / "var" / "evidence")))
EVIDENCE_S3_BUCKET = env("EVIDENCE_S3_BUCKET", default="")
EVIDENCE_MAX_BYTES = env.int("EVIDENCE_MAX_BYTES", default=10 * 1024 * 1024)
if EVIDENCE_S3_BUCKET:
    EVIDENCE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": EVIDENCE_S3_BUCKET,
            "endpoint_url": env("EVIDENCE_S3_ENDPOINT_URL", default="") or None,
            "region_name": env("EVIDENCE_S3_REGION", default="") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    EVIDENCE_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": EVIDENCE_FILES, "base_url": "/no-public-url/"},
    }
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "evidence": EVIDENCE_STORAGE,
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGIN_URL = "admin:login"
# Where a sign-in goes when its `next` is missing or refused (another site's address): the
# admin, the only thing anyone signs in for, rather than Django's /accounts/profile/ (a 404).
LOGIN_REDIRECT_URL = "admin:index"

# Only staff sign in. Their session ends after a working day, and after a pause
# (config.middleware.StaffSessionMiddleware); patients have no login, and their half-finished
# checklist keeps Django's default session age.
STAFF_SESSION_HOURS = env.int("STAFF_SESSION_HOURS", default=9)
STAFF_IDLE_MINUTES = env.int("STAFF_IDLE_MINUTES", default=30)

# Request bodies. The largest thing anyone sends is a curator's spreadsheet import, bounded at
# UPLOAD_MAX_MEGABYTES (nginx's client_max_body_size in docs/deploy.md is the same 5m), and
# only staff may send that much; anyone else sends a form (the longest, a checklist step with
# 20,000 characters of pasted marketing text, is under 256 KB even percent-encoded). A larger
# Content-Length is refused with 413 before a byte is read (config.middleware).
UPLOAD_MAX_MEGABYTES = env.int("UPLOAD_MAX_MEGABYTES", default=5)
STAFF_REQUEST_MAX_BYTES = UPLOAD_MAX_MEGABYTES * 1024 * 1024
ANONYMOUS_REQUEST_MAX_BYTES = 512 * 1024
# Form fields other than files (Django's default, stated): a larger form is a 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# An allowed import stays in memory: no temporary file is left on disk by an upload.
FILE_UPLOAD_MAX_MEMORY_SIZE = STAFF_REQUEST_MAX_BYTES
# The spreadsheet import sends one file; no other form takes any.
DATA_UPLOAD_MAX_NUMBER_FILES = 1
# Django's default, stated: the clinic change page with its inlines sends a few hundred.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000

# The admin's address; moving it off /admin/ keeps it out of the way of scanners.
ADMIN_URL = env("ADMIN_URL", default="admin/")
if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*(/[A-Za-z0-9_-]+)*/", ADMIN_URL):
    raise ImproperlyConfigured(
        f"ADMIN_URL must be a relative path ending in a slash, such as 'staff-7f3k/', not {ADMIN_URL!r}"
    )

# Failed admin logins: after AXES_FAILURE_LIMIT for one username from one address, that pair
# is locked out for the cool-off time (counted again from each try during the lockout).
AXES_FAILURE_LIMIT = env.int("ADMIN_LOGIN_ATTEMPTS", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("ADMIN_LOCKOUT_MINUTES", default=60))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.ratelimit.lockout_response"
# The same client address as the rate limits, so one proxy setting governs both.
AXES_CLIENT_IP_CALLABLE = "config.ratelimit.client_ip"

# Cache (cached pages): this process's memory unless REDIS_URL names a Redis shared by every
# app server.
REDIS_URL = env("REDIS_URL", default="")
# The rate-limit counters have a store of their own, which no flood of cached pages can evict:
# with Redis, another database (REDIS_URL's number plus one, or RATELIMIT_REDIS_URL, e.g. a
# second Redis server with maxmemory-policy noeviction: docs/deploy.md section 5); without
# Redis, the database, which every worker and app server shares (`manage.py createcachetable`).
RATELIMIT_REDIS_URL = env("RATELIMIT_REDIS_URL", default="")


def _next_redis_database(url: str) -> str:
    """The same Redis server, the database after REDIS_URL's (redis://host:6379/0 -> /1)."""
    parts = urlsplit(url)
    number = parts.path.strip("/") or "0"
    if not number.isdigit():
        raise ImproperlyConfigured(
            f"REDIS_URL must end in a database number such as /0, not {url!r}"
        )
    return urlunsplit(parts._replace(path=f"/{int(number) + 1}"))


_REDIS_OPTIONS = {
    # A Redis that stops answering must not hold requests for long.
    "socket_connect_timeout": 1,
    "socket_timeout": 1,
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cv",
            "OPTIONS": _REDIS_OPTIONS,
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": RATELIMIT_REDIS_URL or _next_redis_database(REDIS_URL),
            "KEY_PREFIX": "cv",
            "OPTIONS": _REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "clinic-vetting",
        },
        "ratelimit": {
            "BACKEND": "config.ratelimit.DatabaseCounterCache",
            "LOCATION": "ratelimit_counters",
            # Culled only past this many live counters, i.e. clients in one window: someone
            # holding that many addresses is past what a per-address limit can stop anyway.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }

# Background jobs (the jobs app) run on Django's Tasks API (django-tasks): in the database by
# default, so `make run` needs no other server; on RQ workers over Redis when REDIS_URL (or
# JOBS_REDIS_URL) is set, so workers can run on as many machines as needed. `manage.py
# run_worker` runs a worker for either (docs/deploy.md, "Workers").
JOBS_REDIS_URL = env("JOBS_REDIS_URL", default="") or REDIS_URL
JOB_QUEUE = "default"
if JOBS_REDIS_URL:
    INSTALLED_APPS.append("django_rq")
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [JOB_QUEUE]}}
    # RQ keeps its own result for minutes; the staff read the job's record (jobs.models.Job).
    RQ_QUEUES = {JOB_QUEUE: {"URL": JOBS_REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
    RQ = {"JOB_CLASS": "django_tasks_rq.Job"}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": [JOB_QUEUE]}}
# A running job that shows no sign of life for this long is taken as dead (its worker killed).
JOB_STALE_SECONDS = env.int("JOB_STALE_SECONDS", default=300)
# Files jobs write (exports), served to staff only; never under a public URL.
JOB_FILES = Path(env("JOB_FILES", default=str(BASE_DIR / "var" / "jobs")))
# Days after which a watched page of a clinic's website is captured again (recheck_websites).
CAPTURE_RECHECK_DAYS = env.int("CAPTURE_RECHECK_DAYS", default=30)

# Abuse limits per client address, counted in the cache in fixed windows; 0 turns one off.
RATELIMIT_ENABLED = env.bool("RATELIMIT_ENABLED", default=True)
REPORTS_PER_HOUR = env.int("REPORTS_PER_HOUR", default=20)
# Days a shared report is kept after its review closed; purge_reports deletes it then.
SHARED_REPORT_RETENTION_DAYS = env.int("SHARED_REPORT_RETENTION_DAYS", default=180)
CHECK_STARTS_PER_HOUR = env.int("CHECK_STARTS_PER_HOUR", default=60)
SEARCHES_PER_MINUTE = env.int("SEARCHES_PER_MINUTE", default=60)
# Admin sign-in attempts per address, whatever the username: django-axes locks one username at
# one address after ADMIN_LOGIN_ATTEMPTS failures; this stops one address trying a common
# password against many usernames (password spraying).
ADMIN_LOGINS_PER_HOUR = env.int("ADMIN_LOGINS_PER_HOUR", default=20)
PORTAL_OPENS_PER_HOUR = env.int("PORTAL_OPENS_PER_HOUR", default=30)
PORTAL_SUBMISSIONS_PER_HOUR = env.int("PORTAL_SUBMISSIONS_PER_HOUR", default=60)
# The clinic portal: days an invitation link works, and the days a clinic newly graded (or
# whose grade would drop) has to reply before the new grade is published.
# Mail (the clinic portal's invitations): the console in development; in production an SMTP
# server from EMAIL_URL (smtp+tls://user:password@host:587), sent from DEFAULT_FROM_EMAIL.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Clinic Vetting <no-reply@clinic-vetting.example>"
)
# The public address of the site, for links sent by e-mail (the clinic portal's invitations).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
PORTAL_INVITATION_DAYS = env.int("PORTAL_INVITATION_DAYS", default=30)
GRADE_PREVIEW_DAYS = env.int("GRADE_PREVIEW_DAYS", default=14)
# How many reverse proxies in front of the app append to X-Forwarded-For; 0 trusts none and
# uses the connection's address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Content Security Policy (django-csp): this site's own files only, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOG_FORMAT = env("LOG_FORMAT", default="plain")
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "()": "config.logs.PlainFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        },
        "json": {"()": "config.logs.JsonFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# Seconds a public page stays in the cache at most; any data change retires it sooner.
# 0 turns the page cache off (the benchmark measures uncached renders that way).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Names the deployed release (e.g. its git commit) in cached pages' keys; empty: a digest of
# the templates, static files and code, so a new deployment never serves the previous one's pages.
RELEASE = env("RELEASE", default="")
