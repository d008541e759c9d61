"""Scoring writes: every path that (re)computes a clinic's assessment goes through here."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from django.conf import settings
from django.db import connections, router, transaction
from django.db.models import Field, Model, QuerySet
from django.utils import timezone

from checklist.engine.claims import Flag
from checklist.engine.criteria import CATALOGUE, Catalogue
from checklist.engine.enforcement import enforcement_facts
from checklist.engine.facts import (
    ClinicFacts,
    facts_to_dict,
)
from checklist.engine.presentation import red_flag_count
from checklist.engine.profile_facts import Screener, facts_from_profile
from checklist.engine.scoring import Assessment, score
from checklist.engine.stored import (
    curated,
    flags_from_stored,
    screen_in,
    screener_version,
    stored_screening,
)
from checklist.models import (
    ClinicAssessment,
    Grade,
)
from clinics.choices import Treatment
from clinics.enforcement import last_checked
from clinics.models import (
    LISTING_FIELDS,
    NO_PRICE,
    UNRANKED,
    Claim,
    Clinic,
    EnforcementAction,
)
from clinics.profiles import ClinicRows, profile_from_rows
from clinics.review_data import digest, reviewed_part
from clinics.services import ImportResult, clinic_rows, clinics_import
from pagecache.cache import public_data_changed

BATCH_SIZE = 500


@dataclass(frozen=True)
class RefreshSummary:
    clinics: int
    changed: int
    # Clinics whose red-flag claim categories moved (a new screener, or edited claims): slug,
    # categories now flagged that were not, categories no longer flagged.
    flags_moved: tuple[FlagsMoved, ...] = ()
    # Clinics whose grade moved (a new catalogue, new records, edited facts).
    grades_moved: tuple[GradeMoved, ...] = ()


@dataclass(frozen=True)
class GradeMoved:
    clinic: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.clinic} ({self.before} -> {self.after})"


@dataclass(frozen=True)
class FlagsMoved:
    clinic: str
    added: tuple[str, ...]
    removed: tuple[str, ...]

    def __str__(self) -> str:
        moves = [f"+{c}" for c in self.added] + [f"-{c}" for c in self.removed]
        return f"{self.clinic} ({', '.join(moves)})"


# "Best grade first": a clinic to avoid never outranks a graded one, and "not enough
# information" sits between the letters and "avoid".
GRADE_ORDER = ("A", "B", "C", "D", Grade.INSUFFICIENT, Grade.F)

RELATION_KEYS = ("practitioners", "credentials", "protocols", "claims", "prices", "evidence")
COMPARED = ("catalogue_version", "score", "coverage", "grade", "claim_flags", "results")


def clinic_facts(
    *,
    rows: ClinicRows,
    today: datetime.date,
    screener: Screener | None = None,
    profile: dict[str, Any] | None = None,
) -> ClinicFacts:
    """Facts of one clinic from its rows (clinics.services.clinic_rows).

    A curated clinic with no rows of a kind (no evidence, no credentials on a doctor) has not
    shown that none exist, only that nobody recorded any: the facts say unknown, not none.
    ``screener`` screens the claim texts (default: the screener itself). ``profile`` is the
    rows' profile when the caller has built it already; it is changed in place.
    """
    profile = profile_from_rows(rows) if profile is None else profile
    for key in RELATION_KEYS:
        if not profile[key]:
            profile[key] = None
    for practitioner in profile["practitioners"] or ():
        if not practitioner["credentials"]:
            practitioner["credentials"] = None
    return facts_from_profile(profile, today=today, screener=screener)


# Read with each claim so that a rescore screens only new or edited text.
SCREENING_COLUMNS = ("id", "screening", "screened_with", "language", "curated_flags")


class _BatchScreener:
    """The claims of one batch: a stored screening that is still valid is used as it is; any
    other text is screened once, and the claims that lacked a valid screening are listed with
    their new one, to be stored."""

    def __init__(self, bundles: Sequence[ClinicRows]) -> None:
        self._flags: dict[str, tuple[Flag, ...]] = {}
        # Each claim is read in the language it was published in (Claim.language).
        self._languages: dict[str, str] = {}
        self._unscreened: list[tuple[int, str]] = []
        for bundle in bundles:
            for claim in bundle.claims:
                text, language = claim["text"], claim.get("language") or "en"
                self._languages.setdefault(text, language)
                flags = flags_from_stored(
                    text, claim["screening"], claim["screened_with"], language
                )
                if flags is None:
                    self._unscreened.append((claim["id"], text))
                else:
                    self._flags[text] = flags

    def __call__(self, text: str) -> tuple[Flag, ...]:
        flags = self._flags.get(text)
        if flags is None:
            flags = self._flags[text] = screen_in(text, self._languages.get(text, "en"))
        return flags

    def to_store(self) -> list[tuple[int, list[object]]]:
        """(claim id, [screening, screened_with]) for each claim that needs storing."""
        return [
            (
                pk,
                [
                    stored_screening(text, self(text)),
                    screener_version(self._languages.get(text, "en")),
                ],
            )
            for pk, text in self._unscreened
        ]


def _curated(screener: Screener, bundle: ClinicRows) -> Screener:
    """The batch's screener for one clinic's claims, with what reviewed curators' labels decided
    for each of its claim texts applied (Claim.curated_flags; checklist.services.labels)."""
    records = {c["text"]: c["curated_flags"] for c in bundle.claims if c.get("curated_flags")}
    if not records:
        return screener

    def screen_claim(text: str) -> tuple[Flag, ...]:
        return curated(text, records.get(text), screener(text))

    return screen_claim


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
    # Concrete fields only (columns of this table): a relation's reverse side has no column.
    columns = [field for name in fields if isinstance(field := meta.get_field(name), Field)]
    if len(columns) != len(fields):
        raise ValueError(f"not columns of {meta.db_table}: {fields}")
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in columns)
    primary_key = quote(meta.pk.column) if meta.pk is not None else "id"
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {primary_key} = %s"
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


def listing(
    assessment: ClinicAssessment | None, prices: Sequence[Mapping[str, Any]]
) -> dict[str, object]:
    """The directory's copy of a clinic's grade and full-face price (Clinic.LISTING_FIELDS):
    the lowest minimum and the highest maximum quoted, the figures the price criterion reads."""
    full_face = [p for p in prices if p["treatment"] == Treatment.FULL_FACE]
    lows = [p["min_usd"] for p in full_face if p["min_usd"] is not None]
    highs = [p["max_usd"] for p in full_face if p["max_usd"] is not None]
    low, high = min(lows, default=None), max(highs, default=None)
    prices_part = {
        "listing_price_min": low,
        "listing_price_max": high,
        # A clinic that quotes only a maximum is placed by it.
        "sort_price": next((v for v in (low, high) if v is not None), NO_PRICE),
    }
    if assessment is None:
        return {
            "listing_grade": "",
            "listing_red_flags": 0,
            "sort_rank": UNRANKED,
            "sort_score": -1.0,
            **prices_part,
        }
    return {
        "listing_grade": assessment.grade,
        "listing_red_flags": red_flag_count(assessment.failed_knockouts, assessment.claim_flags),
        "sort_rank": GRADE_ORDER.index(assessment.grade),
        "sort_score": assessment.score,
        **prices_part,
    }


def _doctors_records(ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The public records linked to the practitioners of each clinic (one query); those linked
    to the clinic itself come with its rows (clinic_rows)."""
    by_clinic: dict[int, list[dict[str, Any]]] = {}
    rows = EnforcementAction.objects.filter(practitioners__clinic_id__in=ids).values_list(
        "practitioners__clinic_id", "id", "kind", "issued_on", "closed_out_on", "concerns"
    )
    for clinic_id, pk, kind, issued_on, closed_out_on, concerns in rows:
        by_clinic.setdefault(clinic_id, []).append(
            {
                "id": pk,
                "kind": kind,
                "issued_on": issued_on,
                "closed_out_on": closed_out_on,
                "concerns": concerns,
            }
        )
    return by_clinic


def _refresh_batch(
    ids: list[int],
    *,
    today: datetime.date,
    catalogue: Catalogue,
    moved: list[FlagsMoved],
    graded: list[GradeMoved],
    preview_days: int = 0,
) -> int:
    """Score one batch of clinics in a fixed number of queries; return rows written, and add
    to ``moved`` the clinics whose claim flags moved and to ``graded`` those whose grade did."""
    bundles = clinic_rows(
        Clinic.objects.filter(pk__in=ids),
        extra=(
            "current_assessment_id",
            "held_assessment_id",
            "held_until",
            "published",
            *LISTING_FIELDS,
            "data_digest",
        ),
        claim_extra=SCREENING_COLUMNS,
    )
    screener = _BatchScreener(bundles)
    doctors_records = _doctors_records(ids)
    checked = last_checked()
    checked_on = checked.date() if checked is not None else None
    # The newest assessment of each clinic (held, or else public), and the public one.
    stored_ids = [
        pk
        for b in bundles
        for pk in (b.clinic["current_assessment_id"], b.clinic["held_assessment_id"])
        if pk is not None
    ]
    current = {
        row.pk: row
        for row in ClinicAssessment.objects.filter(pk__in=stored_ids).only(
            "id", *COMPARED, "failed_knockouts"
        )
    }
    fresh: list[ClinicAssessment] = []
    changed: list[
        tuple[int, ClinicAssessment | None, ClinicAssessment | None, dict[str, object]]
    ] = []
    for bundle in bundles:
        clinic = bundle.clinic
        record, detail = enforcement_facts(
            # a record naming the clinic and one of its doctors counts once
            {
                r["id"]: r for r in (*bundle.enforcement, *doctors_records.get(clinic["id"], ()))
            }.values(),
            checked_on=checked_on,
            today=today,
        )
        profile = profile_from_rows(bundle)
        # Digest first: clinic_facts marks empty relations unknown in the profile it reads.
        data_digest = digest(reviewed_part(profile))
        facts = replace(
            clinic_facts(
                rows=bundle, today=today, screener=_curated(screener, bundle), profile=profile
            ),
            enforcement_record=record,
            enforcement_detail=detail,
        )
        assessment = score(facts, catalogue)
        compared = _compared(facts, assessment)
        old = current.get(clinic["held_assessment_id"] or clinic["current_assessment_id"])
        public = current.get(clinic["current_assessment_id"])
        before = set(old.claim_flags) if old is not None else set()
        after = set(compared["claim_flags"])
        if old is not None and old.grade != assessment.grade:
            graded.append(GradeMoved(clinic["slug"], old.grade, assessment.grade))
        if old is not None and before != after:
            moved.append(
                FlagsMoved(
                    clinic["slug"], tuple(sorted(after - before)), tuple(sorted(before - after))
                )
            )
        # A row is built only for a new result: most of a rescore finds nothing changed.
        if old is not None and all(getattr(old, name) == compared[name] for name in COMPARED):
            row = old
        else:
            row = _assessment_row(clinic["id"], facts, assessment, compared)
            fresh.append(row)
        shown, held, held_until = _publication(
            clinic, row, public, today=today, preview_days=preview_days
        )
        values = {
            **listing(shown, bundle.prices),
            "data_digest": data_digest,
            "held_until": held_until,
        }
        if (
            row is not old
            or shown is not public
            or clinic["held_assessment_id"] != (held.pk if held is not None else None)
            or any(
                clinic[name] != values[name]
                for name in (*LISTING_FIELDS, "data_digest", "held_until")
            )
        ):
            changed.append((clinic["id"], shown, held, values))
    # No history row: a stored screening is not a curator's edit (Claim.history leaves it out).
    _update_each(Claim, ("screening", "screened_with"), screener.to_store())
    if changed:
        public_data_changed()
        ClinicAssessment.objects.bulk_create(fresh)
        # No history row and no "updated" stamp: a score is not a curator's edit.
        # The rows' keys are read now: a fresh row has one only once bulk_create has run.
        written = (*LISTING_FIELDS, "data_digest", "held_until")
        _update_each(
            Clinic,
            ("current_assessment", "held_assessment", *written),
            [
                (
                    pk,
                    [
                        shown.pk if shown is not None else None,
                        held.pk if held is not None else None,
                        *(values[name] for name in written),
                    ],
                )
                for pk, shown, held, values in changed
            ],
        )
    return len(fresh)


def preview_days() -> int:
    return int(getattr(settings, "GRADE_PREVIEW_DAYS", 0))


def _worse(new: str, old: str) -> bool:
    return GRADE_ORDER.index(new) > GRADE_ORDER.index(old)


def _publication(
    clinic: Mapping[str, Any],
    row: ClinicAssessment,
    public: ClinicAssessment | None,
    *,
    today: datetime.date,
    preview_days: int,
) -> tuple[ClinicAssessment | None, ClinicAssessment | None, datetime.date | None]:
    """What the public sees of a new result: (the public assessment, the held one, held until).

    A published clinic's first grade, or a lower grade, waits ``preview_days`` (counted from
    when it was first held; a newer result while it waits does not restart the count) so that
    the clinic can reply first. A knockout is published at once: patients are not kept from a
    court order or donor cells stated by the clinic itself while the clinic replies."""
    first_grade = public is None or (
        public.grade == Grade.INSUFFICIENT and row.grade != Grade.INSUFFICIENT
    )
    hold = (
        preview_days > 0
        and clinic.get("published", False)
        and not row.failed_knockouts
        and row is not public
        and (first_grade or _worse(row.grade, public.grade if public else row.grade))
    )
    if not hold:
        return row, None, None
    until = clinic.get("held_until") or today + datetime.timedelta(days=preview_days)
    if until <= today:
        return row, None, None  # the period is over: published
    return public, row, until


def assessments_refresh(
    *,
    queryset: QuerySet[Clinic] | None = None,
    today: datetime.date | None = None,
    catalogue: Catalogue = CATALOGUE,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    preview: bool = True,
) -> RefreshSummary:
    """Rescore clinics in batches of a fixed number of queries each, by primary key.
    ``preview=False`` publishes every new grade at once (no preview period)."""
    today = today or timezone.localdate()
    queryset = (Clinic.objects.all() if queryset is None else queryset).order_by("pk")
    total = changed = 0
    moved: list[FlagsMoved] = []
    graded: list[GradeMoved] = []
    last_pk = 0
    while True:
        ids = list(queryset.filter(pk__gt=last_pk).values_list("pk", flat=True)[:batch_size])
        if not ids:
            break
        with transaction.atomic():
            changed += _refresh_batch(
                ids,
                today=today,
                catalogue=catalogue,
                moved=moved,
                graded=graded,
                preview_days=preview_days() if preview else 0,
            )
        total += len(ids)
        last_pk = ids[-1]
        if progress is not None:
            progress(len(ids))
    return RefreshSummary(
        clinics=total, changed=changed, flags_moved=tuple(moved), grades_moved=tuple(graded)
    )


def assessment_refresh(
    *, clinic: Clinic, today: datetime.date | None = None
) -> ClinicAssessment | None:
    """Recompute one clinic's assessment; store a row only when the result changed. None only
    when the clinic was deleted meanwhile: every clinic that exists is scored."""
    assessments_refresh(queryset=Clinic.objects.filter(pk=clinic.pk), today=today)
    clinic.current_assessment = (
        Clinic.objects.select_related("current_assessment").get(pk=clinic.pk).current_assessment
    )
    return clinic.current_assessment


def held_grades_publish(queryset: QuerySet[Clinic], *, today: datetime.date | None = None) -> int:
    """End the preview period of these clinics now (the clinic replied, or the data are the
    demo's): each held grade is published by a rescore that finds its period over. Returns
    how many clinics had a grade held."""
    today = today or timezone.localdate()
    ids = list(queryset.filter(held_assessment__isnull=False).values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH_SIZE):
        batch = Clinic.objects.filter(pk__in=ids[start : start + BATCH_SIZE])
        with transaction.atomic():
            batch.update(held_until=today)
            assessments_refresh(queryset=batch, today=today)
    return len(ids)


def clinics_score(ids: Iterable[int]) -> None:
    """Score the clinics with these ids, a batch of ids at a time (a bounded IN list): the hook
    an import calls once its rows are written, inside the import's transaction, so a failure
    here undoes the import too (clinics_import's ``after_write``, the spreadsheet resources'
    ``after_write`` in the clinic admin)."""
    ids = list(ids)
    for start in range(0, len(ids), BATCH_SIZE):
        assessments_refresh(queryset=Clinic.objects.filter(pk__in=ids[start : start + BATCH_SIZE]))


def clinics_import_and_score(*, data: Any, update: bool = False) -> ImportResult:
    """Import clinic profiles (clinics.services.clinics_import, all or nothing) and score every
    imported clinic in the same transaction, so a clinic is never stored without its grade."""
    return clinics_import(data=data, update=update, after_write=clinics_score)
