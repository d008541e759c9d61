from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare(request: HttpRequest) -> HttpResponse:
    """The ceiling: Django's request cycle with no template and no query."""
    return HttpResponse("ok")


urlpatterns = [path("__bench__/bare/", bare), *site_urlpatterns]
