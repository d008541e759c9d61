"""Patients' reports: scored with the engine and stored behind a token; the reviewers' queue."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import AbstractBaseUser, User
from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from checklist.engine.answers import discrepancies, facts_from_answers
from checklist.engine.facts import facts_to_dict
from checklist.engine.pricing import to_usd
from checklist.engine.scoring import score
from checklist.engine.stored import screen_in, screener_version, stored_screening
from checklist.models import CLOSED_STATUSES, PatientReport, ReportStatus
from clinics.enforcement import enforcement_lookup, last_checked
from clinics.languages import detect
from clinics.models import Clinic


@dataclass(frozen=True)
class UnlistedClinic:
    name: str
    country: str
    city: str = ""
    website: str = ""


# A pasted text's language is told from its words when it has this many ("No risk!" reads as
# Turkish to the detector); a shorter one is read as English, the screener's default.
DETECT_FROM_WORDS = 5


def report_create(
    *,
    clinic: Clinic | None,
    unlisted: UnlistedClinic | None,
    answers: dict[str, str],
    marketing_text: str = "",
    price_amount: Decimal | None = None,
    price_currency: str = "",
    shared: bool = False,
    previous: PatientReport | None = None,
) -> PatientReport:
    """Score a patient's answers with the same engine as the curated clinics and store it.
    ``previous``: the report whose answers the patient updated; it is kept as it was, and
    the new report links to it."""
    if clinic is not None and unlisted is None:
        country = str(clinic.country)
    elif clinic is None and unlisted is not None:
        country = unlisted.country
    else:
        raise ValueError("a report is about one listed clinic or one unlisted clinic")
    price_usd = to_usd(price_amount, price_currency) if price_amount is not None else None
    # screened once, in the language it was written in (a Spanish clinic's page read by the
    # Spanish rules): the grade and the report's highlights read the same flags
    pasted = bool(marketing_text.strip())
    language = detect(marketing_text) if len(marketing_text.split()) >= DETECT_FROM_WORDS else ""
    flags = screen_in(marketing_text, language) if pasted else ()
    facts = facts_from_answers(
        answers,
        country=country,
        price_usd=price_usd,
        marketing_text=marketing_text,
        marketing_flags=flags,
    )
    assessment = score(facts)
    # Compared once, now, against the profile the patient saw: the queue filters on the count.
    profile = clinic.current_assessment if clinic is not None else None
    disagreements = (
        len(discrepancies(answers, assessment, profile.to_assessment()))
        if profile is not None
        else None
    )
    checked = last_checked()
    found = (
        enforcement_lookup(
            clinic=clinic,
            name=unlisted.name if unlisted else "",
            website=unlisted.website if unlisted else "",
            city=unlisted.city if unlisted else "",
        )
        if checked is not None
        else []
    )
    return PatientReport.objects.create(
        clinic=clinic,
        enforcement=[asdict(f) for f in found],
        enforcement_checked=checked,
        unlisted_name=unlisted.name if unlisted else "",
        unlisted_country=unlisted.country if unlisted else "",
        unlisted_city=unlisted.city if unlisted else "",
        unlisted_website=unlisted.website if unlisted else "",
        answers=answers,
        marketing_text=marketing_text,
        screening=stored_screening(marketing_text, flags) if pasted else {},
        screened_with=screener_version(language) if pasted else "",
        price_amount=price_amount,
        price_currency=price_currency if price_amount is not None else "",
        price_usd=price_usd,
        facts=facts_to_dict(facts),
        assessment=assessment.to_dict(),
        catalogue_version=assessment.catalogue_version,
        grade=assessment.grade,
        score=assessment.score,
        red_flags=[*assessment.failed_knockouts, *sorted(facts.claim_flags or ())],
        shared=shared,
        discrepancy_count=disagreements,
        previous=previous,
    )


def report_update_start(*, report: PatientReport) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """What the checklist needs to reopen pre-filled from ``report``: the clinic choice (as the
    start page stores it) and each step's initial values. None when the clinic can no longer
    be named (a listed clinic deleted since). A listed clinic no longer published is checked
    again as an unlisted one, under the name and place it had."""
    clinic = report.clinic
    if clinic is not None and clinic.published:
        choice: dict[str, Any] = {"slug": clinic.slug}
    else:
        unlisted = {
            "name": clinic.name if clinic else report.unlisted_name,
            "country": str(clinic.country if clinic else report.unlisted_country),
            "city": clinic.city if clinic else report.unlisted_city,
            "website": clinic.website if clinic else report.unlisted_website,
        }
        if not (unlisted["name"] and unlisted["country"]):
            return None
        choice = {"unlisted": unlisted}
    initial: dict[str, Any] = {
        **{key: str(value) for key, value in report.answers.items()},
        "marketing_text": report.marketing_text,
        "shared": report.shared,
    }
    if report.price_amount is not None:
        # Kept as text: the session stores JSON.
        initial["price_amount"] = str(report.price_amount)
        initial["price_currency"] = report.price_currency
    return choice, initial


def reports_purge(*, days: int, now: datetime.datetime | None = None) -> int:
    """Delete unshared reports older than ``days``; shared ones stay for the reviewers."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    # Public pages stay cached (reports are not watched); a deleted report's own cached page is
    # never served again: checklist.views.report checks that its report exists.
    deleted, _ = PatientReport.objects.filter(shared=False, created__lt=cutoff).delete()
    return deleted


# How long a shared report is kept once its review is closed, unless the
# SHARED_REPORT_RETENTION_DAYS setting says otherwise.
SHARED_RETENTION_DAYS = 180


def shared_retention_days() -> int:
    return int(getattr(settings, "SHARED_REPORT_RETENTION_DAYS", SHARED_RETENTION_DAYS))


def reports_purge_reviewed(*, days: int, now: datetime.datetime | None = None) -> int:
    """Delete shared reports whose review closed more than ``days`` ago; an open one stays
    in the queue however old. A closed report without a stamp counts from its creation."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    closed = PatientReport.objects.filter(shared=True, status__in=CLOSED_STATUSES)
    deleted, _ = (
        closed.alias(closed_at=Coalesce("reviewed_at", "created"))
        .filter(closed_at__lt=cutoff)
        .delete()
    )
    return deleted


def report_stop_sharing(*, report: PatientReport) -> bool:
    """The patient withdraws a shared report: it leaves the queue with what staff wrote about
    it, and is kept and purged like any report never shared. False if it was not shared."""
    if not report.shared:
        return False
    report.shared = False
    report.status, report.assignee, report.reviewer_notes, report.reviewed_at = (
        ReportStatus.NEW,
        None,
        "",
        None,
    )
    report.save(update_fields=["shared", "status", "assignee", "reviewer_notes", "reviewed_at"])
    return True


def report_delete(*, report: PatientReport) -> None:
    """The patient deletes the report: nothing of it is kept (its cached page is never served
    again, checklist.views.report checks that its report exists)."""
    report.delete()


# What a log entry names a report by (its __str__); the answers and facts stay unread.
_LOGGED = ("created", "unlisted_name", "clinic__name")


def _log_queue_change(
    reports: list[PatientReport], user: AbstractBaseUser | None, message: str
) -> None:
    # The admin log is the queue's audit trail: who moved which report, when, and how.
    if reports and user is not None:
        LogEntry.objects.log_actions(user.pk, reports, CHANGE, change_message=message)


def reports_assign(
    *,
    queryset: QuerySet[PatientReport],
    assignee: User | None,
    user: AbstractBaseUser | None = None,
) -> int:
    """Give reports to a reviewer (or to nobody); return how many changed hands."""
    if assignee is None:
        moving = queryset.filter(assignee__isnull=False)
        message = "Unassigned."
    else:
        moving = queryset.exclude(assignee=assignee)
        message = f"Assigned to {assignee.get_username()}."
    reports = list(
        moving.select_related(None).select_related("clinic").only(*_LOGGED).order_by("pk")
    )
    PatientReport.objects.filter(pk__in=[r.pk for r in reports]).update(assignee=assignee)
    _log_queue_change(reports, user, message)
    return len(reports)


def reports_set_status(
    *,
    queryset: QuerySet[PatientReport],
    status: str,
    user: AbstractBaseUser | None = None,
    now: datetime.datetime | None = None,
) -> int:
    """Move reports in the queue; return how many moved. Closing stamps ``reviewed_at``,
    reopening clears it (the same rule as ``PatientReport.set_status``)."""
    status = ReportStatus(status)
    reviewed_at = (now or timezone.now()) if status in CLOSED_STATUSES else None
    moving = queryset.exclude(status=status).select_related(None).select_related("clinic")
    moving = moving.only(*_LOGGED)
    reports = list(moving.order_by("pk"))
    PatientReport.objects.filter(pk__in=[r.pk for r in reports]).update(
        status=status, reviewed_at=reviewed_at
    )
    _log_queue_change(reports, user, f"Status set to {status.label}.")
    return len(reports)
