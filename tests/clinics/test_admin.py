import json

import pytest
from django.urls import reverse

from clinics.models import Clinic, ProcessingProtocol
from tests.factories import (
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
    ProcessingProtocolFactory,
)

CHANGELISTS = [
    "admin:clinics_clinic_changelist",
    "admin:clinics_practitioner_changelist",
    "admin:clinics_credential_changelist",
]


def make_clinics(n):
    for _ in range(n):
        clinic = ClinicFactory()
        CredentialFactory(practitioner=PractitionerFactory(clinic=clinic))
        ClinicCredentialFactory(clinic=clinic)
        ProcessingProtocolFactory(clinic=clinic)


def clinic_form_data(clinic_name="New Clinic", slug="new-clinic", **extra):
    data = {
        "name": clinic_name,
        "slug": slug,
        "country": "MX",
        "city": "Cancun",
        "website": "",
        "description": "",
        "published": "on",
        "consultation": "unknown",
        "written_consent": "true",
        "consent_states_limited_data": "unknown",
        "risks_disclosed": "unknown",
        "follow_up": "unknown",
        "complication_reporting": "unknown",
        "outcomes_published": "unknown",
        "procedures_performed": "",
        "charges_for_trial": "false",
        "last_reviewed": "",
    }
    for prefix in ("practitioners", "credentials", "protocols", "claims", "prices", "evidence"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(extra)
    return data


@pytest.mark.parametrize("url_name", CHANGELISTS)
@pytest.mark.django_db
def test_changelists_cost_the_same_queries_for_3_and_30_clinics(
    client, curator, url_name, django_assert_max_num_queries
):
    client.force_login(curator)
    make_clinics(3)
    # session, user, groups/permissions (2), count, total count, page rows, country filter,
    # plus the shared admin context; the bound is what matters: it must not grow.
    with django_assert_max_num_queries(12) as small:
        assert client.get(reverse(url_name)).status_code == 200
    make_clinics(27)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.django_db
def test_clinic_search_finds_by_name_city_and_slug(client, curator):
    client.force_login(curator)
    ClinicFactory(name="Lumen Skin", city="Izmir", slug="lumen-izmir")
    ClinicFactory(name="Other Place", city="Leeds", slug="other-place")
    url = reverse("admin:clinics_clinic_changelist")
    for term in ("Lumen", "izmir", "lumen-izmir"):
        body = client.get(url, {"q": term}).content.decode()
        assert "Lumen Skin" in body and "Other Place" not in body


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"cell_source": "umbilical_cord"}, {"Cord Clinic"}),
        ({"verification": "expired"}, {"Cord Clinic"}),
        ({"verification": "licensed"}, {"Careful Clinic"}),
        ({"verification": "no_licence"}, {"Cord Clinic"}),
        ({"published__exact": "0"}, set()),
    ],
)
@pytest.mark.django_db
def test_clinic_filters(client, curator, params, expected):
    client.force_login(curator)
    careful = ClinicFactory(name="Careful Clinic")
    CredentialFactory(practitioner=PractitionerFactory(clinic=careful))
    ProcessingProtocolFactory(clinic=careful)
    ProcessingProtocolFactory(clinic=careful, name="second protocol")
    cord = ClinicFactory(name="Cord Clinic")
    CredentialFactory(
        practitioner=PractitionerFactory(clinic=cord),
        issued_on="2010-01-01",
        expires_on="2021-01-01",
    )
    ProcessingProtocolFactory(clinic=cord, cell_source="umbilical_cord")
    ProcessingProtocolFactory(clinic=cord, cell_source="umbilical_cord", name="again")
    response = client.get(reverse("admin:clinics_clinic_changelist"), params)
    shown = {c.name for c in response.context["cl"].result_list}
    assert shown == expected


@pytest.mark.django_db
def test_curator_adds_a_clinic_with_a_protocol_inline(client, curator):
    client.force_login(curator)
    data = clinic_form_data(
        **{
            "protocols-TOTAL_FORMS": "1",
            "protocols-0-name": "Cord facial",
            "protocols-0-cell_source": "umbilical_cord",
            "protocols-0-cell_form": "live_cells",
            "protocols-0-processing": "open",
            "protocols-0-manipulation": "unknown",
            "protocols-0-lab": "unknown",
            "protocols-0-delivery": ["injection", "laser"],
            "protocols-0-documented": "unknown",
        }
    )
    response = client.post(reverse("admin:clinics_clinic_add"), data)
    assert response.status_code == 302, (
        response.context["adminform"].errors if response.context else ""
    )
    clinic = Clinic.objects.get(slug="new-clinic")
    assert clinic.consultation is None and clinic.written_consent is True
    assert clinic.charges_for_trial is False
    assert ProcessingProtocol.objects.get(clinic=clinic).delivery == ["injection", "laser"]


@pytest.mark.django_db
def test_add_form_shows_field_errors_and_keeps_input(client, curator):
    client.force_login(curator)
    response = client.post(
        reverse("admin:clinics_clinic_add"), clinic_form_data(slug="bad slug!", website="nope")
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter a valid URL." in body
    assert "New Clinic" in body
    assert not Clinic.objects.exists()


@pytest.mark.django_db
def test_change_form_and_history_pages_render(client, curator, careful_clinic):
    client.force_login(curator)
    change = client.get(reverse("admin:clinics_clinic_change", args=[careful_clinic.pk]))
    assert change.status_code == 200
    assert "✔ verified" in change.content.decode()
    careful_clinic.city = "Dallas"
    careful_clinic.save()
    history = client.get(reverse("admin:clinics_clinic_history", args=[careful_clinic.pk]))
    assert history.status_code == 200
    assert "Dallas" in history.content.decode() or "city" in history.content.decode()
    practitioner = careful_clinic.practitioners.get()
    assert (
        client.get(reverse("admin:clinics_practitioner_change", args=[practitioner.pk])).status_code
        == 200
    )
    assert client.get(reverse("admin:clinics_credential_add")).status_code == 200


@pytest.mark.django_db
def test_expired_credentials_are_marked_in_the_credential_list(client, curator, red_flag_clinic):
    client.force_login(curator)
    body = client.get(reverse("admin:clinics_credential_changelist")).content.decode()
    assert "✖ expired" in body


@pytest.mark.django_db
def test_export_action_downloads_profile_json(client, curator, careful_clinic, red_flag_clinic):
    client.force_login(curator)
    response = client.post(
        reverse("admin:clinics_clinic_changelist"),
        {"action": "export_profiles", "_selected_action": [careful_clinic.pk]},
    )
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert [p["slug"] for p in data] == ["careful-clinic"]
