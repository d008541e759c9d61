from django.urls import path

from . import views

app_name = "checklist"

urlpatterns = [
    path("methodology/", views.methodology, name="methodology"),
    path("check/", views.check_start, name="start"),
]
