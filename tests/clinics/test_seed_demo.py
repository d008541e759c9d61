from io import StringIO

import pytest
from django.core.management import call_command

from clinics.models import Claim, Clinic, Practitioner


@pytest.mark.django_db
def test_seed_demo_loads_fictional_clinics_across_countries():
    call_command("seed_demo", stdout=StringIO())
    clinics = Clinic.objects.all()
    assert clinics.count() >= 14
    countries = {str(c.country) for c in clinics}
    assert {"US", "GB", "MX", "TR"} <= countries and len(countries) >= 6
    assert all(c.description.startswith("Fictional demo clinic.") for c in clinics)
    assert all(c.website.endswith(".example") or not c.website for c in clinics)
    sources = set(Clinic.objects.values_list("protocols__cell_source", flat=True))
    assert {"autologous_adipose", "animal", "umbilical_cord"} <= sources


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing():
    call_command("seed_demo", stdout=StringIO())
    before = (
        Clinic.objects.count(),
        Practitioner.objects.count(),
        Claim.objects.count(),
        Clinic.history.count(),
        list(Clinic.objects.values_list("updated", flat=True)),
    )
    out = StringIO()
    call_command("seed_demo", stdout=out)
    after = (
        Clinic.objects.count(),
        Practitioner.objects.count(),
        Claim.objects.count(),
        Clinic.history.count(),
        list(Clinic.objects.values_list("updated", flat=True)),
    )
    assert before == after
    assert "0 created" in out.getvalue()


@pytest.mark.django_db
def test_seed_demo_refresh_replaces_without_duplicating():
    call_command("seed_demo", stdout=StringIO())
    counts = (Clinic.objects.count(), Practitioner.objects.count(), Claim.objects.count())
    call_command("seed_demo", "--refresh", stdout=StringIO())
    assert (Clinic.objects.count(), Practitioner.objects.count(), Claim.objects.count()) == counts
