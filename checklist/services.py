"""Scoring writes: every path that (re)computes a clinic's assessment goes through here."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from checklist.answers import facts_from_answers, to_usd
from checklist.criteria import CATALOGUE, Catalogue
from checklist.facts import ClinicFacts, facts_from_profile, facts_to_dict
from checklist.models import ClinicAssessment, PatientReport
from checklist.scoring import Assessment, score
from clinics.models import Clinic
from clinics.profiles import ClinicRows, profile_from_rows
from clinics.services import clinic_rows

BATCH_SIZE = 500


@dataclass(frozen=True)
class RefreshSummary:
    clinics: int
    changed: int


RELATION_KEYS = ("practitioners", "credentials", "protocols", "claims", "prices", "evidence")
COMPARED = ("catalogue_version", "score", "coverage", "grade", "claim_flags", "results")


def clinic_facts(*, rows: ClinicRows, today: datetime.date) -> ClinicFacts:
    """Facts of one clinic from its rows (clinics.services.clinic_rows).

    A curated clinic with no rows of a kind (no evidence, no credentials on a doctor) has not
    shown that none exist, only that nobody recorded any: the facts say unknown, not none.
    """
    profile = profile_from_rows(rows)
    for key in RELATION_KEYS:
        if not profile[key]:
            profile[key] = None
    for practitioner in profile["practitioners"] or ():
        if not practitioner["credentials"]:
            practitioner["credentials"] = None
    return facts_from_profile(profile, today=today)


def _assessment_row(clinic_id: int, facts: ClinicFacts, assessment: Assessment) -> ClinicAssessment:
    data = assessment.to_dict()
    return ClinicAssessment(
        clinic_id=clinic_id,
        catalogue_version=assessment.catalogue_version,
        score=assessment.score,
        coverage=assessment.coverage,
        grade=assessment.grade,
        failed_knockouts=list(assessment.failed_knockouts),
        insufficient_groups=list(assessment.insufficient_groups),
        claim_flags=sorted(facts.claim_flags or ()),
        facts=facts_to_dict(facts),
        results=data["results"],
    )


def _refresh_batch(ids: list[int], *, today: datetime.date, catalogue: Catalogue) -> int:
    """Score one batch of clinics in a fixed number of queries; return rows written."""
    bundles = clinic_rows(Clinic.objects.filter(pk__in=ids), extra=("current_assessment_id",))
    current = {
        row["id"]: row
        for row in ClinicAssessment.objects.filter(
            pk__in=[b.clinic["current_assessment_id"] for b in bundles]
        ).values("id", *COMPARED)
    }
    fresh: list[ClinicAssessment] = []
    for bundle in bundles:
        facts = clinic_facts(rows=bundle, today=today)
        row = _assessment_row(bundle.clinic["id"], facts, score(facts, catalogue))
        old = current.get(bundle.clinic["current_assessment_id"])
        if old is None or any(old[name] != getattr(row, name) for name in COMPARED):
            fresh.append(row)
    if fresh:
        ClinicAssessment.objects.bulk_create(fresh)
        # bulk_update: no history row and no "updated" stamp; a score is not a curator's edit.
        Clinic.objects.bulk_update(
            [Clinic(pk=row.clinic_id, current_assessment_id=row.pk) for row in fresh],
            ["current_assessment"],
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
    )


def reports_purge(*, days: int, now: datetime.datetime | None = None) -> int:
    """Delete unshared reports older than ``days``; shared ones stay for the reviewers."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    deleted, _ = PatientReport.objects.filter(shared=False, created__lt=cutoff).delete()
    return deleted
