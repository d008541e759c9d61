from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from config import health
from config.ratelimit import ADMIN_LOGINS, is_post, rate_limited

urlpatterns = [
    # Before the admin's own: the same sign-in page, its attempts counted per address whatever
    # the username (django-axes counts per username and address).
    path(
        f"{settings.ADMIN_URL}login/",
        rate_limited(ADMIN_LOGINS, when=is_post)(admin.site.login),
        name="admin-login",
    ),
    # The URL conf is imported at the first request, once settings are complete.
    path(settings.ADMIN_URL, admin.site.urls),
    # Served by config.health.HealthCheckMiddleware before any other middleware; named here so
    # that it can be reversed and is never taken for a clinic's address.
    path("healthz", health.healthz, name="healthz"),
    path("portal/", include("clinics.portal_urls")),
    path("", include("checklist.urls")),
    path("", include("clinics.urls")),
]
