"""The staff roles and their permissions, kept in one table.

A data migration creates the groups on every fresh database, and a post_migrate
hook keeps them in step when later migrations add models.
"""

from __future__ import annotations

from typing import Any

CURATORS = "Curators"
REVIEWERS = "Reviewers"

CURATED_MODELS = (
    "clinics.clinic",
    "clinics.practitioner",
    "clinics.credential",
    "clinics.processingprotocol",
    "clinics.claim",
    "clinics.pricequote",
    "clinics.evidence",
    "clinics.enforcementaction",
    "clinics.enforcementmatch",
    # the public registers the checklist and the report link, per country
    "clinics.publicregister",
)
ALL = ("add", "change", "delete", "view")
# Custom permissions on Clinic (Clinic.Meta.permissions): "review" marks a profile reviewed,
# a reviewer's call; "rescore" recomputes scores from the curated data, which changes no fact,
# so both roles may run it.
REVIEW = "review"
RESCORE = "rescore"

# model label -> actions, per group. A model missing from the database yet is skipped.
# Reviewers change patient reports, but the admin lets them edit only the queue fields
# (status, assignee, notes); Curators never see the queue: the patient shared the report with
# the reviewers.
ROLE_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    CURATORS: {
        **{label: ALL for label in CURATED_MODELS},
        "clinics.clinic": (*ALL, RESCORE),
        "checklist.clinicassessment": ("view",),
        "checklist.claimlabel": ALL,
        "clinics.enforcementimport": ("view",),
        # the website capture: capture (add), decide proposals (change); evidence is never deleted
        "clinics.snapshot": ("add", "change", "view"),
        "clinics.websitepage": ("change", "view"),
        # evidence documents; the clinics' right of reply: invite (add), revoke (change), decide
        # corrections (change); the portal's log is read-only
        "clinics.document": ALL,
        "clinics.clinicinvitation": ("add", "change", "view"),
        "clinics.cliniccorrection": ("change", "view"),
        "clinics.portalevent": ("view",),
        # background jobs: see them, start the launchers, cancel a queued one, retry a failed one
        "jobs.job": ("view", "run"),
    },
    REVIEWERS: {
        **{label: ("view",) for label in CURATED_MODELS},
        "clinics.clinic": ("view", REVIEW, RESCORE),
        "checklist.clinicassessment": ("view",),
        "clinics.enforcementimport": ("view",),
        # a reviewer accepts curators' labels into the screener's exemplar bank
        "checklist.claimlabel": ("view", REVIEW),
        "checklist.patientreport": ("view", "change"),
        "clinics.snapshot": ("view",),
        "clinics.websitepage": ("view",),
        "clinics.document": ("view",),
        "clinics.clinicinvitation": ("view",),
        "clinics.cliniccorrection": ("view",),
        "clinics.portalevent": ("view",),
        "jobs.job": ("view", "run"),
    },
}


def sync_roles(apps: Any) -> None:
    """Create the groups and set exactly the permissions of ROLE_PERMISSIONS."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, models in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        wanted = []
        for label, actions in models.items():
            app_label, model = label.split(".")
            codenames = [f"{action}_{model}" for action in actions]
            wanted.extend(
                Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )
        group.permissions.set(wanted)
