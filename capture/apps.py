from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaptureConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "capture"
    verbose_name = _("Website capture")

    def ready(self) -> None:
        from . import jobs  # noqa: F401  (register the capture's job kinds)
