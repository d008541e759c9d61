"""The clinic portal's addresses (clinics/portal_views.py), under /portal/."""

from django.urls import path

from . import portal_views

app_name = "portal"

urlpatterns = [
    path("", portal_views.home, name="home"),
    path("confirm/", portal_views.confirm, name="confirm"),
    path("correct/<str:key>/", portal_views.correct, name="correct"),
    path("leave/", portal_views.leave, name="leave"),
    # The link an invitation carries: left at once for an address without its secret.
    path("enter/<str:token>/", portal_views.enter, name="enter"),
]
