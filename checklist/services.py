"""Scoring writes: every path that (re)computes a clinic's assessment goes through here."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import AbstractBaseUser
from django.db import connections, router, transaction
from django.db.models import Count, Exists, F, Model, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from checklist.engine import claims
from checklist.engine.answers import discrepancies, facts_from_answers, to_usd
from checklist.engine.claims import Flag
from checklist.engine.criteria import CATALOGUE, Catalogue
from checklist.engine.facts import (
    ClinicFacts,
    Screener,
    facts_from_profile,
    facts_to_dict,
    flags_from_stored,
    stored_screening,
)
from checklist.engine.scoring import Assessment, score
from checklist.models import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    ClinicAssessment,
    Grade,
    PatientReport,
    ReportStatus,
)
from clinics.models import (
    LISTING_FIELDS,
    NO_PRICE,
    UNRANKED,
    Claim,
    Clinic,
    Credential,
    Treatment,
)
from clinics.profiles import ClinicRows, profile_from_rows
from clinics.services import clinic_rows
from pagecache.cache import bump_data_version

BATCH_SIZE = 500


@dataclass(frozen=True)
class RefreshSummary:
    clinics: int
    changed: int


# "Best grade first": a clinic to avoid never outranks a graded one, and "not enough
# information" sits between the letters and "avoid".
GRADE_ORDER = ("A", "B", "C", "D", Grade.INSUFFICIENT, Grade.F)

RELATION_KEYS = ("practitioners", "credentials", "protocols", "claims", "prices", "evidence")
COMPARED = ("catalogue_version", "score", "coverage", "grade", "claim_flags", "results")


def clinic_facts(
    *, rows: ClinicRows, today: datetime.date, screener: Screener | None = None
) -> ClinicFacts:
    """Facts of one clinic from its rows (clinics.services.clinic_rows).

    A curated clinic with no rows of a kind (no evidence, no credentials on a doctor) has not
    shown that none exist, only that nobody recorded any: the facts say unknown, not none.
    ``screener`` screens the claim texts (default: the screener itself).
    """
    profile = profile_from_rows(rows)
    for key in RELATION_KEYS:
        if not profile[key]:
            profile[key] = None
    for practitioner in profile["practitioners"] or ():
        if not practitioner["credentials"]:
            practitioner["credentials"] = None
    return facts_from_profile(profile, today=today, screener=screener)


def claim_screen(*, claim: Claim) -> tuple[Flag, ...]:
    """The screener's flags on a claim, exactly as `claims.screen(claim.text)` gives them (for
    the claims a page highlights): the stored screening when it is this screener's verdict on
    this text, else screened now, and not stored (the next rescore stores it)."""
    stored = flags_from_stored(claim.text, claim.screening, claim.screened_with)
    return claims.screen(claim.text) if stored is None else stored


# Read with each claim so that a rescore screens only new or edited text.
SCREENING_COLUMNS = ("id", "screening", "screened_with")


class _BatchScreener:
    """The claims of one batch: a stored screening that is still valid is used as it is; any
    other text is screened once, and the claims that lacked a valid screening are listed with
    their new one, to be stored."""

    def __init__(self, bundles: Sequence[ClinicRows]) -> None:
        self._flags: dict[str, tuple[Flag, ...]] = {}
        self._unscreened: list[tuple[int, str]] = []
        for bundle in bundles:
            for claim in bundle.claims:
                text = claim["text"]
                flags = flags_from_stored(text, claim["screening"], claim["screened_with"])
                if flags is None:
                    self._unscreened.append((claim["id"], text))
                else:
                    self._flags[text] = flags

    def __call__(self, text: str) -> tuple[Flag, ...]:
        flags = self._flags.get(text)
        if flags is None:
            flags = self._flags[text] = claims.screen(text)
        return flags

    def to_store(self) -> list[tuple[int, list[object]]]:
        """(claim id, [screening, screened_with]) for each claim that needs storing."""
        return [
            (pk, [stored_screening(text, self(text)), claims.SCREENER_VERSION])
            for pk, text in self._unscreened
        ]


def _update_each(
    model: type[Model], fields: Sequence[str], rows: Sequence[tuple[Any, Sequence[object]]]
) -> None:
    """Set ``fields`` of each (primary key, values) row: one UPDATE statement run for every
    row (executemany), a single query whatever the count. Like bulk_update it sends no signal
    and stamps no auto_now field, without the CASE expression per row and field that made
    bulk_update cost more than scoring itself.
    """
    if not rows:
        return
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    columns = [meta.get_field(name) for name in fields]
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in columns)
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"
    params = [
        [field.get_db_prep_save(v, connection) for field, v in zip(columns, values, strict=True)]
        + [pk]
        for pk, values in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _compared(facts: ClinicFacts, assessment: Assessment) -> dict[str, Any]:
    """The COMPARED fields of the row that would store this assessment, as stored."""
    return {
        "catalogue_version": assessment.catalogue_version,
        "score": assessment.score,
        "coverage": assessment.coverage,
        "grade": assessment.grade,
        "claim_flags": sorted(facts.claim_flags or ()),
        "results": [result.to_dict() for result in assessment.results],
    }


def _assessment_row(
    clinic_id: int, facts: ClinicFacts, assessment: Assessment, compared: dict[str, Any]
) -> ClinicAssessment:
    return ClinicAssessment(
        clinic_id=clinic_id,
        failed_knockouts=list(assessment.failed_knockouts),
        insufficient_groups=list(assessment.insufficient_groups),
        facts=facts_to_dict(facts),
        **compared,
    )


def listing(assessment: ClinicAssessment | None, prices: list[dict]) -> dict[str, object]:
    """The directory's copy of a clinic's grade and full-face price (Clinic.LISTING_FIELDS):
    the lowest minimum and the highest maximum quoted, the figures the price criterion reads."""
    full_face = [p for p in prices if p["treatment"] == Treatment.FULL_FACE]
    lows = [p["min_usd"] for p in full_face if p["min_usd"] is not None]
    highs = [p["max_usd"] for p in full_face if p["max_usd"] is not None]
    low, high = min(lows, default=None), max(highs, default=None)
    graded = assessment is not None
    return {
        "listing_grade": assessment.grade if graded else "",
        "listing_red_flags": len(assessment.failed_knockouts) + len(assessment.claim_flags)
        if graded
        else 0,
        "listing_price_min": low,
        "listing_price_max": high,
        "sort_rank": GRADE_ORDER.index(assessment.grade) if graded else UNRANKED,
        "sort_score": assessment.score if graded else -1.0,
        # A clinic that quotes only a maximum is placed by it.
        "sort_price": next((v for v in (low, high) if v is not None), NO_PRICE),
    }


def _refresh_batch(ids: list[int], *, today: datetime.date, catalogue: Catalogue) -> int:
    """Score one batch of clinics in a fixed number of queries; return rows written."""
    bundles = clinic_rows(
        Clinic.objects.filter(pk__in=ids),
        extra=("current_assessment_id", *LISTING_FIELDS),
        claim_extra=SCREENING_COLUMNS,
    )
    screener = _BatchScreener(bundles)
    current_ids = [b.clinic["current_assessment_id"] for b in bundles]
    current = {
        row.pk: row
        for row in ClinicAssessment.objects.filter(
            pk__in=[pk for pk in current_ids if pk is not None]
        ).only("id", *COMPARED, "failed_knockouts")
    }
    fresh: list[ClinicAssessment] = []
    changed: list[tuple[int, ClinicAssessment, dict[str, object]]] = []
    for bundle in bundles:
        clinic = bundle.clinic
        facts = clinic_facts(rows=bundle, today=today, screener=screener)
        assessment = score(facts, catalogue)
        compared = _compared(facts, assessment)
        old = current.get(clinic["current_assessment_id"])
        # A row is built only for a new result: most of a rescore finds nothing changed.
        if old is not None and all(getattr(old, name) == compared[name] for name in COMPARED):
            row = old
        else:
            row = _assessment_row(clinic["id"], facts, assessment, compared)
            fresh.append(row)
        values = listing(row, bundle.prices)
        if row is not old or any(clinic[name] != value for name, value in values.items()):
            changed.append((clinic["id"], row, values))
    # No history row: a stored screening is not a curator's edit (Claim.history leaves it out).
    _update_each(Claim, ("screening", "screened_with"), screener.to_store())
    if changed:
        bump_data_version()
        ClinicAssessment.objects.bulk_create(fresh)
        # No history row and no "updated" stamp: a score is not a curator's edit.
        _update_each(
            Clinic,
            ("current_assessment", *LISTING_FIELDS),
            [
                (pk, [row.pk, *(values[name] for name in LISTING_FIELDS)])
                for pk, row, values in changed
            ],
        )
    return len(fresh)


def assessments_refresh(
    *,
    queryset: QuerySet[Clinic] | None = None,
    today: datetime.date | None = None,
    catalogue: Catalogue = CATALOGUE,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> RefreshSummary:
    """Rescore clinics in batches of a fixed number of queries each, by primary key."""
    today = today or timezone.localdate()
    queryset = (Clinic.objects.all() if queryset is None else queryset).order_by("pk")
    total = changed = 0
    last_pk = 0
    while True:
        ids = list(queryset.filter(pk__gt=last_pk).values_list("pk", flat=True)[:batch_size])
        if not ids:
            break
        with transaction.atomic():
            changed += _refresh_batch(ids, today=today, catalogue=catalogue)
        total += len(ids)
        last_pk = ids[-1]
        if progress is not None:
            progress(len(ids))
    return RefreshSummary(clinics=total, changed=changed)


def assessment_refresh(*, clinic: Clinic, today: datetime.date | None = None) -> ClinicAssessment:
    """Recompute one clinic's assessment; store a row only when the result changed."""
    assessments_refresh(queryset=Clinic.objects.filter(pk=clinic.pk), today=today)
    clinic.current_assessment = (
        Clinic.objects.select_related("current_assessment").get(pk=clinic.pk).current_assessment
    )
    return clinic.current_assessment


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
    if (clinic is None) == (unlisted is None):
        raise ValueError("a report is about one listed clinic or one unlisted clinic")
    country = str(clinic.country) if clinic is not None else unlisted.country
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
    return PatientReport.objects.create(
        clinic=clinic,
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
    # Each deleted report retires the cached pages (pagecache.signals), its own included.
    deleted, _ = PatientReport.objects.filter(shared=False, created__lt=cutoff).delete()
    return deleted


# --- Staff review --------------------------------------------------------------------------------

EXPIRY_WARNING_DAYS = 60
STALE_REVIEW_DAYS = 180


def open_disagreeing_reports() -> QuerySet[PatientReport]:
    """Shared reports still in the queue whose answers disagree with the clinic's profile."""
    return PatientReport.objects.filter(
        shared=True, status__in=OPEN_STATUSES, discrepancy_count__gt=0
    )


def needs_review_condition() -> Q:
    """A clinic needs review when it was never reviewed, was changed after the day of its last
    review, or an open shared report disagrees with its profile. One condition on the clinic
    query (an EXISTS), so a filtered list costs the same whatever its length."""
    return (
        Q(last_reviewed__isnull=True)
        | Q(updated__date__gt=F("last_reviewed"))
        | Q(Exists(open_disagreeing_reports().filter(clinic=OuterRef("pk"))))
    )


def credentials_of_clinic() -> QuerySet[Credential]:
    """Credentials of the clinic in OuterRef("pk"): its own and its practitioners'."""
    return Credential.objects.filter(
        Q(clinic=OuterRef("pk")) | Q(practitioner__clinic=OuterRef("pk"))
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


def clinics_mark_reviewed(
    *, queryset: QuerySet[Clinic], user: AbstractBaseUser, today: datetime.date | None = None
) -> int:
    """Stamp today's date as the last review of each clinic; return how many were stamped.

    A bulk update: no ``updated`` stamp (a review is not an edit of the profile, and must not
    make the clinic look changed since its review), but a history row naming the reviewer.
    """
    today = today or timezone.localdate()
    clinics = list(queryset.order_by("pk"))
    for clinic in clinics:
        clinic.last_reviewed = today
    with transaction.atomic():
        bulk_update_with_history(clinics, Clinic, ["last_reviewed"], default_user=user)
        if clinics:
            # A bulk update sends no signal; the public page shows the review date.
            bump_data_version()
    return len(clinics)


def clinics_publish(*, queryset: QuerySet[Clinic], published: bool, user: AbstractBaseUser) -> int:
    """Publish or withdraw clinics; return how many changed (those already so are left)."""
    clinics = list(queryset.exclude(published=published).order_by("pk"))
    for clinic in clinics:
        clinic.published = published
    with transaction.atomic():
        bulk_update_with_history(clinics, Clinic, ["published"], default_user=user)
        if clinics:
            bump_data_version()
    return len(clinics)


# What a log entry names a report by (its __str__); the answers and facts stay unread.
_LOGGED = ("created", "unlisted_name", "clinic__name")


def _log_queue_change(reports: list[PatientReport], user: AbstractBaseUser | None, message: str) -> None:
    # The admin log is the queue's audit trail: who moved which report, when, and how.
    if reports and user is not None:
        LogEntry.objects.log_actions(user.pk, reports, CHANGE, change_message=message)


def reports_assign(
    *,
    queryset: QuerySet[PatientReport],
    assignee: AbstractBaseUser | None,
    user: AbstractBaseUser | None = None,
) -> int:
    """Give reports to a reviewer (or to nobody); return how many changed hands."""
    if assignee is None:
        moving = queryset.filter(assignee__isnull=False)
        message = "Unassigned."
    else:
        moving = queryset.exclude(assignee=assignee)
        message = f"Assigned to {assignee.get_username()}."
    reports = list(moving.select_related(None).select_related("clinic").only(*_LOGGED).order_by("pk"))
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
