from django.urls import path

from . import views

app_name = "clinics"

urlpatterns = [
    path("", views.home, name="home"),
    path("clinics/", views.directory, name="directory"),
    # Before the slug pattern, which would otherwise take "compare" for a clinic.
    path("clinics/compare/", views.compare, name="compare"),
    path("clinics/<slug:slug>/", views.clinic_detail, name="detail"),
    # Staff only: any clinic's page, published or not.
    path("clinics/<slug:slug>/preview/", views.clinic_preview, name="preview"),
    # The profile format for tools that check a file before sending it (docs/clinic-profile.md).
    path("schema/clinic-profile.json", views.profile_schema, name="profile-schema"),
]
