import datetime
import re
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache

from checklist.engine import presentation
from checklist.engine.answers import CLAIM_QUESTIONS, QUESTIONS, RATES_AS_OF
from checklist.engine.answers import discrepancies as answer_discrepancies
from checklist.engine.criteria import CATALOGUE
from checklist.engine.pricing import FULL_FACE_RANGES
from checklist.engine.scoring import GRADE_CUTS, MIN_COVERAGE
from checklist.forms import ListedClinicForm, UnlistedClinicForm
from checklist.models import PatientReport
from checklist.wizard import CLINIC_KEY
from clinics.models import Clinic
from config.ratelimit import CHECK_STARTS, SEARCHES, is_post, is_search, rate_limited
from pagecache.cache import cache_public_page


def methodology_context() -> dict:
    """Everything the methodology page and docs/methodology.md are rendered from."""
    groups = [
        {"group": group, "criteria": CATALOGUE.in_group(group.id)} for group in CATALOGUE.groups
    ]
    return {
        "catalogue": CATALOGUE,
        "groups": groups,
        "grade_cuts": GRADE_CUTS,
        "min_coverage": MIN_COVERAGE,
        "price_ranges": list(FULL_FACE_RANGES.values()),
    }


@cache_public_page
def methodology(request: HttpRequest) -> HttpResponse:
    return render(request, "checklist/methodology.html", methodology_context())


# --- The patient checklist ---------------------------------------------------------------------

REPORT_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
SUGGESTIONS = 8


def _search_term(request: HttpRequest) -> str:
    """``?q=`` as a search term. Control and formatting characters are dropped: no name
    contains them, and PostgreSQL refuses a NUL in a query."""
    raw = request.GET.get("q", "")
    return "".join(ch for ch in raw if ch.isprintable()).strip()[:100]


def _clinic_matches(query: str) -> QuerySet[Clinic]:
    clinics = Clinic.objects.filter(published=True).only("name", "slug", "city", "country")
    if query:
        clinics = clinics.filter(Q(name__icontains=query) | Q(city__icontains=query))
    return clinics.order_by("name")


@rate_limited(CHECK_STARTS, when=is_post)
@rate_limited(SEARCHES, when=is_search)
def check_start(request: HttpRequest) -> HttpResponse:
    """Choose the clinic to check: a listed one (search works without JavaScript) or not."""
    query = _search_term(request)
    unlisted_form = UnlistedClinicForm(
        request.POST if request.POST.get("choice") == "unlisted" else None
    )
    listed_error = ""
    if request.method == "POST":
        if request.POST.get("choice") == "listed":
            listed = ListedClinicForm(request.POST)
            if listed.is_valid():
                return _begin(request, {"slug": listed.cleaned_data["clinic"].slug})
            listed_error = "; ".join(
                listed.errors.get("clinic", ["Choose a clinic from the list."])
            )
        elif unlisted_form.is_valid():
            data = unlisted_form.cleaned_data
            return _begin(
                request,
                {
                    "unlisted": {
                        k: str(data.get(k) or "") for k in ("name", "country", "city", "website")
                    }
                },
            )
    matches = list(_clinic_matches(query)[:20]) if query else []
    return render(
        request,
        "checklist/start.html",
        {
            "query": query,
            "matches": matches,
            "unlisted_form": unlisted_form,
            "listed_error": listed_error,
            "question_count": len(QUESTIONS),
        },
    )


def _begin(request: HttpRequest, choice: dict) -> HttpResponse:
    # A new clinic starts a new checklist: forget any half-finished one.
    for key in [k for k in request.session.keys() if k.startswith("wizard_")]:  # noqa: SIM118 (a session has no __iter__)
        del request.session[key]
    request.session[CLINIC_KEY] = choice
    return redirect("checklist:questions")


@rate_limited(SEARCHES, when=is_search, as_json=True)
def clinic_suggestions(request: HttpRequest) -> JsonResponse:
    """Search-as-you-type for the start page (progressive enhancement of the search form)."""
    query = _search_term(request)
    if len(query) < 2:
        return JsonResponse({"results": []})
    results = [
        {"slug": c.slug, "name": c.name, "place": ", ".join(filter(None, [c.city, c.country.name]))}
        for c in _clinic_matches(query)[:SUGGESTIONS]
    ]
    return JsonResponse({"results": results})


def _report_exists(token: str) -> bool:
    # A malformed token costs no query: the view answers it 404 without looking.
    return (
        bool(REPORT_TOKEN.fullmatch(token)) and PatientReport.objects.filter(token=token).exists()
    )


@never_cache
# Cached by its full address, token included: a report is only ever served at its own, and
# only while it exists (a purged report's page is never served from the cache).
@cache_public_page(still_there=_report_exists)
def report(request: HttpRequest, token: str) -> HttpResponse:
    # The same 404 for a malformed and an unknown token: nothing tells them apart.
    if not REPORT_TOKEN.fullmatch(token):
        raise Http404
    report = get_object_or_404(
        PatientReport.objects.select_related("clinic__current_assessment"), token=token
    )
    assessment = report.to_assessment()
    segments = presentation.highlight(report.marketing_text) if report.marketing_text else ()
    reported = [
        {"title": CATALOGUE.by_id[key].title, "reason": assessment.result(key).reason}
        for key in CLAIM_QUESTIONS
        if report.answers.get(key) == "yes"
    ]
    discrepancies = None
    if report.clinic and report.clinic.current_assessment:
        discrepancies = answer_discrepancies(
            report.answers, assessment, report.clinic.current_assessment.to_assessment()
        )
    response = render(
        request,
        "checklist/report.html",
        {
            "report": report,
            "assessment": assessment,
            "verdict": presentation.verdict(assessment, CATALOGUE),
            "questions": presentation.questions_to_ask(assessment, CATALOGUE),
            "segments": segments,
            "flag_notes": presentation.flag_notes(segments),
            "reported_flags": reported,
            "price": presentation.price_summary(
                report.country_code, report.price_usd, report.price_usd
            ),
            "rates_as_of": RATES_AS_OF,
            "discrepancies": discrepancies,
            "enforcement": [_dated(found) for found in report.enforcement],
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _dated(found: dict[str, Any]) -> dict[str, Any]:
    """A stored enforcement finding with its dates as dates, for the template's format."""
    dates = {
        key: datetime.date.fromisoformat(found[key]) if found.get(key) else None
        for key in ("issued_on", "closed_out_on")
    }
    return {**found, **dates}
