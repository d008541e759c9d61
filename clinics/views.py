from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Clinic


def home(request: HttpRequest) -> HttpResponse:
    clinics = Clinic.objects.filter(published=True).only("name", "slug", "city", "country")
    return render(request, "clinics/home.html", {"clinics": clinics})


def clinic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    clinic = get_object_or_404(Clinic, slug=slug, published=True)
    return render(request, "clinics/clinic_detail.html", {"clinic": clinic})
