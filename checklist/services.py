"""Scoring writes: every path that (re)computes a clinic's assessment goes through here."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from checklist.criteria import CATALOGUE, Catalogue
from checklist.facts import ClinicFacts, facts_from_profile, facts_to_dict
from checklist.models import ClinicAssessment
from checklist.scoring import Assessment, score
from clinics.models import Clinic
from clinics.profiles import profile_from_clinic
from clinics.services import clinics_with_relations

BATCH_SIZE = 500


@dataclass(frozen=True)
class RefreshSummary:
    clinics: int
    changed: int


RELATION_KEYS = ("practitioners", "credentials", "protocols", "claims", "prices", "evidence")


def clinic_facts(*, clinic: Clinic, today: datetime.date) -> ClinicFacts:
    """Facts of a clinic loaded with clinics_with_relations (no further queries).

    A curated clinic with no rows of a kind (no evidence, no credentials on a doctor) has not
    shown that none exist, only that nobody recorded any: the facts say unknown, not none.
    """
    profile = profile_from_clinic(clinic)
    for key in RELATION_KEYS:
        if not profile[key]:
            profile[key] = None
    for practitioner in profile["practitioners"] or ():
        if not practitioner["credentials"]:
            practitioner["credentials"] = None
    return facts_from_profile(profile, today=today)


def _assessment_row(clinic: Clinic, facts: ClinicFacts, assessment: Assessment) -> ClinicAssessment:
    data = assessment.to_dict()
    return ClinicAssessment(
        clinic=clinic,
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


def _same_result(old: ClinicAssessment | None, new: ClinicAssessment) -> bool:
    return old is not None and (
        old.catalogue_version,
        old.score,
        old.coverage,
        old.grade,
        old.claim_flags,
        old.results,
    ) == (new.catalogue_version, new.score, new.coverage, new.grade, new.claim_flags, new.results)


def _refresh_loaded(
    clinics: Iterable[Clinic], *, today: datetime.date, catalogue: Catalogue
) -> int:
    """Score clinics already loaded with their relations and current assessment."""
    fresh: list[ClinicAssessment] = []
    for clinic in clinics:
        facts = clinic_facts(clinic=clinic, today=today)
        row = _assessment_row(clinic, facts, score(facts, catalogue))
        if not _same_result(clinic.current_assessment, row):
            fresh.append(row)
    if fresh:
        ClinicAssessment.objects.bulk_create(fresh)
        for row in fresh:
            row.clinic.current_assessment = row
        # bulk_update: no history row and no "updated" stamp; a score is not a curator's edit.
        Clinic.objects.bulk_update([row.clinic for row in fresh], ["current_assessment"])
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
        batch = list(
            clinics_with_relations(queryset.filter(pk__gt=last_pk)).select_related(
                "current_assessment"
            )[:batch_size]
        )
        if not batch:
            break
        with transaction.atomic():
            changed += _refresh_loaded(batch, today=today, catalogue=catalogue)
        total += len(batch)
        last_pk = batch[-1].pk
        if progress is not None:
            progress(len(batch))
    return RefreshSummary(clinics=total, changed=changed)


def assessment_refresh(*, clinic: Clinic, today: datetime.date | None = None) -> ClinicAssessment:
    """Recompute one clinic's assessment; store a row only when the result changed."""
    assessments_refresh(queryset=Clinic.objects.filter(pk=clinic.pk), today=today)
    clinic.current_assessment = (
        Clinic.objects.select_related("current_assessment").get(pk=clinic.pk).current_assessment
    )
    return clinic.current_assessment
