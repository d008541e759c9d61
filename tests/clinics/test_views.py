"""The public pages, server side: what they show, what they filter, what they cost in queries."""

from __future__ import annotations

import datetime
import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from checklist.engine.criteria import CATALOGUE
from checklist.services.assessments import assessments_refresh
from clinics.models import Clinic, EnforcementAction
from clinics.services import clinics_mark_reviewed
from tests.factories import (
    ClaimFactory,
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    EvidenceFactory,
    PractitionerFactory,
    PriceQuoteFactory,
    ProcessingProtocolFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
DIRECTORY = reverse("clinics:directory")
ROW_NAME = re.compile(r'class="clinic-row-name"><a href="[^"]+">([^<]+)</a>')


@pytest.fixture
def unknown_clinic(db):
    """A published clinic nobody knows anything about: 'not enough information'."""
    return ClinicFactory(name="Quiet Clinic", slug="quiet-clinic", country="TR", city="Izmir")


@pytest.fixture
def graded(careful_clinic, red_flag_clinic, unknown_clinic):
    assessments_refresh()
    return careful_clinic, red_flag_clinic, unknown_clinic


def names(response) -> list[str]:
    return ROW_NAME.findall(response.content.decode())


def directory(client, **params):
    response = client.get(DIRECTORY, params)
    assert response.status_code == 200
    return response


def clinics_with_children(count: int) -> None:
    for _ in range(count):
        clinic = ClinicFactory()
        ProcessingProtocolFactory(clinic=clinic)
        PriceQuoteFactory(clinic=clinic)
        ClaimFactory(clinic=clinic)
    assessments_refresh()


# --- home, methodology, check ------------------------------------------------------------------


def test_home_explains_the_treatment_and_offers_two_ways_in(
    client, graded, django_assert_max_num_queries
):
    # 0: the data version (the page cache's key)  1: the recently updated clinics joined to
    # their assessment
    with django_assert_max_num_queries(2):
        response = client.get(reverse("clinics:home"))
    body = response.content.decode()
    assert response.status_code == 200
    assert f'href="{DIRECTORY}"' in body and f'href="{reverse("checklist:start")}"' in body
    assert "50 to 100&nbsp;cc" in body and "three to six months" in body
    assert "US$7,000–15,000" in body and "US$2,500–7,000" in body
    assert "Grade A" in body and "F · Avoid" in body and "Not enough information" in body


@pytest.mark.django_db
def test_the_check_page_offers_a_listed_or_an_unlisted_clinic(client):
    response = client.get("/check/")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'name="q"' in body and 'value="unlisted"' in body
    assert "No account, no name, no e-mail" in body


def test_the_methodology_page_explains_every_grade_in_plain_words(client):
    body = client.get(reverse("checklist:methodology")).content.decode()
    assert 'id="grades"' in body
    for label in ("Grade A", "Grade D", "F · Avoid", "Not enough information"):
        assert label in body
    assert "Score 85 or more." in body


# --- directory: what a row shows ---------------------------------------------------------------


def test_the_directory_lists_only_published_clinics(client, graded):
    ClinicFactory(name="Hidden Clinic", published=False)
    assert sorted(names(directory(client))) == ["Careful Clinic", "Quiet Clinic", "Red Flag Clinic"]


def test_a_row_shows_place_grade_in_words_score_known_flag_and_price(client, graded):
    body = directory(client).content.decode()
    assert "Austin, United States of America" in body and "Tijuana, Mexico" in body
    assert "Grade A" in body and "F · Avoid" in body and "Not enough information" in body
    assert re.search(r"Score <strong>\d+</strong>/100", body)
    assert re.search(r"Known <strong>\d+%</strong>", body)
    assert "US$8,000–12,000" in body and "US$900–1,200" in body and "Not known" in body
    assert "Red flag: </span>Uses cells that are not your own" in body
    assert f'href="{reverse("checklist:methodology")}#grades"' in body


def test_an_empty_directory_says_so(client):
    body = directory(client).content.decode()
    assert "No clinics are listed yet" in body


def test_a_search_with_no_match_says_so_and_offers_all_clinics(client, graded):
    body = directory(client, q="nothing like this").content.decode()
    assert "No clinics match this search" in body and "Show all clinics" in body


# --- directory: search, filters, sort ----------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "careful"}, ["Careful Clinic"]),
        ({"q": "TIJUANA"}, ["Red Flag Clinic"]),
        ({"q": "  "}, ["Careful Clinic", "Quiet Clinic", "Red Flag Clinic"]),
        ({"country": "MX"}, ["Red Flag Clinic"]),
        ({"grade": "A"}, ["Careful Clinic"]),
        ({"grade": "F"}, ["Red Flag Clinic"]),
        ({"grade": "insufficient"}, ["Quiet Clinic"]),
        ({"cell_source": "own_only"}, ["Careful Clinic"]),
        ({"cell_source": "umbilical_cord"}, ["Red Flag Clinic"]),
        ({"cell_source": "autologous_adipose"}, ["Careful Clinic"]),
        ({"price": "7000_15000"}, ["Careful Clinic"]),
        ({"price": "under_3000"}, ["Red Flag Clinic"]),
        ({"price": "unknown"}, ["Quiet Clinic"]),
        ({"price": "over_15000"}, []),
        ({"no_red_flags": "on"}, ["Careful Clinic", "Quiet Clinic"]),
        ({"no_red_flags": "on", "country": "US"}, ["Careful Clinic"]),
    ],
)
def test_search_and_filters_narrow_the_list(client, graded, params, expected):
    assert sorted(names(directory(client, **params))) == expected


def test_a_clinic_with_donor_and_own_cells_is_not_listed_as_own_cells_only(client, graded):
    careful, *_ = graded
    ProcessingProtocolFactory(clinic=careful, cell_source="allogeneic_donor")
    assert names(directory(client, cell_source="own_only")) == []
    assert names(directory(client, cell_source="allogeneic_donor")) == ["Careful Clinic"]


def test_a_price_band_matches_a_quote_that_overlaps_it(client, graded):
    careful, *_ = graded
    PriceQuoteFactory(clinic=careful, min_usd=14000, max_usd=16000)
    # Every path that changes a price rescores the clinic, which refreshes its listing.
    assessments_refresh()
    assert names(directory(client, price="over_15000")) == ["Careful Clinic"]
    assert "Careful Clinic" in names(directory(client, price="7000_15000"))


def test_only_full_face_quotes_count_for_the_price(client, graded):
    *_, unknown = graded
    PriceQuoteFactory(clinic=unknown, treatment="other", min_usd=100, max_usd=200)
    assert "Quiet Clinic" in names(directory(client, price="unknown"))


def test_country_choices_come_from_published_clinics_only(client, graded):
    ClinicFactory(country="FR", published=False)
    body = directory(client).content.decode()
    assert '<option value="MX">Mexico</option>' in body
    assert '<option value="TR">Türkiye</option>' in body
    assert 'value="FR"' not in body


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (None, ["Careful Clinic", "Quiet Clinic", "Red Flag Clinic"]),
        ("best", ["Careful Clinic", "Quiet Clinic", "Red Flag Clinic"]),
        ("name", ["Careful Clinic", "Quiet Clinic", "Red Flag Clinic"]),
        ("price", ["Red Flag Clinic", "Careful Clinic", "Quiet Clinic"]),
    ],
)
def test_sort_orders(client, graded, sort, expected):
    params = {"sort": sort} if sort else {}
    assert names(directory(client, **params)) == expected


def test_score_order_is_by_points_and_best_grade_order_puts_avoid_last(client, graded):
    # A clinic that fails a must-pass point but scores high on everything else.
    rich_f = ClinicFactory(name="Aardvark Clinic", consultation=True, follow_up=True)
    ProcessingProtocolFactory(clinic=rich_f, cell_source="allogeneic_donor")
    CredentialFactory(practitioner=PractitionerFactory(clinic=rich_f))
    ClaimFactory(clinic=rich_f)
    assessments_refresh()
    by_score = names(directory(client, sort="score"))
    assert by_score.index("Aardvark Clinic") < by_score.index("Quiet Clinic")
    assert names(directory(client))[-2:] == ["Aardvark Clinic", "Red Flag Clinic"]


def test_name_sort_is_alphabetical_across_many_clinics(client):
    for name in ("Zeta", "alpha", "Mu", "Beta"):
        ClinicFactory(name=name)
    assessments_refresh()
    assert names(directory(client, sort="name")) == ["Beta", "Mu", "Zeta", "alpha"]


# --- directory: pagination and bad input --------------------------------------------------------


def test_pages_hold_twenty_clinics_and_page_links_keep_the_filters(client):
    ClinicFactory.create_batch(25, country="US")
    assessments_refresh()
    first = directory(client, country="US", sort="name")
    assert len(names(first)) == 20
    assert "Showing 1–20 of 25 clinics" in first.content.decode()
    assert "?country=US&amp;sort=name&amp;page=2" in first.content.decode()
    second = directory(client, country="US", sort="name", page=2)
    assert len(names(second)) == 5
    assert not set(names(first)) & set(names(second))


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=99999",
        "page=-1",
        "page=1.5",
        "grade=Z",
        "sort=drop%20table",
        "sort=-name",
        "country=ZZ",
        "price=cheap",
        "cell_source=%00",
        "no_red_flags=maybe",
        "q=" + "x" * 500,
        "c=" + "x" * 500,
        "c=a&c=a&c=b&c=c&c=d&c=e&c=f",
        "grade=A&grade=B",
        "q=%00",
        "c=%00",
        "country=%00",
        "page=%00",
    ],
)
def test_no_query_string_breaks_the_directory(client, graded, query):
    response = client.get(f"{DIRECTORY}?{query}")
    assert response.status_code == 200


def test_a_value_it_does_not_know_is_reported_and_ignored(client, graded):
    body = directory(client, grade="Z", sort="drop table").content.decode()
    assert "“Z” is not one of the options, so it was left out." in body
    assert "Part of the address was not understood" in body
    assert len(names_in(body)) == 3


def names_in(body: str) -> list[str]:
    return ROW_NAME.findall(body)


def test_a_page_past_the_end_shows_the_last_page(client):
    ClinicFactory.create_batch(21)
    assessments_refresh()
    body = directory(client, page="99999").content.decode()
    assert "Showing 21–21 of 21 clinics" in body


# --- directory: comparison picks ----------------------------------------------------------------


def test_rows_carry_a_labelled_compare_checkbox_in_a_get_form(client, graded):
    body = directory(client).content.decode()
    assert f'<form method="get" action="{reverse("clinics:compare")}"' in body
    assert 'name="c" value="careful-clinic" id="compare-careful-clinic"' in body
    assert (
        '<label class="form-check-label" for="compare-careful-clinic">Compare'
        '<span class="visually-hidden"> Careful Clinic</span></label>'
    ) in body


def test_a_clinic_picked_elsewhere_stays_picked(client, graded, django_assert_max_num_queries):
    # 0: the data version  1: countries  2: count  3: the page's keys  4: its rows  5: names of
    # the clinics picked on other pages
    with django_assert_max_num_queries(6):
        response = directory(client, c="careful-clinic", country="MX")
    body = response.content.decode()
    assert '<input type="hidden" name="c" value="careful-clinic">' in body
    assert "Already picked: <strong>Careful Clinic</strong>" in body
    on_page = directory(client, c="careful-clinic").content.decode()
    assert 'value="careful-clinic" id="compare-careful-clinic" checked' in on_page


# --- directory: queries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {},
        {
            "q": "Test",
            "country": "US",
            "grade": "A",
            "cell_source": "own_only",
            "price": "7000_15000",
            "no_red_flags": "on",
            "sort": "price",
        },
        {"sort": "best", "page": "2"},
    ],
)
def test_the_directory_costs_the_same_queries_for_3_or_30_clinics(
    client, django_assert_max_num_queries, params
):
    clinics_with_children(3)
    # 0: the data version (the page cache's key)  1: countries for the filter  2: the count for
    # the pages  3: the page's keys, from the sort index  4: those clinics joined to their
    # assessment (skipped when the page is empty)
    with django_assert_max_num_queries(5):
        directory(client, **params)
    clinics_with_children(27)
    with django_assert_max_num_queries(5):
        directory(client, **params)


# --- clinic page -------------------------------------------------------------------------------


def detail(client, clinic):
    response = client.get(clinic.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_careful_clinic_page_shows_its_grade_score_card_and_sources(client, graded):
    careful, *_ = graded
    body = detail(client, careful)
    careful.refresh_from_db()
    stored = careful.current_assessment
    assert "Grade A" in body
    assert f"<strong>{stored.score:.0f}</strong> out of 100" in body
    assert f"<strong>{stored.coverage:.0f}%</strong> of what we check" in body
    for criterion in CATALOGUE.criteria:
        assert criterion.title in body
        assert f"#criterion-{criterion.id}" in body
    for result in stored.results:
        assert result["reason"].replace("'", "&#x27;") in body
    assert (
        'href="https://www.closerlookatstemcells.org/stem-cells-medicine/'
        'stem-cell-treatments-what-to-ask/"'
    ) in body
    assert body.count('<svg class="score-bar"') == len(CATALOGUE.groups)
    assert 'role="img" aria-label="The cells and what is injected: ' in body


def test_a_clinic_to_avoid_names_the_knockout_and_explains_its_claims(client, graded):
    _, red_flag, _ = graded
    body = detail(client, red_flag)
    assert "F · Avoid" in body and "Why we say avoid" in body
    assert "<strong>Your own cells.</strong> Uses umbilical-cord cells" in body
    assert '<mark class="claim-flag">Permanent<span class="visually-hidden"> (flagged: ' in body
    assert "Promises permanent results" in body and "Says there is no risk" in body
    assert "Grafted fat and injected cells are partly reabsorbed" in body
    assert "Unusually cheap: ask exactly what is injected and who processes it." in body
    assert "Typical in Mexico" in body and "US$3,500–8,000" in body


def test_not_enough_information_says_what_is_missing(client, graded):
    *_, unknown = graded
    body = detail(client, unknown)
    assert "Not enough information" in body
    assert "Nothing is known yet about:" in body and "credentials" in body
    assert "No doctors are recorded for this clinic." in body
    assert "The clinic has not described its treatment" in body
    assert "No full-face price is known." in body


def test_credentials_show_issuer_checker_dates_and_expiry(client, graded):
    careful, red_flag, _ = graded
    body = detail(client, careful)
    assert "Texas Medical Board" in body and "By A. Curator on" in body
    assert "Verified" in body
    expired = detail(client, red_flag)
    assert "Expired: no longer counts" in expired
    assert '1 January 2020 <strong class="expired-note">(expired)</strong>' in expired


def test_protocols_are_described_in_plain_words(client, graded):
    careful, red_flag, _ = graded
    assert "Your own cells, taken from a small amount of your fat" in detail(client, careful)
    body = detail(client, red_flag)
    assert "Cells from umbilical cord tissue of a donor, not from you." in body
    assert "Processed in an open system" in body


def test_questions_to_ask_come_from_unmet_and_unknown_criteria(client, graded):
    _, red_flag, _ = graded
    body = detail(client, red_flag)
    questions = body.split('id="questions-title"')[1]
    autologous = CATALOGUE.by_id["autologous_source"].ask_clinic.replace("'", "&#x27;")
    assert autologous in questions
    assert 'Your own cells: <span class="status-word status-not_met">not met</span>' in questions


def test_dates_are_written_for_people(client, graded):
    careful, *_ = graded
    clinics_mark_reviewed(
        queryset=Clinic.objects.filter(pk=careful.pk),
        user=None,
        today=datetime.date(2026, 11, 21),
    )
    body = detail(client, careful)
    assert "21 November 2026" in body


def test_evidence_links_to_its_doi(client, graded):
    careful, *_ = graded
    body = detail(client, careful)
    assert 'href="https://doi.org/10.1186/s13018-017-0645-5"' in body


def test_a_clinic_not_yet_graded_says_so(client):
    clinic = ClinicFactory()
    body = detail(client, clinic)
    assert "This clinic has not been graded yet." in body
    assert 'id="score-card"' not in body


@pytest.mark.parametrize("slug", ["no-such-clinic", "hidden-clinic"])
def test_unknown_and_unpublished_clinics_get_the_sites_404_page(client, slug):
    ClinicFactory(slug="hidden-clinic", published=False)
    response = client.get(reverse("clinics:detail", kwargs={"slug": slug}))
    assert response.status_code == 404
    body = response.content.decode()
    assert "We could not find that page" in body
    assert 'aria-label="Main"' in body and "Information, not medical advice." in body


@pytest.mark.parametrize(
    ("template", "heading"),
    [
        ("500.html", "Something went wrong on our side"),
        ("403.html", "This page is not open to you"),
        ("400.html", "We could not understand that request"),
    ],
)
def test_the_error_pages_render_without_a_request_in_the_sites_style(template, heading):
    body = render_to_string(template)
    assert heading in body and "Information, not medical advice." in body


def test_the_clinic_page_costs_the_same_queries_however_much_it_holds(
    client, django_assert_max_num_queries
):
    small = ClinicFactory()
    ProcessingProtocolFactory(clinic=small)
    big = ClinicFactory()
    for _ in range(8):
        practitioner = PractitionerFactory(clinic=big)
        CredentialFactory.create_batch(2, practitioner=practitioner)
        ClinicCredentialFactory(clinic=big)
        ProcessingProtocolFactory(clinic=big)
        ClaimFactory(clinic=big, text="Guaranteed results, zero risk.")
        PriceQuoteFactory(clinic=big)
        EvidenceFactory(clinic=big)
        action = EnforcementAction.objects.create(
            agency="Fictional agency",
            kind="warning_letter",
            issued_on=datetime.date(2024, 1, 1 + len(big.practitioners.all())),
            company=big.name,
            url="https://agency.example/letter",
        )
        action.clinics.add(big)
        action.practitioners.add(practitioner)
    assessments_refresh()
    for clinic in (small, big):
        clinic.refresh_from_db()
        # 0: the data version  1: the clinic with its assessment and price  2-3: practitioners and their
        # credentials  4: clinic credentials  5: protocols  6: claims  7: prices  8: evidence
        # 9: enforcement actions naming the clinic or its doctors  10: when the lists were read
        # 11: the clinic's disputes and corrections (its right of reply)
        # 12 (an F page only): graded clinics in the same country and price band
        with django_assert_max_num_queries(13 if clinic.listing_grade == "F" else 12):
            detail(client, clinic)


# --- every page --------------------------------------------------------------------------------


def public_pages(graded) -> list[str]:
    careful, red_flag, unknown = graded
    return [
        reverse("clinics:home"),
        DIRECTORY,
        f"{DIRECTORY}?q=nothing",
        careful.get_absolute_url(),
        red_flag.get_absolute_url(),
        unknown.get_absolute_url(),
        f"{reverse('clinics:compare')}?c={careful.slug}&c={red_flag.slug}",
        reverse("clinics:compare"),
        reverse("checklist:methodology"),
        reverse("checklist:start"),
        "/clinics/no-such-clinic/",
    ]


def test_every_page_has_a_title_a_description_and_landmarks(client, graded):
    for url in public_pages(graded):
        body = client.get(url).content.decode()
        title = re.search(r"<title>(.+?) · Clinic Vetting</title>", body, re.S)
        description = re.search(r'<meta name="description" content="([^"]+)">', body)
        assert title and title.group(1).strip(), url
        assert description and len(description.group(1)) > 40, url
        assert '<html lang="en">' in body
        assert 'class="skip-link" href="#content"' in body and '<main id="content"' in body
        assert "<header" in body and "<footer" in body and 'aria-label="Main"' in body


def test_no_page_has_inline_scripts_handlers_or_styles(client, graded):
    for url in public_pages(graded):
        body = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body), url
        assert not re.search(r"\son[a-z]+=", body), url
        assert not re.search(r"\sstyle=", body), url
        assert "cdn" not in body.lower(), url


def test_hostile_text_is_escaped_everywhere(client):
    clinic = ClinicFactory(
        name=HOSTILE, slug="hostile", city=HOSTILE, description=HOSTILE, website=""
    )
    ClaimFactory(clinic=clinic, text=f"{HOSTILE} Permanent results, guaranteed.")
    practitioner = PractitionerFactory(clinic=clinic, name=HOSTILE, role=HOSTILE)
    CredentialFactory(practitioner=practitioner, issuer=HOSTILE, number="X1")
    ProcessingProtocolFactory(clinic=clinic, name=HOSTILE)
    PriceQuoteFactory(clinic=clinic, includes=HOSTILE)
    PriceQuoteFactory(clinic=clinic, treatment="other", includes=HOSTILE)
    other = ClinicFactory()
    assessments_refresh()
    pages = [
        reverse("clinics:home"),
        DIRECTORY,
        f"{DIRECTORY}?q=<script>",
        clinic.get_absolute_url(),
        f"{reverse('clinics:compare')}?c=hostile&c={other.slug}",
        f"{reverse('clinics:compare')}?c=hostile&c=<script>alert(1)</script>",
        f"{DIRECTORY}?c=hostile&country=MX",
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert HOSTILE not in body, url
        assert ESCAPED in body, url


def test_every_page_of_every_sort_lists_the_clinics_the_sort_order_gives(client):
    from clinics.filters import SORTS, directory_queryset

    clinics_with_children(45)
    assessments_refresh()
    for sort, order in SORTS.items():
        expected = list(directory_queryset().order_by(*order).values_list("name", flat=True))
        shown = [
            name for page in (1, 2, 3) for name in names(directory(client, sort=sort, page=page))
        ]
        assert shown == expected, sort


def test_the_clinic_page_highlights_claims_from_their_stored_screening(
    client, red_flag_clinic, monkeypatch
):
    from checklist.engine import claims
    from checklist.engine.presentation import details

    red_flag_clinic.published = True
    red_flag_clinic.save()
    assessments_refresh()  # stores each claim's screening

    def refuse(text):
        raise AssertionError("screened again")

    monkeypatch.setattr(claims, "screen", refuse)
    monkeypatch.setattr(details, "screen", refuse)
    body = client.get(reverse("clinics:detail", args=[red_flag_clinic.slug])).content.decode()
    assert '<mark class="claim-flag">Permanent' in body


@pytest.mark.django_db
def test_patients_pages_show_no_unconfirmed_citation_and_name_the_broker(client, careful_clinic):
    from checklist.services.assessments import assessment_refresh

    assessment_refresh(clinic=careful_clinic)
    for url in (f"/clinics/{careful_clinic.slug}/", "/methodology/", "/"):
        page = client.get(url).content.decode()
        assert "Yin et al." not in page and "(unconfirmed)" not in page, url
    home = client.get("/").content.decode()
    assert "commercial medical-tourism broker" in home
