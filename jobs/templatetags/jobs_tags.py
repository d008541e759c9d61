"""The admin front page's jobs panel: what runs now and what failed lately, each figure a link
to the list it counts."""

from __future__ import annotations

import datetime

from django import template
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from jobs.models import Job, JobState

register = template.Library()

RECENT_DAYS = 7


@register.inclusion_tag("admin/jobs/_dashboard.html", takes_context=True)
def jobs_panel(context: template.Context) -> dict:
    request = context.get("request")
    if request is None or not request.user.has_perm("jobs.view_job"):
        return {"show": False}
    since = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    counts = Job.objects.aggregate(
        running=Count("pk", filter=Q(state=JobState.RUNNING)),
        queued=Count("pk", filter=Q(state=JobState.QUEUED)),
        failed=Count("pk", filter=Q(state=JobState.FAILED, finished_at__gte=since)),
    )
    url = reverse("admin:jobs_job_changelist")
    return {
        "show": True,
        "figures": [
            (counts["running"], "running", f"{url}?state__exact=running"),
            (counts["queued"], "queued", f"{url}?state__exact=queued"),
            (
                counts["failed"],
                f"failed in the last {RECENT_DAYS} days",
                f"{url}?state__exact=failed",
            ),
        ],
        "failed": list(
            Job.objects.filter(state=JobState.FAILED, finished_at__gte=since).order_by(
                "-finished_at"
            )[:3]
        ),
        "url": url,
    }
