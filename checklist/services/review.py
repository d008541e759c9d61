"""What reviewers watch: clinics that need review, credentials that expired since a score, and
the counts on the admin's front page."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from checklist.models import OPEN_STATUSES, Grade, PatientReport, ReportStatus
from clinics.models import Clinic, ClinicCorrection, Credential, Snapshot
from clinics.portal_models import CorrectionStatus
from clinics.services import EXPIRY_WARNING_DAYS, credentials_of_clinic

STALE_REVIEW_DAYS = 180


def open_disagreeing_reports() -> QuerySet[PatientReport]:
    """Shared reports still in the queue whose answers disagree with the clinic's profile."""
    return PatientReport.objects.filter(
        shared=True, status__in=OPEN_STATUSES, discrepancy_count__gt=0
    )


def needs_review_condition() -> Q:
    """A clinic needs review when its current data was never reviewed (never reviewed, or
    changed since its last review: its grade is provisional), an open shared report disagrees
    with its profile, a re-check of its website found new red flags or dropped disclosures, or
    the clinic sent a correction no curator has decided yet.
    One condition on the clinic query (EXISTS), so a filtered list costs the same whatever its
    length."""
    return (
        Q(reviewed_digest="")
        | ~Q(reviewed_digest=F("data_digest"))
        | Q(Exists(open_disagreeing_reports().filter(clinic=OuterRef("pk"))))
        | Q(Exists(Snapshot.objects.filter(clinic=OuterRef("pk"), attention=True)))
        | Q(
            Exists(
                ClinicCorrection.objects.filter(clinic=OuterRef("pk"), status=CorrectionStatus.OPEN)
            )
        )
    )


def clinics_with_newly_expired_credentials(*, today: datetime.date) -> QuerySet[Clinic]:
    """Clinics holding a credential that expired after their current assessment was made
    (or that were never assessed): their score still counts it as current.

    An assessment made on day D counted a credential expiring on D or later as current; once
    ``today`` is past its expiry it no longer is.
    """
    expired = credentials_of_clinic().filter(expires_on__lt=today)
    since_assessed = expired.filter(expires_on__gte=OuterRef("assessed_on"))
    return Clinic.objects.annotate(assessed_on=TruncDate("current_assessment__created")).filter(
        (Q(current_assessment__isnull=True) & Q(Exists(expired))) | Q(Exists(since_assessed))
    )


@dataclass(frozen=True)
class ClinicCounts:
    total: int
    by_grade: dict[str, int]
    unassessed: int
    needs_review: int
    not_reviewed_recently: int


@dataclass(frozen=True)
class CredentialCounts:
    expired: int
    expiring: int


@dataclass(frozen=True)
class ReviewDashboard:
    """What the admin's front page counts: one aggregate query per panel, whatever the data.
    A panel the reader may not see is not counted (None)."""

    clinics: ClinicCounts | None
    reports: dict[str, int] | None
    credentials: CredentialCounts | None


def review_dashboard(
    *,
    today: datetime.date | None = None,
    clinics: bool = True,
    reports: bool = True,
    credentials: bool = True,
) -> ReviewDashboard:
    today = today or timezone.localdate()
    return ReviewDashboard(
        clinics=_clinic_counts(today) if clinics else None,
        reports=_report_counts() if reports else None,
        credentials=_credential_counts(today) if credentials else None,
    )


def _clinic_counts(today: datetime.date) -> ClinicCounts:
    cutoff = today - datetime.timedelta(days=STALE_REVIEW_DAYS)
    counts = Clinic.objects.aggregate(
        total=Count("pk"),
        unassessed=Count("pk", filter=Q(current_assessment__isnull=True)),
        needs_review=Count("pk", filter=needs_review_condition()),
        stale=Count("pk", filter=Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=cutoff)),
        **{
            f"grade_{grade.value}": Count("pk", filter=Q(current_assessment__grade=grade.value))
            for grade in Grade
        },
    )
    return ClinicCounts(
        total=counts["total"],
        by_grade={grade.value: counts[f"grade_{grade.value}"] for grade in Grade},
        unassessed=counts["unassessed"],
        needs_review=counts["needs_review"],
        not_reviewed_recently=counts["stale"],
    )


def _report_counts() -> dict[str, int]:
    return PatientReport.objects.filter(shared=True).aggregate(
        **{status.value: Count("pk", filter=Q(status=status.value)) for status in ReportStatus}
    )


def _credential_counts(today: datetime.date) -> CredentialCounts:
    soon = today + datetime.timedelta(days=EXPIRY_WARNING_DAYS)
    counts = Credential.objects.aggregate(
        expired=Count("pk", filter=Q(expires_on__lt=today)),
        expiring=Count("pk", filter=Q(expires_on__gte=today, expires_on__lte=soon)),
    )
    return CredentialCounts(expired=counts["expired"], expiring=counts["expiring"])
