"""Curators' reviewed labels decide their own claim: what a second person accepted (a flag
dismissed, a missed category added) is kept on the claim (Claim.curated_flags, for the text it
judged) and the clinic is scored again, so the grade and the public page follow at once. An
unreviewed label decides nothing; a changed or deleted label is taken back the same way."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from checklist.engine.stored import curation
from checklist.models import ClaimDecision, ClaimLabel
from clinics.models import Claim
from pagecache.cache import public_data_changed

from .assessments import clinics_score


def claims_curation_refresh(claim_ids: Iterable[int]) -> list[int]:
    """Rewrite Claim.curated_flags of these claims from their reviewed labels, then score again
    the clinics whose claims changed; return those clinics' ids. A fixed number of queries
    whatever the count, and one transaction: the record and the grade move together."""
    ids = sorted(set(claim_ids))
    if not ids:
        return []
    decided: dict[int, tuple[set[str], set[str]]] = {pk: (set(), set()) for pk in ids}
    reviewed = ClaimLabel.objects.filter(claim__in=ids, reviewed_at__isnull=False).only(
        "claim_id", "category", "decision", "reviewed_at"
    )
    for label in reviewed:
        if label.decides_claim:
            dismissed, added = decided[label.claim_id]
            (dismissed if label.decision == ClaimDecision.DISMISSED else added).add(label.category)
    changed: list[Claim] = []
    for claim in Claim.objects.filter(pk__in=ids).only("id", "clinic_id", "text", "curated_flags"):
        record = curation(claim.text, *decided[claim.pk])
        if record != claim.curated_flags:
            claim.curated_flags = record
            changed.append(claim)
    if not changed:
        return []
    clinics = sorted({claim.clinic_id for claim in changed})
    with transaction.atomic():
        Claim.objects.bulk_update(changed, ["curated_flags"])
        clinics_score(clinics)
        # a claim's marks are on its clinic's public page even where its grade did not move
        public_data_changed()
    return clinics
