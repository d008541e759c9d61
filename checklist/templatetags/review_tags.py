"""The staff admin's template helpers: the front-page dashboard and status words.

`{% review_dashboard as dash %}` counts only the panels the signed-in user may see, in one
aggregate query per panel, and links every figure to the admin list it counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.urls import reverse

from checklist.engine import presentation
from checklist.models import ReportStatus
from checklist.services.review import STALE_REVIEW_DAYS, review_dashboard
from clinics.services import EXPIRY_WARNING_DAYS

register = template.Library()


@register.filter
def status_label(status: str | None) -> str:
    return presentation.STATUS_LABELS.get(status or "", status or "")


@dataclass(frozen=True)
class Figure:
    label: str
    count: int
    url: str


@dataclass(frozen=True)
class GradeBar:
    bar: presentation.Bar
    url: str


@dataclass(frozen=True)
class Dashboard:
    grades: tuple[GradeBar, ...]
    clinics: tuple[Figure, ...]
    reports: tuple[Figure, ...]
    credentials: tuple[Figure, ...]
    total_clinics: int | None


def _link(name: str, **params: str) -> str:
    url = reverse(f"admin:{name}_changelist")
    return f"{url}?{urlencode(params)}" if params else url


@register.simple_tag(takes_context=True)
def review_dashboard_for(context: template.Context) -> Dashboard | None:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    see_clinics = user.has_perm("clinics.view_clinic")
    see_reports = user.has_perm("checklist.view_patientreport")
    see_credentials = user.has_perm("clinics.view_credential")
    if not (see_clinics or see_reports or see_credentials):
        return None
    data = review_dashboard(clinics=see_clinics, reports=see_reports, credentials=see_credentials)

    grades: tuple[GradeBar, ...] = ()
    clinics: tuple[Figure, ...] = ()
    if data.clinics is not None:
        counts = [
            (grade, presentation.GRADE_LABELS[grade], count)
            for grade, count in data.clinics.by_grade.items()
        ]
        counts.append(("none", "Not assessed yet", data.clinics.unassessed))
        grades = tuple(
            GradeBar(bar, _link("clinics_clinic", grade=bar.key))
            for bar in presentation.bar_chart(counts)
        )
        clinics = (
            Figure(
                "Need review", data.clinics.needs_review, _link("clinics_clinic", review="needs")
            ),
            Figure(
                f"Not reviewed for {STALE_REVIEW_DAYS} days",
                data.clinics.not_reviewed_recently,
                _link("clinics_clinic", review="stale"),
            ),
        )
    reports: tuple[Figure, ...] = ()
    if data.reports is not None:
        reports = tuple(
            Figure(
                status.label,
                data.reports[status.value],
                _link("checklist_patientreport", status__exact=status.value),
            )
            for status in ReportStatus
        )
    credentials: tuple[Figure, ...] = ()
    if data.credentials is not None:
        credentials = (
            Figure(
                "Expired", data.credentials.expired, _link("clinics_credential", expiry="expired")
            ),
            Figure(
                f"Expiring within {EXPIRY_WARNING_DAYS} days",
                data.credentials.expiring,
                _link("clinics_credential", expiry="60"),
            ),
        )
    return Dashboard(
        grades=grades,
        clinics=clinics,
        reports=reports,
        credentials=credentials,
        total_clinics=data.clinics.total if data.clinics else None,
    )
