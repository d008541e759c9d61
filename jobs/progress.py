"""How a running job tells the staff how far it has got, and that its worker is alive."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.utils import timezone

from .models import Job

# At most one progress write a second: a rescore of 10,000 clinics reports per batch anyway.
MIN_INTERVAL = 1.0


class Progress:
    def __init__(self, job_id: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.job_id = job_id
        self.done = 0
        self.total: int | None = None
        self._clock = clock
        self._written = float("-inf")

    def set_total(self, total: int) -> None:
        self.total = total
        self._write(force=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._write()

    def beat(self) -> None:
        """A sign of life with no progress to show (a long step)."""
        self._write()

    def _write(self, *, force: bool = False) -> None:
        now = self._clock()
        if not force and now - self._written < MIN_INTERVAL:
            return
        self._written = now
        # A plain UPDATE, committed at once (autocommit): visible to the admin while the job's
        # own work goes on.
        Job.objects.filter(pk=self.job_id).update(
            done=self.done, total=self.total, beat_at=timezone.now()
        )
