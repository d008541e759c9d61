"""One counter that moves whenever anything a public page shows may have changed."""

from django.db import models


class DataVersion(models.Model):
    """A single row; its number is part of every cached page's key, so bumping it retires
    every cached page at once, in every process (the row is shared, a local cache is not)."""

    number = models.PositiveBigIntegerField(default=0)
    changed = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "data version"

    def __str__(self) -> str:
        return f"data version {self.number}"
