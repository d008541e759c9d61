"""The long work of the checklist world, as background jobs (jobs.registry): rescoring, the
full dataset export, and the purge of old patient reports. Each is safe to run again after a
failure and leaves the data whole if its worker is killed:

- a rescore commits a batch of clinics at a time, each batch whole: a clinic's grade is always
  the one its data earned under the catalogue of the batch that scored it, and a retry (or the
  next rescore) finishes the rest;
- an export writes to a temporary file and renames it into place only when complete;
- a purge deletes in one transaction.
"""

from __future__ import annotations

import json
import os
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from checklist.services.assessments import BATCH_SIZE, assessments_refresh
from checklist.services.reports import reports_purge, reports_purge_reviewed, shared_retention_days
from checklist.services.review import clinics_with_newly_expired_credentials
from clinics.models import Clinic
from clinics.services import clinic_profiles_export
from jobs.models import Job
from jobs.progress import Progress
from jobs.registry import JobError, job_kind, job_launcher

RESCORE_SCOPES = ("all", "expired", "clinics", "range")


def _rescore_batches(params: dict[str, Any]) -> tuple[int, list[QuerySet[Clinic]]]:
    """How many clinics a rescore covers, and the querysets it rescores them in: one, or for a
    selection one per batch of ids (each batch's query carries a short list)."""
    scope = params.get("scope", "all")
    if scope == "clinics":
        ids = sorted(int(pk) for pk in params.get("ids") or [])
        batches = [ids[start : start + BATCH_SIZE] for start in range(0, len(ids), BATCH_SIZE)]
        return len(ids), [Clinic.objects.filter(pk__in=batch) for batch in batches]
    if scope == "expired":
        queryset = clinics_with_newly_expired_credentials(today=timezone.localdate())
    elif scope == "range":
        # A share of a rescore split between workers: clinics by primary key, both ends in.
        queryset = Clinic.objects.filter(pk__gte=int(params["first"]), pk__lte=int(params["last"]))
    elif scope == "all":
        queryset = Clinic.objects.all()
    else:
        raise JobError(f"Unknown rescore scope {scope!r}; one of {', '.join(RESCORE_SCOPES)}.")
    return queryset.count(), [queryset]


@job_kind("rescore", "Rescore clinics")
def rescore(job: Job, progress: Progress) -> str:
    total, batches = _rescore_batches(job.params)
    progress.set_total(total)
    clinics = changed = 0
    grades_moved: list[Any] = []
    for queryset in batches:
        part = assessments_refresh(queryset=queryset, progress=progress.advance)
        clinics, changed = clinics + part.clinics, changed + part.changed
        grades_moved.extend(part.grades_moved)
    text = f"{clinics} clinics rescored, {changed} with a new result"
    if grades_moved:
        moved = "; ".join(str(m) for m in grades_moved[:20])
        more = len(grades_moved) - 20
        text += f"; {len(grades_moved)} grades changed: {moved}"
        text += f" and {more} more" if more > 0 else ""
    return text + "."


def export_path(job_id: int) -> str:
    return str(settings.JOB_FILES / f"clinics-export-{job_id}.json")


@job_kind("export", "Export every clinic's profile (JSON)")
def export(job: Job, progress: Progress) -> str:
    job_id = job.pk
    queryset = Clinic.objects.all()
    progress.set_total(queryset.count())
    profiles = clinic_profiles_export(queryset=queryset)
    progress.advance(len(profiles))
    final = export_path(job_id)
    os.makedirs(os.path.dirname(final), exist_ok=True)
    partial = f"{final}.part"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(profiles, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    os.replace(partial, final)  # whole or not at all
    Job.objects.filter(pk=job.pk).update(output_file=final)
    return f"{len(profiles)} clinics exported."


@job_kind("purge_reports", "Purge old patient reports")
def purge_reports(job: Job, progress: Progress) -> str:
    params = job.params
    days = int(params.get("days", 90))
    shared_days = int(params.get("shared_days") or shared_retention_days())
    if days < 1 or shared_days < 1:
        raise JobError("Days to keep reports must be 1 or more.")
    progress.set_total(2)
    with transaction.atomic():
        deleted = reports_purge(days=days)
        reviewed = reports_purge_reviewed(days=shared_days)
    progress.advance(2)
    return (
        f"Deleted {deleted} unshared reports older than {days} days, and {reviewed} shared "
        f"reports whose review closed more than {shared_days} days ago."
    )


job_launcher("rescore-all", "rescore", "Rescore every clinic", scope="all")
job_launcher(
    "rescore-expired",
    "rescore",
    "Rescore clinics whose credentials expired since their last score",
    scope="expired",
)
job_launcher("export", "export", "Export every clinic (JSON download)")
job_launcher("purge-reports", "purge_reports", "Purge old patient reports", days=90)
