from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pagecache"
    verbose_name = "Public page cache"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the receivers)
