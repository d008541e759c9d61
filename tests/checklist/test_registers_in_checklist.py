"""Issue 17, item 5: under each licence and regulator question of the checklist, and on the
report, the public registers of the clinic's country are linked, each with its words."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from checklist.models import PatientReport
from clinics.choices import RegisterKind
from tests.checklist.test_answers import CAREFUL
from tests.checklist.test_checklist_views import (
    PREFIX,
    QUESTIONS_URL,
    choose_listed,
    choose_unlisted,
    complete,
    step_data,
)
from tests.factories import PublicRegisterFactory

pytestmark = pytest.mark.django_db

GMC = "https://www.gmc-uk.org/registration-and-licensing/the-medical-register"


@pytest.fixture
def uk_registers():
    return [
        PublicRegisterFactory(
            country="GB",
            kind=RegisterKind.DOCTORS,
            name="General Medical Council medical register",
            url=GMC,
            notes="Search by name or GMC number.",
        ),
        PublicRegisterFactory(
            country="GB",
            kind=RegisterKind.FACILITIES,
            name="Care Quality Commission",
            url="https://www.cqc.org.uk/",
        ),
        PublicRegisterFactory(
            country="GB",
            kind=RegisterKind.REGULATOR,
            name="Human Tissue Authority",
            url="https://www.hta.gov.uk/",
        ),
        PublicRegisterFactory(country="US", name="Somewhere else", url="https://us.example/"),
    ]


def step_page(client, step: str) -> str:
    """Answer every step before ``step`` and return ``step``'s page."""
    response = client.get(QUESTIONS_URL)
    for name in ("cells", "processing", "people", "claims", "evidence"):
        if name == step:
            return response.content.decode()
        response = client.post(QUESTIONS_URL, step_data(name, CAREFUL))
    raise AssertionError(step)


def test_the_people_step_links_the_countrys_doctor_register_under_the_licence_question(
    client, uk_registers
):
    choose_unlisted(client, country="GB", name="Harley Skin")
    page = step_page(client, "people")
    assert (
        f'Check a doctor’s licence: <a href="{GMC}" target="_blank" '
        'rel="noopener noreferrer">General Medical Council medical register</a> (United Kingdom)'
    ) in page
    assert "Search by name or GMC number." in page
    assert "(opens in a new tab)" in page
    assert "Somewhere else" not in page and "Human Tissue Authority" not in page


def test_the_evidence_step_links_the_regulator_and_the_facility_register(client, uk_registers):
    choose_unlisted(client, country="GB", name="Harley Skin")
    page = step_page(client, "evidence")
    assert "The national regulator: <a" in page and "Human Tissue Authority" in page
    # under "Is the clinic licensed by the regulator?" and "Are its licences current?"
    assert page.count("Check the clinic’s licence: <a") == 2


def test_a_country_with_no_register_shows_the_questions_as_before(client, uk_registers):
    choose_unlisted(client, country="PA", name="Canal Cells")
    page = step_page(client, "people")
    assert "register-links" not in page
    assert "Is the doctor who will treat you licensed" in page


def test_each_step_reads_the_registers_at_most_once(
    client, careful_clinic, uk_registers, django_assert_max_num_queries
):
    careful_clinic.country = "GB"
    careful_clinic.save()
    choose_listed(client, careful_clinic)
    for step in ("cells", "processing"):
        client.post(QUESTIONS_URL, step_data(step, CAREFUL))
    PublicRegisterFactory.create_batch(5, country="GB")
    # 1: session  2: the chosen clinic  3: the country's registers, once  4-6: the session
    # saved, in a savepoint
    with django_assert_max_num_queries(6):
        client.post(QUESTIONS_URL, step_data("people", CAREFUL))
    # the last step builds every step's form again: the registers are still read once
    for step in ("claims", "evidence", "care"):
        client.post(QUESTIONS_URL, step_data(step, CAREFUL, price_currency="USD"))
    with CaptureQueriesContext(connection) as finish:
        client.post(QUESTIONS_URL, {f"{PREFIX}-current_step": "finish"})
    assert sum("clinics_publicregister" in q["sql"] for q in finish.captured_queries) == 1


def test_the_report_lists_the_registers_and_links_them_under_the_questions_to_ask(
    client, uk_registers
):
    choose_unlisted(client, country="GB", name="Harley Skin")
    complete(client, {**CAREFUL, "licensed_physicians": "unknown"})
    body = client.get(PatientReport.objects.get().private_url()).content.decode()
    section = body[body.index('id="registers"') : body.index('id="expect"')]
    assert "Public registers (United Kingdom)" in section
    for name in ("General Medical Council", "Care Quality Commission", "Human Tissue Authority"):
        assert name in section
    questions = body[body.index('id="questions"') : body.index('id="registers"')]
    assert f'Check a doctor’s licence: <a href="{GMC}"' in questions


def test_a_report_for_a_country_without_registers_says_what_to_do_instead(client, uk_registers):
    choose_unlisted(client, country="PA", name="Canal Cells")
    complete(client, CAREFUL)
    body = client.get(PatientReport.objects.get().private_url()).content.decode()
    assert "We have no public register on file for Panama yet" in body
    assert "register-links" not in body


def test_a_changed_register_is_never_stale_on_a_cached_report(
    client, uk_registers, django_capture_on_commit_callbacks
):
    choose_unlisted(client, country="GB", name="Harley Skin")
    complete(client, CAREFUL)
    url = PatientReport.objects.get().private_url()
    anonymous = client.__class__()
    assert "General Medical Council" in anonymous.get(url).content.decode()
    anonymous.get(url)  # the cached copy
    register = uk_registers[0]
    register.name = "GMC register of doctors"
    with django_capture_on_commit_callbacks(execute=True):
        register.save()
    assert "GMC register of doctors" in anonymous.get(url).content.decode()
