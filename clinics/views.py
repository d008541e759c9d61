from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Clinic


def home(request: HttpRequest) -> HttpResponse:
    clinics = (
        Clinic.objects.filter(published=True)
        .select_related("current_assessment")
        .only(
            "name", "slug", "city", "country",
            "current_assessment__grade", "current_assessment__score", "current_assessment__coverage",
        )
        .order_by("-current_assessment__score", "name")
    )
    return render(request, "clinics/home.html", {"clinics": clinics})


def clinic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    clinic = get_object_or_404(
        Clinic.objects.select_related("current_assessment"), slug=slug, published=True
    )
    return render(request, "clinics/clinic_detail.html", {"clinic": clinic})
