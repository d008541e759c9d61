from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from checklist.criteria import CATALOGUE
from checklist.pricing import FULL_FACE_RANGES
from checklist.scoring import GRADE_CUTS, MIN_COVERAGE


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


def methodology(request: HttpRequest) -> HttpResponse:
    return render(request, "checklist/methodology.html", methodology_context())


def check_start(request: HttpRequest) -> HttpResponse:
    return render(request, "checklist/start.html")
