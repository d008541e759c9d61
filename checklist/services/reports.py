"""Patients' reports: scored with the engine and stored behind a token; the reviewers' queue."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import AbstractBaseUser, User
from django.db.models import QuerySet
from django.utils import timezone

from checklist.engine.answers import discrepancies, facts_from_answers, to_usd
from checklist.engine.facts import facts_to_dict
from checklist.engine.scoring import score
from checklist.models import CLOSED_STATUSES, PatientReport, ReportStatus
from clinics.enforcement import enforcement_lookup, last_checked
from clinics.models import Clinic


@dataclass(frozen=True)
class UnlistedClinic:
    name: str
    country: str
    city: str = ""
    website: str = ""


def report_create(
    *,
    clinic: Clinic | None,
    unlisted: UnlistedClinic | None,
    answers: dict[str, str],
    marketing_text: str = "",
    price_amount: Decimal | None = None,
    price_currency: str = "",
    shared: bool = False,
) -> PatientReport:
    """Score a patient's answers with the same engine as the curated clinics and store it."""
    if clinic is not None and unlisted is None:
        country = str(clinic.country)
    elif clinic is None and unlisted is not None:
        country = unlisted.country
    else:
        raise ValueError("a report is about one listed clinic or one unlisted clinic")
    price_usd = to_usd(price_amount, price_currency) if price_amount is not None else None
    facts = facts_from_answers(
        answers, country=country, price_usd=price_usd, marketing_text=marketing_text
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
    )


def reports_purge(*, days: int, now: datetime.datetime | None = None) -> int:
    """Delete unshared reports older than ``days``; shared ones stay for the reviewers."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    # Public pages stay cached (reports are not watched); a deleted report's own cached page is
    # never served again: checklist.views.report checks that its report exists.
    deleted, _ = PatientReport.objects.filter(shared=False, created__lt=cutoff).delete()
    return deleted


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
