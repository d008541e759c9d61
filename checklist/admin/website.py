"""The clinic admin's website panel (issue 19): the clinic's watched pages with the date of
their last check, its latest snapshots with what is still to decide, and the link to capture
more, and the facts accepted from its snapshots with the passage each rests on; and the
clinic's right of reply (its latest invitations and corrections). Five queries whatever the clinic holds; the snapshots' originals and texts are not read."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from clinics.models import Citation, Clinic, ClinicCorrection, ClinicInvitation, Snapshot

SNAPSHOTS_SHOWN = 10
CITATIONS_SHOWN = 20


def website_panel(request: HttpRequest, clinic: Clinic) -> dict[str, Any]:
    snapshots = list(
        Snapshot.objects.filter(clinic=clinic)
        .only(
            "id",
            "source",
            "requested_url",
            "final_url",
            "title",
            "fetched_at",
            "attention",
            "proposals",
        )
        .order_by("-fetched_at", "-id")[:SNAPSHOTS_SHOWN]
    )
    citations = list(
        Citation.objects.filter(clinic=clinic)
        .select_related("accepted_by")
        .order_by("-accepted_at", "-id")[:CITATIONS_SHOWN]
    )
    return {
        "invitations": list(
            ClinicInvitation.objects.filter(clinic=clinic).order_by("-created_at")[:3]
        ),
        "corrections": list(
            ClinicCorrection.objects.filter(clinic=clinic).order_by("-created_at")[:10]
        ),
        "invite_url": f"{reverse('admin:clinics_clinicinvitation_add')}?clinic={clinic.pk}"
        if request.user.has_perm("clinics.add_clinicinvitation")
        else "",
        "citations": [
            {
                "citation": c,
                "url": reverse("admin:clinics_snapshot_change", args=[c.snapshot_id]),
            }
            for c in citations
        ],
        "pages": list(clinic.website_pages.order_by("url")),
        "snapshots": [
            {
                "snapshot": s,
                "to_decide": s.pending_count(),
                "url": reverse("admin:clinics_snapshot_change", args=[s.pk]),
            }
            for s in snapshots
        ],
        "all_url": f"{reverse('admin:clinics_snapshot_changelist')}?clinic__id__exact={clinic.pk}",
        "capture_url": reverse("admin:clinics_snapshot_capture", args=[clinic.pk])
        if request.user.has_perm("clinics.add_snapshot")
        else "",
    }
