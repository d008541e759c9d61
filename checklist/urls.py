from django.urls import path

from . import views
from .wizard import ChecklistWizard

app_name = "checklist"

urlpatterns = [
    path("methodology/", views.methodology, name="methodology"),
    path("check/", views.check_start, name="start"),
    path("check/clinics.json", views.clinic_suggestions, name="suggestions"),
    path("check/questions/", ChecklistWizard.as_view(), name="questions"),
    path("check/report/<str:token>/", views.report, name="report"),
    path("check/report/<str:token>/stop-sharing/", views.stop_sharing, name="stop_sharing"),
    path("check/report/<str:token>/delete/", views.delete, name="delete"),
    path("check/report/<str:token>/update/", views.update_answers, name="update"),
]
