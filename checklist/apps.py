from django.apps import AppConfig


class ChecklistConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "checklist"

    def ready(self) -> None:
        from pagecache.cache import watch

        from . import import_jobs, jobs  # noqa: F401  (register the checklist's job kinds)
        from .models import ClinicAssessment

        # A clinic's page shows its assessment. Patient reports are private: not watched, so
        # creating or purging one retires no public page (the report view checks its own).
        watch(ClinicAssessment)
