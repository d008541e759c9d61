"""Side-by-side comparison: 2 to 4 clinics, criteria as rows, friendly about every bad address."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from checklist.engine.criteria import CATALOGUE
from checklist.services.assessments import assessments_refresh
from tests.factories import ClinicFactory, ProcessingProtocolFactory

pytestmark = pytest.mark.django_db

COMPARE = reverse("clinics:compare")
COLUMN = re.compile(r'<th scope="col" class="compare-clinic">\s*<a href="[^"]+">([^<]+)</a>')


@pytest.fixture
def graded(careful_clinic, red_flag_clinic):
    third = ClinicFactory(name="Third Clinic", slug="third-clinic")
    fourth = ClinicFactory(name="Fourth Clinic", slug="fourth-clinic")
    fifth = ClinicFactory(name="Fifth Clinic", slug="fifth-clinic")
    assessments_refresh()
    return careful_clinic, red_flag_clinic, third, fourth, fifth


def compare(client, *slugs: str, **extra: str) -> str:
    query = urlencode([("c", slug) for slug in slugs] + list(extra.items()))
    response = client.get(f"{COMPARE}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def columns(body: str) -> list[str]:
    return COLUMN.findall(body)


def test_two_clinics_side_by_side_in_the_order_asked(client, graded):
    body = compare(client, "red-flag-clinic", "careful-clinic")
    assert columns(body) == ["Red Flag Clinic", "Careful Clinic"]
    for criterion in CATALOGUE.criteria:
        assert f'#criterion-{criterion.id}">{criterion.title}</a>' in body
    assert "Grade A" in body and "F · Avoid" in body
    assert "US$8,000–12,000" in body and "US$900–1,200" in body
    assert "Uses cells that are not your own" in body


def test_rows_where_clinics_differ_are_marked_in_words(client, graded):
    body = compare(client, "careful-clinic", "red-flag-clinic")
    row = body.split('#criterion-autologous_source">Your own cells</a>')[1].split("</tr>")[0]
    assert '<span class="differs-tag">Differs</span>' in row
    assert "✓</span> Met" in row and "✗</span> Not met" in row
    assert "They differ on" in body


def test_only_differences_hides_the_rows_that_agree(client, graded):
    full = compare(client, "careful-clinic", "red-flag-clinic")
    only = compare(client, "careful-clinic", "red-flag-clinic", diff="1")
    assert only.count('class="compare-row differs"') == full.count('class="compare-row differs"')
    assert 'class="compare-row"' in full and 'class="compare-row"' not in only
    assert "Show every point" in only


def test_four_clinics_is_the_most_and_a_fifth_is_explained(client, graded):
    body = compare(
        client, "careful-clinic", "red-flag-clinic", "third-clinic", "fourth-clinic", "fifth-clinic"
    )
    assert columns(body) == ["Careful Clinic", "Red Flag Clinic", "Third Clinic", "Fourth Clinic"]
    assert "You can compare up to 4 clinics at a time" in body
    assert "Add another clinic" not in body


@pytest.mark.parametrize(
    ("slugs", "message"),
    [
        ((), "In the directory, tick the clinics you want to see side by side"),
        (("careful-clinic",), "So far you have picked"),
        (("careful-clinic", "careful-clinic"), "You picked the same clinic more than once"),
        (("x", "x"), "We could not find <q>x</q>"),
        (("careful-clinic", "nope"), "We could not find <q>nope</q>"),
    ],
)
def test_fewer_than_two_clinics_get_a_friendly_message(client, graded, slugs, message):
    body = compare(client, *slugs)
    assert message in body
    assert "compare-table" not in body
    assert "Pick 2 to 4 clinics to compare" in body


def test_an_unknown_slug_is_reported_and_the_rest_compared(client, graded):
    body = compare(client, "careful-clinic", "gone-clinic", "red-flag-clinic")
    assert "We could not find <q>gone-clinic</q>" in body
    assert columns(body) == ["Careful Clinic", "Red Flag Clinic"]


def test_an_unpublished_clinic_cannot_be_compared(client, graded):
    ClinicFactory(slug="hidden", name="Hidden", published=False)
    body = compare(client, "careful-clinic", "hidden")
    assert "Hidden" not in columns(body) and "We could not find <q>hidden</q>" in body


def test_a_clinic_not_yet_graded_is_compared_as_not_assessed(client, graded):
    ClinicFactory(slug="new-clinic", name="New Clinic")
    body = compare(client, "careful-clinic", "new-clinic")
    assert "Not assessed yet" in body and "Not assessed</td>" in body


def test_each_column_can_be_removed_without_javascript(client, graded):
    body = compare(client, "careful-clinic", "red-flag-clinic", "third-clinic", diff="1")
    assert f'href="{COMPARE}?c=red-flag-clinic&amp;c=third-clinic&amp;diff=1"' in body
    assert (
        f'href="{reverse("clinics:directory")}?c=careful-clinic&amp;c=red-flag-clinic&amp;c=third-clinic"'
        in body
    )


@pytest.mark.parametrize(
    "query",
    ["c=", "c=%00", "c=" + "x" * 500, "c=<b>&c=../..", "diff=yes", "c=a&c=b&c=c&c=d&c=e&c=f&c=g"],
)
def test_no_query_string_breaks_the_comparison(client, graded, query):
    assert client.get(f"{COMPARE}?{query}").status_code == 200


def test_the_comparison_is_two_queries_whatever_the_number_of_clinics(
    client, graded, django_assert_max_num_queries
):
    # 1: the data version (the page cache key)  2: the picked clinics joined to their assessment,
    # with the price as subqueries
    with django_assert_max_num_queries(2):
        compare(client, "careful-clinic", "red-flag-clinic")
    for _ in range(30):
        ProcessingProtocolFactory(clinic=ClinicFactory())
    assessments_refresh()
    with django_assert_max_num_queries(2):
        compare(client, "careful-clinic", "red-flag-clinic", "third-clinic", "fourth-clinic")
    with django_assert_max_num_queries(2):
        compare(client, *[f"unknown-{n}" for n in range(50)])
