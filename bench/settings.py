"""Production settings plus a bare view, for benchmarks only (never deployed)."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
