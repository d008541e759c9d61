"""Prices as the clinic quoted them (issue 17, item 9): the amount and currency are kept, the
dollars that scoring and sorting read are converted at the dated reference rates, and the
public pages show both."""

from __future__ import annotations

import copy

import pytest
from django.urls import reverse

from checklist.engine.presentation import quoted_money
from checklist.engine.pricing import RATES_AS_OF
from checklist.services.assessments import clinics_import_and_score
from clinics.models import Clinic, PriceQuote
from clinics.profiles import ProfileError, parse_profiles
from clinics.services import clinic_profiles_export
from tests.clinics.test_admin_import import confirm, row_errors, upload

PESOS = {
    "treatment": "full_face",
    "currency": "MXN",
    "min_amount": 90_000,
    "max_amount": 140_000,
    "includes": "Harvest and one session",
}
PROFILE = {
    "slug": "coast-cells",
    "name": "Coast Cells",
    "country": "MX",
    "city": "Tijuana",
    "published": True,
    "prices": [PESOS],
}
SHOWN = f"MX$90,000–140,000 as quoted (about US$4,950–7,700 at the {RATES_AS_OF} rate)"


def import_profile(prices: list[dict]) -> Clinic:
    clinics_import_and_score(data=[{**copy.deepcopy(PROFILE), "prices": prices}])
    return Clinic.objects.select_related("current_assessment").get(slug="coast-cells")


def test_a_quote_in_pesos_reads_as_quoted_and_in_dollars():
    assert quoted_money("MXN", 90_000, 140_000, 4_950, 7_700) == SHOWN


def test_a_quote_in_dollars_reads_as_before():
    assert quoted_money("USD", 7_000, 9_500, 7_000, 9_500) == "US$7,000–9,500"


def test_a_currency_without_a_sign_is_written_as_its_code():
    assert quoted_money("TRY", 150_000, None, 4_350, None).startswith(
        "from TRY\N{NO-BREAK SPACE}150,000 as quoted"
    )


@pytest.mark.django_db
def test_an_imported_peso_quote_keeps_its_amounts_and_is_scored_on_dollars():
    clinic = import_profile([PESOS])
    quote = clinic.prices.get()
    assert (quote.currency, quote.min_amount, quote.max_amount) == ("MXN", 90_000, 140_000)
    assert (quote.min_usd, quote.max_usd) == (4_950, 7_700)
    # The directory's sort and the price check read the converted dollars.
    assert (clinic.listing_price_min, clinic.listing_price_max) == (4_950, 7_700)
    price = clinic.current_assessment.to_assessment().result("price_in_range")
    assert price.status == "met", price.reason
    assert "$4,950" in price.reason


@pytest.mark.django_db
def test_a_profile_giving_only_dollars_is_a_quote_in_dollars():
    clinic = import_profile([{"treatment": "full_face", "min_usd": 7_000, "max_usd": 9_500}])
    quote = clinic.prices.get()
    assert (quote.currency, quote.min_amount, quote.max_amount) == ("USD", 7_000, 9_500)
    assert (quote.min_usd, quote.max_usd) == (7_000, 9_500)


def test_dollars_alone_for_a_quote_in_another_currency_are_refused_by_name():
    profile = {**PROFILE, "prices": [{"currency": "MXN", "min_usd": 5_000}]}
    with pytest.raises(ProfileError) as error:
        parse_profiles([profile])
    [only] = error.value.errors
    assert only.field == "prices[0].min_usd"
    assert "a price in MXN gives min_amount and max_amount" in only.message


def test_a_currency_outside_the_rate_table_is_named_with_its_field():
    profile = {**PROFILE, "prices": [{**PESOS, "currency": "pesos"}]}
    with pytest.raises(ProfileError, match=r"prices\[0\]\.currency: 'pesos' is not one of USD, "):
        parse_profiles([profile])


@pytest.mark.django_db
def test_the_export_gives_the_quote_and_its_conversion_and_imports_back_the_same():
    import_profile([PESOS])
    first = clinic_profiles_export()
    assert first[0]["prices"] == [
        {
            "treatment": "full_face",
            "currency": "MXN",
            "min_amount": 90_000,
            "max_amount": 140_000,
            "min_usd": 4_950,
            "max_usd": 7_700,
            "includes": "Harvest and one session",
        }
    ]
    Clinic.objects.all().delete()
    clinics_import_and_score(data=first)
    assert clinic_profiles_export() == first


@pytest.mark.django_db
def test_saving_a_quote_converts_it_again():
    clinic = import_profile([PESOS])
    quote = clinic.prices.get()
    quote.currency, quote.min_amount, quote.max_amount = "EUR", 5_000, 6_000
    quote.save()
    quote.refresh_from_db()
    assert (quote.min_usd, quote.max_usd) == (5_400, 6_480)


@pytest.mark.django_db
def test_a_sheet_row_in_pesos_is_converted_and_one_with_only_dollars_is_in_dollars(client, curator):
    import_profile([])
    client.force_login(curator)
    preview = upload(
        client,
        [
            ["clinic", "treatment", "currency", "min_amount", "max_amount", "min_usd", "max_usd"],
            ["coast-cells", "full_face", "MXN", "90000", "140000", "", ""],
            ["coast-cells", "other", "", "", "", "300", "500"],
        ],
        resource="prices",
    )
    assert not row_errors(preview)
    confirm(client, preview)
    pesos, dollars = PriceQuote.objects.order_by("id")
    assert (pesos.currency, pesos.min_usd, pesos.max_usd) == ("MXN", 4_950, 7_700)
    assert (dollars.currency, dollars.min_amount, dollars.max_amount) == ("USD", 300, 500)


@pytest.mark.django_db
def test_the_clinic_page_the_directory_and_compare_show_the_quote_and_the_dollars(client):
    import_profile([PESOS])
    clinics_import_and_score(
        data=[
            {
                **PROFILE,
                "slug": "harbour",
                "name": "Harbour",
                "country": "GB",
                "prices": [{"treatment": "full_face", "min_usd": 7_000, "max_usd": 9_500}],
            }
        ]
    )
    page = client.get(reverse("clinics:detail", args=["coast-cells"])).content.decode()
    assert SHOWN in page
    directory = client.get(reverse("clinics:directory")).content.decode()
    assert SHOWN in directory and "US$7,000–9,500" in directory
    compare = client.get(reverse("clinics:compare") + "?c=coast-cells&c=harbour").content.decode()
    assert SHOWN in compare and "US$7,000–9,500" in compare


@pytest.mark.django_db
def test_quotes_in_two_currencies_show_the_dollars_only(client):
    import_profile([PESOS, {"treatment": "full_face", "currency": "USD", "min_amount": 6_000}])
    directory = client.get(reverse("clinics:directory")).content.decode()
    assert "as quoted" not in directory
    assert "US$4,950–7,700" in directory


@pytest.mark.django_db
def test_a_curator_enters_the_quote_in_the_admin_and_sees_the_dollars(client, curator):
    from tests.clinics.test_admin import clinic_form_data

    client.force_login(curator)
    data = clinic_form_data(
        published="",
        **{
            "prices-TOTAL_FORMS": "1",
            "prices-0-treatment": "full_face",
            "prices-0-currency": "MXN",
            "prices-0-min_amount": "90000",
            "prices-0-max_amount": "140000",
            "prices-0-includes": "",
        },
    )
    response = client.post(reverse("admin:clinics_clinic_add"), data)
    assert response.status_code == 302, response.context["adminform"].errors
    quote = PriceQuote.objects.get(clinic__slug="new-clinic")
    assert (quote.currency, quote.min_usd, quote.max_usd) == ("MXN", 4_950, 7_700)
    change = client.get(reverse("admin:clinics_clinic_change", args=[quote.clinic_id]))
    assert "4950" in change.content.decode() or "4,950" in change.content.decode()
