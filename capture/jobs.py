"""The website capture as background jobs (jobs.registry): capturing the pages and uploads a
curator gave for one clinic, and re-checking every watched page that is due. Each page is its
own transaction: a retry captures what is missing, and a page that fails is named in the
summary while the others are kept."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from django.db import transaction
from django.urls import reverse

from clinics.models import Clinic
from jobs.models import Job
from jobs.progress import Progress
from jobs.registry import JobError, job_kind, job_launcher

from . import services
from .fetch import Refused


def _clinic(params: dict[str, Any]) -> Clinic:
    try:
        return Clinic.objects.get(pk=int(params["clinic"]))
    except (KeyError, ValueError, TypeError, Clinic.DoesNotExist):
        raise JobError("The clinic to capture no longer exists.") from None


@job_kind("capture", "Capture a clinic's website")
def capture(job: Job, progress: Progress) -> str:
    """Params: ``clinic`` (id), ``urls`` (addresses), ``uploads`` ([{path, name}], files saved
    by the admin's capture form). A page already captured by an earlier attempt of this job is
    not captured twice."""
    clinic = _clinic(job.params)
    urls: list[str] = list(job.params.get("urls") or [])
    uploads: list[dict[str, str]] = list(job.params.get("uploads") or [])
    progress.set_total(len(urls) + len(uploads))
    done: dict[str, int] = dict((job.result or {}).get("snapshots") or {})
    failed: list[str] = []
    for url in urls:
        if url not in done:
            try:
                with transaction.atomic():
                    done[url] = services.capture_url(
                        clinic,
                        url,
                        user_id=job.started_by_id,
                        recheck=bool(job.params.get("recheck", True)),
                    ).pk
            except Refused as refused:
                failed.append(f"{url}: {refused}")
        _keep(job, done)
        progress.advance(1)
    for upload in uploads:
        key = f"upload:{upload['name']}"
        path = Path(upload["path"])
        if key not in done:
            try:
                body = path.read_bytes()
            except OSError:
                failed.append(f"{upload['name']}: the uploaded file is gone; upload it again")
            else:
                with transaction.atomic():
                    done[key] = services.capture_upload(
                        clinic,
                        body=body,
                        name=upload["name"],
                        user_id=job.started_by_id,
                    ).pk
                with contextlib.suppress(OSError):
                    path.unlink()
        _keep(job, done)
        progress.advance(1)
    text = f"{len(done)} page(s) of {clinic.name} captured"
    if failed:
        text += f"; {len(failed)} could not be: " + "; ".join(failed)
    if not done and failed:
        raise JobError(text + ".")
    return text + ". Open each snapshot to accept or reject what it proposes."


def _keep(job: Job, done: dict[str, int]) -> None:
    links = [
        {
            "label": f"Review the snapshot of {where.removeprefix('upload:')}",
            "url": reverse("admin:clinics_snapshot_change", args=[pk]),
        }
        for where, pk in done.items()
    ]
    job.result = {**(job.result or {}), "snapshots": done, "links": links}
    Job.objects.filter(pk=job.pk).update(result=job.result)


@job_kind("recheck_websites", "Re-check the watched website pages that are due")
def recheck_websites(job: Job, progress: Progress) -> str:
    """Params: ``days`` (optional: the interval instead of CAPTURE_RECHECK_DAYS)."""
    days = job.params.get("days")
    due = list(services.pages_due(days=int(days) if days is not None else None))
    progress.set_total(len(due))
    unchanged = changed = flagged = 0
    failed: list[str] = []
    for page in due:
        try:
            with transaction.atomic():
                snapshot = services.recheck(page)
        except Refused as refused:
            failed.append(f"{page.url}: {refused}")
        else:
            if snapshot is None:
                unchanged += 1
            else:
                changed += 1
                flagged += snapshot.attention
        progress.advance(1)
    text = (
        f"{len(due)} page(s) re-checked: {unchanged} unchanged, {changed} changed"
        f" ({flagged} with new red flags or dropped disclosures, now in the review queue)"
    )
    if failed:
        text += f"; {len(failed)} could not be fetched: " + "; ".join(failed[:20])
    return text + "."


job_launcher(
    "recheck-websites", "recheck_websites", "Re-check the watched website pages that are due"
)
