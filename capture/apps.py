from django.apps import AppConfig


class CaptureConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "capture"
    verbose_name = "Website capture"

    def ready(self) -> None:
        from . import jobs  # noqa: F401  (register the capture's job kinds)
