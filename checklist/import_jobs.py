"""Large spreadsheet imports as background jobs (issue 18, part 3; issue 16, item 5): a file
with more rows than the admin previews inside a request (clinics.import_forms.MAX_IMPORT_ROWS)
is checked by a worker (``import_preview``: the whole import run and rolled back, its rows
counted as new, changed, unchanged or refused, each refusal with its row), then, when the
curator confirms on the job's page, written by another (``import_apply``: all or nothing in one
transaction, the clinics it touched rescored in it). The upload is kept in JOB_FILES until the
import is applied (or the preview found errors), then deleted; unconfirmed ones are purged
after a day with the admin's other previews."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db import transaction

from checklist.services.assessments import clinics_import_and_score
from clinics.models import Clinic
from clinics.profiles import ProfileError
from jobs.models import Job
from jobs.progress import Progress
from jobs.registry import JobError, job_kind

# What a preview keeps to show: counts, and the first refusals with their rows.
MAX_ERRORS_SHOWN = 50


def _import(job: Job, progress: Progress, *, dry_run: bool) -> Any:
    params = job.params
    # A curated admin with the spreadsheet import (clinics.curation.CuratedImportExportMixin).
    model_admin: Any = admin.site._registry[apps.get_model(params["admin"])]
    path = params["file"]
    if not os.path.isfile(path):
        raise JobError("The uploaded file is no longer on the server; upload it again.")
    input_format = model_admin.get_import_formats()[int(params["format"])]()
    data: Any
    if input_format.is_binary():
        data = Path(path).read_bytes()
    else:
        data = Path(path).read_text(encoding=model_admin.from_encoding)
    dataset = input_format.create_dataset(data)
    progress.set_total(len(dataset))
    resource_class = model_admin.get_import_resource_classes(None)[int(params.get("resource", 0))]
    resource = resource_class(after_write=model_admin.clinics_written, on_row=progress.advance)
    user = get_user_model().objects.filter(pk=params.get("user")).first()
    return resource.import_data(
        dataset,
        dry_run=dry_run,
        raise_errors=False,
        use_transactions=True,
        rollback_on_validation_errors=True,
        file_name=params.get("name", ""),
        user=user,
    )


def _refusals(result: Any) -> list[dict[str, Any]]:
    refused: list[dict[str, Any]] = []
    for number, errors in result.row_errors():
        refused.extend({"row": number, "message": str(e.error)} for e in errors)
    for invalid in result.invalid_rows:
        for field, messages in invalid.error_dict.items():
            text = "; ".join(str(m) for m in messages)
            refused.append({"row": invalid.number, "message": f"{field}: {text}"})
    for error in result.base_errors:
        refused.append({"row": None, "message": str(error.error)})
    return sorted(refused, key=lambda r: (r["row"] is None, r["row"] or 0))


def _counts(result: Any) -> dict[str, int]:
    totals = result.totals
    return {
        "new": totals.get("new", 0),
        "changed": totals.get("update", 0),
        "unchanged": totals.get("skip", 0),
        "refused": totals.get("error", 0) + totals.get("invalid", 0),
    }


def _keep_preview(job: Job, counts: dict[str, int], refused: list[dict[str, Any]]) -> None:
    """What a check found, for the job's page; an upload with refusals is not kept (nothing
    will be applied from it)."""
    Job.objects.filter(pk=job.pk).update(
        result={
            "counts": counts,
            "refused": refused[:MAX_ERRORS_SHOWN],
            "refused_total": len(refused),
            "confirmable": not refused,
        }
    )
    if refused:
        _delete(job.params["file"])


def _describe(counts: dict[str, int], rows: int) -> str:
    return (
        f"{rows:,} rows: {counts['new']:,} new, {counts['changed']:,} changed, "
        f"{counts['unchanged']:,} unchanged, {counts['refused']:,} refused"
    )


@job_kind("import_preview", "Check a spreadsheet import", then="import_apply")
def import_preview(job: Job, progress: Progress) -> str:
    result = _import(job, progress, dry_run=True)
    refused = _refusals(result)
    counts = _counts(result)
    _keep_preview(job, counts, refused)
    return _describe(counts, result.total_rows) + (
        "; nothing can be imported until the refused rows are fixed."
        if refused
        else "; confirm on this page to import them."
    )


@job_kind("import_apply", "Import a spreadsheet")
def import_apply(job: Job, progress: Progress) -> str:
    result = _import(job, progress, dry_run=False)
    refused = _refusals(result)
    if refused:
        first = refused[0]
        raise JobError(
            f"{first['message']} ({len(refused)} refused in all; nothing was imported)",
            row=first["row"],
        )
    _delete(job.params["file"])
    return _describe(_counts(result), result.total_rows) + "; imported and rescored."


def _delete(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


# --- Clinic profiles as JSON (docs/clinic-profile.md), the format of import_clinics -----------


def _profiles(job: Job) -> Any:
    path = Path(job.params["file"])
    if not path.is_file():
        raise JobError("The uploaded file is no longer on the server; upload it again.")
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise JobError(f"The file is not valid JSON ({error}).") from None


def _profile_refusals(error: ProfileError) -> list[dict[str, Any]]:
    # Records are counted from 1 on the page, as rows are.
    return [
        {
            "row": e.index + 1,
            "message": f"{e.field}: {e.message}" + (f" (slug {e.slug})" if e.slug else ""),
        }
        for e in error.errors
    ]


@job_kind("profiles_preview", "Check clinic profiles (JSON) for import", then="profiles_apply")
def profiles_preview(job: Job, progress: Progress) -> str:
    data = _profiles(job)
    progress.set_total(len(data) if isinstance(data, list) else 1)
    before = dict(Clinic.objects.values_list("slug", "data_digest"))
    refused: list[dict[str, Any]] = []
    counts = {"new": 0, "changed": 0, "unchanged": 0, "refused": 0}
    with transaction.atomic():
        try:
            result = clinics_import_and_score(data=data, update=bool(job.params.get("update")))
        except ProfileError as error:
            refused = _profile_refusals(error)
        else:
            for slug, digest in Clinic.objects.filter(pk__in=result.clinic_ids).values_list(
                "slug", "data_digest"
            ):
                if slug not in before:
                    counts["new"] += 1
                elif before[slug] != digest:
                    counts["changed"] += 1
                else:
                    counts["unchanged"] += 1
        transaction.set_rollback(True)  # a preview writes nothing
    counts["refused"] = len({r["row"] for r in refused})
    progress.advance(progress.total or 0)
    _keep_preview(job, counts, refused)
    if refused:
        return (
            f"{len(refused)} problem(s) in the profiles; nothing can be imported until they are "
            "fixed."
        )
    records = counts["new"] + counts["changed"] + counts["unchanged"]
    return _describe(counts, records) + "; confirm on this page to import them."


@job_kind("profiles_apply", "Import clinic profiles (JSON)")
def profiles_apply(job: Job, progress: Progress) -> str:
    data = _profiles(job)
    progress.set_total(len(data) if isinstance(data, list) else 1)
    try:
        result = clinics_import_and_score(data=data, update=bool(job.params.get("update")))
    except ProfileError as error:
        first = _profile_refusals(error)[0]
        raise JobError(
            f"{first['message']} ({len(error.errors)} problem(s) in all; nothing was imported)",
            row=first["row"],
        ) from None
    progress.advance(progress.total or 0)
    _delete(job.params["file"])
    return (
        f"{result.total:,} clinics imported ({result.created:,} new, {result.updated:,} "
        "replaced) and rescored."
    )
