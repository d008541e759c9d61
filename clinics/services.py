"""Writes and multi-relation reads for the curated world.

Nothing here knows of scores: a caller that must score what it wrote (checklist.services)
passes ``after_write`` or scores afterwards.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from checklist.engine.claims import Flag
from checklist.engine.stored import (
    curated,
    flags_from_stored,
    screen_in,
    screener_version,
    stored_screening,
)
from pagecache.cache import public_data_changed

from .languages import detect
from .models import (
    Claim,
    Clinic,
    ClinicReview,
    Credential,
    EnforcementAction,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)
from .profiles import (
    CLAIM_COLUMNS,
    CLINIC_COLUMNS,
    CREDENTIAL_COLUMNS,
    ENFORCEMENT_COLUMNS,
    EVIDENCE_COLUMNS,
    PRACTITIONER_COLUMNS,
    PRICE_COLUMNS,
    PROTOCOL_COLUMNS,
    ClinicRecord,
    ClinicRows,
    FieldError,
    ProfileError,
    parse_profiles,
    profile_from_rows,
)
from .review_data import changes, digest, reviewed_part
from .schema import slug_in_other_case

# A credential expiring within this many days is shown as due (admin filters, dashboard).
EXPIRY_WARNING_DAYS = 60
# Clinics reviewed per batch of queries (the clinic list's "mark reviewed" on many at once).
REVIEW_BATCH = 500


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    clinic_ids: tuple[int, ...]

    @property
    def total(self) -> int:
        return self.created + self.updated


def clinics_with_relations(queryset: QuerySet[Clinic] | None = None) -> QuerySet[Clinic]:
    """Clinics with everything a profile, a score or a page reads: one query per relation."""
    queryset = Clinic.objects.all() if queryset is None else queryset
    return queryset.prefetch_related(
        Prefetch(
            "practitioners",
            queryset=Practitioner.objects.order_by("id").prefetch_related(
                Prefetch("credentials", queryset=Credential.objects.order_by("id"))
            ),
        ),
        Prefetch("credentials", queryset=Credential.objects.order_by("id")),
        Prefetch("protocols", queryset=ProcessingProtocol.objects.order_by("id")),
        Prefetch("claims", queryset=Claim.objects.order_by("id")),
        Prefetch("prices", queryset=PriceQuote.objects.order_by("id")),
        Prefetch("evidence", queryset=Evidence.objects.order_by("id")),
    )


def clinic_rows(
    queryset: QuerySet[Clinic],
    *,
    extra: tuple[str, ...] = (),
    claim_extra: tuple[str, ...] = (),
) -> list[ClinicRows]:
    """Every row of the given clinics, as plain values: seven queries whatever the count.

    Export and scoring read thousands of clinics; plain rows cost a fraction of model
    instances with prefetches. Pass a bounded queryset (a batch), not the whole table.
    ``extra`` and ``claim_extra`` add columns to the clinic rows and the claim rows.
    """
    bundles = {
        row["id"]: ClinicRows(clinic=row) for row in queryset.values(*CLINIC_COLUMNS, *extra)
    }
    ids = list(bundles)
    if not ids:
        return []
    by_practitioner: dict[int, list] = {}
    for row in (
        Credential.objects.filter(practitioner__clinic_id__in=ids)
        .order_by("id")
        .values(*CREDENTIAL_COLUMNS)
    ):
        by_practitioner.setdefault(row["practitioner_id"], []).append(row)
    for row in (
        Practitioner.objects.filter(clinic_id__in=ids).order_by("id").values(*PRACTITIONER_COLUMNS)
    ):
        bundles[row["clinic_id"]].practitioners.append((row, by_practitioner.get(row["id"], [])))
    children = (
        ("credentials", Credential, CREDENTIAL_COLUMNS),
        ("protocols", ProcessingProtocol, PROTOCOL_COLUMNS),
        ("claims", Claim, (*CLAIM_COLUMNS, *claim_extra)),
        ("prices", PriceQuote, PRICE_COLUMNS),
        ("evidence", Evidence, EVIDENCE_COLUMNS),
    )
    for attribute, model, columns in children:
        for row in model.objects.filter(clinic_id__in=ids).order_by("id").values(*columns):
            getattr(bundles[row["clinic_id"]], attribute).append(row)
    # Enforcement records are shared between clinics: one row per link.
    for row in (
        EnforcementAction.objects.filter(clinics__in=ids)
        .order_by("issued_on", "id")
        .values(*ENFORCEMENT_COLUMNS, "clinics")
    ):
        bundles[row.pop("clinics")].enforcement.append(row)
    return list(bundles.values())


def clinic_profiles_export(
    *, queryset: QuerySet[Clinic] | None = None, batch_size: int = 1000
) -> list[dict[str, Any]]:
    queryset = Clinic.objects.all() if queryset is None else queryset
    slugs = list(queryset.order_by("slug").values_list("slug", flat=True))
    profiles: list[dict[str, Any]] = []
    for start in range(0, len(slugs), batch_size):
        batch = Clinic.objects.filter(slug__in=slugs[start : start + batch_size]).order_by("slug")
        profiles.extend(profile_from_rows(rows) for rows in clinic_rows(batch))
    return profiles


def _write_children(records: Sequence[ClinicRecord]) -> None:
    practitioners: list[Practitioner] = []
    credentials: list[Credential] = []
    protocols: list[ProcessingProtocol] = []
    claims: list[Claim] = []
    prices: list[PriceQuote] = []
    evidence: list[Evidence] = []
    for record in records:
        clinic = record.clinic
        for item in record.practitioners:
            item.practitioner.clinic = clinic
            practitioners.append(item.practitioner)
        for credential in record.credentials:
            credential.clinic = clinic
            credentials.append(credential)
        children: list[ProcessingProtocol | Claim | PriceQuote | Evidence] = [
            *record.protocols,
            *record.claims,
            *record.prices,
            *record.evidence,
        ]
        for child in children:
            child.clinic = clinic
        protocols.extend(record.protocols)
        claims.extend(record.claims)
        prices.extend(record.prices)
        evidence.extend(record.evidence)
    bulk_create_with_history(practitioners, Practitioner, batch_size=500)
    # Practitioners now have keys; their credentials can point at them.
    for record in records:
        for item in record.practitioners:
            for credential in item.credentials:
                credential.practitioner = item.practitioner
                credentials.append(credential)
    for objects, model in (
        (credentials, Credential),
        (protocols, ProcessingProtocol),
        (claims, Claim),
        (prices, PriceQuote),
        (evidence, Evidence),
    ):
        bulk_create_with_history(objects, model, batch_size=500)
    _link_enforcement(records)


def _screen_ahead(records: Sequence[ClinicRecord]) -> None:
    """Screen every claim before anything is written and store the verdict with it, as the
    rescore would: the scoring inside the import's transaction then reads it instead of
    screening there, holding the database's write lock."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for record in records:
        for claim in record.claims:
            # Read in the language it was published in (a bulk write runs no Claim.save).
            if not claim.language:
                claim.language = detect(claim.text)
            key = (claim.text, claim.language)
            if key not in seen:
                seen[key] = stored_screening(claim.text, screen_in(claim.text, claim.language))
            claim.screening = seen[key]
            claim.screened_with = screener_version(claim.language)


def _link_enforcement(records: Sequence[ClinicRecord]) -> None:
    """A profile's enforcement records: the action the same record names (agency, kind, firm,
    date) is reused, as other clinics or the public lists may have brought it in; a new one is
    created; either way the clinic is linked to it."""
    through = EnforcementAction.clinics.through
    links = []
    for record in records:
        for action in record.enforcement:
            values = {
                f.attname: getattr(action, f.attname)
                for f in EnforcementAction._meta.concrete_fields
                if not f.primary_key and f.attname not in ("agency", "kind", "company", "issued_on")
            }
            saved, _ = EnforcementAction.objects.get_or_create(
                agency=action.agency,
                kind=action.kind,
                company=action.company,
                issued_on=action.issued_on,
                defaults={**values, "source": "profile"},
            )
            links.append(through(enforcementaction_id=saved.pk, clinic_id=record.clinic.pk))
    through.objects.bulk_create(links, ignore_conflicts=True)


def clinics_import(
    *,
    data: Any,
    update: bool = False,
    after_write: Callable[[Iterable[int]], None] | None = None,
) -> ImportResult:
    """Import clinic profiles, all or nothing.

    Without ``update`` an existing slug is an error; with it the clinic's fields are
    replaced and its children are replaced as a whole, so nothing is duplicated.
    ``after_write`` runs inside the transaction with the imported clinic ids: scoring hooks
    in there (checklist.services.assessments.clinics_import_and_score), so a failure there
    rolls the import back too.
    """
    records = parse_profiles(data)
    slugs = [r.clinic.slug for r in records]
    # One query for the stored clinics a slug names, exactly or in another case: a slug is
    # unique whatever the case ("Lumen" is neither "lumen" nor a new address).
    existing: dict[str, Clinic] = {}
    other_case: dict[str, str] = {}
    for stored in (
        Clinic.objects.annotate(lowered=Lower("slug"))
        .filter(lowered__in={s.lower() for s in slugs})
        .only("id", "slug", "created")
    ):
        existing[stored.slug] = stored
        other_case[stored.slug.lower()] = stored.slug
    existing = {slug: existing[slug] for slug in slugs if slug in existing}
    errors = [
        FieldError(r.index, r.clinic.slug, "slug", slug_in_other_case(other_case[key]))
        for r in records
        if r.clinic.slug not in existing and (key := r.clinic.slug.lower()) in other_case
    ]
    if existing and not update:
        errors += [
            FieldError(r.index, r.clinic.slug, "slug", "already exists; use --update to replace it")
            for r in records
            if r.clinic.slug in existing
        ]
    if errors:
        raise ProfileError(sorted(errors, key=lambda e: e.index))

    # Everything slow happens before the transaction: on SQLite the first write takes the one
    # write lock, and every patient saving a report waits until the commit.
    _screen_ahead(records)
    with transaction.atomic():
        new = [r for r in records if r.clinic.slug not in existing]
        old = [r for r in records if r.clinic.slug in existing]
        bulk_create_with_history([r.clinic for r in new], Clinic, batch_size=500)
        if old:
            now = timezone.now()
            for record in old:
                current = existing[record.clinic.slug]
                record.clinic.pk = current.pk
                record.clinic.created = current.created
                record.clinic.updated = now  # update() does not apply auto_now
            # Every column, as save() wrote it, one UPDATE a clinic but without save()'s
            # signals (a history INSERT and a page-cache bump each); the history in bulk.
            # Not bulk_update: its CASE per column and row costs five times the saves here.
            columns = [f.attname for f in Clinic._meta.concrete_fields if not f.primary_key]
            for record in old:
                clinic = record.clinic
                Clinic.objects.filter(pk=clinic.pk).update(
                    **{column: getattr(clinic, column) for column in columns}
                )
            Clinic.history.bulk_history_create(
                [r.clinic for r in old], batch_size=500, update=True, default_change_reason=None
            )
            old_ids = [r.clinic.pk for r in old]
            # Children are replaced whole: a profile is the complete truth about its clinic.
            for model in (
                Credential,
                Practitioner,
                ProcessingProtocol,
                Claim,
                PriceQuote,
                Evidence,
            ):
                model.objects.filter(clinic_id__in=old_ids).delete()
            # Its links to enforcement records too; the records themselves may be shared.
            EnforcementAction.clinics.through.objects.filter(clinic_id__in=old_ids).delete()
        _write_children(records)
        ids = tuple(r.clinic.pk for r in records)
        if after_write is not None:
            after_write(ids)
        public_data_changed()
    return ImportResult(created=len(new), updated=len(old), clinic_ids=ids)


def claim_screen(*, claim: Claim) -> tuple[Flag, ...]:
    """The screener's flags on a claim, exactly as `claims.screen(claim.text)` gives them (for
    the claims a page highlights): the stored screening when it is this screener's verdict on
    this text, else screened now, and not stored (the next rescore stores it)."""
    language = claim.language or "en"
    stored = flags_from_stored(claim.text, claim.screening, claim.screened_with, language)
    return screen_in(claim.text, language) if stored is None else stored


def claim_flags_shown(*, claim: Claim) -> tuple[Flag, ...]:
    """The flags a claim is graded and shown with: the screener's (`claim_screen`) with what
    reviewed curators' labels decided for this text (Claim.curated_flags) applied."""
    return curated(claim.text, claim.curated_flags, claim_screen(claim=claim))


def credentials_of_clinic() -> QuerySet[Credential]:
    """Credentials of the clinic in OuterRef("pk"): its own and its practitioners'."""
    return Credential.objects.filter(
        Q(clinic=OuterRef("pk")) | Q(practitioner__clinic=OuterRef("pk"))
    )


def clinics_mark_reviewed(
    *,
    queryset: QuerySet[Clinic],
    user: AbstractBaseUser | None,
    note: str = "",
    today: datetime.date | None = None,
) -> int:
    """Record a review of each clinic's current data; return how many were reviewed.

    Each review keeps the data it vouched for (ClinicReview.profile) and its digest, which
    becomes the clinic's ``reviewed_digest``: until the data changes again, its grade is no
    longer provisional. ``last_reviewed`` is stamped with a history row naming the reviewer;
    no ``updated`` stamp (a review is not an edit of the profile).
    """
    today = today or timezone.localdate()
    clinics = {clinic.pk: clinic for clinic in queryset.order_by("pk")}
    ids = list(clinics)
    with transaction.atomic():
        for start in range(0, len(ids), REVIEW_BATCH):
            batch = ids[start : start + REVIEW_BATCH]
            reviews = []
            for rows in clinic_rows(Clinic.objects.filter(pk__in=batch), extra=("listing_grade",)):
                part = reviewed_part(profile_from_rows(rows))
                clinic = clinics[rows.clinic["id"]]
                clinic.last_reviewed = today
                clinic.reviewed_digest = clinic.data_digest = digest(part)
                reviews.append(
                    ClinicReview(
                        clinic=clinic,
                        reviewer_id=user.pk if user is not None else None,
                        note=note,
                        grade=rows.clinic["listing_grade"],
                        digest=clinic.reviewed_digest,
                        profile=part,
                    )
                )
            ClinicReview.objects.bulk_create(reviews)
            chosen = [clinics[pk] for pk in batch]
            bulk_update_with_history(chosen, Clinic, ["last_reviewed"], default_user=user)
            Clinic.objects.bulk_update(chosen, ["reviewed_digest", "data_digest"])
        if clinics:
            # A bulk update sends no signal; the public pages show the review.
            public_data_changed()
    return len(clinics)


def review_changes(clinic: Clinic) -> tuple[ClinicReview | None, list[str]]:
    """The clinic's last review and what changed in its data since (empty when nothing did,
    or when it was never reviewed: then everything is new)."""
    last = clinic.reviews.select_related("reviewer").order_by("-reviewed_at", "-id").first()
    if last is None:
        return None, []
    (rows,) = clinic_rows(Clinic.objects.filter(pk=clinic.pk))
    return last, changes(last.profile, reviewed_part(profile_from_rows(rows)))


def clinics_publish(*, queryset: QuerySet[Clinic], published: bool, user: AbstractBaseUser) -> int:
    """Publish or withdraw clinics; return how many changed (those already so are left)."""
    clinics = list(queryset.exclude(published=published).order_by("pk"))
    for clinic in clinics:
        clinic.published = published
    with transaction.atomic():
        bulk_update_with_history(clinics, Clinic, ["published"], default_user=user)
        if clinics:
            public_data_changed()
    return len(clinics)
