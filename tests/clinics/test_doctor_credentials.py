"""A doctor's licence goes on the doctor (issue 17, item 2): "Licensed doctors" reads
practitioners' credentials only, so a medical licence or board certification on the clinic is
refused at every door, saying where it goes; and the clinic's page shows each doctor's
credentials with the way to add and edit them on the doctor's page."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from checklist.services.assessments import assessment_refresh
from clinics.choices import CredentialKind
from clinics.models import Clinic, Credential, Practitioner
from clinics.profiles import ProfileError, parse_profiles
from tests.clinics.test_admin import clinic_form_data
from tests.clinics.test_admin_import import row_errors, upload
from tests.factories import (
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
)

LICENCE_ON_CLINIC = (
    "A medical licence belongs to a doctor: add it under Practitioners, on the doctor's own "
    "credentials."
)
LICENCE = {
    "kind": "medical_license",
    "issuer": "General Medical Council",
    "number": "7000001",
    "verified": True,
    "verified_on": "2026-10-01",
}


def profile(**children) -> dict:
    return {"slug": "harbour-skin", "name": "Harbour Skin", "country": "GB", **children}


# --- the JSON profile ----------------------------------------------------------------------------


def test_a_doctors_licence_in_the_profile_is_the_doctors_and_passes():
    [record] = parse_profiles(
        [profile(practitioners=[{"name": "Dr. Ada", "credentials": [LICENCE]}])]
    )
    [(doctor)] = record.practitioners
    assert [c.kind for c in doctor.credentials] == [CredentialKind.MEDICAL_LICENSE]


def test_the_same_licence_among_the_clinics_credentials_is_refused_saying_where_it_goes():
    with pytest.raises(ProfileError) as error:
        parse_profiles([profile(credentials=[{"kind": "facility_license"}, LICENCE])])
    [only] = error.value.errors
    assert (only.field, only.message) == ("credentials[1]", LICENCE_ON_CLINIC)
    assert str(only).startswith("record 0 (slug 'harbour-skin'): credentials[1]: A medical")


# --- the spreadsheet and the database --------------------------------------------------------


CREDENTIAL_HEADER = ["clinic", "practitioner", "kind", "number"]


@pytest.mark.django_db
def test_a_clinic_row_of_a_doctors_kind_is_refused_on_the_kind_column_a_doctors_row_passes(
    client, curator
):
    clinic = ClinicFactory(slug="lumen")
    PractitionerFactory(clinic=clinic, name="Dr. Ada")
    client.force_login(curator)
    refused = upload(
        client, [CREDENTIAL_HEADER, ["lumen", "", "medical_license", "L-1"]], "credentials"
    )
    assert row_errors(refused) == {1: {"kind": [LICENCE_ON_CLINIC]}}
    passed = upload(
        client, [CREDENTIAL_HEADER, ["lumen", "Dr. Ada", "medical_license", "L-1"]], "credentials"
    )
    assert row_errors(passed) == {}


@pytest.mark.django_db
def test_the_database_refuses_a_doctors_licence_on_the_clinic():
    clinic = ClinicFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Credential.objects.create(clinic=clinic, kind=CredentialKind.BOARD_CERTIFICATION)
    ClinicCredentialFactory(clinic=clinic)  # a facility licence is the clinic's own


# --- the clinic's change page ----------------------------------------------------------------


def credential_rows(clinic_pk: int | str = "", **values) -> dict[str, str]:
    row = {"kind": "facility_license", "number": "", "verified": "unknown", **values}
    return {
        "credentials-TOTAL_FORMS": "1",
        "credentials-0-clinic": str(clinic_pk),
        **{f"credentials-0-{k}": v for k, v in row.items()},
    }


@pytest.mark.django_db
def test_the_clinic_form_refuses_a_licence_in_its_credentials_saying_where_it_goes(client, curator):
    clinic = ClinicFactory(name="Lumen", slug="lumen")
    client.force_login(curator)
    data = clinic_form_data("Lumen", "lumen", **credential_rows(clinic.pk, kind="medical_license"))
    response = client.post(reverse("admin:clinics_clinic_change", args=[clinic.pk]), data)
    assert response.status_code == 200
    [credentials] = [
        f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "credentials"
    ]
    assert credentials.formset.errors == [{"kind": [LICENCE_ON_CLINIC]}]
    assert not Credential.objects.exists()
    # The kind's help says where a doctor's licence goes.
    assert "follow “Add or edit credentials” beside the doctor" in response.content.decode()


@pytest.mark.django_db
def test_a_new_clinic_with_a_licence_among_its_credentials_is_refused_not_an_error_page(
    client, curator
):
    client.force_login(curator)
    data = clinic_form_data(**credential_rows(kind="board_certification"))
    response = client.post(reverse("admin:clinics_clinic_add"), data)
    assert response.status_code == 200
    assert "A board certification belongs to a doctor" in response.content.decode()
    assert not Clinic.objects.exists()


@pytest.mark.django_db
def test_the_clinic_form_still_saves_the_clinics_own_credential(client, curator):
    clinic = ClinicFactory(name="Lumen", slug="lumen")
    client.force_login(curator)
    data = clinic_form_data("Lumen", "lumen", **credential_rows(clinic.pk, number="F-9"))
    response = client.post(reverse("admin:clinics_clinic_change", args=[clinic.pk]), data)
    assert response.status_code == 302
    assert Credential.objects.get().clinic == clinic


@pytest.mark.django_db
def test_each_doctor_on_the_clinic_page_shows_their_credentials_and_the_link_to_edit_them(
    client, curator
):
    clinic = ClinicFactory(name="Lumen", slug="lumen")
    ada = PractitionerFactory(clinic=clinic, name="Dr. Ada")
    CredentialFactory(practitioner=ada, number="L-77")
    expired = datetime.date.today() - datetime.timedelta(days=1)
    CredentialFactory(practitioner=ada, number="L-78", issued_on=None, expires_on=expired)
    bo = PractitionerFactory(clinic=clinic, name="Dr. Bo")
    client.force_login(curator)
    body = client.get(reverse("admin:clinics_clinic_change", args=[clinic.pk])).content.decode()
    assert "Credentials (medical licence, board certification)" in body
    assert "Medical licence L-77" in body and "✔ verified" in body
    assert "Medical licence L-78" in body and "✖ expired" in body
    assert "None yet." in body
    for doctor in (ada, bo):
        edit = reverse("admin:clinics_practitioner_change", args=[doctor.pk])
        assert f'href="{edit}#credentials-group">Add or edit credentials</a>' in body


@pytest.mark.django_db
def test_the_clinic_page_reads_the_doctors_credentials_in_one_query(client, curator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    clinic = ClinicFactory()
    client.force_login(curator)

    def credential_reads() -> int:
        url = reverse("admin:clinics_clinic_change", args=[clinic.pk])
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return sum(1 for q in captured.captured_queries if 'FROM "clinics_credential"' in q["sql"])

    CredentialFactory.create_batch(2, practitioner__clinic=clinic)
    few = credential_reads()
    CredentialFactory.create_batch(8, practitioner__clinic=clinic)
    assert credential_reads() == few


@pytest.mark.django_db
def test_a_licence_added_on_the_doctors_page_counts_for_licensed_doctors(client, curator):
    clinic = ClinicFactory(name="Lumen", slug="lumen")
    ada = PractitionerFactory(clinic=clinic, name="Dr. Ada")
    assessment_refresh(clinic=clinic)
    assert clinic.current_assessment.statuses()["licensed_physicians"] != "met"
    client.force_login(curator)
    url = reverse("admin:clinics_practitioner_change", args=[ada.pk])
    page = client.get(url).content.decode()
    assert 'id="credentials-group"' in page
    back = reverse("admin:clinics_clinic_change", args=[clinic.pk])
    assert f'<a href="{back}">Back to Lumen</a>' in page
    today = datetime.date.today().isoformat()
    data = {
        "clinic": str(clinic.pk),
        "name": "Dr. Ada",
        "role": "",
        "specialty": "regenerative_medicine",
        "years_experience": "12",
        "credentials-TOTAL_FORMS": "1",
        "credentials-INITIAL_FORMS": "0",
        "credentials-MIN_NUM_FORMS": "0",
        "credentials-MAX_NUM_FORMS": "1000",
        "credentials-0-practitioner": str(ada.pk),
        "credentials-0-kind": "medical_license",
        "credentials-0-issuer": "General Medical Council",
        "credentials-0-number": "7000001",
        "credentials-0-verified": "true",
        "credentials-0-verified_by": "M. Ortega (curator)",
        "credentials-0-verified_on": today,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    assert Practitioner.objects.get(pk=ada.pk).credentials.get().number == "7000001"
    clinic.refresh_from_db()
    assert clinic.current_assessment.statuses()["licensed_physicians"] == "met"
