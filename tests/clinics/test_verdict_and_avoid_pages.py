"""Issue 17 on the public pages: red flags inside a "not enough information" verdict (clinic
page, directory row, compare), an F page's graded clinics and "Had a problem? Report it", the
questions reachable from the verdict, and one count of questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse

from checklist.engine.answers import QUESTION_COUNT
from checklist.forms import step_forms
from checklist.services.assessments import assessments_refresh
from clinics.models import Clinic
from tests.factories import ClaimFactory, ClinicFactory, PriceQuoteFactory

pytestmark = pytest.mark.django_db
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def flagged_unknown(db) -> Clinic:
    """Little known, but what is known is two kinds of misleading claim."""
    clinic = ClinicFactory(name="Hushed Clinic", slug="hushed-clinic")
    ClaimFactory(clinic=clinic, text="Guaranteed results with zero risk.")
    assessments_refresh()
    clinic.refresh_from_db()
    assert clinic.current_assessment.grade == "insufficient"
    assert len(clinic.current_assessment.claim_flags) == 2
    return clinic


def page(client, clinic: Clinic) -> str:
    return client.get(clinic.get_absolute_url()).content.decode()


def test_the_clinic_page_verdict_names_the_red_flags_as_a_warning(client, flagged_unknown):
    body = page(client, flagged_unknown)
    verdict = body.split('id="verdict-title"')[1].split("</section>")[0]
    assert "grade-warned" in verdict
    assert re.search(r"Not enough information.*2 red flags found", verdict, re.S)
    assert "not a judgement either way" not in body
    assert "what we do know includes red flags" in verdict


def test_an_insufficient_clinic_without_red_flags_has_no_warning(client, db):
    quiet = ClinicFactory()
    assessments_refresh()
    body = page(client, quiet)
    assert "Not enough information" in body and "red flags found" not in body
    assert "not a judgement either way" not in body


def test_the_directory_row_and_the_comparison_carry_the_warning(
    client, flagged_unknown, careful_clinic
):
    assessments_refresh()
    directory = client.get(reverse("clinics:directory")).content.decode()
    row = directory.split("Hushed Clinic")[1].split("</li>")[0]
    assert "2 red flags found" in row
    compare = client.get(
        f"{reverse('clinics:compare')}?c={flagged_unknown.slug}&c={careful_clinic.slug}"
    ).content.decode()
    assert compare.count("red flags found") == 1


def test_the_questions_to_ask_are_linked_from_the_verdict(client, flagged_unknown):
    body = page(client, flagged_unknown)
    verdict = body.split('id="verdict-title"')[1].split("</section>")[0]
    assert re.search(r'<a href="#questions">\d+ questions to ask this clinic</a>', verdict)


# --- an F page ---------------------------------------------------------------------------------


@pytest.fixture
def avoid_in_mexico(red_flag_clinic, careful_clinic) -> Clinic:
    # careful_clinic (US) is the template of a good clinic; copy it into Mexico at the same band
    # as red_flag_clinic (US$900–1,200: under US$3,000) and into another band.
    for name, low, high in (("Good Cheap A", 1000, 2000), ("Good Dear", 9000, 12000)):
        twin = Clinic.objects.get(pk=careful_clinic.pk)
        children = {
            "practitioners": list(careful_clinic.practitioners.all()),
            "credentials": list(careful_clinic.credentials.all()),
            "protocols": list(careful_clinic.protocols.all()),
            "claims": list(careful_clinic.claims.all()),
            "evidence": list(careful_clinic.evidence.all()),
        }
        twin.pk = None
        twin.current_assessment = None
        twin.name, twin.slug, twin.country = name, name.lower().replace(" ", "-"), "MX"
        twin.save()
        for practitioner in children["practitioners"]:
            credentials = list(practitioner.credentials.all())
            practitioner.pk, practitioner.clinic = None, twin
            practitioner.save()
            for credential in credentials:
                credential.pk, credential.practitioner = None, practitioner
                credential.save()
        for relation in ("credentials", "protocols", "claims", "evidence"):
            for child in children[relation]:
                child.pk, child.clinic = None, twin
                child.save()
        PriceQuoteFactory(clinic=twin, min_usd=low, max_usd=high)
    ClinicFactory(name="Unlisted Twin", country="MX", published=False)
    assessments_refresh()
    red_flag_clinic.refresh_from_db()
    assert red_flag_clinic.current_assessment.grade == "F"
    return red_flag_clinic


def test_an_f_page_ends_with_graded_clinics_in_its_country_and_price_band(client, avoid_in_mexico):
    body = page(client, avoid_in_mexico)
    section = body.split('id="alternatives"')[1].split("</section>")[0]
    assert "Graded clinics in Mexico at a similar price" in section
    assert "Good Cheap A" in section
    # another band, another country, unpublished: none of them
    for absent in ("Good Dear", "Careful Clinic", "Unlisted Twin"):
        assert absent not in section
    assert "no clinic pays" in section
    assert "?country=MX&amp;price=under_3000&amp;sort=best" in section


def test_only_an_f_page_offers_other_clinics(client, careful_clinic):
    assessments_refresh()
    assert 'id="alternatives"' not in page(client, careful_clinic)


def test_an_f_pages_queries_stay_pinned_however_many_clinics_it_could_offer(
    client, avoid_in_mexico, django_assert_max_num_queries
):
    for n in range(6):
        PriceQuoteFactory(clinic=ClinicFactory(country="MX", name=f"More {n}"), min_usd=1500)
    assessments_refresh()
    # 0: the data version  1: the clinic with its assessment  2-3: practitioners and their
    # credentials  4: clinic credentials  5: protocols  6: claims  7: prices  8: evidence
    # 9: enforcement actions  10: when the lists were read  11: graded clinics nearby
    # 12: the clinic's disputes and corrections (its right of reply)
    with django_assert_max_num_queries(13):
        client.get(avoid_in_mexico.get_absolute_url())


@pytest.mark.parametrize(
    ("country", "named", "link"),
    [
        ("US", "FDA MedWatch", "https://www.fda.gov/safety/medwatch-fda-safety-information"),
        ("GB", "MHRA Yellow Card", "https://yellowcard.mhra.gov.uk/what-to-report"),
        ("MX", "COFEPRIS", "https://www.gob.mx/cofepris"),
        ("TR", "TİTCK", "https://www.titck.gov.tr/"),
        ("BR", "medicines or health regulator of the country", None),
    ],
)
def test_every_clinic_page_says_where_to_report_a_problem(client, db, country, named, link):
    clinic = ClinicFactory(country=country)
    section = page(client, clinic).split('id="report-problem"')[1].split("</section>")[0]
    assert "Had a problem? Report it" in section and named in section
    if link:
        assert f'href="{link}' in section
    assert f'href="{reverse("checklist:start")}?q=' in section


# --- one count of questions --------------------------------------------------------------------


def test_the_start_page_and_the_readme_give_the_wizards_counts(client, db):
    steps = len(step_forms())
    body = client.get(reverse("checklist:start")).content.decode()
    assert f"Answer {QUESTION_COUNT} short questions" in body and f"in {steps} steps" in body
    assert f"{QUESTION_COUNT} questions in {steps} steps" in README.read_text()


# --- not found, DEBUG off ----------------------------------------------------------------------


@override_settings(DEBUG=False)
def test_a_missing_page_with_debug_off_is_the_sites_own_page(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We could not find that page" in body and "/static/css/site.css" in body
