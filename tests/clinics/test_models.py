import datetime

import pytest
from django.db import IntegrityError, transaction

from clinics.models import Credential
from tests.factories import (
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    PractitionerFactory,
    PriceQuoteFactory,
)

TODAY = datetime.date(2026, 11, 21)


@pytest.mark.django_db
def test_price_minimum_above_maximum_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        PriceQuoteFactory(min_usd=9000, max_usd=8000)


@pytest.mark.django_db
def test_price_with_one_bound_unknown_is_allowed():
    assert PriceQuoteFactory(min_usd=None, max_usd=8000).pk


@pytest.mark.django_db
def test_credential_on_both_clinic_and_practitioner_is_refused():
    practitioner = PractitionerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        CredentialFactory(practitioner=practitioner, clinic=practitioner.clinic)


@pytest.mark.django_db
def test_credential_on_neither_clinic_nor_practitioner_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        CredentialFactory(practitioner=None, clinic=None)


@pytest.mark.django_db
def test_credential_expiring_before_it_was_issued_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        ClinicCredentialFactory(
            issued_on=datetime.date(2025, 1, 1), expires_on=datetime.date(2024, 1, 1)
        )


@pytest.mark.django_db
def test_verified_credential_without_a_verification_date_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        ClinicCredentialFactory(verified=True, verified_on=None)


@pytest.mark.django_db
def test_slugs_are_unique():
    ClinicFactory(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        ClinicFactory(slug="same")


def test_expired_credential_is_not_current_even_when_verified():
    credential = Credential(verified=True, expires_on=datetime.date(2026, 11, 20))
    assert credential.is_current(TODAY) is False
    assert credential.status(TODAY) == "expired"


def test_credential_expiring_today_is_still_current():
    credential = Credential(verified=True, expires_on=TODAY)
    assert credential.is_current(TODAY) is True
    assert credential.status(TODAY) == "verified"


def test_unchecked_credential_is_neither_current_nor_failed():
    credential = Credential(verified=None, expires_on=None)
    assert credential.is_current(TODAY) is False
    assert credential.status(TODAY) == "unverified"


def test_unknown_practice_is_null_not_false():
    clinic = ClinicFactory.build()
    assert clinic.consultation is None
    assert clinic.charges_for_trial is None


@pytest.mark.django_db
def test_every_change_is_recorded_in_history():
    clinic = ClinicFactory(name="Before")
    clinic.name = "After"
    clinic.save()
    assert [h.name for h in clinic.history.order_by("history_date")] == ["Before", "After"]
