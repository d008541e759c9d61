"""The staff admin at 10,000 clinics (issue 8): the clinic list walks an index and loads only the
rows it shows, every page of every sort lists the right clinics, assessments are narrowed by
date ranges, the report queue's clinic filter stays short, and a clinic's page reads its claims
once. Timings are bench/admin.py's; these tests pin what makes them."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from checklist.admin.clinics import ClinicAdmin
from checklist.admin.review import ReportedClinicFilter
from checklist.models import ClinicAssessment
from checklist.services.assessments import assessment_refresh
from clinics.models import Claim, Clinic
from tests.clinics.test_admin import clinic_form_data
from tests.clinics.test_admin_review import shared_report
from tests.factories import ClaimFactory, ClinicFactory

CLINICS = reverse("admin:clinics_clinic_changelist")
ASSESSMENTS = reverse("admin:checklist_clinicassessment_changelist")
QUEUE = reverse("admin:checklist_patientreport_changelist")
PER_PAGE = 4
KEYS = 'SELECT "clinics_clinic"."id" AS "pk" FROM'


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password="pw-for-tests-only")


@pytest.fixture
def short_pages(monkeypatch):
    monkeypatch.setattr(ClinicAdmin, "list_per_page", PER_PAGE)


@pytest.fixture
def varied_clinics(db):
    """Ten clinics that tie in every column somewhere: two share a name, some are scored, some
    reviewed, three countries."""
    clinics = [
        ClinicFactory(name=name, country=country, last_reviewed=reviewed)
        for name, country, reviewed in [
            ("Alba", "MX", None),
            ("Mira", "TR", datetime.date(2026, 1, 5)),
            ("Alba", "US", None),
            ("Zen", "MX", datetime.date(2026, 3, 1)),
            ("Bloom", "TR", None),
            ("Cura", "US", None),
            ("Derma", "MX", datetime.date(2026, 1, 5)),
            ("Eve", "TR", None),
            ("Flor", "US", None),
            ("Gala", "MX", None),
        ]
    ]
    for clinic in clinics[::2]:
        ClaimFactory(clinic=clinic, text="Permanent results, guaranteed.")
        assessment_refresh(clinic=clinic)
    return clinics


def pages_of(client, params: dict[str, str]) -> list[list[int]]:
    first = client.get(CLINICS, params)
    cl = first.context["cl"]
    pages = [[c.pk for c in cl.result_list]]
    for number in range(2, cl.paginator.num_pages + 1):
        response = client.get(CLINICS, {**params, "p": number})
        pages.append([c.pk for c in response.context["cl"].result_list])
    return pages


# --- the clinic list -----------------------------------------------------------------------------


# Every sortable column, both ways: name, country, grade, score, coverage, last assessed, reviewed.
SORTS = ["", "1", "-1", "2", "-2", "3", "-3", "4", "-4", "5", "-5", "8", "-8", "9", "-9"]


@pytest.mark.parametrize("order", SORTS)
def test_every_page_of_every_sort_lists_the_clinics_that_show_all_lists_there(
    client, reviewer, varied_clinics, short_pages, order
):
    client.force_login(reviewer)
    params = {"o": order} if order else {}
    everything = client.get(CLINICS, {**params, "all": ""}).context["cl"]
    assert everything.result_count == 10 and everything.can_show_all
    expected = [c.pk for c in everything.result_list]
    pages = pages_of(client, params)
    assert [len(page) for page in pages] == [4, 4, 2]
    assert [pk for page in pages for pk in page] == expected


def test_the_last_page_lists_the_last_clinics_by_name_and_the_counts_stay(
    client, reviewer, varied_clinics, short_pages
):
    client.force_login(reviewer)
    response = client.get(CLINICS, {"p": 3})
    cl = response.context["cl"]
    assert [c.name for c in cl.result_list] == ["Mira", "Zen"]
    assert cl.result_count == 10 and cl.full_result_count == 10 and cl.multi_page
    # The two clinics named Alba come newest first, as the admin breaks ties (-pk).
    first = client.get(CLINICS).context["cl"].result_list
    alba = sorted((c for c in varied_clinics if c.name == "Alba"), key=lambda c: -c.pk)
    assert [c.pk for c in first[:2]] == [c.pk for c in alba]


def test_a_filtered_list_pages_and_counts_its_own_clinics(
    client, reviewer, varied_clinics, short_pages
):
    client.force_login(reviewer)
    cl = client.get(CLINICS, {"country": "MX", "p": 1}).context["cl"]
    assert cl.result_count == 4 and cl.full_result_count == 10
    assert {c.country.code for c in cl.result_list} == {"MX"}
    assert [len(page) for page in pages_of(client, {"country": "MX"})] == [4]


def test_the_list_annotates_only_the_rows_it_shows(client, reviewer, varied_clinics, short_pages):
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as captured:
        client.get(CLINICS, {"p": 2})
    annotated = [q["sql"] for q in captured.captured_queries if '"open_reports"' in q["sql"]]
    assert len(annotated) == 1
    assert '"clinics_clinic"."id" IN (' in annotated[0]
    assert any(q["sql"].startswith(KEYS) for q in captured.captured_queries)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
@pytest.mark.parametrize("order", ["", "1"])
def test_the_clinic_list_walks_the_name_index_instead_of_sorting(
    client, reviewer, varied_clinics, short_pages, order
):
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as captured:
        client.get(CLINICS, {"o": order, "p": 3} if order else {"p": 3})
    keys = next(q["sql"] for q in captured.captured_queries if q["sql"].startswith(KEYS))
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {keys}")
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "admin_by_name" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_the_country_column_shows_the_country_name(client, reviewer, varied_clinics):
    client.force_login(reviewer)
    body = client.get(CLINICS).content.decode()
    assert '<td class="field-country_name">Mexico</td>' in body
    assert "Türkiye" in body or "Turkey" in body


# --- assessments ---------------------------------------------------------------------------------


def test_assessments_are_listed_newest_first_and_narrowed_to_the_past_week(
    client, reviewer, varied_clinics
):
    old = ClinicAssessment.objects.order_by("pk").first()
    ClinicAssessment.objects.filter(pk=old.pk).update(
        created=timezone.now() - datetime.timedelta(days=40)
    )
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(ASSESSMENTS)
    cl = response.context["cl"]
    created = [a.created for a in cl.result_list]
    assert created == sorted(created, reverse=True) and cl.result_list[-1].pk == old.pk
    # Ranges, not the days that have assessments: no per-row date function (SQLite runs one in
    # Python for every row).
    assert not any("trunc" in q["sql"].lower() for q in captured.captured_queries)
    spec = next(s for s in cl.filter_specs if getattr(s, "field_path", "") == "created")
    week = next(c for c in spec.choices(cl) if c["display"] == "Past 7 days")
    recent = client.get(ASSESSMENTS + week["query_string"]).context["cl"]
    assert recent.result_count == 4
    assert old.pk not in {a.pk for a in recent.result_list}


# --- the report queue ----------------------------------------------------------------------------


@pytest.fixture
def reported(varied_clinics):
    for clinic in varied_clinics[:3]:
        shared_report(clinic)
    return varied_clinics[:3]


def clinic_choices(response) -> list[str]:
    cl = response.context["cl"]
    spec = next(s for s in cl.filter_specs if isinstance(s, ReportedClinicFilter))
    return [choice["display"] for choice in spec.choices(cl)]


def test_the_queue_lists_the_reported_clinics_while_they_are_few(client, reviewer, reported):
    client.force_login(reviewer)
    assert clinic_choices(client.get(QUEUE)) == ["All", "Alba", "Alba", "Mira", "-"]


def test_past_a_short_list_the_queue_offers_only_the_chosen_clinic(
    client, reviewer, reported, monkeypatch
):
    monkeypatch.setattr(ReportedClinicFilter, "listed", 2)
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert clinic_choices(response) == ["All", "-"]
    assert "others: search by name" in response.content.decode()
    mira = reported[1]
    # The clinic page's "patient reports" link.
    response = client.get(QUEUE, {"clinic__id__exact": mira.pk})
    assert clinic_choices(response) == ["All", "Mira", "-"]
    assert {r.clinic_id for r in response.context["cl"].result_list} == {mira.pk}
    searched = client.get(QUEUE, {"q": "Mira"}).context["cl"]
    assert {r.clinic_id for r in searched.result_list} == {mira.pk}


def test_a_clinic_that_is_not_a_number_is_refused_like_any_bad_filter(client, reviewer, reported):
    client.force_login(reviewer)
    response = client.get(QUEUE, {"clinic__id__exact": "Mira"})
    assert response.status_code == 302 and response["Location"].endswith("?e=1")


# --- the clinic page -----------------------------------------------------------------------------


def claim_reads(captured) -> int:
    return sum(1 for q in captured.captured_queries if 'FROM "clinics_claim"' in q["sql"])


def test_the_clinic_page_reads_its_claims_once_for_the_inline_and_the_review_panel(
    client, superuser, red_flag_clinic
):
    assessment_refresh(clinic=red_flag_clinic)
    client.force_login(superuser)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("admin:clinics_clinic_change", args=[red_flag_clinic.pk]))
    assert claim_reads(captured) == 1
    review = response.context["review"]
    assert [panel.claim.text for panel in review["claims"]] == [
        "Permanent results, guaranteed. Zero risk."
    ]
    assert review["flagged_claims"] == 1


def test_a_refused_edit_shows_the_stored_claims_in_the_review_panel_not_the_typed_ones(
    client, superuser, red_flag_clinic
):
    claim = Claim.objects.get(clinic=red_flag_clinic)
    client.force_login(superuser)
    data = clinic_form_data(clinic_name="", slug=red_flag_clinic.slug)
    data.update(
        {
            "claims-TOTAL_FORMS": "1",
            "claims-INITIAL_FORMS": "1",
            "claims-0-id": str(claim.pk),
            "claims-0-clinic": str(red_flag_clinic.pk),
            "claims-0-text": "Typed but not saved.",
        }
    )
    response = client.post(reverse("admin:clinics_clinic_change", args=[red_flag_clinic.pk]), data)
    assert response.status_code == 200 and response.context["adminform"].form.errors
    assert [panel.claim.text for panel in response.context["review"]["claims"]] == [claim.text]
    assert Clinic.objects.get(pk=red_flag_clinic.pk).name == "Red Flag Clinic"
