from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    """Knows no app: each app declares the models its public pages show (pagecache.cache.watch)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "pagecache"
    verbose_name = "Public page cache"
