from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

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
]
# The patients' site in each language: English at the root, /es/ and /tr/ for the others.
urlpatterns += i18n_patterns(
    # The JavaScript strings of the page's language (static/js/*.js call gettext).
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include("checklist.urls")),
    path("", include("clinics.urls")),
    prefix_default_language=False,
)
