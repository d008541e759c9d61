import datetime
import re
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_countries import countries

from checklist.engine import presentation
from checklist.engine.answers import CLAIM_QUESTIONS, QUESTION_COUNT
from checklist.engine.answers import discrepancies as answer_discrepancies
from checklist.engine.criteria import CATALOGUE
from checklist.engine.pricing import FULL_FACE_RANGES, RATES_AS_OF
from checklist.engine.scoring import GRADE_CUTS, MIN_COVERAGE
from checklist.engine.stored import flags_as_stored
from checklist.forms import (
    REGISTER_QUESTIONS,
    ListedClinicForm,
    UnlistedClinicForm,
    register_links,
    step_forms,
)
from checklist.models import PatientReport
from checklist.services.reports import report_delete, report_stop_sharing, report_update_start
from checklist.wizard import CLINIC_KEY, UPDATE_KEY
from clinics.choices import RegisterKind
from clinics.models import Clinic
from clinics.registers import registers_by_kind
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
        "preview_days": settings.GRADE_PREVIEW_DAYS,
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
                listed.errors.get("clinic", [gettext("Choose a clinic from the list.")])
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
            "question_count": QUESTION_COUNT,
            # the wizard's "Step 1 of N"
            "step_count": len(step_forms()),
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


def _report_cacheable(token: str) -> bool:
    # A malformed token costs no query: the view answers it 404 without looking. A shared
    # report's page is never cached: the patient can stop sharing it, which the page shows.
    # Nor is one with another version: each page links the other, which the patient can
    # delete or add to without retiring any cached page.
    return bool(REPORT_TOKEN.fullmatch(token)) and (
        PatientReport.objects.filter(
            token=token, shared=False, previous__isnull=True, later_versions__isnull=True
        ).exists()
    )


def _patient_report(token: str, reports: QuerySet[PatientReport]) -> PatientReport:
    # The same 404 for a malformed, an unknown and a deleted token: nothing tells them apart.
    if not REPORT_TOKEN.fullmatch(token):
        raise Http404
    return get_object_or_404(reports, token=token)


def _private(response: HttpResponse, referrer: str = "no-referrer") -> HttpResponse:
    # The address holds the report's token: no search engine lists it, no link passes it on.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = referrer
    return response


# A page whose form posts back to it: under "no-referrer" a browser sends "Origin: null" with
# the POST, which Django's CSRF check refuses. "same-origin" gives the address only to this site.
POSTS_BACK = "same-origin"


@never_cache
# Cached by its full address, token included: a report is only ever served at its own, and
# only while it exists (a purged or deleted report's page is never served from the cache).
@cache_public_page(still_there=_report_cacheable)
def report(request: HttpRequest, token: str) -> HttpResponse:
    # The versions beside this one are read in the same query: the earlier one it updated,
    # and the newest made from it.
    later = PatientReport.objects.filter(previous=OuterRef("pk")).order_by("-created", "-pk")
    report = _patient_report(
        token,
        PatientReport.objects.select_related("clinic__current_assessment").annotate(
            previous_token=F("previous__token"),
            previous_created=F("previous__created"),
            later_token=Subquery(later.values("token")[:1]),
            later_created=Subquery(later.values("created")[:1]),
        ),
    )
    assessment = report.to_assessment()
    segments = (
        presentation.highlight(
            report.marketing_text, flags_as_stored(report.marketing_text, report.screening)
        )
        if report.marketing_text
        else ()
    )
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
            # report.red_flags: its failed must-pass points and kinds of misleading claim
            "verdict": presentation.verdict(assessment, CATALOGUE, red_flags=len(report.red_flags)),
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
            "report_url": request.build_absolute_uri(report.private_url()),
            **_registers_context(report.country_code),
        },
    )
    return _private(response)


def _registers_context(country: str) -> dict[str, Any]:
    """The country's public registers, for the report: all of them in one list, and the
    ones each question to ask is about (checklist.forms.REGISTER_QUESTIONS)."""
    registers = registers_by_kind(country=country)
    return {
        "register_country": countries.name(country) if country else "",
        "registers": register_links(registers, tuple(RegisterKind.values)),
        "registers_by_question": {
            key: links
            for key, kinds in REGISTER_QUESTIONS.items()
            if (links := register_links(registers, kinds))
        },
    }


# Stopping and deleting take a confirmation page of their own, never cached: the report page
# stays cacheable because it holds no form (a cached CSRF token would be one visitor's).
_REPORT_NAME = ("token", "shared", "clinic__name", "unlisted_name", "created")


def _report_by_name(token: str) -> PatientReport:
    """The report a confirmation page names (its clinic's or the unlisted clinic's name)."""
    return _patient_report(
        token, PatientReport.objects.select_related("clinic").only(*_REPORT_NAME)
    )


@never_cache
@require_http_methods(["GET", "POST"])
def stop_sharing(request: HttpRequest, token: str) -> HttpResponse:
    report = _report_by_name(token)
    if not report.shared:
        return redirect(report.private_url())
    if request.method == "POST":
        report_stop_sharing(report=report)
        messages.success(request, gettext("Your report is no longer shared with our reviewers."))
        return redirect(report.private_url())
    return _private(
        render(request, "checklist/report_stop_sharing.html", {"report": report}),
        referrer=POSTS_BACK,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, token: str) -> HttpResponse:
    report = _report_by_name(token)
    if request.method == "POST":
        report_delete(report=report)
        messages.success(
            request, gettext("Your report has been deleted. Its link no longer opens it.")
        )
        return redirect("checklist:start")
    return _private(
        render(request, "checklist/report_delete.html", {"report": report}), referrer=POSTS_BACK
    )


@never_cache
@require_http_methods(["GET"])
def update_answers(request: HttpRequest, token: str) -> HttpResponse:
    """The report's "Update my answers": the checklist reopens on the report's clinic, every
    step filled in from the report's answers; saving stores a new version beside this one.
    Only the holder of the link can start it, so a GET that prepares the session is safe."""
    report = _patient_report(
        token,
        PatientReport.objects.select_related("clinic").only(
            *_REPORT_NAME,
            "clinic__slug",
            "clinic__published",
            "clinic__country",
            "clinic__city",
            "clinic__website",
            "unlisted_country",
            "unlisted_city",
            "unlisted_website",
            "answers",
            "marketing_text",
            "price_amount",
            "price_currency",
        ),
    )
    start = report_update_start(report=report)
    if start is None:
        messages.info(
            request,
            gettext("That clinic is no longer in our directory; please start a new checklist."),
        )
        return redirect("checklist:start")
    choice, initial = start
    _begin(request, choice)
    request.session[UPDATE_KEY] = {
        "token": report.token,
        "created": report.created.isoformat(),
        "initial": initial,
    }
    return redirect("checklist:questions")


def _dated(found: dict[str, Any]) -> dict[str, Any]:
    """A stored enforcement finding with its dates as dates, for the template's format."""
    dates = {
        key: datetime.date.fromisoformat(found[key]) if found.get(key) else None
        for key in ("issued_on", "closed_out_on")
    }
    return {**found, **dates}
