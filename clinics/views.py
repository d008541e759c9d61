"""The public site: home, directory, clinic page and comparison. Views parse the request, run
one query (or one per relation), hand the results to checklist.engine.presentation and render."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.html import format_html_join
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from checklist.engine import presentation
from checklist.engine.criteria import CATALOGUE
from checklist.engine.pricing import FULL_FACE_RANGES
from checklist.engine.scoring import Assessment
from clinics.services import claim_flags_shown
from config.ratelimit import SEARCHES, is_search, rate_limited
from pagecache.cache import cache_public_page, data_cached

from . import prices
from .choices import USD, Treatment
from .enforcement import actions_naming, last_checked
from .filters import (
    ROW_FIELDS,
    ClinicFilter,
    directory_queryset,
    graded_alternatives,
    price_band,
    with_quoted_price,
)
from .models import Clinic, ClinicInvitation, PortalEvent, WebsitePage
from .pagination import KeysFirstPaginator
from .portal import public_reply
from .portal_models import PortalAction
from .schema_docs import profile_json_schema
from .services import clinics_with_relations

PAGE_SIZE = 20
HOME_RECENT = 6
COMPARE_MIN, COMPARE_MAX = 2, 4
# Longer than any slug: anything past this is not a slug and is not looked up.
SLUG_MAX = 120
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    recent = (
        Clinic.objects.filter(published=True)
        .select_related("current_assessment")
        .only(*ROW_FIELDS)
        .order_by(F("last_reviewed").desc(nulls_last=True), "-updated", "name")[:HOME_RECENT]
    )
    return render(
        request,
        "clinics/home.html",
        {"recent": recent, "price_ranges": list(FULL_FACE_RANGES.values())},
    )


def compare_selection(query: QueryDict) -> list[str]:
    """The distinct clinic slugs in ``?c=``, in the order given, at most one more than can be
    compared (enough to say "too many" without looking up a thousand). Control characters are
    dropped: they are never part of a slug, and PostgreSQL refuses a NUL in a query."""
    slugs: list[str] = []
    for raw in query.getlist("c"):
        slug = "".join(ch for ch in raw if ch.isprintable()).strip()[:SLUG_MAX]
        if slug and slug not in slugs:
            slugs.append(slug)
        if len(slugs) > COMPARE_MAX:
            break
    return slugs


def _published_by_slug(slugs: Iterable[str]) -> QuerySet[Clinic]:
    # Only slug-shaped values are looked up; anything else cannot name a clinic.
    return Clinic.objects.filter(published=True, slug__in=[s for s in slugs if SLUG.fullmatch(s)])


# Every parameter the page reads: the filters, the page number and the clinics picked to compare.
DIRECTORY_PARAMS = (*ClinicFilter.base_filters, "page", "c")
COMPARE_PARAMS = ("c", "diff")


@rate_limited(SEARCHES, when=is_search)
@cache_public_page(params=DIRECTORY_PARAMS)
def directory(request: HttpRequest) -> HttpResponse:
    filterset = ClinicFilter(request.GET, queryset=directory_queryset(), request=request)
    clinics = filterset.qs
    # Kept for the next page and the other sort orders of the same list, until a write.
    count = data_cached(request, f"directory-count|{filterset.signature}", clinics.count)
    page = KeysFirstPaginator(clinics, PAGE_SIZE, count=count).get_page(request.GET.get("page"))
    picked = compare_selection(request.GET)[:COMPARE_MAX]
    on_page = {clinic.slug for clinic in page}
    # Clinics picked on another page or from a clinic page; looked up only when there are some.
    picked_elsewhere = (
        list(_published_by_slug(set(picked) - on_page).values("slug", "name"))
        if set(picked) - on_page
        else []
    )
    return render(
        request,
        "clinics/directory.html",
        {
            "filter": filterset,
            "page": page,
            "picked": picked,
            "picked_elsewhere": sorted(picked_elsewhere, key=lambda c: picked.index(c["slug"])),
            "compare_min": COMPARE_MIN,
            "compare_max": COMPARE_MAX,
        },
    )


@dataclass(frozen=True)
class PractitionerView:
    practitioner: Any
    credentials: tuple[presentation.CredentialRow, ...]


@dataclass(frozen=True)
class ClaimView:
    claim: Any
    segments: tuple[presentation.Segment, ...]
    notes: tuple[presentation.FlagNote, ...]


def _claims(claims: Iterable[Any]) -> list[ClaimView]:
    views = []
    for claim in claims:
        segments = presentation.highlight(claim.text, claim_flags_shown(claim=claim))
        views.append(ClaimView(claim, segments, presentation.flag_notes(segments)))
    return views


def _clinic_page_queryset(queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
    # When we last fetched any of the clinic's watched pages (the capture's re-check): one
    # subquery of the page's own query.
    website_checked = (
        WebsitePage.objects.filter(clinic=OuterRef("pk"), last_checked_at__isnull=False)
        .order_by("-last_checked_at")
        .values("last_checked_at")[:1]
    )
    # The clinic's right of reply (clinics.portal.public_reply): when it was first invited,
    # when it last confirmed its data, and whether it did anything through the portal.
    events = PortalEvent.objects.filter(clinic=OuterRef("pk")).order_by("-at")
    return (
        clinics_with_relations(queryset.select_related("current_assessment"))
        .defer("current_assessment__facts")
        .annotate(
            website_checked=Subquery(website_checked),
            invited_at=Subquery(
                ClinicInvitation.objects.filter(clinic=OuterRef("pk"))
                .order_by("created_at")
                .values("created_at")[:1]
            ),
            confirmed_at=Subquery(
                events.filter(action=PortalAction.CONFIRMED_ALL).values("at")[:1]
            ),
            replied_at=Subquery(events.exclude(action=PortalAction.OPENED).values("at")[:1]),
        )
    )


@cache_public_page
def clinic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    clinic = get_object_or_404(
        _clinic_page_queryset(Clinic.objects.filter(published=True)), slug=slug
    )
    return render(request, "clinics/clinic_detail.html", _clinic_page_context(clinic))


@never_cache
@staff_member_required
@permission_required("clinics.view_clinic", raise_exception=True)
def clinic_preview(request: HttpRequest, slug: str) -> HttpResponse:
    """The public page of any clinic, published or not, for staff checking it before it goes
    out. The public address keeps answering 404 for an unpublished clinic."""
    clinic = get_object_or_404(_clinic_page_queryset(Clinic.objects.all()), slug=slug)
    response = render(request, "admin/clinics/clinic/preview.html", _clinic_page_context(clinic))
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _full_face_as_quoted(clinic: Clinic) -> str:
    """The full-face price as quoted and converted, when its quotes share one currency other
    than the dollar; '' otherwise (the page's dollar figure says it all)."""
    quotes = [q for q in clinic.prices.all() if q.treatment == Treatment.FULL_FACE]
    currencies = {q.currency for q in quotes}
    if len(currencies) != 1 or currencies == {USD}:
        return ""
    lows = [q.min_amount for q in quotes if q.min_amount is not None]
    highs = [q.max_amount for q in quotes if q.max_amount is not None]
    return prices.quoted_money(
        currencies.pop(),
        min(lows) if lows else None,
        max(highs) if highs else None,
        clinic.listing_price_min,
        clinic.listing_price_max,
    )


def verdict_of(stored: Any) -> tuple[Assessment | None, Any]:
    """A stored assessment as the engine's Assessment and the page's verdict (None, None when
    there is none)."""
    if stored is None:
        return None, None
    assessment = stored.to_assessment()
    red_flags = presentation.red_flag_count(stored.failed_knockouts, stored.claim_flags)
    return assessment, presentation.verdict(assessment, CATALOGUE, red_flags=red_flags)


def _clinic_page_context(clinic: Clinic) -> dict[str, Any]:
    today = timezone.localdate()
    stored = clinic.current_assessment
    assessment, verdict = verdict_of(stored)
    context = {
        "clinic": clinic,
        "reply": public_reply(clinic),
        "stored": stored,
        "assessment": assessment,
        "verdict": verdict,
        "questions": presentation.questions_to_ask(assessment, CATALOGUE) if assessment else (),
        "claims": _claims(clinic.claims.all()),
        "clinic_credentials": presentation.credential_rows(clinic.credentials.all(), today),
        "practitioners": [
            PractitionerView(p, presentation.credential_rows(p.credentials.all(), today))
            for p in clinic.practitioners.all()
        ],
        "protocols": [(p, presentation.describe_protocol(p)) for p in clinic.protocols.all()],
        "price": presentation.price_summary(
            clinic.country.code, clinic.listing_price_min, clinic.listing_price_max
        ),
        "price_quoted": _full_face_as_quoted(clinic),
        "today": today,
        # every public record linked to the clinic or one of its practitioners, newest first
        "enforcement": list(actions_naming(clinic)),
        "enforcement_checked": last_checked(),
        "regulator": presentation.regulator_for(clinic.country.code),
        "report_anywhere": presentation.ANYWHERE,
    }
    if stored is not None and stored.grade == "F":
        # Somewhere to go from an "avoid": one more query, on F pages only.
        band = price_band(clinic.sort_price)
        context["alternatives"] = list(graded_alternatives(clinic))
        context["alternatives_priced"] = band is not None
        context["alternatives_query"] = urlencode(
            {"country": clinic.country.code, **({"price": band} if band else {}), "sort": "best"}
        )
    return context


@dataclass(frozen=True)
class Column:
    clinic: Any
    assessment: Assessment | None
    # The comparison's address without this clinic.
    without: str


def _slugs_query(slugs: Iterable[str]) -> str:
    return urlencode([("c", slug) for slug in slugs])


@cache_public_page(params=COMPARE_PARAMS)
def compare(request: HttpRequest) -> HttpResponse:
    asked = compare_selection(request.GET)
    too_many = len(asked) > COMPARE_MAX
    wanted = asked[:COMPARE_MAX]
    found = {
        clinic.slug: clinic
        for clinic in with_quoted_price(
            _published_by_slug(wanted)
            .select_related("current_assessment")
            .defer("current_assessment__facts")
        )
    }
    clinics = [found[slug] for slug in wanted if slug in found]
    slugs = [clinic.slug for clinic in clinics]
    columns = [
        Column(
            clinic=clinic,
            assessment=clinic.current_assessment.to_assessment()
            if clinic.current_assessment
            else None,
            without=_slugs_query(s for s in slugs if s != clinic.slug),
        )
        for clinic in clinics
    ]
    groups = (
        presentation.comparison([c.assessment for c in columns], CATALOGUE)
        if len(columns) >= COMPARE_MIN
        else ()
    )
    missing = [slug for slug in wanted if slug not in found]
    return render(
        request,
        "clinics/compare.html",
        {
            "columns": columns,
            # The names and the addresses not found, each as one value, so that the page's
            # sentences about them are whole for the translators ("Compare {names}").
            "clinic_names": ", ".join(clinic.name for clinic in clinics),
            "groups": groups,
            "missing": missing,
            "missing_list": format_html_join(", ", "<q>{}</q>", ((slug,) for slug in missing)),
            "too_many": too_many,
            "repeated": len([c for c in request.GET.getlist("c") if c.strip()]) > len(asked)
            and not too_many,
            "only_differences": request.GET.get("diff") == "1",
            "differing": sum(group.differing for group in groups),
            "picked_query": _slugs_query(slugs),
            "compare_min": COMPARE_MIN,
            "compare_max": COMPARE_MAX,
        },
    )


@require_safe
# The schema changes only with a release: an hour saves the tools that validate often a trip.
@cache_control(public=True, max_age=3600)
def profile_schema(request: HttpRequest) -> JsonResponse:
    """The clinic profile format as a JSON Schema, written from clinics.schema."""
    document = profile_json_schema(schema_id=request.build_absolute_uri())
    return JsonResponse(
        document, json_dumps_params={"indent": 2}, content_type="application/schema+json"
    )
